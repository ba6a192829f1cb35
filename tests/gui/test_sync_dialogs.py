"""Issue 14 in the window: taking the team database along (real PostgreSQL), the status line, and "To review"
with a real conflict made by two laptop copies, resolved field by field."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QRadioButton

from tests.sync.helpers import make_replica, open_replica, server_base, sync
from tests.team.conftest import PASSWORD, PEOPLE, TeamDb, team_db, team_owner, team_template  # noqa: F401
from wishdesk.core.identity import database_id
from wishdesk.core.models import Pupil
from wishdesk.gui import securing, settings, syncing
from wishdesk.gui.context import AppContext
from wishdesk.gui.controller import Controller
from wishdesk.gui.dialogs.recovery_step import RecoveryStepDialog
from wishdesk.gui.dialogs.sign_in_names import key_id_of
from wishdesk.gui.dialogs.sync_conflicts import SyncConflictsDialog
from wishdesk.gui.dialogs.take_team import TakeTeamDialog
from wishdesk.gui.main_window import MainWindow
from wishdesk.gui.operations import Operations


def _fill(dialog: TakeTeamDialog, server: str, login: str, password: str, path: Path | None = None) -> None:
    dialog.server.setText(server)
    dialog.login.setText(login)
    dialog.password.setText(password)
    if path is not None:
        dialog.path.setText(str(path))


def test_the_dialog_says_what_went_wrong_and_makes_nothing_then_makes_the_copy(qtbot, team_db: TeamDb,  # noqa: ANN001, F811
                                                                              tmp_path: Path) -> None:
    dialog = TakeTeamDialog(Operations())
    qtbot.addWidget(dialog)
    login = team_db.logins["teacher1"]
    dialog.login.setText(login)
    assert Path(dialog.path.text()).name == f"laptopkopie-{login}.sqlite"  # in the data folder, after the login
    dialog.make_copy()
    assert "the server address" in dialog.error.text() and "your password" in dialog.error.text()
    target = tmp_path / "laptop.sqlite"
    cases = [("127.0.0.1:1/nergens", PASSWORD, "niet bereikbaar"),
             (server_base(team_db), "fout-wachtwoord-1", "verkeerd wachtwoord")]
    for server, password, said in cases:
        _fill(dialog, server, login, password, target)
        dialog.make_copy()
        assert said in dialog.error.text() and dialog.error.isVisibleTo(dialog)
        assert dialog.made is None and dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.login.text() == login and dialog.path.text() == str(target)  # nothing typed is lost
        assert list(tmp_path.iterdir()) == []
    _fill(dialog, server_base(team_db), login, PASSWORD, target)
    dialog.make_copy()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.made.path == target and target.exists()
    assert dialog.password.text() == ""
    remembered = TakeTeamDialog(Operations())  # next time: address and login as before, no password
    qtbot.addWidget(remembered)
    assert (remembered.server.text(), remembered.login.text()) == (server_base(team_db), login)
    assert remembered.password.text() == "" and Path(remembered.path.text()).name == f"laptopkopie-{login}.sqlite"
    with team_db.connect() as owner:  # a team database whose administrator never switched syncing on
        owner.execute("DROP TABLE sync_change, sync_applied")
    again = TakeTeamDialog(Operations())
    qtbot.addWidget(again)
    _fill(again, server_base(team_db), login, PASSWORD, tmp_path / "tweede.sqlite")
    again.make_copy()
    assert "staat op deze teamdatabase nog niet aan" in again.error.text()
    assert not (tmp_path / "tweede.sqlite").exists()


def test_file_menu_takes_the_team_database_along_and_opens_it_signed_in(qtbot, team_db: TeamDb, tmp_path: Path,  # noqa: ANN001, F811
                                                                        monkeypatch, inline_operations) -> None:  # noqa: ANN001
    target = tmp_path / "laptop.sqlite"
    seen: list[QDialog] = []
    notes: list[str] = []

    def drive(dialog: QDialog) -> bool:
        seen.append(dialog)
        if isinstance(dialog, TakeTeamDialog):
            _fill(dialog, server_base(team_db), team_db.logins["specialist"], PASSWORD, target)
            dialog.make_copy()
        else:  # the recovery sheet of the new encrypted copy, with the name to sign in with from now on
            notes.append(dialog.note.text())
            RecoveryStepDialog.path_sink = lambda: str(tmp_path / "herstelblad")
            dialog.save()
            dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(securing, "show_sink", drive)
    monkeypatch.setattr(RecoveryStepDialog, "confirm_sink", None)
    signed: list[Path] = []

    def sign_in(path: Path):  # noqa: ANN202 - the normal sign-in, with the same password
        from wishdesk.gui.opening import sign_in_on_lane

        signed.append(path)
        return sign_in_on_lane(path, None, PASSWORD)

    monkeypatch.setattr(Controller, "sign_in_sink", sign_in)
    controller = Controller(QApplication.instance())
    shell = controller.show_shell()
    qtbot.addWidget(shell)
    shell.findChild(type(shell.quit_action), "takeTeamAction").trigger()
    try:
        assert [type(d) for d in seen] == [TakeTeamDialog, RecoveryStepDialog] and signed == [target]
        window = controller.window
        assert controller.db.location.path == target and window.ctx.identity.staff_id == PEOPLE["specialist"]
        assert window.sync_bar.replica and window.sync_bar.sync_action.isVisible()
        name = window.ctx.identity.name
        assert notes == [f"From now on, sign in as {name} with the same password."]  # Dutch in the .ts
        assert settings.last_sign_in(key_id_of(target)) == name  # the sign-in dialog fills it in
        label = window.sync_bar.label.text()  # the copy was the first sync
        assert label.startswith("last synchronised ")
        asked: list[int] = []
        monkeypatch.setattr(syncing, "password_sink", lambda: asked.append(1) or None)
        monkeypatch.setattr(syncing, "message_sink", lambda _title, _text: None)
        window.sync_bar.sync_action.trigger()  # F5 right after signing in: that password is the server's too
        assert asked == [] and "sent" in window.statusBar().currentMessage()
        assert not inline_operations
    finally:
        controller.shutdown()


@pytest.fixture
def said(monkeypatch) -> list[str]:  # noqa: ANN001
    messages: list[str] = []
    monkeypatch.setattr(syncing, "password_sink", lambda: PASSWORD)
    monkeypatch.setattr(syncing, "message_sink", lambda _title, text: messages.append(text))
    return messages


def _window(qtbot, db, staff_id: int) -> MainWindow:  # noqa: ANN001
    settings.forget_database(database_id(db))
    ctx = AppContext(db=db, ops=Operations(), staff_id=staff_id, database_id=database_id(db))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def _edit_pupil(path: Path, pupil_id: int, **values: str) -> None:
    db = open_replica(path)
    try:
        with db.write() as s:
            pupil = s.get(Pupil, pupil_id)
            for k, v in values.items():
                setattr(pupil, k, v)
    finally:
        db.close()


def test_a_real_conflict_is_listed_in_words_and_resolved_field_by_field(qtbot, team_db: TeamDb, tmp_path: Path,  # noqa: ANN001, F811
                                                                       said: list[str], inline_operations,  # noqa: ANN001
                                                                       monkeypatch) -> None:  # noqa: ANN001
    asked: list[str] = []
    monkeypatch.setattr(SyncConflictsDialog, "confirm_sink", lambda text: asked.append(text) or True)
    a = make_replica(team_db, "teacher1", tmp_path / "a.sqlite")
    b = make_replica(team_db, "teacher1b", tmp_path / "b.sqlite")
    db = open_replica(b)
    with db.session() as s:
        pupil = s.query(Pupil).order_by(Pupil.id).first()
        pupil_id, gid = pupil.id, pupil.gid
    db.close()
    _edit_pupil(a, pupil_id, first_name="Anna van A", initial="A")
    _edit_pupil(b, pupil_id, first_name="Anna van B", initial="B")
    sync(a)
    db = open_replica(b)
    try:
        window = _window(qtbot, db, PEOPLE["teacher1b"])
        bar = window.sync_bar
        assert "1 change waiting" in bar.label.text()
        bar.sync_action.trigger()
        assert len(said) == 1 and "To review" in said[0] and not inline_operations
        assert "1 to review" in bar.label.text() and bar.review_action.isVisible()
        assert bar.review_action.text() == "To &review (1)…"
        assert "1 to review" in window.statusBar().currentMessage()
        bar.review_action.trigger()
        dialog = bar.conflicts_dialog
        qtbot.addWidget(dialog)
        item = dialog.list.item(0).text()
        assert item.startswith("Pupil: Anna van B") and "changed here and on the server" in item
        assert "id" not in dialog.current().fields and gid not in item
        compare = dialog.compare
        assert set(compare.differing()) == {"first_name", "initial"}
        assert compare.findChild(type(dialog.heading), "theirs_first_name").text() == "Anna van A"
        # both changed both fields: nothing preset, "Per field" waits for every choice
        assert compare.findChild(QLabel, "marker_first_name").text() == "≠ both changed"
        assert not compare.all_chosen() and not dialog.merge_button.isEnabled()
        assert not compare.findChild(QRadioButton, "choose_mine_first_name").isChecked()
        labels = {w.text() for w in compare.findChildren(QLabel)}
        assert {"First name or pseudonym", "My version (this laptop)", "Their version (server)"} <= labels
        assert dialog.mine_button.text() == "My version (this laptop)"
        compare.choose("first_name", "mine")
        assert not dialog.merge_button.isEnabled()
        compare.choose("initial", "theirs")
        assert dialog.merge_button.isEnabled()
        dialog.merge_button.click()
        assert len(asked) == 1 and "First name or pseudonym from your version" in asked[0]
        assert "cannot be undone with Undo" in asked[0]
        assert not inline_operations and dialog.list.count() == 0 and not dialog.mine_button.isEnabled()
        assert not bar.review_action.isVisible() and "to review" not in bar.label.text()
        assert "1 change waiting" in bar.label.text()  # the choice travels with the next sync
        bar.sync_action.trigger()
        assert len(said) == 1 and "waiting" not in bar.label.text()
        window.close()
        settings.forget_database(database_id(db))
    finally:
        db.close()
    with team_db.connect() as owner:
        row = owner.execute("SELECT first_name, initial FROM pupil WHERE gid = %s", (gid,)).fetchone()
    assert row == ("Anna van B", "A")


def test_a_field_only_one_side_changed_is_preset_and_the_choice_is_confirmed_first(  # noqa: ANN001
        qtbot, team_db: TeamDb, tmp_path: Path, said: list[str], inline_operations, monkeypatch) -> None:  # noqa: ANN001, F811
    answers = [False, True]
    asked: list[str] = []
    monkeypatch.setattr(SyncConflictsDialog, "confirm_sink", lambda text: asked.append(text) or answers.pop(0))
    a = make_replica(team_db, "teacher1", tmp_path / "a.sqlite")
    b = make_replica(team_db, "teacher1b", tmp_path / "b.sqlite")
    db = open_replica(b)
    with db.session() as s:
        pupil = s.query(Pupil).order_by(Pupil.id).first()
        pupil_id, gid = pupil.id, pupil.gid
    db.close()
    _edit_pupil(a, pupil_id, first_name="Anna van A")  # the colleague changes the name
    _edit_pupil(b, pupil_id, initial="B")  # I change the initial
    sync(a)
    db = open_replica(b)
    try:
        window = _window(qtbot, db, PEOPLE["teacher1b"])
        bar = window.sync_bar
        bar.sync_action.trigger()
        bar.review_action.trigger()
        dialog = bar.conflicts_dialog
        qtbot.addWidget(dialog)
        compare = dialog.compare
        assert set(compare.differing()) == {"first_name", "initial"}
        assert compare.findChild(QLabel, "marker_first_name").text() == "≠ colleague changed"
        assert compare.findChild(QLabel, "marker_initial").text() == "≠ you changed"
        assert compare.findChild(QRadioButton, "choose_theirs_first_name").isChecked()
        assert compare.findChild(QRadioButton, "choose_mine_initial").isChecked()
        assert compare.all_chosen() and dialog.merge_button.isEnabled()  # nothing to choose: both preset
        assert "preset to that side" in dialog.heading.text()
        dialog.show()
        qtbot.waitExposed(dialog)
        # a look at it: SYNC_SHOTS=/some/folder keeps the picture
        assert dialog.grab().save(str(Path(os.environ.get("SYNC_SHOTS", tmp_path)) / "sync_conflicts.png"))
        dialog.merge_button.click()  # the confirmation says what happens; "Cancel" leaves everything as it was
        assert len(asked) == 1 and "Initial from your version" in asked[0] and dialog.list.count() == 1
        assert "to review" in bar.label.text()
        dialog.merge_button.click()
        assert len(asked) == 2 and dialog.list.count() == 0
        bar.sync_action.trigger()
        assert "waiting" not in bar.label.text()
        window.close()
        settings.forget_database(database_id(db))
    finally:
        db.close()
    with team_db.connect() as owner:  # neither change was lost
        row = owner.execute("SELECT first_name, initial FROM pupil WHERE gid = %s", (gid,)).fetchone()
    assert row == ("Anna van A", "B")


def test_a_wrong_sync_password_is_a_warning_and_a_status_line_and_is_asked_again(qtbot, team_db: TeamDb,  # noqa: ANN001, F811
                                                                                 tmp_path: Path, monkeypatch,  # noqa: ANN001
                                                                                 inline_operations) -> None:  # noqa: ANN001
    passwords = ["fout-wachtwoord-1", PASSWORD]
    warned: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(syncing, "password_sink", lambda: passwords.pop(0))
    monkeypatch.setattr(syncing, "warning_sink", lambda _title, text: warned.append(text))
    monkeypatch.setattr(syncing, "message_sink", lambda _title, text: told.append(text))
    db = open_replica(make_replica(team_db, "teacher1", tmp_path / "a.sqlite"))
    try:
        window = _window(qtbot, db, PEOPLE["teacher1"])
        bar = window.sync_bar
        bar.sync_action.trigger()
        assert len(warned) == 1 and "verkeerd wachtwoord" in warned[0] and told == []
        assert "did not accept the password" in window.statusBar().currentMessage()
        bar.sync_action.trigger()  # asked again, the right one now
        assert passwords == [] and len(warned) == 1 and "sent" in window.statusBar().currentMessage()
        assert not inline_operations
        window.close()
        settings.forget_database(database_id(db))
    finally:
        db.close()


def test_the_window_says_when_access_was_lost_and_when_the_server_is_unreachable(qtbot, team_db: TeamDb,  # noqa: ANN001, F811
                                                                                  tmp_path: Path, said: list[str],
                                                                                  inline_operations) -> None:  # noqa: ANN001
    from tests.core.test_backup import digest
    from wishdesk.core.sync import local

    path = make_replica(team_db, "teacher1", tmp_path / "a.sqlite")
    db = open_replica(path)
    try:
        window = _window(qtbot, db, PEOPLE["teacher1"])
        bar = window.sync_bar
        with db.engine.begin() as conn:  # the server moved: the address kept in the copy points nowhere now
            real = local.read_state(conn).server_url
            local.write_state(conn, server_url="postgresql://127.0.0.1:1/nergens")
        db.close()
        before = digest(path)
        db = open_replica(path)
        window.ctx.db = db
        label = bar.label.text()
        bar.sync_action.trigger()
        assert len(said) == 1 and "niet bereikbaar" in said[0] and not inline_operations
        assert bar.sync_action.isEnabled() and bar.label.text() == label
        db.close()
        assert digest(path) == before  # nothing changed
        db = open_replica(path)
        window.ctx.db = db
        with db.engine.begin() as conn:
            local.write_state(conn, server_url=real)
        with team_db.connect() as owner:  # teacher1 leaves the school
            owner.execute("DELETE FROM group_teacher WHERE staff_id = %s", (PEOPLE["teacher1"],))
            owner.execute("DELETE FROM staff_school WHERE staff_id = %s", (PEOPLE["teacher1"],))
        bar.sync_action.trigger()
        assert len(said) == 2 and "Access lost" in said[1] and "pupils" in said[1]
        assert not inline_operations
        window.close()
        settings.forget_database(database_id(db))
    finally:
        db.close()


def test_a_cancelled_sync_leaves_the_copy_as_it_was_and_the_bar_ready(qtbot, team_db: TeamDb,  # noqa: ANN001, F811
                                                                      tmp_path: Path, said: list[str],
                                                                      inline_operations) -> None:  # noqa: ANN001
    from wishdesk.core.progress import Cancelled, drive
    from wishdesk.core.sync import local
    from wishdesk.gui.operations import _write_lane

    path = make_replica(team_db, "teacher1", tmp_path / "a.sqlite")
    db = open_replica(path)
    try:
        with db.session() as s:
            pupil = s.query(Pupil).order_by(Pupil.id).first()
            pupil_id, gid, name = pupil.id, pupil.gid, pupil.first_name
        _edit_pupil(path, pupil_id, first_name="Nieuwe naam")
        window = _window(qtbot, db, PEOPLE["teacher1"])
        bar = window.sync_bar
        assert "1 change waiting" in bar.label.text()
        bar._syncing = True  # as sync_now leaves it while the lane runs the job
        bar.sync_action.setEnabled(False)
        steps: list[int] = []
        # the lane's progress dialog pressed Cancel after the first step (the write lane closes the job)
        running = _write_lane().submit(drive, bar.sync_job(db, PASSWORD), lambda done, _t, _m: steps.append(done),
                                       lambda: bool(steps))
        with pytest.raises(Cancelled):
            running.result()
        qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage())
        assert steps and not bar._syncing and bar.sync_action.isEnabled()
        assert "Nothing was left half done" in window.statusBar().currentMessage()
        with db.engine.connect() as conn:
            assert local.pending_count(conn) == 1  # still waiting: nothing was sent
        with team_db.connect() as owner:
            assert owner.execute("SELECT first_name FROM pupil WHERE gid = %s", (gid,)).fetchone()[0] == name
        bar.sync_action.trigger()  # the next sync works
        assert "waiting" not in bar.label.text() and not inline_operations
        window.close()
        settings.forget_database(database_id(db))
    finally:
        db.close()
    with team_db.connect() as owner:
        assert owner.execute("SELECT first_name FROM pupil WHERE gid = %s", (gid,)).fetchone()[0] == "Nieuwe naam"


def test_on_the_team_server_itself_there_is_no_sync(qtbot, team_db: TeamDb, inline_operations) -> None:  # noqa: ANN001, F811
    from wishdesk.core.opening import open_database
    from wishdesk.gui.opening import make_context

    db = open_database(team_db.url("teacher1"))
    try:
        window = MainWindow(make_context(db))
        qtbot.addWidget(window)
        bar = window.sync_bar
        assert not bar.replica and not bar.sync_action.isVisible() and not inline_operations
        window.close()
    finally:
        db.close()
