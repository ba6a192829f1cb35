"""Manage → Accounts… (issue 12): the programme coordinator sees every account and adds, resets and removes them.

Reads go through the read lane, changes through the write lane (`ctx.ops.write`), never on the GUI thread. None of
these changes goes on the undo history: a password is never kept, so there is nothing to go back to (the dialog
says so). The core decides who may do what (`core/security/account_admin.py`); its refusals show in the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.edits import Changes
from ...core.security import account_admin
from ...core.security.account_admin import AccountInfo
from ..context import AppContext
from ..labels import roles as role_labels
from ..models.rows import Column, RowTableModel, sortable_proxy
from ..operations import user_message
from .account_forms import AddAccountForm, PasswordForm


class AccountsDialog(QDialog):
    """`form` is the sub-form last opened (add, reset), for tests and screenshots."""

    confirm_sink: Callable[[str], bool] | None = None  # tests answer "remove this account?" instead of a box

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form: PasswordForm | None = None
        self.setWindowTitle(self.tr("Accounts"))
        self.resize(760, 440)
        labels = role_labels()
        you = ctx.identity.account_id if ctx.identity is not None else None
        self.model = RowTableModel[AccountInfo]([
            Column(self.tr("Name"), lambda r: r.name + (" " + self.tr("(you)") if r.account_id == you else "")),
            Column(self.tr("Roles"), lambda r: ", ".join(labels.get(x, x) for x in r.roles)),
            Column(self.tr("Manages accounts"), lambda r: self.tr("yes") if r.is_admin else ""),
            Column(self.tr("Wrong attempts"), self._state, tooltip=self._state_tip, sort=lambda r: r.failures),
        ], self)
        self.proxy = sortable_proxy(self.model, self)
        self.view = QTableView()
        self.view.setObjectName("accountsTable")
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Accounts"))
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table for the buttons; arrows move in it
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by name, A first (Qt's default is descending)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.view.doubleClicked.connect(lambda _index: self.reset_password())
        explain = QLabel(self.tr(
            "Everyone who uses WIsH Desk with this database signs in with their own account. Passwords are never "
            "stored and cannot be looked up; a forgotten one is set anew here. These changes cannot be undone "
            "with Undo (Ctrl+Z)."))
        explain.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("addAccount")
        self.add_button.clicked.connect(self.add)
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.reset_button.setObjectName("resetPassword")
        self.reset_button.clicked.connect(self.reset_password)
        self.remove_button = QPushButton(self.tr("Re&move…"))
        self.remove_button.setObjectName("removeAccount")
        self.remove_button.clicked.connect(self.remove)
        for button in (self.add_button, self.reset_button, self.remove_button):
            button.setAutoDefault(False)  # Enter in the table does not open a form by surprise
        self.message = QLabel()
        self.message.setObjectName("accountsMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        row = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setTabOrder(self.view, self.add_button)
        self.setTabOrder(self.add_button, self.reset_button)
        self.setTabOrder(self.reset_button, self.remove_button)
        self._selection_changed()
        self.reload()

    # --- the list -------------------------------------------------------------------------------------------

    def _state(self, row: AccountInfo) -> str:
        if row.slowed:
            return self.tr("slowed down (%1 wrong passwords)").replace("%1", str(row.failures))
        if row.failures:
            return self.tr("%1 wrong password(s)").replace("%1", str(row.failures))
        return ""

    def _state_tip(self, row: AccountInfo) -> str:
        if row.slowed:
            return self.tr("After %1 wrong passwords in a row every further try waits; a correct password or a new "
                           "one ends that.").replace("%1", str(account_admin.THROTTLE_AFTER))
        return self.tr("The last sign-in is not recorded.")

    def reload(self, select_staff: int | None = None) -> None:
        db = self.ctx.db
        chosen = select_staff if select_staff is not None else (self.selected().staff_id if self.selected() else None)

        def shown(rows: list[AccountInfo]) -> None:
            self.model.set_rows(rows)
            self.view.resizeColumnsToContents()
            self.select(chosen)

        self.ctx.ops.read(lambda: account_admin.account_overview(db), shown, owner=self, key="accounts",
                          on_error=self._problem)

    def rows(self) -> list[AccountInfo]:
        return self.model.rows()

    def select(self, staff_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(row, 0), RowTableModel.ROW_ROLE).staff_id == staff_id:
                self.view.selectRow(row)
                return
        if self.proxy.rowCount():
            self.view.selectRow(0)

    def selected(self) -> AccountInfo | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.proxy.data(rows[0], RowTableModel.ROW_ROLE) if rows else None

    def _selection_changed(self) -> None:
        row = self.selected()
        mine = row is not None and self.ctx.identity is not None and row.account_id == self.ctx.identity.account_id
        # enabled for your own row too: a click then says why not, which a greyed-out button cannot
        self.reset_button.setEnabled(row is not None)
        self.remove_button.setEnabled(row is not None)
        why = self.tr("Your own account: change your password with \"Change my password…\"; another programme "
                      "coordinator can remove it.") if mine else ""
        self.reset_button.setToolTip(why)
        self.remove_button.setToolTip(why)

    def _problem(self, exc: BaseException) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(user_message(exc))

    def _clear_message(self) -> None:
        """A new action starts: an earlier refusal or confirmation is no longer about what is on screen."""
        self.message.setStyleSheet("")
        self.message.clear()

    def _said(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)
        self.ctx.say(text)

    # --- add ------------------------------------------------------------------------------------------------

    def add(self) -> None:
        self._clear_message()
        db = self.ctx.db
        self.ctx.ops.read(lambda: account_admin.people_without_account(db), self._open_add, on_error=self._problem)

    def _open_add(self, people: list) -> None:
        form = AddAccountForm(people, self)
        form.setObjectName("addAccountForm")
        form.on_submit = self._submit_add
        self._open(form)

    def _submit_add(self, form: AddAccountForm) -> None:
        db, by = self.ctx.db, self.ctx.identity
        staff_id, name, password, admin = form.staff_id, form.name, form.password, form.admin.isChecked()

        def made(row: Any) -> None:
            form.finish()
            self.reload(select_staff=row.staff_id)
            self.ctx.changed(Changes.of("setup"))  # a new name is on the staff list now
            self._said(self.tr("Account made for %1.").replace("%1", row.name))

        self.ctx.ops.write(lambda: account_admin.add_account_for(db, by, staff_id=staff_id, name=name,
                                                                password=password, is_admin=admin),
                           title=self.tr("Add account"), on_done=made,
                           on_error=lambda exc: form.show_error(user_message(exc)))

    # --- reset ----------------------------------------------------------------------------------------------

    def reset_password(self) -> None:
        self._clear_message()
        row = self.selected()
        if row is None:
            return
        try:
            account_admin.check_reset(self.ctx.identity, row.staff_id)  # no database: the rule only
        except account_admin.NotAllowed as exc:
            self._problem(exc)
            return
        form = PasswordForm(self.tr("Reset password"), self.tr(
            "A new password for %1. Give it to them in person; they can change it afterwards with \"Change my "
            "password…\". Their old password stops working at once. This cannot be undone.").replace("%1", row.name),
            ask_old=False, ask_new=True, ok_text=self.tr("Set password"), suggest=True, parent=self)
        form.setObjectName("resetPasswordForm")
        db, by, staff_id, name = self.ctx.db, self.ctx.identity, row.staff_id, row.name

        def submit(form: PasswordForm) -> None:
            password = form.first.text()

            def done(_result: object) -> None:
                form.finish()
                self.reload(select_staff=staff_id)
                self._said(self.tr("New password set for %1.").replace("%1", name))

            self.ctx.ops.write(lambda: account_admin.reset_other(db, by, staff_id, password),
                               title=self.tr("Reset password"), on_done=done,
                               on_error=lambda exc: form.show_error(user_message(exc)))

        form.on_submit = submit
        self._open(form)

    # --- remove ---------------------------------------------------------------------------------------------

    def remove(self) -> None:
        self._clear_message()
        row = self.selected()
        if row is None:
            return
        db, by, staff_id = self.ctx.db, self.ctx.identity, row.staff_id
        self.ctx.ops.read(lambda: account_admin.check_removal(db, by, staff_id), self._confirm_remove,
                          on_error=self._problem)

    def _confirm_remove(self, row: AccountInfo) -> None:
        question = self.tr("Remove the account of %1? %1 can no longer sign in to this database. They stay on the "
                           "staff list, and what they wrote stays. This cannot be undone.").replace("%1", row.name)
        if not self._confirm(question):
            return
        db, by, staff_id, name = self.ctx.db, self.ctx.identity, row.staff_id, row.name

        def done(_result: object) -> None:
            self.reload()
            self._said(self.tr("Account of %1 removed.").replace("%1", name))

        self.ctx.ops.write(lambda: account_admin.remove_checked(db, by, staff_id), title=self.tr("Remove account"),
                           on_done=done, on_error=self._problem)

    def _confirm(self, text: str) -> bool:
        sink = type(self).confirm_sink
        if sink is not None:
            return sink(text)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove account"), text, parent=self)
        remove = box.addButton(self.tr("Remove account"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)  # Enter does not remove by accident
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is remove

    def _open(self, form: PasswordForm) -> None:
        self.form = form
        form.setWindowModality(Qt.WindowModality.WindowModal)
        form.open()
