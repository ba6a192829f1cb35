"""The app on a team database (real PostgreSQL): the password opens the person's concern keypair, concerns written
in the app are sealed (the owner sees ciphertext), and the idle lock asks that same password."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy.engine import make_url

from tests.team.conftest import PASSWORD, TeamDb, team_db, team_owner, team_template  # noqa: F401 - fixtures
from tests.team.test_policies import pupil_at_school
from wishdesk.core.services import concerns
from wishdesk.gui import securing
from wishdesk.gui.controller import Controller
from wishdesk.gui.dialogs.sign_in import SignInDialog


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WISHDESK_KDF", "fast")


def _password(text: str):  # noqa: ANN202 - a show_sink that types `text` into the sign-in dialog
    def sink(dialog: QDialog) -> bool:
        assert isinstance(dialog, SignInDialog) and dialog.name.isReadOnly()
        dialog.password.setText(text)
        dialog.try_sign_in()
        return dialog.identity is not None

    return sink


def test_team_database_in_the_app_seals_concerns_and_locks(qtbot, team_db: TeamDb, monkeypatch) -> None:  # noqa: ANN001, F811
    asked: list[QDialog] = []
    monkeypatch.setattr(securing, "show_sink", lambda dialog: asked.append(dialog) or False)
    controller = Controller(QApplication.instance())
    db = controller.open_interactively(team_db.url("teacher1"))
    assert db is not None
    assert asked == []  # the password in the address opened the keypair too: no second question
    window = controller.show(db)
    qtbot.addWidget(window)
    ctx = window.ctx
    assert ctx.identity is not None and ctx.staff_id == ctx.identity.staff_id
    assert window.idle_lock is not None and getattr(window, "banner", None) is None
    cid = concerns.record_concern(db, ctx.viewer, pupil_at_school(team_db, 1), date(2026, 11, 5), "wellbeing",
                                  "Plomperdientje wil niet naar huis")
    with team_db.connect() as owner:
        text = owner.execute("SELECT observation FROM concern WHERE id = %s", (cid,)).fetchone()[0]
        assert text.startswith("sealed:") and "Plomperdientje" not in text
    # the lock: the same login's password (no "another person": the login is fixed), a wrong one keeps it
    window.idle_lock.lock()
    dialog = window.idle_lock.dialog
    assert not dialog.other.isVisibleTo(dialog)
    dialog.form.password.setText("niet-goed")
    dialog.form.try_sign_in()
    assert window.idle_lock.locked
    dialog.form.password.setText(PASSWORD)
    dialog.form.try_sign_in()
    assert not window.idle_lock.locked
    assert concerns.get_concern(db, ctx.viewer, cid).observation == "Plomperdientje wil niet naar huis"
    controller.shutdown()


def test_the_owner_opens_without_a_password_question_and_without_texts(qtbot, team_db: TeamDb,  # noqa: ANN001, F811
                                                                      monkeypatch) -> None:
    asked: list[QDialog] = []
    monkeypatch.setattr(securing, "show_sink", lambda dialog: asked.append(dialog) or False)
    controller = Controller(QApplication.instance())
    db = controller.open_interactively(team_db.url())
    assert db is not None and asked == []
    window = controller.show(db)
    qtbot.addWidget(window)
    assert window.ctx.identity is None and window.idle_lock is None
    controller.shutdown()


def _without_password(url: str) -> str:
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


def test_an_address_without_password_asks_it_and_a_wrong_one_may_be_tried_again(qtbot, team_db: TeamDb,  # noqa: ANN001, F811
                                                                               monkeypatch) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    seen: list[str] = []

    def sink(dialog: QDialog) -> bool:  # a wrong password first: the error in the dialog, then the right one
        assert isinstance(dialog, SignInDialog) and dialog.name.isReadOnly()
        assert dialog.name.text() == team_db.logins["teacher1"] and dialog.windowTitle() == "Sign in"
        dialog.password.setText("niet-goed")
        dialog.try_sign_in()
        assert dialog.result() != QDialog.DialogCode.Accepted and dialog.error.isVisibleTo(dialog)
        seen.append(dialog.error.text())
        dialog.password.setText(PASSWORD)
        dialog.try_sign_in()
        return dialog.result() == QDialog.DialogCode.Accepted

    shown: list[QDialog] = []
    monkeypatch.setattr(securing, "show_sink", lambda dialog: shown.append(dialog) or sink(dialog))
    controller = Controller(QApplication.instance())
    db = controller.open_interactively(_without_password(team_db.url("teacher1")))
    assert db is not None and len(shown) == 1  # asked once: that password also opened the keypair
    assert "mislukt" in seen[0]
    window = controller.show(db)
    qtbot.addWidget(window)
    assert window.ctx.identity is not None and window.ctx.staff_id == window.ctx.identity.staff_id
    assert PASSWORD not in window.windowTitle() and PASSWORD not in db.location.display()
    controller.shutdown()


def test_cancelling_the_password_question_opens_nothing(team_db: TeamDb, monkeypatch) -> None:  # noqa: F811
    monkeypatch.delenv("PGPASSWORD", raising=False)
    shown: list[QDialog] = []
    monkeypatch.setattr(securing, "show_sink", lambda dialog: shown.append(dialog) or False)
    told: list[str] = []
    monkeypatch.setattr(Controller, "message_sink", lambda title, text: told.append(text))
    controller = Controller(QApplication.instance())
    assert controller.open_interactively(_without_password(team_db.url("teacher1"))) is None
    assert len(shown) == 1 and told == []  # the question, no error message after Cancel
    controller.shutdown()
