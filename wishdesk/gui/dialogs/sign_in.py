"""Signing in to an encrypted database: name + password, the error beside the field, the slowdown after five
wrong passwords shown as a countdown. Returns the core `Identity` (core/security/accounts.py), which carries the
unsealed private key for the concern services. Also `lock_screen`: the same dialog with the name fixed, for the
idle lock and for switching person."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import WishDeskError
from ...core.security.accounts import Identity, SignInThrottled, sign_in


class SignInDialog(QDialog):
    """`identity` is set when accepted. `signer` (path, name, password) -> Identity is the core sign_in; tests
    and the lead's wiring may pass a Database instead of a path as `target`."""

    def __init__(self, target, name: str = "", *, fixed_name: bool = False,  # noqa: ANN001 - Path | Database
                 parent: QWidget | None = None, signer=sign_in) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.target = target
        self.signer = signer
        self.identity: Identity | None = None
        self.setWindowTitle(self.tr("Locked") if fixed_name else self.tr("Sign in"))
        location = getattr(target, "location", None)
        if location is not None and location.path is None:  # a team database: the server's address
            label = location.url.database or location.display()
        else:
            label = Path(getattr(location, "path", None) or target).name
        intro = QLabel(self.tr("Sign in to %1 with your name and password.").replace("%1", label))
        intro.setWordWrap(True)
        self.name = QLineEdit(name)
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setReadOnly(fixed_name)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName(self.tr("Sign-in problem"))
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Name or number"), self.name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._wait = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        (self.password if name else self.name).setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def try_sign_in(self) -> None:
        try:
            self.identity = self.signer(self.target, self.name.text().strip() or None, self.password.text())
        except SignInThrottled as exc:
            self._wait = int(exc.wait_seconds) + 1
            self._tick()
            self._timer.start()
            return
        except WishDeskError as exc:
            self.password.clear()
            self.password.setFocus()
            self._show_error(str(exc))
            return
        self.password.clear()
        self.accept()

    def _tick(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self._wait <= 0:
            self._timer.stop()
            ok.setEnabled(True)
            self._show_error(self.tr("You can try again now."))
            return
        ok.setEnabled(False)
        self._show_error(self.tr("Too many wrong passwords: wait %1 s.").replace("%1", str(self._wait)))
        self._wait -= 1


def ask_sign_in(target, name: str = "", parent: QWidget | None = None) -> Identity | None:  # noqa: ANN001
    """Show the dialog; the Identity, or None when cancelled."""
    dialog = SignInDialog(target, name, parent=parent)
    return dialog.identity if dialog.exec() == QDialog.DialogCode.Accepted else None


def lock_screen(target, identity: Identity, parent: QWidget | None = None) -> Identity | None:  # noqa: ANN001
    """The idle lock: the same person's password again (name fixed). None when cancelled: then close the
    database (drop the old Identity, and with it the private key)."""
    dialog = SignInDialog(target, str(identity.staff_id), fixed_name=True, parent=parent)
    return dialog.identity if dialog.exec() == QDialog.DialogCode.Accepted else None
