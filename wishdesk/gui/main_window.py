"""The main window: navigation, menus and status bar. It knows the pages only through the registry."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from .context import AppContext
from .lazy_pages import LazyPages
from .pages.base import Page
from .pages.registry import PAGES


class MainWindow(QMainWindow):
    """Shown first without a database (menus and navigation only, so it appears at once), then `attach(ctx)`
    gives it the open database and the pages are built as they are opened."""

    # Asked of the application controller, which owns opening and closing databases.
    new_database_requested = Signal()
    open_database_requested = Signal()
    backup_requested = Signal()
    restore_requested = Signal()
    check_requested = Signal()
    language_requested = Signal(str)
    encrypt_requested = Signal()
    take_team_requested = Signal()
    recover_requested = Signal()

    def __init__(self, ctx: AppContext | None = None) -> None:
        super().__init__()
        self.ctx: AppContext | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("WIsH Desk"))
        self.resize(1200, 780)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget()
        self.pages = LazyPages(self.stack)
        for number, spec in enumerate(PAGES, start=1):
            waiting = QLabel(self.tr("Opening the database…"))
            # at the top: a sign-in dialog opens in the middle and would leave only the ends of a centred text
            waiting.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            waiting.setContentsMargins(0, 40, 0, 0)
            self.stack.addWidget(waiting)
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(self.tr("Ctrl+%1").replace("%1", str(number)))
            self.nav.addItem(item)
            shortcut = QAction(self)
            shortcut.setShortcut(QKeySequence(f"Ctrl+{number}"))
            shortcut.triggered.connect(lambda _=False, k=spec.key: self.show_page(k))
            self.addAction(shortcut)
        self.nav.currentRowChanged.connect(self._row_chosen)
        central = QWidget()
        outer = QVBoxLayout(central)  # room above the pages for a banner (encrypt this database)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.db_label = QLabel(self.tr("Opening the database…"))
        self.statusBar().addPermanentWidget(self.db_label)
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """Give the window its database: title, status bar, undo/redo, pages."""
        self.ctx = ctx
        self.pages.attach(ctx)
        self.setWindowTitle(self.tr("WIsH Desk — %1").replace("%1", ctx.db.location.display()))
        self.db_label.setText(self.tr("Database: %1").replace("%1", ctx.db.location.display()))
        if ctx.db.read_only:
            self.db_label.setText(self.db_label.text() + " " + self.tr("(read-only)"))
        undo, redo = ctx.history.actions(self, self.tr("&Undo"), self.tr("&Redo"))
        undo.setObjectName("undoAction")
        redo.setObjectName("redoAction")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        for action in (undo, redo):  # Ctrl+Z works with no widget focused (a text field still undoes its own text)
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            self.addAction(action)
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        ctx.events.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        from .wiring import connect_pages

        connect_pages(self)
        from .syncing import SyncBar

        self.sync_bar = SyncBar(self)  # hidden unless the database is a laptop copy of a team database
        self._security(ctx)
        from . import settings

        last = settings.last_page(ctx.database_id)
        self.show_page(last if last in [spec.key for spec in PAGES] else "today")

    def _security(self, ctx: AppContext) -> None:
        """Signed in with a password: the idle lock. A plain database: the banner offering to encrypt it."""
        from . import account_menu

        account_menu.attach(self, ctx)
        self.idle_lock = None
        early = getattr(self, "banner", None)  # shown at start-up for a plain file: gone if it opened otherwise
        if early is not None and (ctx.identity is not None or ctx.db.read_only):
            early.hide()
            early.deleteLater()
            self.banner = None
        if ctx.identity is not None:
            from .idle_lock import IdleLock

            self.idle_lock = IdleLock(self, ctx)
            self.lock_action.setEnabled(True)
            lock_now = self._action(self.tr("&Lock now"), self.idle_lock.lock_now, "Ctrl+L")
            lock_now.setObjectName("lockNowAction")
            self.file_menu.insertAction(self.quit_action, lock_now)
        elif not ctx.db.read_only and ctx.db.location.path is not None:
            from ..core.security.encryption import is_plain_sqlite

            if is_plain_sqlite(ctx.db.location.path):
                self.show_encrypt_banner()

    def show_encrypt_banner(self) -> None:
        """The banner offering to encrypt a plain database (once; start-up shows it with the first look at
        Vandaag, so the page does not jump down when the database is open)."""
        if getattr(self, "banner", None) is not None:
            return
        from .widgets.encrypt_banner import EncryptBanner

        self.banner = EncryptBanner(self)
        self.banner.encrypt_requested.connect(self.encrypt_requested.emit)
        self.centralWidget().layout().insertWidget(0, self.banner)  # type: ignore[union-attr]

    def choose_lock_minutes(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from . import settings
        from .idle_lock import idle_minutes

        if self.ctx is None or self.idle_lock is None:
            return
        minutes, ok = QInputDialog.getInt(self, self.tr("Lock when idle"), self.tr(
            "Lock WIsH Desk after this many minutes without use (this database):"),
            idle_minutes(self.ctx.database_id), 1, 240)
        if ok:
            settings.set_lock_minutes(self.ctx.database_id, minutes)
            self.idle_lock.set_idle_ms(minutes * 60_000)

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("&New database…"), self.new_database_requested.emit, QKeySequence.StandardKey.New))
        file_menu.addAction(self._action(self.tr("&Open database…"), self.open_database_requested.emit, QKeySequence.StandardKey.Open))
        take_team = self._action(self.tr("&Take the team database along…"), self.take_team_requested.emit)
        take_team.setObjectName("takeTeamAction")
        file_menu.addAction(take_team)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Back up now"), self.backup_requested.emit, "Ctrl+B"))
        file_menu.addAction(self._action(self.tr("&Restore from backup…"), self.restore_requested.emit))
        file_menu.addAction(self._action(self.tr("&Check database…"), self.check_requested.emit))
        recover = self._action(self.tr("Recover with recovery &key…"), self.recover_requested.emit)
        recover.setObjectName("recoverAction")
        file_menu.addAction(recover)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))  # undo/redo arrive with the database
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        from .i18n import LANGUAGES, chosen_language

        current = chosen_language()
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():  # each language in its own name, so anyone can find theirs
            action = QAction(name, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
            language_menu.addAction(action)
            self.language_actions[code] = action
        self.lock_action = self._action(self.tr("Lock when &idle…"), self.choose_lock_minutes)
        self.lock_action.setEnabled(False)  # only a database opened with a password locks
        settings_menu.addAction(self.lock_action)
        from . import account_menu

        self.manage_menu = account_menu.build(self)  # accounts, own password, recovery sheet (issue 12)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About WIsH Desk"), self.show_about))

    def show_page(self, key: str) -> None:
        row = [spec.key for spec in PAGES].index(key)
        if self.nav.currentRow() == row:  # no currentRowChanged: the shell already has row 0 current
            self._row_chosen(row)
        else:
            self.nav.setCurrentRow(row)

    def _row_chosen(self, row: int) -> None:
        if row < 0:
            return
        if self.ctx is not None:
            self.pages[PAGES[row].key]  # build on first visit
            from . import settings

            settings.set_last_page(self.ctx.database_id, PAGES[row].key)
        self.stack.setCurrentIndex(row)

    def current_page(self) -> Page:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About WIsH Desk"), self.tr(
            "<b>WIsH Desk %1</b><p>Plan, run and document the WIsH resilience programme in groep 6: duo lessons of "
            "class teacher and resilience specialist, parents involved, home activities printed in the family's "
            "language.</p><p>Works offline; your data stays on this computer.</p>").replace("%1", __version__))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.ctx is not None:
            self.ctx.ops.wait()  # never cut off a write in progress
        super().closeEvent(event)
