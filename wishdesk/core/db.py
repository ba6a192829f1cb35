"""Engine creation and units of work.

`Database` owns one engine. SQLite runs in WAL mode with foreign keys on and a busy timeout; the pysqlite
driver's own transaction handling is switched off so that SQLAlchemy's BEGIN really starts a transaction
(DDL included) — the documented recipe for transactional migrations on SQLite.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class DatabaseLocation:
    """Where a database lives: a SQLite file (path set) or a server URL (PostgreSQL team mode)."""

    url: URL
    path: Path | None

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def display(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)


def resolve_location(value: str | os.PathLike[str]) -> DatabaseLocation:
    """Accept a file path or a SQLAlchemy URL (``postgresql+psycopg://…``, ``sqlite:///…``)."""
    text = os.fspath(value)
    if "://" in text:
        url = make_url(text)
        if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        if url.get_backend_name() == "sqlite":
            if not url.database or url.database == ":memory:":
                raise ValueError("Een database in het geheugen wordt niet bewaard; kies een bestand.")
            return DatabaseLocation(url, Path(url.database).expanduser().resolve())
        return DatabaseLocation(url, None)
    path = Path(text).expanduser().resolve()
    return DatabaseLocation(URL.create("sqlite+pysqlite", database=str(path)), path)


def _install_sqlite_pragmas(engine: Engine, foreign_keys: bool, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001 - DBAPI objects
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (see module doc)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        if wal:  # must happen outside a transaction, so here and not after BEGIN
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001
        conn.exec_driver_sql("BEGIN")


def make_engine(location: DatabaseLocation, *, foreign_keys: bool = True, wal: bool = True) -> Engine:
    if location.is_sqlite:
        engine = create_engine(location.url, connect_args={"check_same_thread": False})
        _install_sqlite_pragmas(engine, foreign_keys, wal)
        return engine
    return create_engine(location.url, pool_pre_ping=True)


class Database:
    """An open, migrated database: hands out sessions; one per application."""

    def __init__(self, location: DatabaseLocation, engine: Engine, read_only: bool = False) -> None:
        self.location = location
        self.engine = engine
        self.read_only = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.changed = False  # set when a write committed; decides the backup on close

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end)."""
        with self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work that commits wholly or not at all."""
        if self.read_only:
            from .errors import DatabaseReadOnly

            raise DatabaseReadOnly("Deze database is alleen-lezen geopend; wijzigingen worden niet bewaard.")
        with self._sessions() as session:
            with session.begin():
                yield session
        self.changed = True

    def close(self) -> None:
        self.engine.dispose()
