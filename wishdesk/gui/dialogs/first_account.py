"""The first account of an encrypted database (a new one, or a plain one being encrypted): a programme
coordinator, who later adds the others. Name (a new person, or someone from the staff list) and the password
twice; the checks are the core's (minimum length) plus "both the same", shown beside the fields."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.security.accounts import MIN_PASSWORD
from ...core.services.directory import StaffRow


class FirstAccountDialog(QDialog):
    """Accepted: `name`, `staff_id` (None: a new staff member with that name) and `password` are set."""

    def __init__(self, staff: list[StaffRow] | None = None, *, intro: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("First account"))
        self.staff = staff or []
        self.name = ""
        self.staff_id: int | None = None
        self.password = ""
        text = QLabel(intro or self.tr(
            "This database will be encrypted. Make the first account: the programme coordinator, who later adds "
            "the accounts of colleagues. Everyone signs in with their name and password."))
        text.setWordWrap(True)
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setAccessibleName(self.tr("Your name"))
        self.person.addItems([row.name for row in self.staff])
        self.person.setCurrentText("")
        self.person.lineEdit().setPlaceholderText(self.tr("Your name") if not self.staff else
                                                  self.tr("Choose yourself or type a new name"))
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Password"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Password again"))
        self.error = QLabel()
        self.error.setObjectName("firstAccountError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        hint = QLabel(self.tr("At least %1 characters. Nobody can look it up: a forgotten password is reset by "
                              "the programme coordinator, or with the recovery sheet.").replace("%1", str(MIN_PASSWORD)))
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.person)
        form.addRow(self.tr("Password"), self.first)
        form.addRow(self.tr("Password again"), self.second)
        form.addRow("", hint)
        form.addRow("", self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make account"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def fill(self, name: str, password: str, again: str | None = None) -> None:
        """Type into the fields (tests, and the screenshots)."""
        self.person.setCurrentText(name)
        self.first.setText(password)
        self.second.setText(password if again is None else again)

    def problem(self) -> str:
        if not self.person.currentText().strip():
            return self.tr("Fill in your name.")
        if len(self.first.text()) < MIN_PASSWORD:
            return self.tr("Choose a password of at least %1 characters.").replace("%1", str(MIN_PASSWORD))
        if self.first.text() != self.second.text():
            return self.tr("The two passwords are not the same.")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            self.second.clear()
            return
        self.name = self.person.currentText().strip()
        same = [row.id for row in self.staff if row.name.strip().casefold() == self.name.casefold()]
        self.staff_id = same[0] if len(same) == 1 else None
        self.password = self.first.text()
        super().accept()
