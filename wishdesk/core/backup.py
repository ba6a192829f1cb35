"""Online backups of SQLite databases with the backup API (never a plain copy of a live WAL database)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

BACKUP_SUFFIX = ".wishdesk-backup"


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-") or "db"


def _revision_of(path: Path) -> str:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
        return row[0] if row else "leeg"
    except sqlite3.DatabaseError:
        return "onbekend"


def backup_name(db_path: Path, reason: str, when: datetime | None = None) -> str:
    when = when or datetime.now()
    stamp = when.strftime("%Y%m%d-%H%M%S")
    return f"{_slug(db_path.stem)}_{stamp}_{_revision_of(db_path)}_{_slug(reason)}{BACKUP_SUFFIX}"


def copy_online(source: Path, target: Path) -> None:
    """Copy a (possibly live) SQLite database page by page in one consistent snapshot."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)  # atomic: a half-written backup never carries the final name


def make_backup(db_path: Path, backup_dir: Path, reason: str = "handmatig") -> Path:
    target = backup_dir / backup_name(db_path, reason)
    n = 1
    while target.exists():
        target = target.with_name(f"{target.stem}-{n}{BACKUP_SUFFIX}")
        n += 1
    copy_online(db_path, target)
    return target


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    size: int
    revision: str
    reason: str
    counts: dict[str, int]


_NAME = re.compile(r"^(?P<stem>.+)_(?P<stamp>\d{8}-\d{6})_(?P<rev>[^_]+)_(?P<reason>[^_]+?)(?:-\d+)?$")
COUNTED_TABLES = ("school", "group", "pupil", "session", "session_log")


def _counts(path: Path) -> dict[str, int]:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in COUNTED_TABLES}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return {}


def list_backups(backup_dir: Path, with_counts: bool = True) -> list[BackupInfo]:
    """Backups in a folder, newest first."""
    if not backup_dir.is_dir():
        return []
    found = []
    for file in backup_dir.glob(f"*{BACKUP_SUFFIX}"):
        match = _NAME.match(file.name[: -len(BACKUP_SUFFIX)])
        if not match:
            continue
        created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        found.append(BackupInfo(file, created, file.stat().st_size, match["rev"], match["reason"],
                                _counts(file) if with_counts else {}))
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def restore_backup(db_path: Path, backup_file: Path, backup_dir: Path) -> Path:
    """Put a backup in place of the database. The current state is backed up first; no backup is deleted.
    Returns the path of the safety backup of the state before the restore."""
    from .schema import check_revision, inspect_sqlite_file

    state = inspect_sqlite_file(backup_file)
    if state.kind != "wishdesk":
        raise ValueError(f"{backup_file.name} is geen bruikbare back-up van WIsH Desk.")
    check_revision(state.revision, backup_file.name)
    safety = make_backup(db_path, backup_dir, reason="voor-terugzetten") if db_path.exists() else db_path
    # Write the backup's pages into the database through the backup API, in one step: other files
    # (the -wal) stay consistent because SQLite itself does the copy.
    src = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(db_path)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return safety
