"""Issue 12 as a new user met it: the recovery key in the app, the sign-in dialog's names and memory, the lock
screen's texts, focus and Enter key, and the wording of a concern whose key is not there yet."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from wishdesk.core.security import accounts, encryption, keyfile
from wishdesk.core.services import directory
from wishdesk.gui import securing
from wishdesk.gui.controller import Controller, sign_in_on_lane
from wishdesk.gui.dialogs.recover import RecoverDialog
from wishdesk.gui.dialogs.sign_in import SignInDialog


@pytest.fixture(autouse=True)
def _env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WISHDESK_KDF", "fast")
    monkeypatch.setenv("WISHDESK_HOME", str(tmp_path / "home"))
    yield
    keyfile.forget_all()


@pytest.fixture
def school(tmp_path: Path):  # noqa: ANN201
    """A closed encrypted database: Paula (programme coordinator, first account) and Tom (teacher)."""
    path = tmp_path / "school.sqlite"
    db, key = encryption.create_encrypted_database(path, "Paula Coördinator", "wachtwoord1")
    admin = accounts.sign_in(db, None, "wachtwoord1")
    from wishdesk.core.models import Staff

    with db.write() as s:
        s.add(Staff(name="Tom Leerkracht"))
    accounts.add_account(db, admin, "Tom Leerkracht", "wachtwoord2")
    db.close()
    keyfile.forget_all()
    return path, key


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_recover_dialog_wrong_key_then_new_password_and_signed_in(qtbot, school) -> None:  # noqa: ANN001
    path, key = school
    before = (_digest(path), _digest(keyfile.keyfile_path(path)))
    dialog = RecoverDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.key.setText(encryption.format_recovery_key(b"\x07" * 32))
    dialog.check_button.click()
    assert dialog.error.isVisibleTo(dialog) and "past niet" in dialog.error.text()
    assert not dialog.step2.isVisibleTo(dialog)
    assert (_digest(path), _digest(keyfile.keyfile_path(path))) == before
    dialog.key.setText("  " + key.replace("-", " ").lower() + " ")  # pasted from a note, in small letters
    qtbot.keyClick(dialog.key, Qt.Key.Key_Return)  # Enter checks the key
    assert dialog.step2.isVisibleTo(dialog) and not dialog.error.isVisibleTo(dialog)
    assert dialog.account.currentText().startswith("Paula Coördinator")  # the only programme coordinator
    assert "old password stops working" in dialog.impact.text()
    dialog.account.setCurrentIndex(dialog.account.findText("Tom Leerkracht"))
    QApplication.processEvents()  # a tester saw the wrapped note cut in half: it gets the height it needs
    impact = dialog.impact
    assert impact.height() >= impact.heightForWidth(impact.width()) > 0, (impact.height(), impact.width())
    dialog.password.setText("nieuw-wachtwoord")
    dialog.repeat.setText("anders-wachtwoord")
    dialog.finish_button.click()
    assert dialog.identity is None and "not the same" in dialog.error.text()
    dialog.repeat.setText("nieuw-wachtwoord")
    dialog.finish_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.identity.name == "Tom Leerkracht"
    keyfile.forget_all()
    assert accounts.sign_in(path, "Tom Leerkracht", "nieuw-wachtwoord").name == "Tom Leerkracht"


def test_sign_in_dialog_offers_the_recovery_key_and_remembers_the_person(qtbot, school, monkeypatch) -> None:  # noqa: ANN001
    path, key = school

    def filled_in(dialog: RecoverDialog) -> QDialog.DialogCode:
        dialog.key.setText(key)
        dialog.check_key()
        dialog.password.setText("herstel-wachtwoord")
        dialog.repeat.setText("herstel-wachtwoord")
        dialog.finish()
        assert dialog.identity is not None, dialog.error.text()
        return dialog.result()

    monkeypatch.setattr(RecoverDialog, "exec", filled_in)
    dialog = SignInDialog(path, signer=sign_in_on_lane)
    qtbot.addWidget(dialog)
    assert dialog.recover.isVisibleTo(dialog) and dialog.name.text() == ""  # nobody signed in here yet
    dialog.recover.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.identity.is_admin
    keyfile.forget_all()
    # next time: the same person is filled in, offered in the list, and the cursor waits in the password field
    again = SignInDialog(path, signer=sign_in_on_lane)
    qtbot.addWidget(again)
    assert again.name.text() == "Paula Coördinator"
    assert again.name_box.findText("Paula Coördinator") >= 0
    assert again.focusWidget() is again.password
    again.password.setText("fout")
    again.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "Paula Coördinator" in again.error.text() and "niets veranderd" not in again.error.text()
    assert again.error.isVisibleTo(again) and again.height() >= again.sizeHint().height()  # not cut off


@pytest.fixture
def signed_in(qtbot, tmp_path: Path, monkeypatch):  # noqa: ANN001, ANN201
    os.environ.setdefault("WISHDESK_KDF", "fast")
    from wishdesk.core.demo import build_demo_database

    path = tmp_path / "demo.sqlite"
    build_demo_database(path, schools=2, plan=False, backup_dir=tmp_path / "b").close()
    keyfile.forget_all()
    controller = Controller(QApplication.instance())
    monkeypatch.setattr(Controller, "sign_in_sink", lambda p: sign_in_on_lane(p, None, "demo"))
    db = controller.open_interactively(path)
    window = controller.show(db)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    yield controller, window
    if window.idle_lock is not None and window.idle_lock.dialog is not None:
        window.idle_lock.dialog.identity = object()
        window.idle_lock.dialog.close()
    controller.shutdown()


def test_demo_sign_in_lists_every_account(qtbot, signed_in) -> None:  # noqa: ANN001
    _controller, window = signed_in
    db = window.ctx.db
    dialog = SignInDialog(db.location.path, signer=sign_in_on_lane)  # the demo's names may be read: public
    qtbot.addWidget(dialog)
    names = {dialog.name_box.itemText(i) for i in range(dialog.name_box.count())}
    assert names == {p.name for p in directory.list_staff(db)}
    switch = SignInDialog(db, signer=sign_in_on_lane, remember_last=False)  # "Wie ben ik…" on an open database
    qtbot.addWidget(switch)
    assert switch.name_box.count() == len(names) and switch.name.text() == ""


def test_lock_by_hand_another_person_with_enter(qtbot, signed_in) -> None:  # noqa: ANN001
    _controller, window = signed_in
    ctx, lock = window.ctx, window.idle_lock
    coordinator = ctx.identity
    window.findChild(type(window.lock_action), "lockNowAction").trigger()  # Ctrl+L
    assert lock.locked
    dialog = lock.dialog
    assert "is locked" in dialog.explain.text() and "without use" not in dialog.explain.text()
    qtbot.waitUntil(lambda: dialog.form.focusWidget() is dialog.form.password, timeout=2000)
    dialog.form.password.setText("fout")
    qtbot.keyClick(dialog.form.password, Qt.Key.Key_Return)
    assert lock.locked and coordinator.name in dialog.form.error.text()
    assert "niets veranderd" not in dialog.form.error.text()
    error, field = dialog.form.error.geometry(), dialog.form.password.mapTo(dialog.form, dialog.form.password.rect().topLeft())
    assert error.top() >= field.y() + dialog.form.password.height()  # below the field, not over it
    qtbot.mouseClick(dialog.other, Qt.MouseButton.LeftButton)  # as the tester did: the button takes focus
    assert coordinator.name not in dialog.explain.text()
    teacher = next(p for p in directory.list_staff(ctx.db) if "teacher" in p.roles)
    assert dialog.form.name_box.findText(teacher.name) >= 0
    dialog.form.name.setText(teacher.name)
    dialog.form.password.setText("demo")
    qtbot.keyClick(dialog.form.password, Qt.Key.Key_Return)  # Enter signs in (it did nothing before)
    assert not lock.locked and ctx.identity.staff_id == teacher.id


def test_the_lock_offers_the_recovery_key(qtbot, signed_in, monkeypatch) -> None:  # noqa: ANN001
    """Found by a tester: a person who forgot the password at the lock had only "Another person…"."""
    _controller, window = signed_in
    ctx, lock = window.ctx, window.idle_lock
    teacher = next(p for p in directory.list_staff(ctx.db) if "teacher" in p.roles)

    def recovered(dialog: RecoverDialog) -> QDialog.DialogCode:  # the recovery itself is tested above
        dialog.identity = sign_in_on_lane(ctx.db, teacher.id, "demo")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecoverDialog, "exec", recovered)
    lock.lock(by_hand=True)
    dialog = lock.dialog
    assert dialog.form.recover.isVisibleTo(dialog)
    dialog.form.recover.click()
    assert not lock.locked and ctx.identity.staff_id == teacher.id


def test_idle_lock_says_why(qtbot, signed_in) -> None:  # noqa: ANN001
    _controller, window = signed_in
    window.idle_lock.lock()
    assert "without use" in window.idle_lock.dialog.explain.text()


def test_file_menu_recovers_on_the_open_database(qtbot, signed_in, monkeypatch) -> None:  # noqa: ANN001
    controller, window = signed_in
    ctx = window.ctx
    teacher = next(p for p in directory.list_staff(ctx.db) if "teacher" in p.roles)
    path = ctx.db.location.path
    data = keyfile.read(path)
    recovery = encryption._set_recovery(data, keyfile.key_for(path))  # the demo's sheet was never printed
    keyfile.save(path, data)
    seen: list[QDialog] = []

    def drive(dialog: QDialog) -> bool:
        seen.append(dialog)
        dialog.key.setText(recovery)
        dialog.check_key()
        dialog.account.setCurrentIndex(dialog.account.findData(teacher.id))  # shown with the role: "(class teacher)"
        dialog.password.setText("nieuw-demo")
        dialog.repeat.setText("nieuw-demo")
        dialog.finish()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(securing, "show_sink", drive)
    window.findChild(type(window.lock_action), "recoverAction").trigger()
    assert seen and isinstance(seen[0], RecoverDialog)
    assert ctx.identity.staff_id == teacher.id and ctx.staff_id == teacher.id


def test_a_concern_without_its_key_yet_says_who_makes_it_readable(qtbot, signed_in) -> None:  # noqa: ANN001
    """A care coordinator whose keys are gone (here: her password was reset) sees her school's concern sealed
    until its author signs in; the panel names the author instead of only saying "versleuteld"."""
    from wishdesk.core.security.sealing import UNREADABLE
    from wishdesk.core.services import concerns
    from wishdesk.gui.operations import on_write_lane

    _controller, window = signed_in
    ctx = window.ctx
    db = ctx.db
    care = next(p for p in directory.list_staff(db) if "care_coordinator" in p.roles
                and concerns.visible_concerns(db, p.id))
    admin = ctx.identity
    on_write_lane(lambda: accounts.reset_password(db, admin, care.id, "nieuw-demo"))
    ctx.set_person(care.id, sign_in_on_lane(db, care.id, "nieuw-demo"))
    [row] = [c for c in concerns.visible_concerns(db, ctx.viewer) if c.author_id != care.id]
    assert row.observation == UNREADABLE
    page = window.pages["today"]
    page.concerns.refresh()
    qtbot.waitUntil(lambda: page.concerns.selected() is not None, timeout=3000)
    text = page.concerns.detail.toPlainText()
    assert row.author_name in text and "signs in" in text and "[versleuteld" not in text
