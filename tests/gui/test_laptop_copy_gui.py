"""A teacher's laptop copy in the window (what issues 12 and 14 left open): the copy's account is its owner's, so
Manage → Accounts… is greyed with the reason, the recovery sheet still works and the recovery dialog shows the
person's real role; the sign-in password is kept for the sync only on a laptop copy, dropped by the lock and
taken again at the unlock. On a real PostgreSQL team server (tests/pg_server.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.sync.helpers import server_base
from tests.team.conftest import PASSWORD, PEOPLE, TeamDb, team_db, team_owner, team_template  # noqa: F401
from wishdesk.core.security import keyfile
from wishdesk.gui import opening
from wishdesk.gui.controller import Controller, sign_in_on_lane
from wishdesk.gui.dialogs.recover import RecoverDialog

SHOTS = os.environ.get("WISHDESK_SHOTS")  # a folder: the screens of this test are saved there to look at


@pytest.fixture(autouse=True)
def _env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN202
    monkeypatch.setenv("WISHDESK_KDF", "fast")
    monkeypatch.setenv("WISHDESK_HOME", str(tmp_path / "home"))
    yield
    keyfile.forget_all()


@pytest.fixture
def teacher_copy(team_db: TeamDb, tmp_path: Path) -> tuple[Path, str]:  # noqa: F811
    from wishdesk.core.sync.replica import create_replica

    made = create_replica(server_base(team_db), team_db.logins["teacher1"], PASSWORD, tmp_path / "laptop.sqlite")
    keyfile.forget_all()
    return made.path, made.recovery_key


def _window_on(qtbot, monkeypatch, path: Path, name: str | None, password: str):  # noqa: ANN001, ANN202
    controller = Controller(QApplication.instance())
    monkeypatch.setattr(Controller, "sign_in_sink", lambda target: sign_in_on_lane(target, name, password))
    window = controller.show(controller.open_interactively(path))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return controller, window


def _close(controller: Controller, window) -> None:  # noqa: ANN001
    lock = window.idle_lock
    if lock is not None and lock.dialog is not None:
        lock.dialog.identity = object()
        lock.dialog.close()
    controller.shutdown()


def test_a_teachers_copy_greys_accounts_keeps_the_recovery_sheet_and_the_password_only_until_the_lock(
        qtbot, monkeypatch, teacher_copy, team_db: TeamDb) -> None:  # noqa: ANN001, F811
    path, _recovery = teacher_copy
    controller, window = _window_on(qtbot, monkeypatch, path, team_db.logins["teacher1"], PASSWORD)
    try:
        ctx = window.ctx
        assert ctx.identity.laptop_copy and ctx.identity.staff_id == PEOPLE["teacher1"]
        assert window.sync_bar.replica  # it is a laptop copy: the sync button is there
        accounts = window.accounts_action
        assert not accounts.isEnabled()
        assert accounts.toolTip() == ("Accounts are managed on the team database: this laptop copy has only your "
                                      "own account.")
        # confirming care coordinators is account work too: the copy holds no colleague's account to confirm
        assert not window.confirm_readers_action.isEnabled()
        assert window.confirm_readers_action.toolTip() == accounts.toolTip()
        assert window.recovery_sheet_action.isEnabled() and window.change_password_action.isEnabled()
        from wishdesk.gui import account_menu

        account_menu.open_accounts(window)  # a shortcut or a stale menu: nothing opens
        assert getattr(window, "accounts_dialog", None) is None
        if SHOTS:
            menu = window.manage_menu
            menu.popup(window.mapToGlobal(window.rect().topLeft()))
            qtbot.waitExposed(menu)
            menu.setActiveAction(accounts)
            menu.grab().save(str(Path(SHOTS) / "copy-manage-menu.png"))
            menu.hide()
        # the password is kept for the sync, for this copy only ...
        assert opening.sign_in_password(ctx.db, PEOPLE["teacher1"]) == PASSWORD
        assert opening.kept_password_count(path) == 1
        window.idle_lock.lock_now()  # Ctrl+L
        assert window.idle_lock.locked
        assert opening.kept_password_count(path) == 0 and opening.sign_in_password(ctx.db, PEOPLE["teacher1"]) is None
        dialog = window.idle_lock.dialog
        dialog.form.password.setText(PASSWORD)
        qtbot.keyClick(dialog.form.password, Qt.Key.Key_Return)
        assert not window.idle_lock.locked
        # ... taken again at the unlock, so the sync needs not ask it
        assert opening.sign_in_password(ctx.db, PEOPLE["teacher1"]) == PASSWORD
        assert ctx.identity.laptop_copy and not window.accounts_action.isEnabled()
    finally:
        _close(controller, window)
    assert opening.kept_password_count(path) == 0  # closed: gone


def test_the_recovery_dialog_on_a_copy_shows_the_real_role(qtbot, teacher_copy) -> None:  # noqa: ANN001
    path, recovery = teacher_copy
    dialog = RecoverDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.key.setText(recovery)
    dialog.check_button.click()
    assert dialog.step2.isVisibleTo(dialog), dialog.error.text()
    label = dialog.account.currentText()
    assert label.endswith("(class teacher)") and "coordinator" not in label, label
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "copy-recover.png"))
    dialog.password.setText("nieuw-wachtwoord")
    dialog.repeat.setText("nieuw-wachtwoord")
    dialog.finish_button.click()
    assert dialog.identity is not None and dialog.identity.laptop_copy and not dialog.identity.manages_accounts


def test_a_plain_encrypted_file_keeps_no_password(qtbot, monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    from wishdesk.core.security import encryption

    path = tmp_path / "school.sqlite"
    db, _key = encryption.create_encrypted_database(path, "Paula Coördinator", "wachtwoord1")
    db.close()
    keyfile.forget_all()
    controller, window = _window_on(qtbot, monkeypatch, path, None, "wachtwoord1")
    try:
        assert window.ctx.identity is not None and not window.ctx.identity.laptop_copy
        assert window.accounts_action.isEnabled()  # a programme coordinator of their own file manages accounts
        assert opening.kept_password_count(path) == 0
        assert opening.sign_in_password(window.ctx.db, window.ctx.identity.staff_id) is None
        window.idle_lock.lock_now()
        dialog = window.idle_lock.dialog
        dialog.form.password.setText("wachtwoord1")
        qtbot.keyClick(dialog.form.password, Qt.Key.Key_Return)
        assert not window.idle_lock.locked and opening.kept_password_count(path) == 0  # not at the unlock either
    finally:
        _close(controller, window)
