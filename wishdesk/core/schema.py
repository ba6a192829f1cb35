"""Opening a database safely: recognise it, refuse what we cannot read, back up, then migrate to head.

Every refusal happens before anything is written, so a foreign, damaged or newer file stays byte-for-byte
as it was. An upgrade runs in one transaction with the version stamp, after an online backup.
"""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from .db import Database, DatabaseLocation, make_engine, resolve_location
from .errors import (
    DatabaseDamaged,
    DatabaseNotFound,
    DatabaseReadOnly,
    MigrationFailed,
    NewerDatabaseError,
    NotAWishDeskDatabase,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
MARKER_TABLE = "school_year"  # a table every WIsH Desk schema has


def _migrations_dir() -> Path:
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return base / "wishdesk" / "core" / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_migrations_dir()))
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


@dataclass(frozen=True)
class FileState:
    """What a SQLite file on disk turned out to be, read without writing to it."""

    kind: str  # "missing" | "empty" | "wishdesk"
    revision: str | None = None


def inspect_sqlite_file(path: Path) -> FileState:
    """Classify a file without changing it; raises a user-level error for anything we must not open."""
    if not path.exists():
        return FileState("missing")
    if path.is_dir():
        raise NotAWishDeskDatabase(f"{path} is een map, geen databasebestand.")
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except PermissionError as exc:
        raise DatabaseReadOnly(f"Geen toegang tot {path}: {exc.strerror}.") from exc
    if header == b"":
        return FileState("empty")
    if header != SQLITE_MAGIC:
        raise NotAWishDeskDatabase(f"{path.name} is geen WIsH Desk-database (het is geen SQLite-bestand).")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(
            f"{path.name} is beschadigd en kan niet gelezen worden ({exc}). Zet een back-up terug."
        ) from exc
    if not tables:
        return FileState("empty")
    if MARKER_TABLE not in tables or revision is None:
        raise NotAWishDeskDatabase(f"{path.name} is een SQLite-database, maar niet van WIsH Desk.")
    return FileState("wishdesk", revision)


def check_revision(revision: str | None, where: str) -> None:
    if revision is not None and revision not in known_revisions():
        raise NewerDatabaseError(
            f"{where} is gemaakt met een nieuwere versie van WIsH Desk (schema {revision}). "
            "Installeer de nieuwste versie om hem te openen; het bestand is niet gewijzigd."
        )


def quick_check(path: Path) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(f"{path.name} is beschadigd ({exc}).") from exc
    finally:
        conn.close()
    if result != "ok":
        raise DatabaseDamaged(f"{path.name} is beschadigd: {result}.")


def upgrade(location: DatabaseLocation, target: str = "head") -> None:
    """Run migrations in one transaction. Foreign keys are off while batch mode rebuilds tables (otherwise
    rebuilding a parent table would cascade), and checked before commit."""
    engine = make_engine(location, foreign_keys=False)
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
            if location.is_sqlite:
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise MigrationFailed(f"Na de migratie verwijzen {len(problems)} rijen naar niets.")
    finally:
        engine.dispose()


def open_database(
    value: str | Path | DatabaseLocation,
    *,
    create: bool = False,
    backup_dir: Path | None = None,
    read_only: bool = False,
) -> Database:
    """Open (and if needed create or upgrade) a WIsH Desk database. Raises WishDeskError subclasses."""
    location = value if isinstance(value, DatabaseLocation) else resolve_location(value)
    if location.is_sqlite:
        return _open_sqlite(location, create=create, backup_dir=backup_dir, read_only=read_only)
    return _open_server(location)


def _open_sqlite(location: DatabaseLocation, *, create: bool, backup_dir: Path | None, read_only: bool) -> Database:
    from . import backup  # local: backup imports schema for version names

    path = location.path
    assert path is not None
    state = inspect_sqlite_file(path)
    if state.kind == "missing" and not create:
        raise DatabaseNotFound(f"Database niet gevonden: {path}")
    if state.kind == "empty" and not create:
        raise NotAWishDeskDatabase(f"{path.name} is leeg; maak een nieuwe database of kies een ander bestand.")
    check_revision(state.revision, path.name)
    if state.kind == "wishdesk":
        quick_check(path)
    if not read_only:
        _require_writable(path)
    is_new = state.kind in ("missing", "empty")
    if is_new:
        path.parent.mkdir(parents=True, exist_ok=True)
    head = head_revision()
    if not read_only and state.revision != head:
        backup_path = None
        if not is_new and backup_dir is not None:
            backup_path = backup.make_backup(path, backup_dir, reason="voor-update")
        try:
            upgrade(location)
        except Exception as exc:
            where = f" De oude toestand staat in {backup_path}." if backup_path else ""
            raise MigrationFailed(f"Bijwerken van de database is mislukt: {exc}.{where}") from exc
    engine = make_engine(location, wal=not read_only)
    database = Database(location, engine, read_only=read_only)
    if is_new:
        from .services.curriculum import install_default_curriculum

        install_default_curriculum(database)
        database.changed = False
    return database


def _require_writable(path: Path) -> None:
    import os

    folder = path.parent if path.parent.exists() else path.parent.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseReadOnly(f"{path.name} is alleen-lezen. Open hem alleen-lezen of kopieer hem eerst.")
    if folder.exists() and not os.access(folder, os.W_OK):
        raise DatabaseReadOnly(f"In de map {folder} mag niet geschreven worden; kies een andere map.")


def _open_server(location: DatabaseLocation) -> Database:
    engine = make_engine(location)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception as exc:
        engine.dispose()
        raise DatabaseNotFound(f"Kan de teamdatabase niet bereiken: {exc.__class__.__name__}.") from exc
    if tables and MARKER_TABLE not in tables:
        engine.dispose()
        raise NotAWishDeskDatabase("Deze serverdatabase bevat al tabellen, maar niet van WIsH Desk.")
    check_revision(revision, "De teamdatabase")
    is_new = revision is None
    if revision != head_revision():
        upgrade(location)
    database = Database(location, engine)
    if is_new:
        from .services.curriculum import install_default_curriculum

        install_default_curriculum(database)
    return database
