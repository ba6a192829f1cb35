"""Putting a backup back in place of a database.

The backup is checked first, the current state is backed up (a damaged file's raw bytes are kept aside under a
name never offered as a backup), and the file is swapped atomically. A restore never deletes a backup.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from pathlib import Path

from .backup import (
    BACKUP_SUFFIX,
    DAMAGED_SUFFIX,
    BackupFailed,
    _fail,
    _free_name,
    _legacy_slug,
    _remove,
    _slug,
    backup_name,
    copy_online,
    make_backup,
    make_private_folder,
    parse_backup_name,
    restore_temp_name,
    verify_backup,
)
from .db import connect_sqlite
from .errors import DatabaseDamaged, DatabaseInUse, WishDeskError


def _save_current(db_path: Path, backup_dir: Path) -> Path:
    """Back up the state before a restore. A damaged database cannot go through the backup API; its raw bytes
    (and -wal) are kept under a name that is never offered as a backup."""
    try:
        return make_backup(db_path, backup_dir, reason="voor-terugzetten", limits=None)
    except BackupFailed:
        pass
    target = _free_name(backup_dir, backup_name(db_path, "beschadigd", revision="onbekend"))
    target = target.with_name(target.name[: -len(BACKUP_SUFFIX)] + DAMAGED_SUFFIX)
    try:
        make_private_folder(backup_dir)
        shutil.copy2(db_path, target)
        _private(target)
        wal = Path(f"{db_path}-wal")
        if wal.exists():
            shutil.copy2(wal, Path(f"{target}-wal"))
            _private(Path(f"{target}-wal"))
    except OSError as exc:
        raise _fail(exc, db_path, target) from exc
    return target


def _private(path: Path) -> None:
    if os.name == "posix":
        os.chmod(path, 0o600)


def _checkpoint_and_detach(db_path: Path) -> None:
    """Fold the -wal into the database file and remove the side files, so the replaced file is not mixed with
    the old database's log. Failure (a damaged file) is fine: its bytes were saved by _save_current."""
    with contextlib.suppress(sqlite3.Error):
        conn = connect_sqlite(db_path, "rw")
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    for side in ("-wal", "-shm", "-journal"):
        side_file = Path(f"{db_path}{side}")
        if side_file.exists():
            side_file.unlink()


class OtherDatabaseBackup(WishDeskError):
    """The backup looks like one of another database; raised by restore_backup(expect_same=True)."""


def _school_names(path: Path) -> set[str] | None:
    try:
        conn = connect_sqlite(path, "ro")
        try:
            return {row[0] for row in conn.execute("SELECT name FROM school")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None


def other_database_warning(db_path: Path, backup_file: Path) -> str | None:
    """A Dutch warning when a backup seems to belong to another database than `db_path` (None: it fits).
    Judged by what the backup records about itself: the database name in its file name, and its schools
    compared with the current ones (50 schools going into a 6-school file is not a restore)."""
    if not db_path.exists() or not db_path.stat().st_size:
        return None
    parsed = parse_backup_name(backup_file)
    if parsed is not None and parsed[0] not in (_slug(db_path.stem), _legacy_slug(db_path.stem)):
        return (f"{backup_file.name} is een back-up van de database ‘{parsed[0]}’, niet van {db_path.name}. "
                "Terugzetten vervangt alles in deze database.")
    now, then = _school_names(db_path), _school_names(backup_file)
    if not now or then is None:
        return None
    common = now & then
    if len(common) < len(now) / 2 or len(then) > 2 * len(now) + 2:
        return (f"{backup_file.name} lijkt van een andere database: {len(then)} scholen, waarvan {len(common)} "
                f"van de {len(now)} scholen in {db_path.name}. Terugzetten vervangt alles in deze database.")
    return None


def restore_backup(db_path: Path, backup_file: Path, backup_dir: Path, *, expect_same: bool = False) -> Path | None:
    """Put a backup in place of the database. The backup is checked first, then the current state is backed up
    (the returned path; None when there was no database), then the file is swapped atomically. No backup is
    deleted. Raises DatabaseInUse when the database is open (here: close it first; elsewhere: who has it).
    expect_same: refuse (OtherDatabaseBackup, nothing changed) a backup that other_database_warning flags."""
    from . import instance_lock
    from .schema import check_revision, inspect_sqlite_file, require_writable

    verify_backup(backup_file)
    try:  # never put a backup over somebody else's file or over a newer WIsH Desk database
        state = inspect_sqlite_file(db_path)
        check_revision(state.revision, db_path.name)
    except DatabaseDamaged:
        pass  # replacing a damaged database is what a restore is for; its bytes are kept aside first
    if expect_same:
        warning = other_database_warning(db_path, backup_file)
        if warning:
            raise OtherDatabaseBackup(warning)
    require_writable(db_path)
    if instance_lock.held_here(db_path):
        raise DatabaseInUse(f"{db_path.name} is nog open in dit programma; sluit de database eerst.")
    with instance_lock.acquire(db_path):
        fresh = restore_temp_name(db_path)
        copy_online(backup_file, fresh)  # next to the database, so the final rename is atomic
        try:
            saved = _save_current(db_path, backup_dir) if db_path.exists() and db_path.stat().st_size else None
            if db_path.exists():
                _checkpoint_and_detach(db_path)
            fresh.replace(db_path)
        except OSError as exc:
            _remove(fresh)
            raise _fail(exc, backup_file, db_path) from exc
        except BaseException:
            _remove(fresh)
            raise
    return saved
