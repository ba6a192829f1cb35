"""The Manage menu (issue 12): "Accounts…" and "Print recovery sheet…" for a programme coordinator, "Change my
password…" for everyone signed in with a password. The entries are always there; when they cannot be used
their tooltip says why (not a programme coordinator, a plain database without accounts, read-only, a team
database whose accounts are its server's roles, a laptop copy whose one account is its owner's: accounts are
managed on the team database there, while the copy's recovery sheet is still made here).

Kept out of the main window: `build(window)` makes the menu, `attach(window, ctx)` enables it for the database.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu

from ..core.edits import Changes, Kind
from .context import AppContext
from .operations import user_message

if TYPE_CHECKING:
    from .dialogs.account_forms import PasswordForm
    from .main_window import MainWindow


def build(window: MainWindow) -> QMenu:
    """The menu with its entries, all disabled until a database is attached."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("AccountMenu", "&Manage"))
    menu.setObjectName("manageMenu")
    menu.setToolTipsVisible(True)  # a disabled entry tells why
    window.accounts_action = QAction(QCoreApplication.translate("AccountMenu", "&Accounts…"), window,
                                     objectName="accountsAction")
    window.change_password_action = QAction(QCoreApplication.translate("AccountMenu", "Change &my password…"),
                                            window, objectName="changePasswordAction")
    window.recovery_sheet_action = QAction(QCoreApplication.translate("AccountMenu", "Print &recovery sheet…"),
                                           window, objectName="recoverySheetAction")
    window.confirm_readers_action = QAction(QCoreApplication.translate("AccountMenu", "C&onfirm care coordinators"),
                                            window, objectName="confirmReadersAction")
    for action in (window.accounts_action, window.confirm_readers_action, window.change_password_action,
                   window.recovery_sheet_action):
        action.setEnabled(False)
        menu.addAction(action)
    menu.insertSeparator(window.change_password_action)
    window.accounts_action.triggered.connect(lambda: open_accounts(window))
    window.change_password_action.triggered.connect(lambda: change_my_password(window))
    window.recovery_sheet_action.triggered.connect(lambda: print_recovery_sheet(window))
    window.confirm_readers_action.triggered.connect(lambda: confirm_care_coordinators(window))
    return menu


def why_not(ctx: AppContext, *, coordinator: bool, accounts: bool = False) -> str:
    """Empty when the entry can be used; else the tooltip that says why not. ``accounts``: managing other people's
    accounts, which a laptop copy's owner does not (core ``Identity.manages_accounts``)."""
    path = ctx.db.location.path
    if path is None:
        return QCoreApplication.translate(
            "AccountMenu", "On a team database the accounts are the server's database roles; its administrator "
            "manages them.")
    if ctx.identity is None:
        return QCoreApplication.translate(
            "AccountMenu", "This database is not encrypted, so it has no accounts. Encrypt it first with the "
            "\"Encrypt…\" button in the yellow banner.")
    if ctx.db.read_only:
        return QCoreApplication.translate("AccountMenu", "The database is open read-only.")
    if accounts and getattr(ctx.identity, "laptop_copy", False):
        return QCoreApplication.translate(
            "AccountMenu", "Accounts are managed on the team database: this laptop copy has only your own account.")
    if coordinator and not ctx.identity.is_admin:
        return QCoreApplication.translate("AccountMenu", "Only a programme coordinator can do this.")
    return ""


def attach(window: MainWindow, ctx: AppContext) -> None:
    """Enable what the signed-in person may use, again whenever another person signs in (the idle lock)."""
    update(window, ctx)
    ctx.events.person_changed.connect(lambda _staff_id: update(window, ctx))


def update(window: MainWindow, ctx: AppContext) -> None:
    for action, coordinator, accounts in ((window.accounts_action, True, True),
                                          (window.confirm_readers_action, True, True),  # a copy holds no colleague to confirm
                                          (window.change_password_action, False, False),
                                          (window.recovery_sheet_action, True, False)):
        reason = why_not(ctx, coordinator=coordinator, accounts=accounts)
        action.setEnabled(not reason)
        action.setToolTip(reason or action.text().replace("&", "").rstrip("…"))


# --- the entries ------------------------------------------------------------------------------------------

def open_accounts(window: MainWindow) -> None:
    from .dialogs.accounts import AccountsDialog

    if window.ctx is None or why_not(window.ctx, coordinator=True, accounts=True):
        return
    dialog = AccountsDialog(window.ctx, window)
    dialog.setObjectName("accountsDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.accounts_dialog = dialog
    dialog.open()


def confirm_care_coordinators(window: MainWindow) -> None:
    """Sign, with the database's trust root, who is care coordinator of which school as the school rows say now
    (core `directory.confirm_care_coordinators`): only then are concerns sealed to a care coordinator someone
    else set. Not on the undo history (a confirmation is taken back by changing the school and confirming)."""
    from PySide6.QtWidgets import QMessageBox

    from ..core.security.directory import confirm_care_coordinators as confirm

    ctx = window.ctx
    if ctx is None or why_not(ctx, coordinator=True, accounts=True):
        return
    db, identity = ctx.db, ctx.identity
    title = QCoreApplication.translate("AccountMenu", "Confirm care coordinators")

    def done(lines: list[str]) -> None:
        if lines:  # the concerns panels' "not yet confirmed" hints go at once, not when the page is next shown
            ctx.changed(Changes.of(Kind.CONCERNS))
        text = "\n".join(lines) if lines else QCoreApplication.translate(
            "AccountMenu", "Every school's care coordinator was already confirmed; nothing changed.")
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, window)
        box.setObjectName("confirmReadersBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.confirm_readers_box = box
        box.open()
        ctx.say(title)

    ctx.ops.write(lambda: confirm(db, identity), title=title, on_done=done)


def change_my_password(window: MainWindow) -> PasswordForm | None:
    """Your own password: the current one, then the new one twice (core `change_password`: your concern keys are
    sealed again to your new key). Not on the undo history."""
    from ..core.security.accounts import change_password
    from .dialogs.account_forms import PasswordForm
    from .opening import remember

    ctx = window.ctx
    if ctx is None or why_not(ctx, coordinator=False):
        return None
    title = QCoreApplication.translate("AccountMenu", "Change my password")
    intro = QCoreApplication.translate(
        "AccountMenu", "%1, choose a new password. Your current password stops working at once; the concerns you "
        "may read stay readable. This cannot be undone.").replace("%1", ctx.identity.name)
    form = PasswordForm(title, intro, ask_old=True, ask_new=True, parent=window,
                        ok_text=QCoreApplication.translate("AccountMenu", "Change password"))
    form.setObjectName("changePasswordForm")
    db = ctx.db

    def submit(form: PasswordForm) -> None:
        identity, old, new = ctx.identity, form.old.text(), form.first.text()

        def done(new_identity: object) -> None:
            ctx.set_person(new_identity.staff_id, new_identity)  # same person: the history stays
            remember(db, new_identity)
            form.finish()
            ctx.say(QCoreApplication.translate("AccountMenu", "Your password has been changed."))

        ctx.ops.write(lambda: change_password(db, identity, old, new), title=title, on_done=done,
                      on_error=lambda exc: form.show_error(user_message(exc)))

    form.on_submit = submit
    window.password_form = form
    form.setWindowModality(Qt.WindowModality.WindowModal)
    form.open()
    return form


def _sheet_pdf(db_name: str, recovery: str) -> bytes:
    from ..printing.recovery_sheet import RecoverySheet, render_recovery_sheet

    buffer = io.BytesIO()
    render_recovery_sheet(RecoverySheet(database_name=db_name, recovery_key=recovery), buffer)
    return buffer.getvalue()


def print_recovery_sheet(window: MainWindow) -> PasswordForm | None:
    """Ask the coordinator's password again, make a new recovery key (the old one is never stored, so it cannot
    be printed again: the old sheet stops working) and show the new sheet in the PDF preview, which prints or
    saves it without a temporary file."""
    from ..core.security.account_admin import new_recovery_sheet_key
    from .dialogs.account_forms import PasswordForm
    from .dialogs.pdf_dialog import PdfDialog

    ctx = window.ctx
    if ctx is None or why_not(ctx, coordinator=True):
        return None
    db = ctx.db
    name = db.location.path.name if db.location.path is not None else ""
    title = QCoreApplication.translate("AccountMenu", "New recovery sheet")
    intro = QCoreApplication.translate(
        "AccountMenu", "The recovery key is never stored, so the old sheet cannot be printed again: WIsH Desk makes "
        "a new recovery key and sheet. <b>The old sheet stops working</b> for this database (backups made before "
        "now still open with it, as they keep their own key file). Enter your password to continue.")
    form = PasswordForm(title, intro, ask_old=True, ask_new=False, parent=window,
                        ok_text=QCoreApplication.translate("AccountMenu", "Make new sheet"),
                        old_label=QCoreApplication.translate("AccountMenu", "Your password"))
    form.setObjectName("recoveryPasswordForm")

    def submit(form: PasswordForm) -> None:
        identity, password = ctx.identity, form.old.text()

        def job() -> bytes:
            return _sheet_pdf(name, new_recovery_sheet_key(db, identity, password))

        def done(data: bytes) -> None:
            form.finish()
            dialog = PdfDialog(QCoreApplication.translate("AccountMenu", "Recovery sheet"), data,
                               f"herstelblad-{Path(name).stem}.pdf", window)
            dialog.setObjectName("recoverySheetDialog")
            note = QLabel(QCoreApplication.translate(
                "AccountMenu", "<b>This is the new recovery sheet; the previous one no longer works.</b> Print it "
                "now (or save it and print it), keep the paper in a safe place and delete any saved PDF."))
            note.setWordWrap(True)
            dialog.layout().insertWidget(0, note)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.recovery_sheet_dialog = dialog
            dialog.show()
            ctx.say(QCoreApplication.translate("AccountMenu",
                                               "New recovery sheet made; the old sheet no longer works."))

        ctx.ops.write(job, title=title, on_done=done, on_error=lambda exc: form.show_error(user_message(exc)))

    form.on_submit = submit
    window.password_form = form
    form.setWindowModality(Qt.WindowModality.WindowModal)
    form.open()
    return form
