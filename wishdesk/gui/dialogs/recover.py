"""Using the recovery sheet (issue 12): the recovery key typed or pasted, then a new password for the chosen
account, then signed in as that person. Reached from the sign-in dialog ("Use recovery key…") and from
File → "Recover with recovery key…". The core steps are in core/security/recovery.py; a wrong key reads only
the key file, so nothing changes.

Before the new password is set, the dialog says what the reset costs: the person's old private key was locked with
the old password, so concerns only they could read stay unreadable, and concerns someone else can read too come
back once that other reader signs in (see recovery.reset_impact).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
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

from ...core.errors import WishDeskError
from ..labels import roles as role_labels
from ..operations import on_write_lane


def _path_of(target) -> Path:  # noqa: ANN001 - Path | Database
    location = getattr(target, "location", None)
    return Path(location.path if location is not None else target)


def _on_database(target, job):  # noqa: ANN001, ANN202 - an open Database, or a path opened just for the job
    if hasattr(target, "location"):
        return job(target)
    from ...core.opening import open_database_for

    db = open_database_for(_path_of(target))
    try:
        return job(db)
    finally:
        db.close()


def _accounts(db):  # noqa: ANN001, ANN202 - [(AccountRow, ResetImpact)], default AccountRow | None
    from ...core.security import recovery

    rows = recovery.accounts_of(db)
    return [(row, recovery.reset_impact(db, row.staff_id)) for row in rows], recovery.default_account(rows)


class RecoverDialog(QDialog):
    """`identity` is set when accepted (the person who got the new password, signed in)."""

    def __init__(self, target, parent: QWidget | None = None) -> None:  # noqa: ANN001 - Path | Database
        super().__init__(parent)
        self.target = target
        self.identity = None
        self.setWindowTitle(self.tr("Recover with recovery key"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("Type or paste the recovery key from the recovery sheet of %1. Spaces, dashes and "
                               "small letters do not matter.").replace("%1", _path_of(target).name))
        intro.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setObjectName("recoveryKeyInput")
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setFont(QFont("monospace"))
        self.key.setPlaceholderText("ABCD-EFGH-…")
        self.key.setMinimumWidth(self.key.fontMetrics().horizontalAdvance("ABCD-" * 13) + 12)  # a whole key
        self.check_button = QPushButton(self.tr("Check key"))  # the default button: Enter in the key field
        self.check_button.clicked.connect(self.check_key)
        self.check_button.setDefault(True)
        self.error = QLabel()
        self.error.setObjectName("recoverError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        self.step2 = QWidget()
        self.account = QComboBox()
        self.account.setAccessibleName(self.tr("Account"))
        self.account.currentIndexChanged.connect(self._show_impact)
        self.impact = QLabel()
        self.impact.setObjectName("recoverImpact")
        self.impact.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("New password"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("New password again"))
        form = QFormLayout(self.step2)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("New password for"), self.account)
        form.addRow(self.impact)  # the whole width: a wrapped note in the field column got cut off
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("Again"), self.repeat)
        self.step2.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.finish_button = self.buttons.addButton(self.tr("Set password and sign in"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.finish_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.finish)
        self.buttons.rejected.connect(self.reject)
        key_form = QFormLayout()
        key_form.addRow(self.tr("Recovery key"), self.key)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with the wrapped texts
        layout.addWidget(intro)
        layout.addLayout(key_form)
        layout.addWidget(self.check_button)
        layout.addWidget(self.step2)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._impacts: dict[int, object] = {}
        self.key.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if text:
            self._fit(self.error)

    def check_key(self) -> None:
        from ...core.security.recovery import check_recovery_key

        text = self.key.text()
        try:
            on_write_lane(lambda: check_recovery_key(_path_of(self.target), text))
            rows, default = on_write_lane(lambda: _on_database(self.target, _accounts))
        except WishDeskError as exc:
            self._show_error(str(exc))
            self.key.setFocus()
            self.key.selectAll()
            return
        self._show_error("")
        self.key.setReadOnly(True)
        self.check_button.setDefault(False)
        self.check_button.hide()
        self.account.clear()
        labels = role_labels()
        for row, impact in rows:
            # the person's real roles: on a laptop copy the owner's account is the file's admin, which is no role
            parts = [labels.get(code, code) for code in row.roles]
            if row.is_admin and not row.laptop_copy and "programme_coordinator" not in row.roles:
                parts.append(self.tr("manages accounts"))
            self.account.addItem(row.name + (f" ({', '.join(parts)})" if parts else ""), row.staff_id)
            self._impacts[row.staff_id] = impact
        if default is not None:
            self.account.setCurrentIndex(self.account.findData(default.staff_id))
        self.step2.show()
        self.finish_button.show()
        self.finish_button.setDefault(True)
        self._show_impact()
        self.password.setFocus()

    def _show_impact(self) -> None:
        impact = self._impacts.get(self.account.currentData())
        if impact is None:
            self.impact.clear()
            return
        name = self.account.currentText().split(" (")[0]
        parts = [self.tr("The old password stops working.")]
        if impact.lost:
            parts.append(self.tr("Concerns only %1 could read (%2) stay unreadable for good: their key was locked "
                                 "with the old password.").replace("%1", name).replace("%2", str(impact.lost)))
        if impact.shared:
            parts.append(self.tr("Concerns others can read too (%2) become readable for %1 again as soon as one "
                                 "of those readers (the author or the school's care coordinator) signs in.")
                         .replace("%1", name).replace("%2", str(impact.shared)))
        if not impact.lost and not impact.shared:
            parts.append(self.tr("%1 has no sealed concerns, so nothing becomes unreadable.").replace("%1", name))
        self.impact.setText(" ".join(parts))
        self._fit(self.impact)

    def _fit(self, label: QLabel) -> None:
        """A wrapped label in a layout gets the height of one line until the layout settles (a tester saw the note
        cut in half): give it the height its text needs at its width, and let the dialog grow."""
        label.setMinimumHeight(label.heightForWidth(max(label.width(), self.width() - 40)))
        self.adjustSize()

    def finish(self) -> None:
        from ...core.security.recovery import reset_and_sign_in

        if self.step2.isHidden():  # the key is not checked yet
            self.check_key()
            return
        if self.password.hasFocus() and not self.repeat.text():  # Enter after the first password: the second
            self.repeat.setFocus()
            return
        if self.password.text() != self.repeat.text():
            self._show_error(self.tr("The two passwords are not the same; nothing was changed."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        staff_id, password = self.account.currentData(), self.password.text()
        try:
            self.identity = on_write_lane(lambda: _on_database(
                self.target, lambda db: reset_and_sign_in(db, staff_id, password)))
        except WishDeskError as exc:
            self._show_error(str(exc))
            self.password.setFocus()
            return
        self.password.clear()
        self.repeat.clear()
        self.accept()
