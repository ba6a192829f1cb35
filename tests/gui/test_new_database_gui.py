"""A database made in the app is encrypted (first account, key file, recovery sheet at once), and the banner on a
plain database encrypts it: real files, read back byte for byte."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from wishdesk import paths
from wishdesk.core import backup
from wishdesk.core.models import Pupil
from wishdesk.core.security import encryption, keyfile
from wishdesk.core.security.accounts import list_accounts
from wishdesk.gui import securing
from wishdesk.gui.controller import Controller
from wishdesk.gui.dialogs.first_account import FirstAccountDialog
from wishdesk.gui.dialogs.recovery_step import RecoveryStepDialog

PASSWORD = "geheim-wachtwoord"


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN202
    monkeypatch.setenv("WISHDESK_KDF", "fast")
    yield
    keyfile.forget_all()


class Script:
    """Drives the flow's dialogs: fills the first account, saves the sheet (or tries to skip it)."""

    def __init__(self, tmp_path: Path, name: str = "Paula Coördinator", again: str = PASSWORD) -> None:
        self.tmp_path, self.name, self.again = tmp_path, name, again
        self.seen: list[QDialog] = []
        self.errors: list[str] = []
        self.skip_questions: list[str] = []
        self.sheet: Path | None = None

    def __call__(self, dialog: QDialog) -> bool:
        self.seen.append(dialog)
        if isinstance(dialog, FirstAccountDialog):
            dialog.fill(self.name, PASSWORD, self.again)
            dialog.accept()
            if not dialog.error.isHidden():
                self.errors.append(dialog.error.text())
                dialog.fill(self.name, PASSWORD)  # typed again, correctly
                dialog.accept()
        elif isinstance(dialog, RecoveryStepDialog):
            rejected: list[bool] = []
            dialog.rejected.connect(lambda: rejected.append(True))
            RecoveryStepDialog.confirm_sink = lambda text: self.skip_questions.append(text) or False
            dialog.skip()  # not confirmed: the step stays
            dialog.reject()  # Escape asks the same
            assert not rejected and not dialog.done_button.isEnabled() and len(self.skip_questions) == 2
            RecoveryStepDialog.path_sink = lambda: str(self.tmp_path / "herstelblad")
            dialog.save()
            self.sheet = dialog.saved_to
            assert dialog.done_button.isEnabled()
            dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def script(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Script:
    driver = Script(tmp_path)
    monkeypatch.setattr(securing, "show_sink", driver)
    monkeypatch.setattr(RecoveryStepDialog, "path_sink", None)
    monkeypatch.setattr(RecoveryStepDialog, "confirm_sink", None)
    messages: list[str] = []
    monkeypatch.setattr(Controller, "message_sink", lambda _title, text: messages.append(text))
    driver.messages = messages  # type: ignore[attr-defined]
    return driver


def _sheet_key(pdf: Path) -> str:
    text = "".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    lines = [line.strip() for line in text.splitlines()]
    start = lines.index("Herstelsleutel:") + 1
    groups = []
    for line in lines[start:]:
        if not line or not all(ch.isalnum() or ch == "-" for ch in line):
            break
        groups.append(line)
    return "-".join(groups)


def test_a_new_database_made_in_the_app_is_encrypted_with_a_first_account(qtbot, script: Script,  # noqa: ANN001
                                                                           tmp_path: Path) -> None:
    script.again = "iets anders!"  # the two passwords differ first: the dialog says so and stays
    controller = Controller(QApplication.instance())
    target = tmp_path / "nieuw.sqlite"
    db = controller.open_interactively(target, create=True)
    assert db is not None
    assert script.errors == ["The two passwords are not the same."]
    window = controller.show(db)
    qtbot.addWidget(window)
    ctx = window.ctx
    # signed in as the first account, a programme coordinator; the idle lock is on, there is no banner
    assert ctx.identity is not None and ctx.identity.is_admin and ctx.identity.name == "Paula Coördinator"
    assert window.idle_lock is not None and window.findChild(QDialog) is None
    assert [a.name for a in list_accounts(db)] == ["Paula Coördinator"]
    # the skip was asked and refused; the sheet was saved, and its key opens the database
    assert script.skip_questions and script.sheet is not None and script.sheet.suffix == ".pdf"
    key = _sheet_key(script.sheet)
    controller.shutdown()
    assert encryption.is_encrypted(target) and encryption.plain_sqlite_refuses(target)
    for made in (target, keyfile.keyfile_path(target)):
        assert stat.S_IMODE(os.stat(made).st_mode) == 0o600
    keyfile.forget_all()
    encryption.unlock_with_recovery(target, key)
    from wishdesk.core.opening import open_database

    open_database(target).close()


def test_cancelling_the_first_account_makes_nothing(qtbot, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(securing, "show_sink", lambda dialog: (dialog.reject(), False)[1])
    target = tmp_path / "nieuw.sqlite"
    assert Controller(QApplication.instance()).open_interactively(target, create=True) is None
    assert not target.exists() and not keyfile.keyfile_path(target).exists()


def test_the_sheet_step_is_skipped_only_after_confirming(qtbot, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    asked: list[str] = []
    monkeypatch.setattr(RecoveryStepDialog, "confirm_sink", lambda text: asked.append(text) or True)
    dialog = RecoveryStepDialog(tmp_path / "x.sqlite", "ABCD-EFGH")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        dialog.reject()  # Escape / the close button
    assert asked and dialog.saved_to is None and not dialog.isVisible()
    # the question names the menu item (not a CLI command) and Enter / Escape answer the safe "Back"
    assert "Manage → Print recovery sheet…" in asked[0] and "wishdesk" not in asked[0]
    box, skip = dialog.skip_box(asked[0])
    qtbot.addWidget(box)
    assert box.defaultButton() is not skip and box.defaultButton().text() == "Back"
    assert box.escapeButton() is box.defaultButton()


def test_the_banner_encrypts_a_plain_database(qtbot, script: Script, demo_db_path: Path) -> None:  # noqa: ANN001
    from wishdesk.core.opening import open_database

    plain = open_database(demo_db_path)
    with plain.session() as s:
        names = sorted({p.first_name for p in s.scalars(select(Pupil))})  # pupils have only a first name
    plain.close()
    before = demo_db_path.read_bytes()
    assert all(n.encode() in before for n in names)  # the plain file shows every one of them
    script.name = "Nieuwe Coördinator"  # nobody in the staff list yet has this name: a new staff member
    controller = Controller(QApplication.instance())
    window = controller.show(controller.open_interactively(demo_db_path))
    qtbot.addWidget(window)
    assert window.ctx.identity is None and window.banner.isVisible()
    qtbot.mouseClick(window.banner.button, Qt.MouseButton.LeftButton)
    assert not script.messages, script.messages
    new_window = controller.window
    assert new_window is not window and new_window.ctx.identity is not None
    assert new_window.ctx.identity.name == "Nieuwe Coördinator" and new_window.ctx.identity.is_admin
    assert getattr(new_window, "banner", None) is None and new_window.idle_lock is not None
    assert script.sheet is not None and script.sheet.exists()
    controller.shutdown()
    keyfile.forget_all()
    raw = demo_db_path.read_bytes()
    assert encryption.is_encrypted(demo_db_path) and encryption.plain_sqlite_refuses(demo_db_path)
    # every name of 5 bytes or more (a shorter one can turn up by chance in ~1 MB of random-looking bytes)
    searched = [n for n in names if len(n.encode()) >= 5]
    assert len(searched) > 20 and [n for n in searched if n.encode() in raw] == []
    # the backup made first holds the plain state (so a failed conversion loses nothing)
    made = backup.list_backups(paths.backup_dir_for(demo_db_path), with_counts=False, stem=demo_db_path.stem)
    assert "voor-versleutelen" in [b.reason for b in made]
