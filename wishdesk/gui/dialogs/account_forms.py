"""The small forms of account management (issue 12): a password form (your own password again, a new one twice,
or both) and "Add account". They check only what the form itself knows (filled in, both the same); the core's
rules (length, who may) come back as a message beside the fields.

A form does not close on OK: it calls `on_submit(form)`, which runs the change on the write lane and then calls
`finish()` or `show_error(text)`. Password changes are never on the undo history (there is no old password
to go back to), and the forms say so.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.security.account_admin import Person

_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read aloud or copied from paper without doubt


def suggested_password() -> str:
    """Three groups of four random characters (about 59 bits): easy to pass on, hard to guess."""
    return "-".join("".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(3))


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class PasswordForm(QDialog):
    """`ask_old`: the signed-in person's current password; `ask_new`: a new password twice; `suggest`: a
    "Suggest a password" button under them (for a password someone else will receive)."""

    def __init__(self, title: str, intro: str, *, ask_old: bool, ask_new: bool, ok_text: str,
                 old_label: str = "", suggest: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.on_submit: Callable[[PasswordForm], None] | None = None
        self.intro = text = QLabel(intro)
        text.setWordWrap(True)
        self.form = QFormLayout()
        self.old = _password_field(old_label or self.tr("Current password"))
        self.first = _password_field(self.tr("New password"))
        self.second = _password_field(self.tr("New password again"))
        if ask_old:
            self.form.addRow(old_label or self.tr("Current password"), self.old)
        if ask_new:
            self.form.addRow(self.tr("New password"), self.first)
            self.form.addRow(self.tr("New password again"), self.second)
        self.ask_old, self.ask_new = ask_old, ask_new
        self.suggest = QPushButton(self.tr("&Suggest a password"))
        self.suggest.setObjectName("suggestPassword")
        self.suggest.setAutoDefault(False)
        self.suggest.clicked.connect(self._suggest)
        for field in (self.first, self.second):  # typing one's own again: hidden again
            field.textEdited.connect(lambda _text: self._hide_typing())
        if suggest and ask_new:
            self.form.addRow("", self.suggest)
        else:
            self.suggest.hide()
        self.error = QLabel()
        self.error.setObjectName("passwordFormError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        for button in self.buttons.buttons():  # Enter always means OK, even after Tab passed over Cancel
            button.setAutoDefault(False)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(text)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _suggest(self) -> None:
        password = suggested_password()
        for field in (self.first, self.second):
            field.setText(password)
            field.setEchoMode(QLineEdit.EchoMode.Normal)  # a suggestion has to be read to be passed on

    def _hide_typing(self) -> None:
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)

    def fill(self, new: str = "", again: str | None = None, old: str = "") -> None:
        """Type into the fields (tests, and the screenshots)."""
        self.old.setText(old)
        self.first.setText(new)
        self.second.setText(new if again is None else again)

    def problem(self) -> str:
        if self.ask_old and not self.old.text():
            return self.tr("Fill in your password.")
        if self.ask_new and not self.first.text():
            return self.tr("Fill in the new password.")
        if self.ask_new and self.first.text() != self.second.text():
            return self.tr("The two new passwords are not the same.")
        return ""

    def show_error(self, text: str) -> None:
        """A refusal beside the fields; the form stays open, the repeated password is typed again."""
        self.error.setText(text)
        self.error.show()
        self.second.clear()
        self.old.clear()
        self.setEnabled(True)
        (self.old if self.ask_old else self.first).setFocus()

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.show_error(problem)
            return
        if self.on_submit is None:
            super().accept()
            return
        self.setEnabled(False)  # until the write lane answers (at once in tests)
        self.on_submit(self)

    def finish(self) -> None:
        self.setEnabled(True)
        super().accept()


class AddAccountForm(PasswordForm):
    """A staff member without an account (or a new name), whether they manage accounts too, and a first password
    twice. After the account is made the form shows that password once, to pass on, and then only closes."""

    def __init__(self, people: list[Person], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add account"), self.tr(
            "Choose a colleague from the staff list, or type the name of someone new (they are added to the staff "
            "list). Choose a first password and give it to them in person; they change it afterwards with "
            "\"Change my password…\"."), ask_old=False, ask_new=True, ok_text=self.tr("Make account"),
            suggest=True, parent=parent)
        self.people = people
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.setAccessibleName(self.tr("Staff member"))
        for person in people:
            self.person.addItem(person.name, person.staff_id)
        self.person.setCurrentIndex(-1)
        self.person.lineEdit().setPlaceholderText(self.tr("Choose a colleague or type a new name"))
        self.admin = QCheckBox(self.tr("Programme coordinator (manages accounts)"))
        self.form.insertRow(0, self.tr("Staff member"), self.person)
        self.form.addRow("", self.admin)
        self.shown = QLabel()
        self.shown.setObjectName("firstPasswordShown")
        self.shown.setWordWrap(True)
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shown.hide()
        self.layout_.insertWidget(self.layout_.count() - 1, self.shown)
        self.setTabOrder(self.person, self.first)
        self.setTabOrder(self.first, self.second)
        self.setTabOrder(self.second, self.suggest)
        self.setTabOrder(self.suggest, self.admin)
        self.person.setFocus()
        self.made = False

    def choose(self, name: str) -> None:
        """Pick a colleague by name or type a new one (tests, screenshots)."""
        index = self.person.findText(name)
        if index >= 0:
            self.person.setCurrentIndex(index)
        else:
            self.person.setCurrentIndex(-1)
            self.person.setEditText(name)

    @property
    def staff_id(self) -> int | None:
        """The chosen colleague, or None for a new name."""
        text = self.person.currentText().strip()
        match = [p.staff_id for p in self.people if p.name == text]
        return match[0] if match else None

    @property
    def name(self) -> str:
        return self.person.currentText().strip()

    @property
    def password(self) -> str:
        return self.first.text()

    def problem(self) -> str:
        if not self.name:
            return self.tr("Choose a colleague or type a name.")
        return super().problem()

    def accept(self) -> None:
        if self.made:  # the second OK (now "Close") closes
            super(PasswordForm, self).accept()
            return
        super().accept()

    def finish(self) -> None:
        """The account exists: show its first password once, then OK only closes."""
        self.made = True
        self.setEnabled(True)
        self.shown.setText(self.tr(
            "<b>Account made for %1.</b> First password (shown only now):<br><span style=\"font-family: monospace; "
            "font-size: 13pt\">%2</span><br>Give it to %1 in person, not by e-mail.")
            .replace("%1", self.name.replace("<", "&lt;")).replace("%2", self.password.replace("<", "&lt;")))
        self.shown.show()
        self.error.hide()
        self.intro.hide()
        for widget in (self.person, self.first, self.second, self.suggest, self.admin):
            self.form.setRowVisible(widget, False)  # only the result is left to read
        self.first.clear()
        self.second.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.ok_button.setText(self.tr("Close"))
        self.ok_button.setFocus()
        self.adjustSize()
