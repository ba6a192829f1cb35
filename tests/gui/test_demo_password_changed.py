"""`wishdesk --demo` after the demo's coordinator changed their password: the automatic sign-in fails, so the
usual sign-in dialog for that file follows with a line saying why; the app never just closes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from wishdesk.core.opening import open_database
from wishdesk.core.security import accounts, keyfile
from wishdesk.core.security.passwords import change_password
from wishdesk.gui.controller import Controller, sign_in_on_lane
from wishdesk.gui.dialogs.sign_in import SignInDialog


@pytest.fixture
def changed_demo(tmp_path: Path):  # noqa: ANN201 - (path, coordinator's name)
    """A small encrypted demo whose programme coordinator changed "demo" into another password."""
    os.environ.setdefault("WISHDESK_KDF", "fast")
    from wishdesk.core.demo import build_demo_database

    path = tmp_path / "demo.sqlite"
    build_demo_database(path, schools=2, plan=False, backup_dir=tmp_path / "b").close()
    db = open_database(path)
    try:
        me = accounts.sign_in(db, None, "demo")
        change_password(db, me, "demo", "nieuw-geheim-1")
    finally:
        db.close()
    keyfile.forget_all()
    return path, me.name


def test_demo_start_falls_back_to_the_sign_in(qtbot, changed_demo, monkeypatch) -> None:  # noqa: ANN001
    path, coordinator = changed_demo
    asked: list[Path] = []

    def sign_in(p: Path):  # noqa: ANN202 - the person types the new password in the dialog
        asked.append(p)
        return sign_in_on_lane(p, coordinator, "nieuw-geheim-1")

    monkeypatch.setattr(Controller, "sign_in_sink", sign_in)
    controller = Controller(QApplication.instance())
    db = controller.open_demo(path)
    assert db is not None and asked == [path.resolve()]
    assert f"no longer works for {coordinator}" in controller.sign_in_note
    # the automatic try is not a wrong guess: it does not count towards the slowdown
    assert not keyfile.read(path.resolve()).get("attempts")
    window = controller.show(db)
    qtbot.addWidget(window)
    assert window.ctx.identity is not None and window.ctx.identity.name == coordinator
    controller.shutdown()


def test_cancelling_that_sign_in_opens_nothing(qtbot, changed_demo, monkeypatch) -> None:  # noqa: ANN001
    path, _ = changed_demo
    monkeypatch.setattr(Controller, "sign_in_sink", lambda p: None)
    controller = Controller(QApplication.instance())
    assert controller.open_demo(path) is None
    assert controller.db is None


def test_the_sign_in_dialog_shows_the_note(qtbot, changed_demo) -> None:  # noqa: ANN001
    path, coordinator = changed_demo
    note = f"The demo password no longer works for {coordinator}; sign in."
    dialog = SignInDialog(path, note=note)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.note.isVisible() and dialog.note.text() == note
    plain = SignInDialog(path)
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.note.isVisible()
    if os.environ.get("WISHDESK_SCREENSHOTS"):
        dialog.grab().save(str(Path(os.environ["WISHDESK_SCREENSHOTS"]) / "demo_password_changed.png"))
