"""Recognising a database file without writing to it, the revision graph, and the upgrade transaction.

Opening (locking, backing up, migrating, refusing) is `core/opening.py`, which uses this module; this module
imports neither the backups nor the services, so `backup.py` can use it without an import cycle.
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session as OrmSession

from .db import (
    DatabaseHardLinked,
    DatabaseLocation,
    connect_sqlite,
    make_engine,
    sqlite_errors,
    storage_error,
)
from .errors import (
    DatabaseDamaged,
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

CurriculumInstaller = Callable[[OrmSession], None]


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
    tables: frozenset[str] = frozenset()


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
        raise not_damage(exc, path) or DatabaseDamaged(
            f"{path.name} is beschadigd en kan niet gelezen worden; er is niets aan veranderd. Zet een back-up "
            f"terug. (Technisch: {sqlite_problem(str(exc))})"
        ) from exc
    if not tables:
        return FileState("empty")
    if MARKER_TABLE not in tables or revision is None:
        raise NotAWishDeskDatabase(f"{path.name} is een SQLite-database, maar niet van WIsH Desk.")
    return FileState("wishdesk", revision, frozenset(tables))


def check_tables(tables: frozenset[str], revision: str | None, where: str) -> None:
    """A database at the current schema must have every table the program uses: a missing one (dropped by
    another tool, a half-copied file) would otherwise end in "no such table" on the first page that reads it."""
    if revision != head_revision():
        return
    from .models import Base

    missing = sorted(set(Base.metadata.tables) - tables)
    if missing:
        names = ", ".join(f"‘{name}’" for name in missing[:3]) + (" …" if len(missing) > 3 else "")
        raise DatabaseDamaged(f"{where} is onvolledig: {'de tabel' if len(missing) == 1 else 'de tabellen'} {names} "
                              f"{'ontbreekt' if len(missing) == 1 else 'ontbreken'}. Er is niets aan veranderd; zet "
                              "een back-up terug.")


def not_damage(exc: sqlite3.Error, path: Path) -> WishDeskError | None:
    """A failure to *read* that is not damage: a full disk (SQLite cannot create its -shm index), storage that
    stopped answering, no permission. Calling those "beschadigd" would send someone to restore an old backup."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_IOERR", "SQLITE_FULL", "SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM")):
        return storage_error(exc, where=path)
    return None


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
        storage = not_damage(exc, path)
        if storage is not None:
            raise storage from exc
        result = str(exc)
    if result != "ok":
        raise DatabaseDamaged(f"{path.name} is beschadigd en kan niet veilig gebruikt worden; er is niets aan "
                              f"veranderd. Zet een back-up terug. (Technisch: {sqlite_problem(result)})")


def upgrade(location: DatabaseLocation, target: str = "head", *,
            install_curriculum: CurriculumInstaller | None = None) -> None:
    """Run migrations in one transaction. Foreign keys are off while batch mode rebuilds tables (otherwise
    rebuilding a parent table would cascade), and checked before commit. The journal mode is left as it is
    (no switch to WAL here), so a failed upgrade leaves the file exactly as it was. `install_curriculum` (a
    new database): called with a session in the same transaction, so a crash leaves no half-made database.
    It is passed in by the caller (core/opening.py) so that the schema does not depend on the services."""
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
            if install_curriculum is not None:
                with OrmSession(bind=conn) as session:
                    install_curriculum(session)
    finally:
        engine.dispose()


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


def require_single_name(path: Path) -> None:
    """Refuse to write a database file that has a second name (a hard link): the one-writer lock is per name,
    so two programs could write through two names at once, each with its own -wal, and edits would be lost."""
    try:
        links = os.stat(path).st_nlink
    except OSError:
        return
    if links > 1:
        raise DatabaseHardLinked(
            f"{path.name} heeft nog een tweede naam op de schijf (een harde koppeling). Via twee namen kunnen "
            "twee programma's tegelijk schrijven en gaan wijzigingen verloren, dus WIsH Desk schrijft er niet in. "
            "Open hem alleen-lezen, of maak er een gewone kopie van.")


def create_private_file(path: Path) -> None:
    """Create an empty database file readable only by its owner (0600 on POSIX; SQLite gives its -wal and -shm
    files the same mode), instead of SQLite's 0644 that lets every user of the computer read pupil data."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
