"""A second WIsH Desk on an encrypted SQLite file someone already has open: the sign-in dialog says who has it,
shows that whole message without squashing the fields, and offers the read-only opening the message promises."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from wishdesk.gui.controller import Controller
from wishdesk.gui.dialogs.sign_in import SignInDialog

SHOTS = os.environ.get("WISHDESK_SHOTS")  # a folder: the dialog is saved there as a PNG to look at


@pytest.fixture
def encrypted_demo(tmp_path: Path) -> Path:
    os.environ.setdefault("WISHDESK_KDF", "fast")
    from wishdesk.core.demo import build_demo_database

    path = tmp_path / "demo.sqlite"
    build_demo_database(path, schools=2, plan=False, backup_dir=tmp_path / "b").close()
    return path


_HOLD = """
import sys
from wishdesk.core.opening import open_database
from wishdesk.core.security.accounts import unlock
unlock(sys.argv[1], None, "demo")
db = open_database(sys.argv[1])
print("open", flush=True)
sys.stdin.read()
db.close()
"""


@contextmanager
def opened_elsewhere(path: Path) -> Iterator[None]:
    """The file open in another WIsH Desk process (within one process the lock is re-entrant)."""
    other = subprocess.Popen([sys.executable, "-c", _HOLD, str(path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "open"
        yield
    finally:
        other.communicate("", timeout=60)


def test_a_second_window_may_open_the_file_read_only(qtbot, encrypted_demo: Path, monkeypatch) -> None:  # noqa: ANN001
    with opened_elsewhere(encrypted_demo):
        _second_window(qtbot, encrypted_demo, monkeypatch)


def _second_window(qtbot, encrypted_demo: Path, monkeypatch) -> None:  # noqa: ANN001
    seen: dict[str, object] = {}

    def sign_in(dialog: QDialog) -> bool:
        assert isinstance(dialog, SignInDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.read_only_button.isVisible()  # nothing to offer before the file turned out to be in use
        dialog.password.setText("demo")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        QApplication.processEvents()
        error, password, name = dialog.error, dialog.password, dialog.name_box
        seen["error"] = error.text()
        assert error.isVisible() and dialog.read_only_button.isVisible() and dialog.read_only_button.isDefault()
        # the tester saw the red text cut off at the bottom and the fields squashed
        assert error.height() >= error.heightForWidth(error.width()) > 0, (error.height(), error.width())
        assert password.height() >= password.minimumSizeHint().height()
        assert name.height() >= name.minimumSizeHint().height()
        assert error.geometry().top() >= password.geometry().bottom()
        assert dialog.height() >= dialog.minimumSizeHint().height()
        if SHOTS:
            dialog.grab().save(str(Path(SHOTS) / "second_window_sign_in.png"))
        dialog.read_only_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(Controller, "sign_in_dialog_sink", sign_in)
    second = Controller(QApplication.instance())
    db = second.open_interactively(encrypted_demo)
    assert "al geopend door" in str(seen["error"]) and "alleen-lezen" in str(seen["error"])
    assert db is not None and db.read_only
    window = second.show(db)
    qtbot.addWidget(window)
    assert window.ctx.identity is not None  # signed in: the concerns this person may read open read-only too
    second.shutdown()


def test_without_a_read_only_sign_in_the_message_promises_none(qtbot, encrypted_demo: Path) -> None:  # noqa: ANN001
    from wishdesk.gui.opening import sign_in_and_keep_open

    with opened_elsewhere(encrypted_demo):
        dialog = SignInDialog(encrypted_demo, signer=sign_in_and_keep_open)
        qtbot.addWidget(dialog)
        dialog.password.setText("demo")
        dialog.try_sign_in()
        assert dialog.identity is None and "al geopend" not in dialog.error.text()
        assert "already open" in dialog.error.text() and "read-only" not in dialog.error.text()
        assert not dialog.read_only_button.isVisibleTo(dialog)
