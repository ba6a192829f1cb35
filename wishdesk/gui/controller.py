"""The application controller: owns the open database and the main window, and opens and switches databases
(backing up, checking and restoring: `safety_actions.py`). Split from ``app`` (arguments and start-up); ``app`` re-exports it.

SQLAlchemy stays out of the imports: it loads when a database opens, after the window is shown.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from .. import paths
from ..core.errors import DatabaseDamaged, DatabaseInUse, DatabaseNotFound, DatabaseReadOnly, WishDeskError
from . import settings
from .context import AppContext
from .i18n import install_translators
from .main_window import MainWindow
from .opening import (  # noqa: F401 - re-exported: app, tests and benchmarks use them from here
    _mark_demo,
    ensure_demo_database,
    forget,
    make_context,
    open_path,
    remember,
    sign_in_and_keep_open,
    sign_in_on_lane,
)
from .operations import user_message
from .safety_actions import SafetyActions

if TYPE_CHECKING:  # SQLAlchemy loads after the window is shown (start-up time)
    from ..core.db import Database

DB_FILTER = "WIsH Desk-database (*.sqlite *.db);;Alle bestanden (*)"


class Controller(SafetyActions):
    """Owns the open database and the main window; opens, switches, backs up, checks and restores databases.

    Every path that opens a file ends in one of: the database is open, the user got a clear message (and the
    file is unchanged), or the user chose read-only / a backup. Tests set `message_sink` / `answer_sink` to
    collect messages and answer questions instead of showing modal boxes.
    """

    message_sink: Callable[[str, str], None] | None = None  # (title, text)
    answer_sink: Callable[[str], bool] | None = None  # question text -> yes?

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.window: MainWindow | None = None
        self.db: Database | None = None
        self.check_dialog: QWidget | None = None

    def show_shell(self) -> MainWindow:
        """The main window without a database yet: it appears at once while the database opens."""
        window = MainWindow()
        self._connect(window)
        self.window = window
        window.show()
        return window

    def _connect(self, window: MainWindow) -> None:
        window.new_database_requested.connect(self.new_database)
        window.open_database_requested.connect(self.open_database)
        window.backup_requested.connect(self.backup_now)
        window.restore_requested.connect(self.restore)
        window.check_requested.connect(self.check_database)
        window.language_requested.connect(self.switch_language)
        window.encrypt_requested.connect(self._encrypt_current)
        window.take_team_requested.connect(self._take_team_database)
        window.recover_requested.connect(self._recover_with_key)

    def _encrypt_current(self) -> None:
        from . import securing  # the security dialogs load the ORM: not before the window is shown

        securing.encrypt_current(self)

    def _recover_with_key(self) -> None:
        from . import securing

        securing.recover_with_key(self)

    def _take_team_database(self) -> None:
        from . import syncing  # the sync dialogs load SQLAlchemy and the server code: only when asked

        syncing.take_team_database(self)

    def switch_language(self, code: str) -> None:
        """Remember the language and rebuild the window in it; the open database stays open."""
        from .i18n import set_language

        set_language(code)
        install_translators(self.app, code)
        if self.db is not None:
            page = self.window.stack.currentIndex() if self.window else 0
            window = self.show(self.db)
            window.nav.setCurrentRow(page)

    def context_for(self, db: Database) -> AppContext:
        return make_context(db)

    def show(self, db: Database) -> MainWindow:
        old_window, old_db = self.window, self.db
        self.db = db
        ctx = self.context_for(db)
        if old_window is not None and old_window.ctx is None:  # the start-up shell: fill it in
            ctx.ops.set_parent_widget(old_window)
            old_window.attach(ctx)
            _mark_demo(old_window, ctx)
            if db.location.path:
                settings.set_last_database(str(db.location.path))
            return old_window
        window = MainWindow(ctx)
        _mark_demo(window, ctx)
        ctx.ops.set_parent_widget(window)
        self._connect(window)
        self.window = window
        window.show()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_db is not None and old_db is not db:
            self._close_db(old_db)
        if db.location.path:
            settings.set_last_database(str(db.location.path))
        return window

    # --- messages --------------------------------------------------------------------------------------

    def _parent(self) -> QWidget | None:
        return self.window

    def _tell(self, title: str, text: str, warning: bool = True) -> None:
        sink = type(self).message_sink
        if sink is not None:
            sink(title, text)
        elif warning:
            QMessageBox.warning(self._parent(), title, text)
        else:
            QMessageBox.information(self._parent(), title, text)

    def _ask(self, title: str, text: str, yes: str) -> bool:
        sink = type(self).answer_sink
        if sink is not None:
            return sink(text)
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self._parent())
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes_button)
        box.exec()
        return box.clickedButton() is yes_button

    # --- opening ---------------------------------------------------------------------------------------

    def open_demo(self, path: Path) -> Database | None:
        """`--demo` and the first start's demo: signed in as its coordinator without asking. When the demo password
        no longer works (the coordinator changed it) the usual sign-in for that file follows, with a line saying
        why; never a closed app. None: cancelled or refused (the message was shown)."""
        from ..core.security.accounts import DemoPasswordChanged

        try:
            return ensure_demo_database(path)
        except DemoPasswordChanged as exc:
            name = exc.name
            note = QCoreApplication.translate("App", "The demo password no longer works for %1; sign in.").replace(
                "%1", name or QCoreApplication.translate("App", "the coordinator"))
        except (WishDeskError, OSError, ValueError) as exc:
            self._tell(QCoreApplication.translate("App", "Cannot open database"), user_message(exc))
            return None
        return self.open_interactively(path, sign_in_note=note, sign_in_name=name)

    def open_interactively(self, target: str | Path, *, create: bool = False, read_only: bool = False,
                           sign_in_note: str = "", sign_in_name: str = "") -> Database | None:
        """Open a database; on refusal explain why and offer what is safe (read-only, the newest good backup).
        Returns None when nothing was opened (the file is then unchanged)."""
        title = QCoreApplication.translate("App", "Cannot open database")
        if create and "://" not in str(target):  # a new database made in the app is encrypted (securing.py)
            municipality = self._ask_municipality()  # a step of its own, before anything is made
            if municipality is None:
                return None
            from . import securing

            try:
                return securing.create_encrypted(self, target, municipality=municipality)
            except (WishDeskError, OSError, ValueError) as exc:
                self._tell(title, user_message(exc))
                return None
        identity = None
        if "://" not in str(target) and Path(target).is_file():
            from ..core.security import keyfile

            if keyfile.has_keyfile(Path(target).resolve()):  # an encrypted database: who are you first
                signed_in = self._sign_in(Path(target).resolve(), sign_in_note, sign_in_name)
                if signed_in is None:
                    return None
                identity, read_only = signed_in[0], read_only or signed_in[1]
        try:
            if "://" in str(target) and not str(target).startswith("sqlite"):  # one password question at most
                from .team_opening import open_team

                opened = open_team(self, str(target), create=create, read_only=read_only)
                if opened is None:
                    return None
                db, identity = opened
            else:
                db = open_path(target, create=create, read_only=read_only)
            if identity is not None:
                remember(db, identity)
            return db
        except DatabaseNotFound as exc:
            if read_only or create:
                self._tell(title, user_message(exc))
                return None
            question = QCoreApplication.translate(
                "App", "There is no database at %1 yet. Make a new, empty database there?").replace("%1", str(target))
            if self._ask(QCoreApplication.translate("App", "New database"), question,
                         QCoreApplication.translate("App", "Make database")):
                return self.open_interactively(target, create=True)
            return None
        except (DatabaseInUse, DatabaseReadOnly) as exc:
            if read_only or create or not Path(target).is_file():
                self._tell(title, user_message(exc))
                return None
            question = user_message(exc) + "\n\n" + QCoreApplication.translate(
                "App", "You can open it read-only: you can look at everything, but not change anything.")
            if self._ask(title, question, QCoreApplication.translate("App", "Open read-only")):
                return self.open_interactively(target, read_only=True)
            return None
        except DatabaseDamaged as exc:
            from ..core.db import resolve_location

            return self._offer_backup_for_damaged(resolve_location(target).path, user_message(exc))
        except (WishDeskError, OSError, ValueError) as exc:
            self._tell(title, user_message(exc))
            return None

    sign_in_sink: Callable[[Path], object] | None = None  # tests sign in without the modal dialog
    sign_in_note: str = ""  # the note the last sign-in showed (tests read it)
    municipality_sink: Callable[[], str | None] | None = None  # tests name the municipality without the dialog

    def _ask_municipality(self) -> str | None:
        """The municipality's name for a new database (None: cancelled, nothing is made)."""
        sink = type(self).municipality_sink
        if sink is not None:
            return sink()
        from .dialogs.municipality_step import MunicipalityStep

        dialog = MunicipalityStep(self._parent())
        return dialog.value() if dialog.exec() and dialog.value() else None

    sign_in_dialog_sink: Callable[[QDialog], bool] | None = None  # tests drive the real dialog (fill, accept)

    def _sign_in(self, path: Path, note: str = "", name: str = ""):  # noqa: ANN202 - (Identity, read-only) | None
        """Who signs in, and whether the file was opened read-only (it is open in another WIsH Desk)."""
        self.sign_in_note = note
        sink = type(self).sign_in_sink
        if sink is not None:
            identity = sink(path)
            return (identity, False) if identity is not None else None
        from functools import partial

        from .dialogs.sign_in import SignInDialog

        dialog = SignInDialog(path, name, parent=self._parent(), signer=sign_in_and_keep_open, note=note,
                              read_only_signer=partial(sign_in_and_keep_open, read_only=True))
        shown = type(self).sign_in_dialog_sink
        accepted = shown(dialog) if shown is not None else dialog.exec()
        return (dialog.identity, dialog.opened_read_only) if accepted and dialog.identity is not None else None

    def _try_open(self, target: str | Path, create: bool = False) -> bool:
        db = self.open_interactively(target, create=create)
        if db is None:
            return False
        self.show(db)
        return True

    def _offer_backup_for_damaged(self, path: Path | None, message: str) -> Database | None:
        from ..core import backup
        from .dialogs.damaged import DamagedDialog

        if path is None:
            self._tell(QCoreApplication.translate("App", "Cannot open database"), message)
            return None
        folder = paths.backup_dir_for(path)
        dialog = DamagedDialog(path, message, backup.newest_good_backup(folder, stem=path.stem), folder, self._parent())
        if not dialog.exec() or dialog.chosen is None:
            return None
        saved = self._restore_file(path, dialog.chosen)
        if saved is False:
            return None
        db = self.open_interactively(path)
        if db is not None:
            self._tell_restored(saved)
        return db

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self._parent(), QCoreApplication.translate("App", "New database"), str(paths.data_dir()), DB_FILTER)
        if name:
            if Path(name).exists():
                self._tell(QCoreApplication.translate("App", "New database"),
                           QCoreApplication.translate("App", "That file already exists. Choose a new name; nothing is overwritten."))
                return
            self._try_open(name, create=True)

    def open_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self._parent(), QCoreApplication.translate("App", "Open database"), str(paths.data_dir()), DB_FILTER)
        if name:
            self._try_open(name)

    # --- closing ---------------------------------------------------------------------------------------

    def _close_db(self, db: Database) -> None:
        """Close a database; back up first when it changed. If its file vanished while open, what the open
        connections still hold is saved as a rescue copy before they close."""
        forget(db)  # the private key goes with the database
        from ..core import backup
        from ..core.db import DatabaseGone

        path = db.location.path
        if path is not None and not db.read_only:
            folder = db.backup_dir or paths.backup_dir_for(path)
            try:
                db.ensure_present()
            except DatabaseGone:
                try:
                    rescued = backup.save_rescue_copy(db, folder)
                    self._tell(QCoreApplication.translate("App", "Database file disappeared"), QCoreApplication.translate(
                        "App", "The database file disappeared while it was open. What WIsH Desk still had open has "
                        "been saved as %1.").replace("%1", str(rescued)))
                except (OSError, WishDeskError, sqlite3.Error, AssertionError) as exc:
                    self._tell(QCoreApplication.translate("App", "Database file disappeared"), user_message(exc))
            else:
                try:
                    backup.backup_if_changed(db)
                except (OSError, WishDeskError):
                    pass  # a failed backup on close must not block closing; the next start backs up again
        db.close()

    def shutdown(self) -> None:
        if self.db is not None:
            self._close_db(self.db)
            self.db = None

    def first_start(self) -> Database | None:
        from .dialogs.first_start import FirstStartDialog

        dialog = FirstStartDialog()
        if not dialog.exec():
            return None
        if dialog.choice == "demo":
            return self.open_demo(paths.data_dir() / "demo.sqlite")
        if dialog.choice == "open" and dialog.path:
            return self.open_interactively(dialog.path)
        return self.open_interactively(paths.default_database(), create=True)
