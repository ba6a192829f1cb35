"""Manage → Accounts…, Change my password…, Print recovery sheet… (issue 12) on a real encrypted demo database:
what the dialogs change is checked by signing in through the core, and the new recovery sheet by opening the
database with the key read back from the PDF."""

from __future__ import annotations

import os
import re
import shutil
from io import BytesIO
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from wishdesk.core.security import accounts, encryption, keyfile
from wishdesk.core.security.account_admin import account_overview
from wishdesk.gui.dialogs.accounts import AccountsDialog

NEW = "nieuw-wachtwoord-7"


@pytest.fixture(scope="module")
def encrypted_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    os.environ.setdefault("WISHDESK_KDF", "fast")
    from wishdesk.core.demo import build_demo_database

    path = tmp_path_factory.mktemp("accounts-template") / "versleuteld.sqlite"
    db = build_demo_database(path, schools=2, plan=False, backup_dir=path.parent / "b")
    from wishdesk.core.models import Staff, StaffRole

    with db.write() as s:  # every demo person has an account: two colleagues who have none yet
        s.add_all([Staff(name="Karin Zonder Account", roles=[StaffRole(role="teacher")]),
                   Staff(name="Joost Zonder Account", roles=[StaffRole(role="specialist")])])
    recovery = db.recovery_key
    db.close()
    keyfile.forget_all()
    return path, recovery


@pytest.fixture
def encrypted(encrypted_template: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    monkeypatch.setenv("WISHDESK_KDF", "fast")
    template, recovery = encrypted_template
    for part in template.parent.glob(template.name + "*"):
        shutil.copyfile(part, tmp_path / part.name)
    yield tmp_path / template.name, recovery
    keyfile.forget_all()


def _window(qtbot, path: Path, who: str | int | None = None):  # noqa: ANN001, ANN202
    from wishdesk.gui.main_window import MainWindow
    from wishdesk.gui.opening import make_context, open_path, remember, sign_in_on_lane

    identity = sign_in_on_lane(path, who, "demo")
    db = open_path(path)
    remember(db, identity)
    window = MainWindow(make_context(db))
    qtbot.addWidget(window)
    window.show()
    return window


def _close(window) -> None:  # noqa: ANN001
    from wishdesk.gui.opening import forget

    window.ctx.ops.wait()
    forget(window.ctx.db)
    window.ctx.db.close()


def _teacher(db):  # noqa: ANN001, ANN202 - AccountInfo
    return next(r for r in account_overview(db) if not r.is_admin and r.roles == ("teacher",))


def _sign_in_fails(path: Path, who: str | int, password: str) -> bool:
    try:
        accounts.unlock(path, who, password)
    except accounts.SignInFailed:
        return True
    return False


def _accounts_dialog(window) -> AccountsDialog:  # noqa: ANN001
    assert window.accounts_action.isEnabled()
    window.accounts_action.trigger()
    return window.accounts_dialog


def test_coordinator_adds_accounts_and_they_sign_in(qtbot, encrypted) -> None:  # noqa: ANN001
    path, _ = encrypted
    window = _window(qtbot, path)
    dialog = _accounts_dialog(window)
    coordinator = window.ctx.identity
    assert [r.name for r in dialog.rows() if r.account_id == coordinator.account_id] == [coordinator.name]
    before = len(dialog.rows())

    dialog.add_button.click()
    form = dialog.form
    assert form.people and all(p.staff_id not in {r.staff_id for r in dialog.rows()} for p in form.people)
    colleague = form.people[0]
    form.choose(colleague.name)
    form.fill(NEW, again="iets-anders-1")
    form.accept()  # the two passwords differ: refused beside the fields, nothing made
    assert form.error.isVisible() and not form.made and len(account_overview(window.ctx.db)) == before
    form.fill(NEW)
    form.accept()
    assert form.made and NEW in form.shown.text() and form.isVisible()  # shown once, then only "Close"
    form.accept()
    assert not form.isVisible() and not form.first.text()
    assert colleague.staff_id in {r.staff_id for r in dialog.rows()}
    assert dialog.selected().staff_id == colleague.staff_id

    # a new name: put on the staff list and given an account that manages accounts too
    dialog.add_button.click()
    form = dialog.form
    form.choose("Nieuwe Collega")
    form.admin.setChecked(True)
    form.fill(NEW)
    form.accept()
    assert form.made
    new_row = next(r for r in dialog.rows() if r.name == "Nieuwe Collega")
    assert new_row.is_admin and new_row.roles == ("programme_coordinator",)
    _close(window)

    keyfile.forget_all()
    assert accounts.sign_in(path, colleague.staff_id, NEW).staff_id == colleague.staff_id
    keyfile.forget_all()
    assert accounts.sign_in(path, "Nieuwe Collega", NEW).is_admin


def test_a_short_password_for_a_new_person_leaves_nothing_behind(qtbot, encrypted) -> None:  # noqa: ANN001
    from wishdesk.core.services.directory import list_staff

    path, _ = encrypted
    keyfile.forget_all()
    data = keyfile.read(path)
    data["demo"] = False  # a real database: the minimum length holds
    keyfile.save(path, data)
    window = _window(qtbot, path)
    staff_before = len(list_staff(window.ctx.db))
    dialog = _accounts_dialog(window)
    dialog.add_button.click()
    form = dialog.form
    form.choose("Nog Iemand")
    form.fill("kort")
    form.accept()
    assert not form.made and "minstens" in form.error.text()
    assert len(list_staff(window.ctx.db)) == staff_before
    _close(window)


def test_reset_password_of_a_colleague(qtbot, encrypted) -> None:  # noqa: ANN001
    path, _ = encrypted
    window = _window(qtbot, path)
    dialog = _accounts_dialog(window)
    teacher = _teacher(window.ctx.db)
    dialog.select(teacher.staff_id)
    dialog.reset_button.click()
    form = dialog.form
    form.fill(NEW)
    form.accept()
    assert not form.isVisible() and teacher.name in dialog.message.text()
    assert not window.ctx.history.canUndo()  # a password change is not on the undo history
    _close(window)
    keyfile.forget_all()
    assert _sign_in_fails(path, teacher.staff_id, "demo")
    assert accounts.sign_in(path, teacher.staff_id, NEW).staff_id == teacher.staff_id


def test_own_password_is_not_reset_here(qtbot, encrypted) -> None:  # noqa: ANN001
    path, _ = encrypted
    window = _window(qtbot, path)
    dialog = _accounts_dialog(window)
    dialog.select(window.ctx.identity.staff_id)
    dialog.reset_button.click()
    assert "Mijn wachtwoord wijzigen" in dialog.message.text() and dialog.form is None
    # the next action starts clean: the red refusal does not stay beside the reset form
    dialog.select(_teacher(window.ctx.db).staff_id)
    dialog.reset_button.click()
    assert dialog.form is not None and dialog.message.text() == ""
    dialog.form.reject()
    _close(window)


def test_reset_form_suggests_a_password_and_the_column_says_wrong_attempts(qtbot, encrypted) -> None:  # noqa: ANN001
    path, _ = encrypted
    window = _window(qtbot, path)
    dialog = _accounts_dialog(window)
    assert dialog.model.headerData(3, Qt.Orientation.Horizontal) == "Wrong attempts"
    teacher = _teacher(window.ctx.db)
    dialog.select(teacher.staff_id)
    dialog.reset_button.click()
    form = dialog.form
    assert form.suggest.isVisible()
    form.suggest.click()
    suggested = form.first.text()
    assert suggested and form.second.text() == suggested and form.first.echoMode() == QLineEdit.EchoMode.Normal
    if os.environ.get("WISHDESK_SCREENSHOTS"):
        form.grab().save(str(Path(os.environ["WISHDESK_SCREENSHOTS"]) / "acc_reset_suggest.png"))
    form.accept()
    assert not form.isVisible()
    _close(window)
    keyfile.forget_all()
    assert accounts.sign_in(path, teacher.staff_id, suggested).staff_id == teacher.staff_id


def test_remove_an_account_and_its_sign_in_fails(qtbot, encrypted, monkeypatch) -> None:  # noqa: ANN001
    path, _ = encrypted
    window = _window(qtbot, path)
    dialog = _accounts_dialog(window)
    teacher = _teacher(window.ctx.db)
    asked: list[str] = []
    monkeypatch.setattr(AccountsDialog, "confirm_sink", lambda text: asked.append(text) or False)
    dialog.select(teacher.staff_id)
    dialog.remove_button.click()
    assert asked and teacher.name in asked[0]
    assert teacher.staff_id in {r.staff_id for r in account_overview(window.ctx.db)}  # "Cancel": still there
    monkeypatch.setattr(AccountsDialog, "confirm_sink", lambda text: True)
    dialog.remove_button.click()
    assert teacher.staff_id not in {r.staff_id for r in dialog.rows()}
    _close(window)
    keyfile.forget_all()
    assert _sign_in_fails(path, teacher.staff_id, "demo")


def test_last_programme_coordinator_and_yourself_cannot_be_removed(qtbot, encrypted, monkeypatch) -> None:  # noqa: ANN001
    path, _ = encrypted
    window = _window(qtbot, path)
    monkeypatch.setattr(AccountsDialog, "confirm_sink", lambda text: True)
    dialog = _accounts_dialog(window)
    me = window.ctx.identity
    dialog.select(me.staff_id)
    dialog.remove_button.click()
    assert dialog.message.text() == "U kunt uw eigen account niet verwijderen."  # what was tried: yourself
    assert me.staff_id in {r.staff_id for r in account_overview(window.ctx.db)}

    # with a second programme coordinator: still not yourself; the other one can go
    dialog.add_button.click()
    dialog.form.choose(dialog.form.people[0].name)
    dialog.form.admin.setChecked(True)
    dialog.form.fill(NEW)
    dialog.form.accept()
    second = dialog.form.staff_id
    dialog.form.accept()
    dialog.select(me.staff_id)
    dialog.remove_button.click()
    assert "eigen account" in dialog.message.text()
    dialog.select(second)
    dialog.remove_button.click()
    assert second not in {r.staff_id for r in account_overview(window.ctx.db)}
    _close(window)


def test_a_teacher_sees_the_coordinator_entries_disabled(qtbot, encrypted) -> None:  # noqa: ANN001
    path, _ = encrypted
    from wishdesk.core.opening import open_database

    keyfile.forget_all()
    accounts.unlock_demo(path)
    probe = open_database(path, read_only=True)
    teacher = _teacher(probe)
    probe.close()
    window = _window(qtbot, path, teacher.staff_id)
    assert not window.ctx.identity.is_admin
    for action in (window.accounts_action, window.recovery_sheet_action):
        assert not action.isEnabled()
        assert "Only a programme coordinator" in action.toolTip()
    assert window.change_password_action.isEnabled()
    window.accounts_action.trigger()  # a shortcut or a stale menu cannot open it either
    assert getattr(window, "accounts_dialog", None) is None
    _close(window)


def test_plain_database_has_no_accounts_and_points_to_the_banner(window) -> None:  # noqa: ANN001
    for action in (window.accounts_action, window.change_password_action, window.recovery_sheet_action):
        assert not action.isEnabled() and "Encrypt…" in action.toolTip()
    assert window.banner.isVisible()


def test_change_my_password(qtbot, encrypted) -> None:  # noqa: ANN001
    path, _ = encrypted
    window = _window(qtbot, path)
    before = window.ctx.identity
    window.change_password_action.trigger()
    form = window.password_form
    form.fill(NEW, old="fout-wachtwoord")
    form.accept()
    assert form.isVisible() and window.ctx.identity is before
    assert form.error.text() == "Uw huidige wachtwoord klopt niet."  # not "unknown name or…": we know who you are
    form.fill(NEW, old="demo")
    form.accept()
    assert not form.isVisible()
    after = window.ctx.identity
    assert after is not before and after.staff_id == before.staff_id and after.public_key != before.public_key
    _close(window)
    keyfile.forget_all()
    assert _sign_in_fails(path, before.staff_id, "demo")
    assert accounts.sign_in(path, before.staff_id, NEW).staff_id == before.staff_id


def _key_from_pdf(data: bytes) -> str:
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)
    groups = re.findall(r"[A-Z2-7]{4}(?:-[A-Z2-7]{1,4})+", text)
    return "-".join(groups)


def test_new_recovery_sheet_opens_the_database_and_the_old_one_no_longer(qtbot, encrypted) -> None:  # noqa: ANN001
    from wishdesk.core.opening import open_database

    path, old_recovery = encrypted
    window = _window(qtbot, path)
    window.recovery_sheet_action.trigger()
    form = window.password_form
    recovery_before = keyfile.read(path)["recovery"]
    form.fill(old="niet-mijn-wachtwoord")
    form.accept()
    assert form.isVisible() and form.error.isVisible() and keyfile.read(path)["recovery"] == recovery_before
    form.fill(old="demo")
    form.accept()
    assert not form.isVisible()
    sheet = window.recovery_sheet_dialog
    new_recovery = _key_from_pdf(sheet.preview._data)
    assert new_recovery and new_recovery != old_recovery
    sheet.close()
    _close(window)

    keyfile.forget_all()
    with pytest.raises(encryption.RecoveryFailed):
        encryption.unlock_with_recovery(path, old_recovery)
    encryption.unlock_with_recovery(path, new_recovery)
    open_database(path).close()


def test_keyboard_tab_order_enter_and_escape(qtbot, encrypted) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.gui.test_tab_order import check_page

    path, _ = encrypted
    window = _window(qtbot, path)
    dialog = _accounts_dialog(window)
    qtbot.waitExposed(dialog)
    check_page(dialog)
    teacher = _teacher(window.ctx.db)
    dialog.select(teacher.staff_id)
    dialog.reset_button.click()
    form = dialog.form
    qtbot.waitExposed(form)
    check_page(form)
    form.first.setFocus()
    QTest.keyClicks(form.first, NEW)
    QTest.keyClicks(form.second, NEW)
    QTest.keyClick(form.second, Qt.Key.Key_Return)  # Enter: the default button, "Set password"
    assert not form.isVisible() and teacher.name in dialog.message.text()

    dialog.add_button.click()
    form = dialog.form
    qtbot.waitExposed(form)
    check_page(form)
    QTest.keyClick(form, Qt.Key.Key_Escape)  # Esc cancels: nothing made
    assert not form.isVisible() and not form.made
    QTest.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    _close(window)
    keyfile.forget_all()
    assert accounts.sign_in(path, teacher.staff_id, NEW).staff_id == teacher.staff_id


def test_entries_follow_the_person_signed_in(qtbot, encrypted) -> None:  # noqa: ANN001
    """Another person signs in (the idle lock's "Another person…"): the coordinator's entries follow them."""
    from wishdesk.gui.opening import sign_in_on_lane

    path, _ = encrypted
    window = _window(qtbot, path)
    assert window.accounts_action.isEnabled() and window.recovery_sheet_action.isEnabled()
    teacher = _teacher(window.ctx.db)
    window.ctx.set_person(teacher.staff_id, sign_in_on_lane(window.ctx.db, teacher.staff_id, "demo"))
    assert not window.accounts_action.isEnabled() and not window.recovery_sheet_action.isEnabled()
    assert window.change_password_action.isEnabled()
    _close(window)
