"""The first look at Vandaag on an encrypted file (gui/app.py, gui/opening.py): once the sign-in's password check
(core/security/unlocking.py, no ORM) accepted, the person's rows are shown before the database is opened, and
they equal the real page's rows; a wrong password shows none (and is counted once, as before); ``--demo``'s
coordinator is told at once why the list is empty, in the words the real page then keeps."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from wishdesk.core.security import keyfile, unlocking
from wishdesk.core.services import sessions
from wishdesk.gui import app as gui_app
from wishdesk.gui import opening, settings
from wishdesk.gui.controller import Controller
from wishdesk.gui.operations import Operations
from wishdesk.gui.pages.registry import PAGES
from wishdesk.gui.pages.today import TodayPage
from wishdesk.gui.today_preview import TodayPreview

TODAY = date(2026, 11, 4)
TODAY_INDEX = [spec.key for spec in PAGES].index("today")


class _Today(date):
    @classmethod
    def today(cls) -> date:
        return TODAY


@pytest.fixture(scope="module")
def encrypted(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """An encrypted 2-school demo planned with a year under way: file, database id, a teacher with lessons and
    their rows by the normal path, the coordinator."""
    from wishdesk.core.demo import build_demo_database
    from wishdesk.core.identity import database_id
    from wishdesk.core.models import StaffRole

    folder = tmp_path_factory.mktemp("encpreview")
    path = folder / "demo.sqlite"
    db = build_demo_database(path, schools=2, plan=True, today=TODAY, backup_dir=folder / "backups")
    try:
        with db.session() as s:
            roles: dict[str, list[int]] = {}
            for role in s.scalars(select(StaffRole)):
                roles.setdefault(role.role, []).append(role.staff_id)
        teacher = next(t for t in sorted(roles["teacher"]) if sessions.upcoming_sessions(db, t, TODAY))
        info = {"path": path.resolve(), "ident": database_id(db), "teacher": teacher,
                "rows": sessions.upcoming_sessions(db, teacher, TODAY),
                "coordinator": roles["programme_coordinator"][0]}
    finally:
        db.close()
    keyfile.forget_all()
    return info


@pytest.fixture
def fixed_day(monkeypatch):  # noqa: ANN001, ANN201
    import wishdesk.gui.pages.today as today_module
    import wishdesk.gui.today_preview as preview_module

    monkeypatch.setattr(today_module, "date", _Today)
    monkeypatch.setattr(preview_module, "date", _Today)
    keyfile.forget_all()
    yield
    keyfile.forget_all()
    opening.early_rows = None
    Controller.sign_in_sink = None


def _shell(qtbot, info: dict):  # noqa: ANN001, ANN202
    settings.set_last_page(info["ident"], "today")
    controller = Controller(QApplication.instance())
    shell = controller.show_shell()
    qtbot.addWidget(shell)
    return controller, shell


def test_signed_in_first_look_equals_the_real_page(qtbot, encrypted, fixed_day, monkeypatch) -> None:  # noqa: ANN001
    info = encrypted
    controller, shell = _shell(qtbot, info)
    seen: list = []

    def early(path: Path, staff_id: int) -> None:
        assert "early" not in {kind for kind, _ in seen}
        gui_app._preview_signed_in(shell, path, staff_id)
        widget = shell.stack.widget(TODAY_INDEX)
        seen.append(("early", widget.rows if isinstance(widget, TodayPreview) else None))

    real_open = opening._open_path
    monkeypatch.setattr(opening, "_open_path", lambda *a, **k: (seen.append(("opened", True)), real_open(*a, **k))[1])
    gui_app._preview_today(shell, info["path"], False)  # what run() does: an encrypted file waits for the check
    assert not isinstance(shell.stack.widget(TODAY_INDEX), TodayPreview)
    opening.early_rows = early
    Controller.sign_in_sink = lambda target: opening.sign_in_and_keep_open(target, str(info["teacher"]), "demo")
    Operations.inline = False
    try:
        opening.start_open(info["path"])
        db = controller.open_interactively(info["path"])
        assert dict(seen)["early"] == info["rows"]  # shown after the check, before the database was opened
        assert [kind for kind, _ in seen] == ["early", "opened"]  # the database was opened after the rows
        window = controller.show(db)
        page = window.pages.built("today")
        assert isinstance(page, TodayPage) and window.stack.currentWidget() is page
        assert page.staff_id == info["teacher"]
        assert page.list.rows() == info["rows"]  # taken over from the first look
        page.ctx.ops.wait()
        qtbot.wait(200)
        assert page.list.rows() == info["rows"]  # its own read: the same rows
    finally:
        Operations.inline = True
        controller.shutdown()


def test_wrong_password_shows_nothing(qtbot, encrypted, fixed_day) -> None:  # noqa: ANN001
    info = encrypted
    _controller, shell = _shell(qtbot, info)
    shown: list = []
    opening.early_rows = lambda path, staff_id: shown.append(staff_id)
    account = str(unlocking._entry(keyfile.read(info["path"]), info["teacher"])[0])
    failures = keyfile.read(info["path"]).get("attempts", {}).get(account, {}).get("failures", 0)
    with pytest.raises(unlocking.SignInFailed):
        opening.sign_in_and_keep_open(info["path"], str(info["teacher"]), "fout-fout-fout")
    assert shown == [] and keyfile.key_for(info["path"]) is None
    assert not isinstance(shell.stack.widget(TODAY_INDEX), TodayPreview)
    assert keyfile.read(info["path"])["attempts"][account]["failures"] == failures + 1  # counted once
    assert opening.early_rows is not None  # still waiting for a password that is right


def test_demo_coordinator_is_told_at_once_why_the_list_is_empty(qtbot, encrypted, fixed_day) -> None:  # noqa: ANN001
    info = encrypted
    controller, shell = _shell(qtbot, info)
    gui_app._preview_demo(shell, info["path"])
    preview = shell.stack.widget(TODAY_INDEX)
    assert isinstance(preview, TodayPreview) and preview.staff_id == info["coordinator"]
    assert preview.rows == [] and preview.note.isVisible() is shell.isVisible()
    assert preview.empty.told and preview.empty.text().startswith("You give no lessons yourself")
    early = preview.empty.text()
    assert keyfile.key_for(info["path"]) is None  # the peek unlocked nothing for the rest of the app
    try:
        db = controller.open_demo(info["path"])
        window = controller.show(db)
        page = window.pages.built("today")
        assert page.staff_id == info["coordinator"]
        page.ctx.ops.wait()
        qtbot.wait(200)
        assert page.list.rows() == [] and page.lessons_stack.currentIndex() == 0  # the page says why empty
        assert page.empty.told and page.empty.text() == early  # the same words: nothing changes under the eye
    finally:
        controller.shutdown()
