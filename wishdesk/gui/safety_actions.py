"""File → Back up now, Check the database, Restore a backup: the data-safety actions of the application
controller, kept apart from opening and switching databases (`controller.py`), whose Controller has them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from .. import paths
from ..core.errors import WishDeskError
from .operations import user_message

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ..core.db import Database
    from .main_window import MainWindow


class SafetyActions:
    """Mixed into Controller: uses its database, window, app, and its _tell/_ask/_parent/_try_open."""

    app: QApplication
    db: Database | None
    window: MainWindow | None

    def _server_note(self) -> bool:
        if self.db is None or self.db.location.path is None:
            self._tell(QCoreApplication.translate("App", "Back up"), QCoreApplication.translate(
                "App", "The team database on the server is backed up and checked by its administrator."), warning=False)
            return True
        return False

    def backup_now(self) -> None:
        from ..core import backup

        if self._server_note():
            return
        db = self.db
        assert db is not None and db.location.path is not None and self.window is not None
        path, target_dir, window = db.location.path, db.backup_dir or paths.backup_dir_for(db.location.path), self.window
        window.ctx.ops.run(
            lambda: backup.make_backup(path, target_dir, reason="handmatig"),
            title=QCoreApplication.translate("App", "Backing up…"),
            on_done=lambda p: window.statusBar().showMessage(QCoreApplication.translate("App", "Backup saved: %1").replace("%1", str(p)), 8000),
        )

    def check_database(self) -> None:
        from ..core.integrity import check_database
        from .dialogs.check import CheckDialog

        if self._server_note():
            return
        assert self.db is not None and self.db.location.path is not None and self.window is not None
        path = self.db.location.path

        def show(report) -> None:  # noqa: ANN001 - CheckReport
            self.check_dialog = CheckDialog(report, self._parent())
            self.check_dialog.restore_requested.connect(self.restore)
            self.check_dialog.open()  # window-modal, does not block

        self.window.ctx.ops.run(lambda: check_database(path), title=QCoreApplication.translate("App", "Checking the database…"),
                                on_done=show)

    def restore(self) -> None:
        from .dialogs.restore import RestoreDialog

        if self._server_note():
            return
        assert self.db is not None and self.db.location.path is not None
        path = self.db.location.path
        dialog = RestoreDialog(path, self.db.backup_dir or paths.backup_dir_for(path), self._parent())
        if not dialog.exec() or dialog.chosen is None:
            return
        question = QCoreApplication.translate(
            "App", "Replace the data in %1 by this backup?\n\n%2\n\nThe current state is saved as a backup first, "
            "and no backup is deleted.").replace("%1", path.name).replace("%2", dialog.chosen_label)
        if self._ask(QCoreApplication.translate("App", "Restore"), question, QCoreApplication.translate("App", "Restore")):
            self._restore_from(dialog.chosen)

    def _restore_file(self, path: Path, backup_file: Path) -> Path | None | bool:
        """Restore with the usual messages; returns the safety backup's path (None: there was no database) or
        False when it failed (and then nothing changed)."""
        from ..core import restore

        self.app.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return restore.restore_backup(path, backup_file, paths.backup_dir_for(path))
        except (WishDeskError, OSError, ValueError) as exc:
            self._tell(QCoreApplication.translate("App", "Restore"), user_message(exc))
            return False
        finally:
            self.app.restoreOverrideCursor()

    def _tell_restored(self, saved: Path | None) -> None:
        text = QCoreApplication.translate("App", "The backup has been restored.")
        if saved is not None:
            text += " " + QCoreApplication.translate("App", "The state before the restore was saved as %1.").replace("%1", saved.name)
        self._tell(QCoreApplication.translate("App", "Restore"), text, warning=False)

    def _restore_from(self, backup_file: Path) -> None:
        assert self.db is not None and self.db.location.path is not None
        db, path = self.db, self.db.location.path
        if self.window is not None:
            self.window.ctx.ops.wait()  # never cut off a write in progress
        db.changed = False  # the restore makes its own backup of this state
        db.close()  # releases the lock; the window stays until the reopened database replaces it
        self.db = None
        saved = self._restore_file(path, backup_file)
        if self._try_open(path):
            if saved is not False:
                self._tell_restored(saved)
        elif self.window is not None:  # nothing open any more: do not leave a window on a closed database
            self.window.close()
            self.window = None
