"""Application start: arguments, translations, choosing and opening the database, the main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__, paths
from ..core.errors import WishDeskError
from . import settings
from .controller import DB_FILTER, Controller, ensure_demo_database, open_path
from .i18n import chosen_language, install_translators
from .main_window import MainWindow
from .operations import user_message

# Re-exported: tests and benchmarks/bench_startup.py use them from here.
__all__ = ["DB_FILTER", "Controller", "create_application", "ensure_demo_database", "open_path", "parse_args", "run"]


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="wishdesk")
    parser.add_argument("--db", default=os.environ.get("WISHDESK_DB"), help="database file or URL")
    parser.add_argument("--demo", action="store_true", help="open (and first create) the demo database")
    parser.add_argument("--lang", choices=["nl", "en"], help="interface language")
    parser.add_argument("--read-only", action="store_true")
    # Installer smoke test: open the database, show the window, quit after a moment (exit code 0 when it worked).
    parser.add_argument("--quit-after", type=float, default=None, help=argparse.SUPPRESS)
    args, _qt_args = parser.parse_known_args(argv)
    return args


def _demo_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else paths.data_dir() / "demo.sqlite"


def _last_database() -> Path | None:
    """The database opened last time (or the default one), when it still exists."""
    last = settings.last_database()
    target = Path(last) if last and Path(last).exists() else paths.default_database()
    return target if target.exists() else None


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName("WIsH")
    app.setApplicationName("WIsH Desk")
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def _preview_today(shell: MainWindow, path: Path, read_only: bool) -> None:
    """A plain file: the Vandaag lessons read without the ORM while it loads (gui/today_preview.py). An encrypted
    file is unreadable before the sign-in: its rows come once the password check accepted (``_preview_signed_in``)."""
    from ..core.security import keyfile

    if not path.is_file():
        return
    if keyfile.has_keyfile(path.resolve()):
        from . import opening

        opening.early_rows = lambda p, staff_id: _preview_signed_in(shell, p, staff_id)
        return
    _show_preview(shell, path, banner=not read_only)


def _preview_signed_in(shell: MainWindow, path: Path, staff_id: int) -> None:
    """After the sign-in's password check accepted (gui/opening.py): the key it unlocked reads the rows."""
    from ..core.security import keyfile

    _show_preview(shell, path, banner=False, staff_id=staff_id, key=keyfile.key_for(path))


def _preview_demo(shell: MainWindow, path: Path) -> None:
    """``--demo`` on a demo that existed before start (not one being built now): its public password gives the
    key without the ORM (``peek_demo`` decides nothing; the demo's own sign-in on the write lane still does)."""
    from ..core.security import unlocking

    found = unlocking.peek_demo(path.resolve())
    if found is not None:
        _show_preview(shell, path, banner=False, staff_id=found[0], key=found[1])


def _show_preview(shell: MainWindow, path: Path, *, banner: bool, **who: object) -> None:
    from .pages.registry import PAGES
    from .today_preview import show_preview

    try:
        shown = show_preview(shell, path, [spec.key for spec in PAGES].index("today"), **who)  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - a first look only: the normal open shows the page and any real problem
        logging.getLogger(__name__).debug("start-up preview not shown", exc_info=True)
        return
    if shown is not None:
        if banner:  # a plain file, not read-only
            shell.show_encrypt_banner()  # it would appear with the database and push the page down
        QApplication.processEvents()  # painted now: the main thread waits for the database next


def run(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.quit_after is not None:
        # a smoke run never hangs on a question nobody can answer: it ends with an error code instead
        import threading

        watchdog = threading.Timer(args.quit_after + 120, lambda: os._exit(3))
        watchdog.daemon = True
        watchdog.start()
    from ..logs import setup_logging
    from .errors import install_handlers

    setup_logging("gui")
    install_handlers()  # uncaught exceptions and Qt's warnings go to the log (bugs also to a dialog)
    from . import opening

    # The demo opens on the write lane while the window is built (the controller collects it below). A file
    # starts opening once the window has painted and its Vandaag lessons are shown from a read without the ORM:
    # the ORM's import holds the GIL and would only slow both down.
    target = None if args.demo else (args.db or _last_database())
    demo_built = args.demo and _demo_path(args).is_file()  # before the lane may start building it (no first look)
    if args.demo:
        opening.start_demo(_demo_path(args))
    app = create_application(argv)
    install_translators(app, args.lang or chosen_language())
    controller = Controller(app)
    shell = controller.show_shell()
    from . import screen_fit

    screen_fit.fit_to_screen(shell)
    app.processEvents()  # paint the window before the database layer loads
    if target and "://" not in str(target):
        _preview_today(shell, Path(target), args.read_only)
    elif demo_built:
        _preview_demo(shell, _demo_path(args))
    # No window (dialogs included) ever opens larger than the screen. Installed after the first paint: a Python
    # filter on the whole application sees every event, and each Qt class passing through Python the first time
    # has its wrapper made then (about 0.1 s for the window's lists and menus, before anything was shown).
    screen_fit.install(app)
    if target:
        opening.start_open(target, read_only=args.read_only)
    try:
        if args.demo:
            db = controller.open_demo(_demo_path(args))
            if db is None:
                return 1
        elif args.db:
            db = controller.open_interactively(args.db, read_only=args.read_only)
            if db is None:
                return 1
        else:
            target = _last_database()
            db = controller.open_interactively(target) if target is not None else controller.first_start()
    except (WishDeskError, OSError, ValueError) as exc:
        QMessageBox.critical(shell, QCoreApplication.translate("App", "Cannot open database"), user_message(exc))
        return 1
    finally:
        opening.early_rows = None  # only the start-up sign-in shows a first look
    if db is None:
        shell.close()
        return 0
    window = controller.show(db)
    if args.quit_after is not None:
        from . import smoke

        smoke.start(app, window, args.quit_after)  # pages, charts and a PDF preview, then "smoke ok"
    code = app.exec()
    controller.shutdown()
    return code
