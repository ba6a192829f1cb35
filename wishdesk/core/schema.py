"""Opening a database safely: recognise it, refuse what we cannot read, lock it, back up, then migrate to head.

Every refusal happens before anything is written, so a foreign, damaged, newer, read-only or busy file stays
byte-for-byte as it was. An upgrade runs in one transaction with the version stamp, after an online backup; a
new database gets its schema and default curriculum in that same transaction, so a crash leaves either an
empty file or a complete database.
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.orm import Session as OrmSession

from .db import (
    Database,
    DatabaseLocation,
    connect_sqlite,
    make_engine,
    resolve_location,
    sqlite_errors,
    storage_error,
)
from .errors import (
    DatabaseDamaged,
    DatabaseNotFound,
    DatabaseReadOnly,
    MigrationFailed,
    NewerDatabaseError,
    NotAWishDeskDatabase,
    WishDeskError,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
MARKER_TABLE = "school_year"  # a table every WIsH Desk schema has
MIGRATIONS_DIR: Path | None = None  # tests point this at a copy with extra (e.g. failing) migrations


def _migrations_dir() -> Path:
    if MIGRATIONS_DIR is not None:
        return MIGRATIONS_DIR
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return base / "wishdesk" / "core" / "migrations"


if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory


def alembic_config() -> Config:
    # Alembic costs ~0.6 s to import; only an actual upgrade needs it (see _revision_graph for the rest).
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_migrations_dir()))
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


_REVISION = re.compile(r"^revision(?:\s*:\s*str)?\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision(?:\s*:[^=]+)?\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.M)


def _revision_graph(folder: str) -> dict[str, str | None]:
    """revision -> down_revision, read from the migration files as text so that opening a database that is
    already current never imports Alembic (start-up time). tests/core/test_migrations.py checks that this
    agrees with Alembic's own view."""
    graph: dict[str, str | None] = {}
    for file in sorted((Path(folder) / "versions").glob("*.py")):
        source = file.read_text(encoding="utf-8")
        match = _REVISION.search(source)
        if match:
            down = _DOWN.search(source)
            graph[match.group(1)] = down.group(1) if down else None
    return graph


def head_revision() -> str:
    graph = _revision_graph(str(_migrations_dir()))
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"Migrations must have one head, found {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_revision_graph(str(_migrations_dir())))


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
    if header != SQLITE_MAGIC and not _unlocked(path):
        raise NotAWishDeskDatabase(f"{path.name} is geen WIsH Desk-database (het is geen SQLite-bestand).")
    try:
        conn = connect_sqlite(path, "ro")
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite_errors() as exc:
        raise DatabaseDamaged(
            f"{path.name} is beschadigd en kan niet gelezen worden; er is niets aan veranderd. Zet een back-up "
            f"terug. (Technisch: {sqlite_problem(str(exc))})"
        ) from exc
    if not tables:
        return FileState("empty")
    if MARKER_TABLE not in tables or revision is None:
        raise NotAWishDeskDatabase(f"{path.name} is een SQLite-database, maar niet van WIsH Desk.")
    return FileState("wishdesk", revision)


def _unlocked(path: Path) -> bool:
    """An encrypted file (no SQLite header) may be opened once its key is unlocked; a locked one gets a clear
    message instead of 'not a SQLite file'."""
    from .security.keyfile import has_keyfile, key_for

    if key_for(path) is not None:
        return True
    if has_keyfile(path):
        from .security.keyfile import DatabaseLocked

        raise DatabaseLocked(f"{path.name} is versleuteld; meld u eerst aan met uw naam en wachtwoord.")
    return False


def check_revision(revision: str | None, where: str) -> None:
    if revision is not None and revision not in known_revisions():
        raise NewerDatabaseError(
            f"{where} is gemaakt met een nieuwere versie van WIsH Desk (schema {revision}). "
            "Installeer de nieuwste versie om hem te openen; het bestand is niet gewijzigd."
        )


def sqlite_problem(text: str) -> str:
    """SQLite's multi-line integrity output as one short technical line."""
    lines = [line for line in str(text).splitlines() if line.strip() and not line.startswith("***")]
    return " ".join(" ".join(lines[:2]).split())[:200]


def quick_check(path: Path) -> None:
    """PRAGMA quick_check on a read-only connection; raises DatabaseDamaged with the first problem."""
    try:
        conn = connect_sqlite(path, "ro")
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite_errors() as exc:
        result = str(exc)
    if result != "ok":
        raise DatabaseDamaged(f"{path.name} is beschadigd en kan niet veilig gebruikt worden; er is niets aan "
                              f"veranderd. Zet een back-up terug. (Technisch: {sqlite_problem(result)})")


def upgrade(location: DatabaseLocation, target: str = "head", *, fresh: bool = False) -> None:
    """Run migrations in one transaction. Foreign keys are off while batch mode rebuilds tables (otherwise
    rebuilding a parent table would cascade), and checked before commit. The journal mode is left as it is
    (no switch to WAL here), so a failed upgrade leaves the file exactly as it was. `fresh`: also install the
    default curriculum in the same transaction."""
    engine = make_engine(location, foreign_keys=False, wal=False)
    try:
        with engine.begin() as conn:
            from alembic import command

            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
            if location.is_sqlite:
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise MigrationFailed(f"Na de migratie verwijzen {len(problems)} rijen naar niets.")
            if fresh:
                from .services.curriculum import install_curriculum

                with OrmSession(bind=conn) as session:
                    install_curriculum(session)
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
    from . import instance_lock

    path = location.path
    assert path is not None
    state = inspect_sqlite_file(path)
    if state.kind == "missing" and not create:
        raise DatabaseNotFound(f"Database niet gevonden: {path}")
    if state.kind == "empty" and not create:
        raise NotAWishDeskDatabase(f"{path.name} is leeg; maak een nieuwe database of kies een ander bestand.")
    if state.kind == "missing" and Path(f"{path}-wal").exists():
        raise NotAWishDeskDatabase(
            f"Naast {path.name} staat nog een los logbestand ({path.name}-wal) van een database die verdwenen is. "
            "Zet de database terug, of verplaats dat bestand eerst; er is niets veranderd."
        )
    check_revision(state.revision, path.name)
    if state.kind == "wishdesk":
        quick_check(path)
    if read_only:
        if state.kind != "wishdesk":
            raise NotAWishDeskDatabase(f"{path.name} is nog geen WIsH Desk-database; alleen-lezen kan niet.")
        database = Database(location, make_engine(location, wal=False, mode="ro"), read_only=True)
        database.backup_dir = backup_dir
        return database
    require_writable(path)
    is_new = state.kind in ("missing", "empty")
    try:
        if is_new:
            path.parent.mkdir(parents=True, exist_ok=True)
        lock = instance_lock.acquire(path)  # before any write, so a second instance never migrates under us
    except OSError as exc:
        translated = storage_error(exc, where=path)
        if translated is None:
            raise
        raise translated from exc
    try:
        if state.revision != head_revision():
            _migrate(location, backup_dir if not is_new else None, fresh=is_new)
        database = Database(location, make_engine(location, mode="rw"))
        database.backup_dir = backup_dir
        database.lock = lock
        if not is_new:
            _ensure_curriculum(database)
        return database
    except BaseException:
        lock.release()
        if state.kind == "missing" and path.exists() and path.stat().st_size == 0:
            path.unlink()  # we created it and nothing was committed: leave the folder as it was
        raise


def _migrate(location: DatabaseLocation, backup_dir: Path | None, *, fresh: bool) -> None:
    from . import backup

    assert location.path is not None
    backup_path = None
    if backup_dir is not None:
        try:
            backup_path = backup.make_backup(location.path, backup_dir, reason="voor-update")
        except WishDeskError as exc:
            raise MigrationFailed(f"Er kon geen back-up gemaakt worden, dus de database is niet bijgewerkt: {exc}") \
                from exc
    try:
        upgrade(location, fresh=fresh)
    except Exception as exc:
        if fresh:
            raise _storage(exc, location.path) or MigrationFailed(
                f"De nieuwe database kon niet gemaakt worden: {_reason(exc)}.") from exc
        where = f" De oude toestand staat ook in de back-up {backup_path}." if backup_path else ""
        raise MigrationFailed(
            f"Bijwerken van de database is mislukt ({_reason(exc)}); de database is gebleven zoals hij was.{where}"
        ) from exc


def _storage(exc: BaseException, path: Path | None) -> WishDeskError | None:
    orig = getattr(exc, "orig", None) or exc
    return storage_error(orig, where=path) if isinstance(orig, OSError | sqlite3.Error) else None


def _reason(exc: BaseException) -> str:
    storage = _storage(exc, None)
    if storage is not None:
        return str(storage).rstrip(".")
    return str(getattr(exc, "orig", None) or exc) or exc.__class__.__name__


def _ensure_curriculum(database: Database) -> None:
    """A database created by an older WIsH Desk that was interrupted between creating the schema and the
    curriculum has no lessons; give it the default programme (a no-op in every other case)."""
    with database.session() as session:
        has_one = session.execute(text("SELECT 1 FROM curriculum LIMIT 1")).first() is not None
    if not has_one:
        from .services.curriculum import install_default_curriculum

        install_default_curriculum(database)
        database.changed = False


def _writable(path: Path) -> bool:
    """os.access, plus the permission bits when running as root/administrator (who may write anyway): a file or
    folder someone marked read-only is treated as read-only, as the user meant."""
    if not os.access(path, os.W_OK):
        return False
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return bool(path.stat().st_mode & 0o222)
    return True


def require_writable(path: Path) -> None:
    """Refuse (DatabaseReadOnly) a file or folder that may not or should not be written."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if path.exists() and not _writable(path):
        raise DatabaseReadOnly(f"{path.name} is alleen-lezen. Open hem alleen-lezen of kopieer hem eerst.")
    if folder.exists() and not _writable(folder):
        raise DatabaseReadOnly(f"In de map {folder} mag niet geschreven worden; kies een andere map of open de "
                               "database alleen-lezen.")


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
        upgrade(location, fresh=is_new)
    return Database(location, engine)
