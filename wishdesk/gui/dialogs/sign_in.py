"""Signing in to an encrypted database: name + password, the error beside the field, the slowdown after five
wrong passwords shown as a countdown. Returns the core `Identity` (core/security/accounts.py), which carries the
unsealed private key for the concern services. Also `lock_screen`: the same dialog with the name fixed, for the
idle lock and for switching person."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import DatabaseInUse, WishDeskError
from ...core.security.unlocking import (  # no ORM: the dialog opens before it loads
    SignInFailed,
    SignInThrottled,
)
from .. import settings
from .sign_in_names import key_id_of, known_names

if TYPE_CHECKING:
    from ...core.security.accounts import Identity


def _sign_in(target, name: str | None, password: str) -> Identity:  # noqa: ANN001 - Path | Database
    """The core sign-in (its module loads SQLAlchemy: imported when a password is tried, not with the dialog)."""
    from ...core.security.accounts import sign_in

    return sign_in(target, name, password)


class SignInDialog(QDialog):
    """`identity` is set when accepted. `signer` (path, name, password) -> Identity is the core sign_in; tests
    and the lead's wiring may pass a Database instead of a path as `target`. Without a `name` the person who
    signed in last to this database on this computer is filled in (`remember_last=False`: not, for switching
    person), and the cursor is in the password field whenever the name is known. `read_only_signer`: the same
    sign-in opening the database read-only, offered as "Open read-only" when the file is in use elsewhere
    (`opened_read_only` is then set)."""

    def __init__(self, target, name: str = "", *, fixed_name: bool = False,  # noqa: ANN001 - Path | Database
                 parent: QWidget | None = None, signer=None, remember_last: bool = True,  # noqa: ANN001
                 note: str = "", read_only_signer=None) -> None:  # noqa: ANN001 - like signer
        super().__init__(parent)
        self.target = target
        self.signer = signer or _sign_in
        self.read_only_signer = read_only_signer
        self.opened_read_only = False
        self.identity: Identity | None = None
        self.key_id = key_id_of(target)
        self.setWindowTitle(self.tr("Locked") if fixed_name else self.tr("Sign in"))
        self.setMinimumWidth(420)
        location = getattr(target, "location", None)
        team = location is not None and location.path is None
        if team:  # a team database: the server's address
            label = location.url.database or location.display()
        else:
            label = Path(getattr(location, "path", None) or target).name
        intro = QLabel(self.tr("Sign in to %1 with your name and password.").replace("%1", label))
        intro.setWordWrap(True)
        intro.setMinimumWidth(380)  # the layout's minimum-size constraint would otherwise squeeze the texts
        if not name and not fixed_name and remember_last:
            name = settings.last_sign_in(self.key_id)
        self.name_box = QComboBox()
        self.name_box.setEditable(True)
        self.name_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name_box.setAccessibleName(self.tr("Name"))
        self.name = self.name_box.lineEdit()  # the text is what counts (a name or a staff number)
        self.name.setAccessibleName(self.tr("Name"))
        self._names: list[str] = []
        if fixed_name:
            self._fill_names([name] if name else [])
        else:
            self._fill_names(known_names(target) if not team else [])
        self.name.setText(name)
        self.name.setReadOnly(fixed_name)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.error = QLabel()
        self.error.setObjectName("signInError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName(self.tr("Sign-in problem"))
        self.error.hide()
        self.note = QLabel(note)  # why the dialog appears where none was expected (the demo's own password changed)
        self.note.setObjectName("signInNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("background: #fff4c2; padding: 6px;")
        self.note.setVisible(bool(note))
        form = QFormLayout()
        form.addRow(self.tr("Name or number"), self.name_box)
        form.addRow(self.tr("Password"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign in"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        self.recover = QPushButton(self.tr("Use recovery key…"))
        self.recover.setObjectName("signInRecover")
        self.recover.setAutoDefault(False)
        self.recover.setToolTip(self.tr("Forgot the password? The recovery sheet's key sets a new one."))
        self.recover.clicked.connect(self.use_recovery_key)
        self.recover.setVisible(not fixed_name and not team)
        self.read_only_button = self.buttons.addButton(self.tr("Open read-only"),
                                                       QDialogButtonBox.ButtonRole.ActionRole)
        self.read_only_button.setObjectName("signInReadOnly")
        self.read_only_button.setAutoDefault(False)
        self.read_only_button.clicked.connect(self.sign_in_read_only)
        self.read_only_button.hide()  # only once the file turned out to be open elsewhere
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with a wrapped error text
        layout.addWidget(self.note)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)  # below the fields, full width: never squeezed over the password field
        layout.addWidget(self.recover, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self._wait = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.focus_first()

    def _fill_names(self, names: list[str]) -> None:
        text = self.name.text()
        self._names = list(dict.fromkeys(names))
        self.name_box.clear()
        self.name_box.addItems(self._names)
        completer = QCompleter(self._names, self.name_box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name_box.setCompleter(completer)
        self.name.setText(text)

    def allow_other_person(self) -> None:
        """The lock's "Another person…": the name becomes a choice from the accounts."""
        self._fill_names(known_names(self.target))
        self.name.setReadOnly(False)
        self.name.clear()
        self.password.clear()
        self.name.setFocus()

    def focus_first(self) -> None:
        (self.password if self.name.text().strip() else self.name).setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API: focus once shown (a parent may take it)
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_first)

    def _show_error(self, text: str) -> None:
        """The error below the fields, with the height its wrapped text needs: a wrapped label in a shown dialog
        keeps the height of one line until the layout settles (a tester saw it cut off and the fields squashed)."""
        self.error.setText(text)
        self.error.show()
        width = max(self.error.width(), self.width() - 24)
        self.error.setMinimumHeight(self.error.heightForWidth(width))
        self.adjustSize()

    def _failure_text(self, exc: WishDeskError) -> str:
        """The core's one line for a wrong password or unknown name ends in "Er is niets veranderd" (right for
        the CLI); here the person needs to know what to do next."""
        if not isinstance(exc, SignInFailed) or not str(exc).startswith("Onbekende naam"):
            return str(exc)
        typed = self.name.text().strip()
        if self.name.isReadOnly() or any(typed.casefold() == n.casefold() for n in self._names):
            return self.tr("The password for %1 is not right. Type it again (mind Caps Lock).").replace("%1", typed)
        return self.tr("No account with this name, or the password is not right. Choose your name from the list "
                       "and type your password again.")

    def try_sign_in(self) -> None:
        try:
            self.identity = self.signer(self.target, self.name.text().strip() or None, self.password.text())
        except SignInThrottled as exc:
            self._wait = int(exc.wait_seconds) + 1
            self._tick()
            self._timer.start()
            return
        except DatabaseInUse as exc:  # the password was right; the file is open in another WIsH Desk
            self._show_error(str(exc) if self.read_only_signer is not None else self._in_use_text(exc))
            self.read_only_button.setVisible(self.read_only_signer is not None)
            if self.read_only_signer is not None:  # Enter now opens read-only (signing in again fails the same)
                self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(False)
                self.read_only_button.setDefault(True)
                self.read_only_button.setFocus()
            return
        except WishDeskError as exc:
            self.password.clear()
            self.password.setFocus()
            self._show_error(self._failure_text(exc))
            return
        self._signed_in()

    def _in_use_text(self, exc: DatabaseInUse) -> str:
        """Without a read-only sign-in here (the lock, switching person) the message must not promise one."""
        owner = getattr(exc, "owner", None)
        who = owner.describe() if owner is not None else self.tr("another program")
        return self.tr("The database is already open by %1. Close WIsH Desk there first.").replace("%1", who)

    def sign_in_read_only(self) -> None:
        """"Open read-only": the same name and password, the database opened for looking only."""
        try:
            self.identity = self.read_only_signer(self.target, self.name.text().strip() or None,
                                                  self.password.text())
        except WishDeskError as exc:
            self.password.clear()
            self.password.setFocus()
            self.read_only_button.hide()
            self._show_error(self._failure_text(exc))
            return
        self.opened_read_only = True
        self._signed_in()

    def _signed_in(self) -> None:
        self.password.clear()
        settings.remember_sign_in(self.key_id, self.identity.name if self.identity else "")
        self.accept()

    def use_recovery_key(self) -> None:
        from .recover import RecoverDialog

        dialog = RecoverDialog(self.target, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.identity is not None:
            self.identity = dialog.identity
            settings.remember_sign_in(self.key_id, self.identity.name)
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
