"""Opening a database for the window: on the write lane, with who signed in, and the context that holds both.

Split from ``controller`` (which owns the window and the menu actions): this is what every open shares.
The Identity of a person signed in with a password holds the private key that opens sealed concerns, so it is
kept in memory only, for as long as that database is open (``forget``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths
from . import settings
from .context import AppContext
from .operations import Operations, on_write_lane, write_lane

if TYPE_CHECKING:  # SQLAlchemy loads after the window is shown (start-up time)
    from ..core.db import Database
    from .main_window import MainWindow


def _open_path(target: str | Path, *, create: bool = False, read_only: bool = False,
               municipality: str | None = None) -> Database:
    from ..core.opening import open_database_for

    return open_database_for(target, create=create, read_only=read_only, municipality=municipality)


def open_path(target: str | Path, *, create: bool = False, read_only: bool = False,
              municipality: str | None = None) -> Database:
    """Open with backups in the usual place (see paths.backup_dir_for). Creating or upgrading a database is
    a write, so it runs on the write lane (the caller waits: nothing else can happen before it is open).
    ``municipality``: the name a new database gets in its creating transaction."""
    early = _take_early(_open_key(target, read_only)) if not create and municipality is None else None
    db = early.result() if early is not None else None
    if db is not None:
        return db
    return on_write_lane(lambda: _open_path(target, create=create, read_only=read_only, municipality=municipality))


# --- opening before the window exists (start-up time) ------------------------------------------------------
#
# The database layer (SQLAlchemy, the models, the first query) costs most of the start-up; it starts on the write
# lane before the window is built, so both go at once. The same checks run as when the window asks: the caller
# still gets the result (or the exception) from ``open_path`` / ``ensure_demo_database`` as before.

_early: tuple[tuple, Future] | None = None


def _start_early(key: tuple, job: Callable[[], Database | None]) -> None:
    global _early

    def opened() -> Database | None:
        db = job()
        if db is not None:
            _warm(db)
        return db

    _early = (key, write_lane().submit(opened))


def _warm(db: Database) -> None:
    """What the first page needs next, done while the window is still being built: the database id (the first
    ORM query configures the mappers) and the services the Vandaag page reads with."""
    from ..core.identity import database_id

    database_id(db)
    from datetime import date

    from sqlalchemy import text

    from ..core.services import sessions

    try:  # the Vandaag page's first read, so its statements are compiled (SQLAlchemy caches them); only a warm-up
        with db.session() as session:
            someone = session.execute(text("SELECT min(id) FROM staff")).scalar()
        if someone is not None:
            sessions.upcoming_sessions(db, someone, date.today())
    except Exception:  # noqa: BLE001 - the page's own read reports any real problem
        log.debug("warm-up read failed", exc_info=True)


def _take_early(key: tuple) -> Future | None:
    """The early open for ``key``; an early open of something else is closed (it will not be used)."""
    global _early
    if _early is None:
        return None
    (early_key, future), _early = _early, None
    if early_key == key:
        return future
    try:
        db = future.result()
        if db is not None:
            db.close()
    except Exception:  # noqa: BLE001 - its error is not the one asked about; the real open reports its own
        pass
    return None


def start_open(target: str | Path, *, read_only: bool = False) -> None:
    """Begin opening an existing database file on the write lane (``open_path`` collects it). An encrypted file
    needs the person's password first: then only the database layer is loaded, and ``open_path`` opens it after
    the sign-in as usual."""
    path = Path(target)
    if "://" in str(target) or not path.is_file():
        return

    def job() -> Database | None:
        from ..core.security import keyfile

        if keyfile.has_keyfile(path.resolve()):
            from ..core import opening  # noqa: F401 - import only: the sign-in and the open need it
            return None
        return _open_path(target, read_only=read_only)

    _start_early(_open_key(target, read_only), job)


def _open_key(target: str | Path, read_only: bool) -> tuple:
    return ("open", str(target) if "://" in str(target) else str(Path(target).resolve()), read_only)


#: Set by the app at start-up (gui/app.py): shows the first Vandaag rows of (database path, staff id) with the
#: key the password check just unlocked, before the database is opened with the ORM; cleared after one use.
early_rows: Callable[[Path, int], None] | None = None


def sign_in_and_keep_open(path: Path, name: str | None, password: str, *,  # noqa: ANN201 - Identity
                          read_only: bool = False):
    """The sign-in dialog's signer at start: signing in opens the database (to read the account), and that open
    is kept for the ``open_path`` that follows instead of opening the file a second time. ``read_only``: the
    file is open in another WIsH Desk, so it is opened for looking only (that ``open_path`` asks read-only).

    The password check (``unlocking.unlock_checked``: throttle, counting the try, remembering the key) needs no
    ORM, so it runs here on the GUI thread (the dialog waited for the write lane before, as long) while the write
    lane may still be importing the database layer (``start_open``); Argon2 leaves the GIL to it. Only once the
    check accepted are the first Vandaag rows shown (``early_rows``); then the normal open with all of
    ``core/opening.py``'s checks and the rest of the sign-in (``accounts.open_unlocked``) follow as before."""
    global early_rows, _early
    from ..core.security import unlocking

    path = Path(path).expanduser().resolve()
    account, kek = unlocking.unlock_checked(path, name, password)
    show, early_rows = early_rows, None
    staff_id = unlocking.staff_of(path, account)
    if show is not None and staff_id is not None:
        show(path, staff_id)

    def job() -> object:
        from ..core.security.accounts import open_unlocked

        db, identity = open_unlocked(path, account, kek, lambda p: _open_path(p, read_only=read_only))
        _warm(db)
        return db, identity

    db, identity = on_write_lane(job)
    keep_sign_in_password(path, identity, password)
    _take_early(("none",))  # an early open of something else is closed
    done: Future = Future()
    done.set_result(db)
    _early = (_open_key(path, read_only), done)
    return identity


def start_demo(path: Path) -> None:
    """Begin opening (building, the first time) the demo on the write lane (``ensure_demo_database`` collects it)."""
    _start_early(("demo", str(path)), lambda: _build_demo(path))


log = logging.getLogger(__name__)

#: Who signed in to which open database (by id of the Database).
_identities: dict[int, object] = {}


def ensure_demo_database(path: Path, schools: int = 6) -> Database:  # noqa: ARG001 - the demo's own size
    """Open the demo database, building it first (encrypted, accounts with the password "demo") when it does
    not exist yet, and sign in as its programme coordinator without asking: the demo password is public."""

    early = _take_early(("demo", str(path)))
    if early is not None:
        return early.result()
    return on_write_lane(lambda: _build_demo(path))


def _build_demo(path: Path) -> Database:
    from ..core.demo import open_demo

    db, identity = open_demo(path, backup_dir=paths.backup_dir_for(path))
    if identity is not None:
        _identities[id(db)] = identity
    return db


def sign_in_on_lane(target, name: str | None, password: str):  # noqa: ANN001, ANN201 - Path | Database -> Identity
    """The core sign-in (it may re-wrap concern keys: a write) on the write lane."""
    from ..core.security.accounts import sign_in

    identity = on_write_lane(lambda: sign_in(target, name, password))
    keep_sign_in_password(target, identity, password)
    return identity


#: (laptop copy file, staff id) -> the password that person signed in with. Memory only, never on disk, and only
#: for a laptop copy, where it is also the team server's password (the sync needs not ask it again); any other
#: file's password is not kept at all. The lock (Ctrl+L, idle) drops it and the unlock takes it again.
_sign_in_passwords: dict[tuple[str, int], str] = {}


def _file_key(target) -> str | None:  # noqa: ANN001 - Path | Database
    location = getattr(target, "location", None)
    path = location.path if location is not None else target
    return str(Path(path).resolve()) if path is not None else None


def keep_sign_in_password(target, identity, password: str) -> None:  # noqa: ANN001 - Path | Database, Identity
    """Keep the password of a sign-in to a laptop copy (``identity.laptop_copy``, read from the file at sign-in);
    for any other file nothing is kept."""
    if getattr(identity, "laptop_copy", False):
        keep_copy_password(target, identity.staff_id, password)


def keep_copy_password(target, staff_id: int | None, password: str) -> None:  # noqa: ANN001 - Path | Database
    """Keep the server password of `staff_id` for this laptop copy (the caller knows it is one: it synced)."""
    key = _file_key(target)
    if key is not None and staff_id is not None and password:
        _sign_in_passwords[(key, staff_id)] = password


def sign_in_password(db: Database, staff_id: int | None) -> str | None:
    """The password `staff_id` signed in to this database with in this session (None: not signed in here)."""
    key = _file_key(db)
    return _sign_in_passwords.get((key, staff_id)) if key is not None and staff_id is not None else None


def forget_sign_in_password(db: Database, staff_id: int | None = None, *, but: int | None = None) -> None:
    """Drop the kept password (of `staff_id`, or of everyone; `but`: of everyone else) for this file: a wrong one,
    the lock, another person signing in, the close."""
    key = _file_key(db)
    for entry in [k for k in _sign_in_passwords if k[0] == key and staff_id in (None, k[1]) and k[1] != but]:
        del _sign_in_passwords[entry]


def kept_password_count(target=None) -> int:  # noqa: ANN001 - Path | Database | None
    """How many sign-in passwords this process keeps, for one file or in all (tests: a plain file keeps none)."""
    key = _file_key(target) if target is not None else None
    return sum(1 for k in _sign_in_passwords if key is None or k[0] == key)


def make_context(db: Database) -> AppContext:
    """The context of one open database: its id, who was signed in to it on this computer, and a fresh
    undo history. Choosing another person is remembered for this database only."""
    from ..core.identity import database_id

    database = on_write_lane(lambda: database_id(db))  # the first ask stores a new id: a write
    identity = _identities.get(id(db))
    staff_id = identity.staff_id if identity is not None else settings.staff_id(database)
    ctx = AppContext(db=db, ops=Operations(), staff_id=staff_id, database_id=database, identity=identity)
    ctx.events.person_changed.connect(lambda staff_id: settings.set_staff_id(database, staff_id))
    return ctx


def _mark_demo(window: MainWindow, ctx: AppContext) -> None:
    """"DEMO" in the title bar of a demo signed in without a password, so nobody mistakes it for real data."""
    path = ctx.db.location.path
    if ctx.identity is None or path is None:
        return
    from ..core.security.accounts import is_demo

    if is_demo(path):
        window.setWindowTitle(window.windowTitle() + " — DEMO")


def remember(db: Database, identity: object) -> None:
    _identities[id(db)] = identity


def forget(db: Database) -> None:
    """The database closes: the private key goes with it, and the password kept for the sync."""
    _identities.pop(id(db), None)
    forget_sign_in_password(db)
