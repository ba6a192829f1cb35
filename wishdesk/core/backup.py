"""Online backups of SQLite databases and their thinning (putting one back is core/restore.py).

Backups are made with SQLite's backup API (never a plain copy of a live WAL database), checked with
quick_check, and only then given their final name, so a half-written or bad backup never looks like a good one.
Names carry the database name, the time, the schema revision and the reason:
`wishdesk_20261103-154500_0001_bij-afsluiten.wishdesk-backup`.

Automatic backups are thinned to the newest one of each of the last 12 days with backups, then one per week
(10) and one per month (9); today's are all kept, and backups made by hand, before an update and before a
restore are never thinned. A restore never deletes a backup.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from .db import connect_like, connect_sqlite, sqlite_errors, storage_error
from .errors import (
    DatabaseNotFound,
    NewerDatabaseError,
    NotAWishDeskDatabase,
    WishDeskError,
)

if TYPE_CHECKING:
    from .db import Database

BACKUP_SUFFIX = ".wishdesk-backup"
DAMAGED_SUFFIX = ".wishdesk-damaged"  # raw copy of a damaged database kept before a restore; never listed
SIDE_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")  # files SQLite or the lock own beside a database
PROTECTED_REASONS = frozenset({"handmatig", "voor-terugzetten", "voor-update"})
COUNTED_TABLES = ("school", "group", "pupil", "session", "session_log")
REASON_WORDS = {  # for the command line; the GUI translates its own labels
    "handmatig": "handmatig",
    "bij-afsluiten": "bij afsluiten",
    "voor-update": "voor update",
    "voor-terugzetten": "voor terugzetten",
    "voor-import": "voor import",
    "voor-herstel": "voor herstel",
    "gered": "gered (bestand verdwenen)",
}


class BackupFailed(WishDeskError):
    """No backup was made; the database itself is untouched."""


@dataclass(frozen=True)
class BackupLimits:
    """How many automatic backups thinning keeps (Anki's proven defaults)."""

    daily: int = 12
    weekly: int = 10
    monthly: int = 9


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    stem: str
    created: datetime
    size: int
    revision: str
    reason: str
    counts: dict[str, int]  # empty when the file could not be read
    problem: str | None = None  # why it cannot be restored (damaged, newer version); None: usable
    future: bool = False  # dated later than now: the clock was wrong when it was made

    @property
    def usable(self) -> bool:
        return self.problem is None and not self.future


def _slug(text: str) -> str:
    """A database name as it goes into backup names: letters (é, ü, ş … included, in NFC so macOS's decomposed
    file names give the same slug) and digits kept; anything else, and '_' (the field separator), as '-'."""
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"(?:[^\w-]|_)+", "-", text).strip("-") or "db"


def _legacy_slug(text: str) -> str:
    """How names were made before letters with accents were kept: their backups are still listed."""
    return re.sub(r"[^A-Za-z0-9-]+", "-", text).strip("-") or "db"


def _revision(conn: sqlite3.Connection) -> str:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return "onbekend"
    return row[0] if row else "leeg"


def revision_of(path: Path) -> str:
    try:
        conn = connect_sqlite(path, "ro")
    except sqlite3.DatabaseError:
        return "onbekend"
    try:
        return _revision(conn)
    finally:
        conn.close()


def backup_name(db_path: Path, reason: str, when: datetime | None = None, revision: str | None = None) -> str:
    when = when or datetime.now()
    rev = _slug(revision or revision_of(db_path))
    return f"{_slug(db_path.stem)}_{when:%Y%m%d-%H%M%S}_{rev}_{_slug(reason)}{BACKUP_SUFFIX}"


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()


def _fail(exc: BaseException, source: Path, target: Path) -> WishDeskError:
    translated = storage_error(exc, where=target.parent)
    if translated is not None:
        return translated
    if isinstance(exc, sqlite_errors()):
        from .schema import sqlite_problem

        return BackupFailed(f"Back-up maken is mislukt: {source.name} is beschadigd of kan niet gelezen worden. "
                            f"Er is niets veranderd. (Technisch: {sqlite_problem(str(exc))})")
    return BackupFailed(f"Back-up maken is mislukt ({exc}). Er is niets veranderd.")


def _copy_connection(src: sqlite3.Connection, source: Path, target: Path) -> None:
    """Write one consistent snapshot of `src` to `target`: via a .partial file that is checked first."""
    partial = target.with_name(target.name + ".partial")
    created = not target.parent.exists()
    try:
        make_private_folder(target.parent)
        _remove(partial, Path(f"{partial}-journal"))  # left over by a backup that was killed
        os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))  # pupil data: owner only
        dst = connect_like(src, partial)  # same driver and key: a backup of an encrypted database stays encrypted
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
            result = dst.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dst.close()
        if result != "ok":
            from .schema import sqlite_problem

            raise BackupFailed(f"{source.name} is beschadigd, dus een back-up ervan is niet bruikbaar; er is geen "
                               f"back-up gemaakt. (Technisch: {sqlite_problem(result)})")
        _carry_key_file(source, target)  # first: an encrypted backup never exists without its key file
        partial.replace(target)  # atomic: a half-written backup never carries the final name
    except (WishDeskError, OSError, *sqlite_errors()) as exc:
        _remove(partial, Path(f"{partial}-journal"))
        if created:
            with contextlib.suppress(OSError):
                target.parent.rmdir()  # only if still empty: leave the folder as it was
        if isinstance(exc, WishDeskError):
            raise
        raise _fail(exc, source, target) from exc


def make_private_folder(folder: Path) -> None:
    """Create a backup folder readable only by its owner (0700 on POSIX); an existing folder is left alone."""
    if not folder.is_dir():
        folder.parent.mkdir(parents=True, exist_ok=True)
        folder.mkdir(mode=0o700, exist_ok=True)


def restore_temp_name(db_path: Path) -> Path:
    """The hidden copy a restore writes beside the database before the atomic swap."""
    return db_path.with_name(f".{db_path.name}.terugzetten{BACKUP_SUFFIX}")


def _carry_key_file(source: Path, target: Path) -> None:
    """An encrypted database's key file goes beside each backup, so the backup opens with the same passwords or
    the recovery sheet."""
    from .security.keyfile import copy_beside

    copy_beside(source, target)


def copy_online(source: Path, target: Path) -> None:
    """Copy a (possibly live) SQLite database page by page in one consistent snapshot, checked, then renamed.
    Raises BackupFailed, DiskFull or DatabaseReadOnly; the source is never written."""
    if not source.is_file():
        raise DatabaseNotFound(f"Database niet gevonden: {source}")
    try:
        src = connect_sqlite(source, "ro")
    except sqlite_errors() as exc:
        raise _fail(exc, source, target) from exc
    try:
        _copy_connection(src, source, target)
    finally:
        src.close()


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    n = 1
    while target.exists():
        target = folder / f"{name[: -len(BACKUP_SUFFIX)]}-{n}{BACKUP_SUFFIX}"
        n += 1
    return target


def make_backup(
    db_path: Path,
    backup_dir: Path,
    reason: str = "handmatig",
    *,
    limits: BackupLimits | None = BackupLimits(),  # noqa: B008 - frozen dataclass, immutable
    when: datetime | None = None,
) -> Path:
    """Back up a database into `backup_dir` and thin the automatic backups there (limits=None: no thinning)."""
    target = _free_name(backup_dir, backup_name(db_path, reason, when))
    copy_online(db_path, target)
    if limits is not None:
        with contextlib.suppress(OSError):  # thinning is housekeeping; the backup itself succeeded
            thin_backups(backup_dir, _slug(db_path.stem), limits, now=when)
    return target


def backup_to_file(db_path: Path, target: Path) -> Path:
    """Back up to a file the user named (`wishdesk backup -o`). An existing file is never overwritten; a folder
    gets a backup with the usual name inside it."""
    if target.is_dir():
        target = _free_name(target, backup_name(db_path, "handmatig"))
    elif target.exists():
        raise BackupFailed(f"{target} bestaat al; kies een andere naam. Er wordt niets overschreven.")
    elif not target.parent.is_dir():  # a typo in a folder name must not create a tree of folders
        raise BackupFailed(f"De map {target.parent} bestaat niet; kies een bestaande map. Er is niets gemaakt.")
    elif target.name.lower().endswith(SIDE_SUFFIXES):
        raise BackupFailed(f"{target.name} is de naam van een hulpbestand van SQLite (dat bij het openen van een "
                           "database wordt opgeruimd); kies een andere naam.")
    copy_online(db_path, target)
    return target


_NAME = re.compile(r"^(?P<stem>.+)_(?P<stamp>\d{8}-\d{6})_(?P<rev>[^_]+)_(?P<reason>[^_]+?)(?:-\d+)?$")


def _counts(path: Path) -> dict[str, int]:
    try:
        conn = connect_sqlite(path, "ro")
        try:
            return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in COUNTED_TABLES}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return {}


def parse_backup_name(file: Path) -> tuple[str, datetime, str, str] | None:
    """(stem, created, revision, reason) from a backup's file name, or None if it is not one of ours."""
    if not file.name.endswith(BACKUP_SUFFIX):
        return None
    match = _NAME.match(file.name[: -len(BACKUP_SUFFIX)])
    if not match:
        return None
    try:
        created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return match["stem"], created, _unslug_revision(match["rev"]), match["reason"]


def _unslug_revision(rev: str) -> str:
    """The revision id as Alembic knows it: a file name writes "0002_wellbeing" as "0002-wellbeing"."""
    from .schema import known_revisions

    return next((known for known in sorted(known_revisions()) if _slug(known) == rev), rev)


def list_backups(backup_dir: Path, with_counts: bool = True, stem: str | None = None) -> list[BackupInfo]:
    """Backups in a folder (of one database when `stem` is given), newest first."""
    if not backup_dir.is_dir():
        return []
    now = datetime.now()
    found = []
    for file in backup_dir.glob(f"*{BACKUP_SUFFIX}"):
        parsed = parse_backup_name(file)
        if parsed is None or (stem is not None and parsed[0] not in (_slug(stem), _legacy_slug(stem))):
            continue
        try:
            size = file.stat().st_size
        except OSError:
            continue
        found.append(BackupInfo(file, parsed[0], parsed[1], size, parsed[2], parsed[3],
                                _counts(file) if with_counts else {}, _problem(file) if with_counts else None,
                                parsed[1] > now + FUTURE_MARGIN))
    # Usable backups first, newest first by the time each records in its own name (not the file's mtime);
    # then those dated in the future, then those that cannot be restored: a list that preselects its first
    # row never offers a damaged backup or one whose date a wrong clock made "newest".
    return sorted(found, key=lambda b: (b.problem is None, not b.future, b.created, b.path.name), reverse=True)


FUTURE_MARGIN = timedelta(minutes=5)


def _problem(path: Path) -> str | None:
    try:
        verify_backup(path)
    except WishDeskError as exc:
        if isinstance(exc, NewerDatabaseError):
            return "van een nieuwere versie"
        return "beschadigd of onleesbaar"
    return None


def plan_thinning(backups: list[BackupInfo], limits: BackupLimits, now: datetime) -> list[BackupInfo]:
    """Which backups thinning would delete. Going from new to old, every automatic backup of today is kept;
    then the newest of each day until `daily` days are kept, then the newest of each further week until
    `weekly` weeks, then of each further month until `monthly` months; the rest goes. Backups with a
    protected reason are always kept and do not use up a place."""
    drop = []
    days: set = set()
    weeks: set = set()
    months: set = set()
    budget = {"day": limits.daily, "week": limits.weekly, "month": limits.monthly}
    for backup in sorted(backups, key=lambda b: (b.created, b.path.name), reverse=True):
        if backup.reason in PROTECTED_REASONS:
            continue
        day = backup.created.date()
        periods = {"day": (day, days), "week": (tuple(day.isocalendar())[:2], weeks),
                   "month": ((day.year, day.month), months)}
        if day < now.date():
            tier = next((t for t in ("day", "week", "month") if budget[t] > 0), None)
            if tier is None or periods[tier][0] in periods[tier][1]:
                drop.append(backup)
                continue
            budget[tier] -= 1
        for value, seen in periods.values():
            seen.add(value)
    return drop


def thin_backups(backup_dir: Path, stem: str, limits: BackupLimits = BackupLimits(),  # noqa: B008
                 now: datetime | None = None) -> list[Path]:
    """Delete automatic backups of one database beyond the limits; returns what was deleted."""
    now = now or datetime.now()
    doomed = plan_thinning(list_backups(backup_dir, with_counts=False, stem=stem), limits, now)
    for backup in doomed:
        _remove(backup.path)
    cutoff = time.time() - 24 * 3600
    for partial in backup_dir.glob("*.partial*"):  # left by a backup that was killed; never a real backup
        with contextlib.suppress(OSError):
            if partial.stat().st_mtime < cutoff:
                partial.unlink()
    return [b.path for b in doomed]


def verify_backup(path: Path) -> str:
    """Check that a file is a readable WIsH Desk database this version can open; returns its revision."""
    from .schema import check_revision, inspect_sqlite_file, quick_check

    if not path.is_file():
        raise DatabaseNotFound(f"Back-up niet gevonden: {path}")
    state = inspect_sqlite_file(path)
    if state.kind != "wishdesk":
        raise NotAWishDeskDatabase(f"{path.name} is geen bruikbare back-up van WIsH Desk (het bestand is leeg).")
    check_revision(state.revision, path.name)
    quick_check(path)
    assert state.revision is not None
    return state.revision


def newest_good_backup(backup_dir: Path, stem: str | None = None) -> BackupInfo | None:
    """The newest usable backup: one that passes verify_backup and is not dated in the future."""
    return next((b for b in list_backups(backup_dir, stem=stem) if b.usable), None)


def backup_before(db: Database, reason: str, folder: Path | None = None) -> Path | None:
    """Back up an open database before a risky step (bulk import, repair): into `folder`, else the database's
    backup folder, else beside the file. None for a server or read-only database. Raises when the backup
    fails: then do not take the risky step."""
    path = db.location.path
    if path is None or db.read_only:
        return None
    return make_backup(path, folder or db.backup_dir or path.parent / f"{path.stem}-backups", reason=reason)


def backup_if_changed(db: Database, reason: str = "bij-afsluiten") -> Path | None:
    """The backup on close: only when something was written in this session."""
    if not db.changed or db.read_only or db.backup_dir is None:
        return None
    return backup_before(db, reason)


def save_rescue_copy(db: Database, target_dir: Path, *, force: bool = False) -> Path:
    """When the database file vanished while open, its pages are still reachable through the open connections:
    write them to a backup (reason 'gered') so nothing is lost. For a file overwritten in place the rescue was
    made when that was noticed (file_watch); that one is returned (force: make it now)."""
    assert db.location.path is not None
    if db.replaced is not None and not force:
        if db.rescued is None:
            raise db.replaced
        return db.rescued
    raw = db.engine.raw_connection()
    try:
        src = raw.driver_connection
        target = _free_name(target_dir, backup_name(db.location.path, "gered", revision=_revision(src)))
        _copy_connection(src, db.location.path, target)
    finally:
        raw.close()
    return target
