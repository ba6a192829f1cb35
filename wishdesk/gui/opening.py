"""Opening a database for the window: on the write lane, with who signed in, and the context that holds both.

Split from ``controller`` (which owns the window and the menu actions): this is what every open shares.
The Identity of a person signed in with a password holds the private key that opens sealed concerns, so it is
kept in memory only, for as long as that database is open (``forget``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths
from . import settings
from .context import AppContext
from .operations import Operations, on_write_lane

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
    return on_write_lane(lambda: _open_path(target, create=create, read_only=read_only, municipality=municipality))


#: Who signed in to which open database (by id of the Database).
_identities: dict[int, object] = {}


def ensure_demo_database(path: Path, schools: int = 6) -> Database:  # noqa: ARG001 - the demo's own size
    """Open the demo database, building it first (encrypted, accounts with the password "demo") when it does
    not exist yet, and sign in as its programme coordinator without asking: the demo password is public."""

    def build() -> Database:
        from ..core.demo import open_demo

        db, identity = open_demo(path, backup_dir=paths.backup_dir_for(path))
        if identity is not None:
            _identities[id(db)] = identity
        return db

    return on_write_lane(build)


def sign_in_on_lane(target, name: str | None, password: str):  # noqa: ANN001, ANN201 - Path | Database -> Identity
    """The core sign-in (it may re-wrap concern keys: a write) on the write lane."""
    from ..core.security.accounts import sign_in

    return on_write_lane(lambda: sign_in(target, name, password))


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
    """The database closes: the private key goes with it."""
    _identities.pop(id(db), None)
