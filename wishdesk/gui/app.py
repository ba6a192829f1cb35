"""Application start: arguments, translations, choosing and opening the database, the main window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from .. import __version__, paths
from ..core.db import Database, resolve_location
from ..core.errors import WishDeskError
from .context import AppContext
from .i18n import chosen_language, install_translators
from .main_window import MainWindow
from .operations import Operations, user_message

DB_FILTER = "WIsH Desk-database (*.sqlite *.db);;Alle bestanden (*)"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="wishdesk")
    parser.add_argument("--db", default=os.environ.get("WISHDESK_DB"), help="database file or URL")
    parser.add_argument("--demo", action="store_true", help="open (and first create) the demo database")
    parser.add_argument("--lang", choices=["nl", "en"], help="interface language")
    parser.add_argument("--read-only", action="store_true")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def open_path(target: str | Path, *, create: bool = False, read_only: bool = False) -> Database:
    """Open with backups in the usual place (see paths.backup_dir_for)."""
    from ..core.schema import open_database

    location = resolve_location(target)
    backups = paths.backup_dir_for(location.path) if location.path else None
    return open_database(location, create=create, backup_dir=backups, read_only=read_only)


def ensure_demo_database(path: Path, schools: int = 6) -> Database:
    """Open the demo database, building it first when it does not exist yet."""
    from ..core.demo import build_demo

    fresh = not path.exists()
    db = open_path(path, create=True)
    if fresh:
        with db.write() as session:
            for _ in build_demo(session, schools=schools):
                pass
    return db


class Controller:
    """Owns the open database and the main window; switches databases on request."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.window: MainWindow | None = None
        self.db: Database | None = None

    def show(self, db: Database) -> MainWindow:
        old_window, old_db = self.window, self.db
        self.db = db
        ctx = AppContext(db=db, ops=Operations())
        window = MainWindow(ctx)
        ctx.ops.setParent(window)
        window.new_database_requested.connect(self.new_database)
        window.open_database_requested.connect(self.open_database)
        window.backup_requested.connect(self.backup_now)
        window.restore_requested.connect(self.restore)
        self.window = window
        window.show()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_db is not None:
            self._close_db(old_db)
        if db.location.path:
            QSettings().setValue("db/last", str(db.location.path))
        return window

    def _close_db(self, db: Database) -> None:
        from ..core import backup

        if db.changed and db.location.path and not db.read_only:
            try:
                backup.make_backup(db.location.path, paths.backup_dir_for(db.location.path), reason="bij-afsluiten")
            except (OSError, WishDeskError):
                pass  # a failed backup on close must not block closing; the next start backs up again
        db.close()

    def shutdown(self) -> None:
        if self.db is not None:
            self._close_db(self.db)
            self.db = None

    def _parent(self) -> QWidget | None:
        return self.window

    def _try_open(self, target: str | Path, create: bool = False) -> bool:
        try:
            db = open_path(target, create=create)
        except (WishDeskError, OSError, ValueError) as exc:
            QMessageBox.warning(self._parent(), QCoreApplication.translate("App", "Cannot open database"), user_message(exc))
            return False
        self.show(db)
        return True

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self._parent(), QCoreApplication.translate("App", "New database"), str(paths.data_dir()), DB_FILTER)
        if name:
            if Path(name).exists():
                QMessageBox.warning(self._parent(), QCoreApplication.translate("App", "New database"),
                                    QCoreApplication.translate("App", "That file already exists. Choose a new name; nothing is overwritten."))
                return
            self._try_open(name, create=True)

    def open_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self._parent(), QCoreApplication.translate("App", "Open database"), str(paths.data_dir()), DB_FILTER)
        if name:
            self._try_open(name)

    def backup_now(self) -> None:
        from ..core import backup

        db = self.db
        if db is None or db.location.path is None:
            QMessageBox.information(self._parent(), QCoreApplication.translate("App", "Back up"),
                                    QCoreApplication.translate("App", "The team database on the server is backed up by its administrator."))
            return
        target_dir = paths.backup_dir_for(db.location.path)
        window = self.window
        assert window is not None
        window.ctx.ops.run(
            lambda: backup.make_backup(db.location.path, target_dir, reason="handmatig"),
            title=QCoreApplication.translate("App", "Backing up…"),
            on_done=lambda p: window.statusBar().showMessage(QCoreApplication.translate("App", "Backup saved: %1").replace("%1", str(p)), 8000),
        )

    def restore(self) -> None:
        from .dialogs.restore import RestoreDialog

        if self.db is None or self.db.location.path is None:
            return
        dialog = RestoreDialog(self.db.location.path, self._parent())
        if dialog.exec() and dialog.chosen is not None:
            self._restore_from(dialog.chosen)

    def _restore_from(self, backup_file: Path) -> None:
        from ..core import backup

        assert self.db is not None and self.db.location.path is not None
        path = self.db.location.path
        self.window.ctx.ops.wait() if self.window else None
        self.db.close()
        try:
            saved = backup.restore_backup(path, backup_file, paths.backup_dir_for(path))
        except (WishDeskError, OSError) as exc:
            QMessageBox.warning(self._parent(), QCoreApplication.translate("App", "Restore"), user_message(exc))
            self._try_open(path)
            return
        if self._try_open(path):
            QMessageBox.information(self._parent(), QCoreApplication.translate("App", "Restore"), QCoreApplication.translate("App", 
                "The backup has been restored. The state before the restore was saved as %1.").replace("%1", saved.name))

    def first_start(self) -> Database | None:
        from .dialogs.first_start import FirstStartDialog

        dialog = FirstStartDialog()
        if not dialog.exec():
            return None
        try:
            if dialog.choice == "demo":
                return ensure_demo_database(paths.data_dir() / "demo.sqlite")
            if dialog.choice == "open" and dialog.path:
                return open_path(dialog.path)
            return open_path(paths.default_database(), create=True)
        except (WishDeskError, OSError, ValueError) as exc:
            QMessageBox.warning(None, QCoreApplication.translate("App", "Cannot open database"), user_message(exc))
            return None


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName("WIsH")
    app.setApplicationName("WIsH Desk")
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def run(argv: list[str]) -> int:
    args = parse_args(argv)
    app = create_application(argv)
    if args.lang:
        from .i18n import set_language

        set_language(args.lang)
    install_translators(app, args.lang or chosen_language())
    controller = Controller(app)
    try:
        if args.demo:
            db = ensure_demo_database(Path(args.db) if args.db else paths.data_dir() / "demo.sqlite")
        elif args.db:
            db = open_path(args.db, read_only=args.read_only)
        else:
            last = QSettings().value("db/last", "", type=str)
            target = Path(last) if last and Path(last).exists() else paths.default_database()
            db = open_path(target) if target.exists() else controller.first_start()
    except (WishDeskError, OSError, ValueError) as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open database"), user_message(exc))
        return 1
    if db is None:
        return 0
    controller.show(db)
    code = app.exec()
    controller.shutdown()
    return code
