"""Shared helpers for the sync tests: make a replica, open it signed in, compare it with the server."""

from __future__ import annotations

from pathlib import Path

import psycopg
from sqlalchemy import select

from tests.team.conftest import PASSWORD, TeamDb
from wishdesk.core.sync.tables import synced_tables


def server_base(team: TeamDb) -> str:
    """The server URL as a person would type it (no login, no password)."""
    url = team.url()
    return "postgresql://" + url.split("@", 1)[1]


def make_replica(team: TeamDb, who: str, path: Path) -> Path:
    from wishdesk.core.sync.replica import create_replica

    create_replica(server_base(team), team.logins[who], PASSWORD, path)
    return path


def open_replica(path: Path):  # noqa: ANN201 - Database
    from wishdesk.core.opening import open_database
    from wishdesk.core.security import accounts, keyfile

    if keyfile.key_for(path) is None:  # signed in once in this process: the key stays unlocked (as in the app)
        accounts.unlock(path, None, PASSWORD)
    return open_database(path)


def local_view(db) -> dict[str, set[str]]:  # noqa: ANN001
    with db.engine.connect() as conn:
        return {st.name: set(conn.execute(select(st.table.c.gid)).scalars()) for st in synced_tables()}


def server_view(team: TeamDb, who: str) -> dict[str, set[str]]:
    """gids per table as this login sees them (row-level security on), keeping only rows whose parents it
    can see too (what a replica can hold)."""
    from sqlalchemy import create_engine

    from wishdesk.core.sync.wire import read_rows

    engine = create_engine(team.url(who))
    try:
        with engine.connect() as conn:
            return {st.name: {r["gid"] for r in read_rows(conn, st)} for st in synced_tables()}
    finally:
        engine.dispose()


def raw(team: TeamDb, who: str | None = None) -> psycopg.Connection:
    return team.connect(who)


def sync(path: Path):  # noqa: ANN201 - SyncResult
    """Open the replica signed in, sync, close: as `wishdesk sync --db` does."""
    from wishdesk.core.sync.run import sync as run_sync

    db = open_replica(path)
    try:
        return run_sync(db, PASSWORD)
    finally:
        db.close()


def first_pupil(db):  # noqa: ANN001, ANN201 - (gid, id, first_name)
    from wishdesk.core.models import Pupil

    with db.session() as s:
        p = s.scalars(select(Pupil).order_by(Pupil.id)).first()
        return p.gid, p.id, p.first_name


def rename_pupil(db, gid: str, name: str) -> None:  # noqa: ANN001
    from wishdesk.core.models import Pupil

    with db.write() as s:
        s.scalars(select(Pupil).where(Pupil.gid == gid)).one().first_name = name


def pupil_name(db, gid: str) -> str | None:  # noqa: ANN001
    from wishdesk.core.models import Pupil

    with db.session() as s:
        return s.scalars(select(Pupil.first_name).where(Pupil.gid == gid)).first()
