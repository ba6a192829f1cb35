"""Offline laptops in the window (issue 14): taking the team database along, and on a laptop copy (a replica)
the "Synchronise" action, the status line and the "To review" list.

- `take_team_database(controller)`: File → "Take the team database along…": the dialog makes the copy, the
  recovery-sheet step follows (the copy is encrypted), then the copy opens with the normal sign-in.
- `SyncBar`: made for every window; on a database that is no replica its actions stay hidden. A sync writes
  to the local database, so it runs on the write lane; the password (the same for the copy and the server) is
  the one typed at sign-in in this session (gui/opening.py keeps it), else asked once per open database; kept in
  memory only, like the signed-in person's private key.

A sync shows progress and can be cancelled: the core stops only at safe points (nothing sent, or sent and
committed on both sides but nothing received; core/sync/run.py), and the bar hears of it through `_Cancellable`,
since the write lane drops a cancelled job silently. Its words come from `gui/sync_words.py`.

Tests set `password_sink` (instead of the password dialog) and `message_sink` (instead of message boxes).
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QToolBar

from ..core.edits import EVERYTHING
from ..core.errors import UserError
from . import settings, sync_words
from .operations import user_message

if TYPE_CHECKING:
    from .controller import Controller
    from .main_window import MainWindow

password_sink: Callable[[], str | None] | None = None
message_sink: Callable[[str, str], None] | None = None  # (title, text)
warning_sink: Callable[[str, str], None] | None = None  # (title, text) of a warning box; else message_sink


def take_team_database(controller: Controller) -> None:
    """The dialog; when the copy is made: the recovery sheet, then open it (sign-in with the same password)."""
    from . import securing
    from .dialogs.recovery_step import RecoveryStepDialog
    from .dialogs.sign_in_names import key_id_of
    from .dialogs.take_team import TakeTeamDialog

    dialog = TakeTeamDialog(parent=controller.window)
    if not securing._show(dialog) or dialog.made is None:
        return
    made = dialog.made
    # the copy's account has the person's staff name: the sign-in that follows offers it (the login works too)
    settings.remember_sign_in(key_id_of(made.path), made.name)
    how = QCoreApplication.translate("SyncBar", "From now on, sign in as %1 with the same password.").replace(
        "%1", made.name) if made.name else ""
    if made.recovery_key:
        securing._show(RecoveryStepDialog(made.path, made.recovery_key, controller.window, note=how))
    elif how:
        _tell_box(controller.window, QCoreApplication.translate("SyncBar", "Laptop copy made"), how)
    controller._try_open(made.path)


def _tell_box(parent, title: str, text: str) -> None:  # noqa: ANN001 - QWidget
    if message_sink is not None:
        message_sink(title, text)
    else:
        QMessageBox.information(parent, title, text)


class _Cancellable(Generator):
    """The sync's steps, telling `on_cancel` when the lane closes them (cancel), even before the first step."""

    def __init__(self, steps: Generator, on_cancel: Callable[[], None]) -> None:
        self._steps = steps
        self._on_cancel = on_cancel

    def send(self, value: Any) -> Any:
        return self._steps.send(value)

    def throw(self, *args: Any) -> Any:
        return self._steps.throw(*args)

    def close(self) -> None:
        try:
            self._steps.close()  # rolls back what the current step holds (core/sync/run.py)
        finally:
            self._on_cancel()


class SyncBar(QObject):
    """The sync action (toolbar + File menu, F5), the "To review" action and the permanent status label."""

    cancelled = Signal()  # emitted on the write lane; received on the GUI thread

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self._syncing = False
        self.replica = False
        self.status: Any = None  # core SyncStatus
        self.label = QLabel()
        self.label.setObjectName("syncStatus")
        self.label.setAccessibleName(self.tr("Synchronisation"))
        self.label.setContentsMargins(12, 0, 4, 0)  # apart from the database name beside it
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.sync_action = QAction(self.tr("&Synchronise"), window)
        self.sync_action.setObjectName("syncAction")
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.setToolTip(self.tr("Send your changes to the team server and fetch theirs (F5)"))
        self.sync_action.triggered.connect(self.sync_now)
        self.review_action = QAction(self.tr("To &review…"), window)
        self.review_action.setObjectName("reviewAction")
        self.review_action.triggered.connect(self.show_conflicts)
        self.toolbar = QToolBar(self.tr("Synchronisation"), window)
        self.toolbar.setObjectName("syncToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.sync_action)
        self.toolbar.addAction(self.review_action)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        window.file_menu.insertAction(window.quit_action, self.sync_action)
        window.file_menu.insertAction(window.quit_action, self.review_action)
        self.separator = window.file_menu.insertSeparator(window.quit_action)
        self._show_actions(False)
        self.cancelled.connect(self._sync_cancelled, Qt.ConnectionType.QueuedConnection)
        self.ctx.events.data_changed.connect(lambda _changes: self.refresh())
        # someone else signs in on this window: the kept password was the previous person's
        self.ctx.events.person_changed.connect(self._person_changed)
        self.refresh()

    # --- the status line -----------------------------------------------------------------------------------

    def _show_actions(self, replica: bool) -> None:
        self.replica = replica
        self.sync_action.setVisible(replica)
        self.separator.setVisible(replica)
        self.toolbar.setVisible(replica)
        self.label.setVisible(replica)
        conflicts = bool(self.status and self.status.conflicts)
        self.review_action.setVisible(replica and conflicts)

    def refresh(self) -> None:
        """Read the status again (after every edit: the waiting count; after a sync; after resolving)."""
        db = self.ctx.db

        def read() -> Any:
            from ..core.sync.run import status

            return status(db)

        self.ctx.ops.read(read, self._show_status, owner=self, key="sync-status", progress=False)

    def _show_status(self, status: Any) -> None:
        self.status = status
        if status is None:
            self._show_actions(False)
            return
        self.label.setText(sync_words.status_text(status))
        # opened read-only: a sync would write; one sync at a time
        self.sync_action.setEnabled(not self.ctx.db.read_only and not self._syncing)
        count = status.conflicts
        self.review_action.setText(self.tr("To &review (%1)…").replace("%1", str(count)))
        self._show_actions(True)

    # --- syncing -------------------------------------------------------------------------------------------

    def _ask_password(self) -> str | None:
        if password_sink is not None:
            return password_sink()
        text, ok = QInputDialog.getText(self.window, self.tr("Synchronise"), self.tr(
            "Your password (the same as for signing in; it also logs you in on the team server):"),
            QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def _tell(self, title: str, text: str, *, warning: bool = False) -> None:
        sink = (warning_sink or message_sink) if warning else message_sink
        if sink is not None:
            sink(title, text)
        elif warning:
            QMessageBox.warning(self.window, title, text)
        else:
            QMessageBox.information(self.window, title, text)

    def _person_changed(self, staff_id: int | None) -> None:
        from .opening import forget_sign_in_password

        forget_sign_in_password(self.ctx.db, but=staff_id)

    def _signed_in_password(self) -> str | None:
        """On a laptop copy the sign-in password is the server's too: the one typed at sign-in in this session."""
        from .opening import sign_in_password

        return sign_in_password(self.ctx.db, self._staff_id())

    def _staff_id(self) -> int | None:
        identity = self.ctx.identity
        return identity.staff_id if identity is not None else self.ctx.staff_id

    def sync_now(self) -> None:
        """Push, then pull, on the write lane; the result in one line, and the pages reload."""
        if not self.replica or self._syncing or self.ctx.db.read_only:
            return
        password = self._signed_in_password() or self._ask_password()
        if password is None:
            return
        db = self.ctx.db
        self._syncing = True
        self.sync_action.setEnabled(False)
        self.label.setText(self.tr("Synchronising…"))

        def done(result: Any) -> None:
            from .opening import keep_copy_password

            # kept like the sign-in's (this is a laptop copy; dropped at the lock), not in a store of its own
            keep_copy_password(db, self._staff_id(), password)
            self._syncing = False
            self.sync_action.setEnabled(True)
            self.ctx.history.clear()  # the server's rows replaced local ones: old undo steps no longer fit
            self.ctx.changed(EVERYTHING)  # every page reloads; the status line too
            self.ctx.say(sync_words.summary(result))
            lost = sync_words.access_lost(result)
            if lost:
                self._tell(self.tr("Synchronised"), lost)
            clashes = result.planning_clashes
            if clashes:  # lessons that clash now that this laptop holds both sides (core sentences, translated)
                shown = [sync_words.planning_heading(), *(user_message(UserError(c)) for c in clashes[:8])]
                if len(clashes) > 8:
                    shown.append(self.tr("… and %1 more: see Planning.").replace("%1", str(len(clashes) - 8)))
                self._tell(self.tr("Synchronised"), "\n".join(shown))
            if result.new_conflicts:
                if result.new_conflicts == 1:
                    text = self.tr("1 of your changes was not applied because the record was changed or deleted on "
                                   "the server too. Compare both versions under \"To review\" and choose.")
                else:
                    text = self.tr(
                        "%1 of your changes were not applied because the record was changed or deleted on the server "
                        "too. Compare both versions under \"To review\" and choose.").replace(
                            "%1", str(result.new_conflicts))
                self._tell(self.tr("Synchronised"), text)

        def failed(exc: BaseException) -> None:
            from ..core.team.connect import WrongLogin

            wrong = isinstance(exc, WrongLogin)
            if wrong:  # ask again next time (the server password may have changed since signing in)
                from .opening import forget_sign_in_password

                forget_sign_in_password(self.ctx.db, self._staff_id())
            self._syncing = False
            self.sync_action.setEnabled(True)
            self.refresh()
            if wrong:
                self.ctx.say(self.tr("Not synchronised: the team server did not accept the password."))
            self._tell(self.tr("Synchronise"), user_message(exc), warning=wrong)

        self.ctx.ops.run(lambda: self.sync_job(db, password), writes=True, progress=True, on_done=done,
                         on_error=failed, title=self.tr("Synchronising…"))

    def sync_job(self, db: Any, password: str) -> Generator:
        """The sync's steps for the write lane (progress 0..100; its Cancel closes them)."""
        from ..core.sync.run import sync_steps

        return _Cancellable(sync_steps(db, password), self.cancelled.emit)

    def _sync_cancelled(self) -> None:
        """Cancelled: the copy is whole (see the module doc); what was sent and committed may have changed rows."""
        self._syncing = False
        self.sync_action.setEnabled(not self.ctx.db.read_only)
        self.ctx.history.clear()  # a push that committed may have replaced local rows (conflicts)
        self.ctx.changed(EVERYTHING)
        self.ctx.say(sync_words.cancelled())

    def show_conflicts(self) -> None:
        from .dialogs.sync_conflicts import SyncConflictsDialog

        dialog = SyncConflictsDialog(self.ctx, self.window)
        dialog.resolved.connect(self.refresh)
        self.conflicts_dialog = dialog
        dialog.open()

