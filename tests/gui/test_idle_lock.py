"""The idle lock: after the idle time the window is covered and asks the signed-in person's password again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog

from wishdesk.core.edits import EVERYTHING, Reversible
from wishdesk.core.security import keyfile
from wishdesk.core.security.accounts import list_accounts
from wishdesk.core.services import directory
from wishdesk.gui.controller import Controller, sign_in_on_lane


@pytest.fixture
def encrypted_demo(tmp_path: Path) -> Path:
    os.environ.setdefault("WISHDESK_KDF", "fast")
    from wishdesk.core.demo import build_demo_database

    path = tmp_path / "versleuteld.sqlite"
    build_demo_database(path, schools=2, plan=False, backup_dir=tmp_path / "b").close()
    return path


@pytest.fixture
def signed_in(qtbot, encrypted_demo: Path, monkeypatch):  # noqa: ANN001, ANN201
    controller = Controller(QApplication.instance())
    monkeypatch.setattr(Controller, "sign_in_sink", lambda path: sign_in_on_lane(path, None, "demo"))
    db = controller.open_interactively(encrypted_demo)
    window = controller.show(db)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    yield controller, window
    if window.idle_lock is not None and window.idle_lock.dialog is not None:
        window.idle_lock.dialog.identity = object()  # let the dialog close with the window
        window.idle_lock.dialog.close()
    controller.shutdown()
    keyfile.forget_all()


def _pupil_names(db) -> list[str]:  # noqa: ANN001
    from sqlalchemy import select

    from wishdesk.core.models import Pupil

    with db.session() as s:
        return [p.first_name for p in s.scalars(select(Pupil))]


def test_idle_time_locks_wrong_password_keeps_it_right_one_lifts_it(qtbot, signed_in) -> None:  # noqa: ANN001
    controller, window = signed_in
    lock = window.idle_lock
    assert lock is not None and not lock.locked and window.lock_action.isEnabled()
    lock.set_idle_ms(60)
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    dialog = lock.dialog
    assert dialog.isVisible() and dialog.isModal()
    # the data is not painted behind the lock: the pages and menus are hidden, a cover fills the window
    assert not window.centralWidget().isVisible() and not window.menuBar().isVisible()
    assert not window.statusBar().isVisible()
    cover = window.findChild(type(lock._covers[0]), "lockCover")
    assert cover is not None and cover.isVisible() and cover.geometry() == window.rect()
    image = window.grab().toImage()
    # nothing of the pages is drawn: the whole grab is one colour (the cover's), except its one label
    corner = image.pixelColor(QPoint(5, image.height() - 5))
    assert image.pixelColor(QPoint(image.width() // 4, image.height() // 4)) == corner
    # the name is fixed (the signed-in person) and Escape does not lift the lock
    assert dialog.form.name.isReadOnly()
    qtbot.keyClick(dialog.form, Qt.Key.Key_Escape)
    dialog.reject()
    assert lock.locked and dialog.isVisible()

    dialog.form.password.setText("niet het wachtwoord")
    dialog.form.try_sign_in()
    assert lock.locked and dialog.form.error.isVisible()
    assert not window.centralWidget().isVisible()

    ctx = window.ctx
    ctx.history.record("x", Reversible(None, lambda _db: None, EVERYTHING))
    dialog.form.password.setText("demo")
    dialog.form.try_sign_in()
    assert not lock.locked and dialog.result() == QDialog.DialogCode.Accepted
    assert window.centralWidget().isVisible() and window.menuBar().isVisible()
    assert window.findChild(type(cover), "lockCover") is None or not window.findChild(type(cover), "lockCover").isVisible()
    assert ctx.history.canUndo()  # the same person again: the history stays
    assert lock.timer.isActive()  # and the count starts again


def test_another_person_signs_in_at_the_lock_and_the_history_is_cleared(qtbot, signed_in) -> None:  # noqa: ANN001
    controller, window = signed_in
    ctx, lock = window.ctx, window.idle_lock
    db = ctx.db
    coordinator = ctx.identity
    care = next(a for a in list_accounts(db) if a.staff_id != coordinator.staff_id and "care_coordinator" in next(
        p.roles for p in directory.list_staff(db) if p.id == a.staff_id))
    ctx.history.record("x", Reversible(None, lambda _db: None, EVERYTHING))
    lock.lock()
    assert lock.locked
    lock.dialog.another_person()
    assert not lock.dialog.form.name.isReadOnly()
    lock.dialog.form.name.setText(care.name)
    lock.dialog.form.password.setText("demo")
    lock.dialog.form.try_sign_in()
    assert not lock.locked
    assert ctx.staff_id == care.staff_id and ctx.identity.staff_id == care.staff_id and not ctx.history.canUndo()


def test_input_postpones_the_lock_and_a_plain_database_never_locks(qtbot, signed_in, window) -> None:  # noqa: ANN001
    _controller, encrypted = signed_in
    lock = encrypted.idle_lock
    lock.set_idle_ms(400)
    for _ in range(4):
        qtbot.wait(150)
        qtbot.mouseMove(encrypted.nav, QPoint(10, 10 + _))
        assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    # the `window` fixture is a plain database: no password to ask, so no lock (the banner offers encryption)
    assert window.idle_lock is None and not window.lock_action.isEnabled()
    assert window.banner.isVisible()


def test_an_open_dialog_is_covered_too_and_lock_now_locks_at_once(qtbot, signed_in) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    _controller, window = signed_in
    lock = window.idle_lock
    other = QDialog(window)  # say, a concern being edited
    QVBoxLayout(other).addWidget(QLabel("Ineke-geheim"))
    other.open()
    qtbot.waitExposed(other)
    [action] = [a for a in window.file_menu.actions() if a.objectName() == "lockNowAction"]
    action.trigger()
    assert lock.locked
    covers = [c for c in other.children() if getattr(c, "objectName", lambda: "")() == "lockCover"]
    assert covers and covers[0].isVisible() and covers[0].geometry() == other.rect()
    assert other.isVisible()  # still open underneath: nothing typed in it is lost
    lock.dialog.form.password.setText("demo")
    lock.dialog.form.try_sign_in()
    assert not lock.locked and not covers[0].isVisible()
    other.reject()
