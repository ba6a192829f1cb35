"""File → "Take the team database along…" (issue 14): server address, login, password and where the laptop copy
goes. OK makes the copy (`core.sync.replica.replica_steps`) on the write lane with progress and a cancel that
leaves no half file; a failure (server unreachable, wrong password, syncing not switched on) is shown beside the
fields and the dialog stays open with everything typed. `made` is the core ReplicaMade once it worked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import paths
from .. import settings
from ..operations import Cancelled, Operations, user_message


def default_copy_path(login: str) -> Path:
    """In the data folder, named after the login, never over an existing file."""
    stem = "".join(ch for ch in login.strip() if ch.isalnum() or ch in "-_") or "team"
    folder = paths.data_dir()
    candidate, number = folder / f"laptopkopie-{stem}.sqlite", 2
    while candidate.exists():
        candidate, number = folder / f"laptopkopie-{stem}-{number}.sqlite", number + 1
    return candidate


class TakeTeamDialog(QDialog):
    def __init__(self, ops: Operations | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("takeTeamDialog")
        self.setWindowTitle(self.tr("Take the team database along"))
        self.ops = ops if ops is not None else Operations(self)  # the progress dialog sits on this dialog
        self.made = None
        self._path_edited = False
        intro = QLabel(self.tr(
            "WIsH Desk copies what your login may see on the team server into an encrypted file on this laptop. "
            "You then work offline and synchronise when the server is reachable. You sign in to the copy with "
            "the same password."))
        intro.setWordWrap(True)
        self.server = QLineEdit()
        self.server.setObjectName("serverField")
        self.server.setPlaceholderText("postgresql://server/wishdesk")
        self.login = QLineEdit()
        self.login.setObjectName("loginField")
        self.password = QLineEdit()
        self.password.setObjectName("passwordField")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.path = QLineEdit(str(default_copy_path("")))
        self.path.setObjectName("pathField")
        self.path.textEdited.connect(lambda _text: setattr(self, "_path_edited", True))
        self.login.textChanged.connect(self._follow_login)
        server, login = settings.team_server()  # as last time (not the password); the file name follows the login
        self.server.setText(server)
        self.login.setText(login)
        (self.password if server and login else self.server).setFocus()  # only the password left to type
        browse = QPushButton(self.tr("Choose…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._choose_path)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        for field, name in ((self.server, self.tr("Server address")), (self.login, self.tr("Login name")),
                            (self.password, self.tr("Password")), (self.path, self.tr("Laptop copy"))):
            field.setAccessibleName(name)
        self.error = QLabel()
        self.error.setObjectName("takeTeamError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.server)
        form.addRow(self.tr("Login name"), self.login)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Save the copy as"), where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make the copy"))
        self.buttons.accepted.connect(self.make_copy)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _follow_login(self, login: str) -> None:
        if not self._path_edited:
            self.path.setText(str(default_copy_path(login)))

    def _choose_path(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the copy as"), self.path.text(),
                                              self.tr("WIsH Desk database (*.sqlite)"))
        if name:
            self._path_edited = True
            self.path.setText(name)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def make_copy(self) -> None:
        """Check the fields, then make the copy on the write lane (the dialog waits, with progress)."""
        if self.ops.busy_writing:  # a second click while the copy is being made
            return
        server, login, password, path = (self.server.text().strip(), self.login.text().strip(),
                                         self.password.text(), self.path.text().strip())
        missing = [name for value, name in ((server, self.tr("the server address")), (login, self.tr("your login")),
                                            (password, self.tr("your password")), (path, self.tr("a file name")))
                   if not value]
        if missing:
            self.show_error(self.tr("Fill in %1.").replace("%1", ", ".join(missing)))
            return
        if "://" not in server:
            server = f"postgresql://{server}"
        self.error.hide()

        def job():  # noqa: ANN202 - a progress generator
            from ...core.sync.replica import replica_steps

            return replica_steps(server, login, password, path)

        def done(made) -> None:  # noqa: ANN001 - ReplicaMade
            settings.set_team_server(self.server.text().strip(), login)
            self.password.clear()
            self.made = made
            self.accept()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, Cancelled):
                self.show_error(user_message(exc))

        self.ops.run(job, writes=True, progress=True, on_done=done, on_error=failed,
                     title=QCoreApplication.translate("TakeTeamDialog", "Copying the team database…"))
