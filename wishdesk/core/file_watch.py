"""Noticing that an open SQLite database file was overwritten in place (``cp other.sqlite db.sqlite``).

`cp` keeps the device and the inode, so the identity check in `Database.ensure_present` does not see it. What
does change is the 100-byte header of the file (page count, change counter, schema cookie, journal mode). In
WAL mode the main file is only written by a checkpoint, and a checkpoint only runs inside a commit of this
process (we hold the one-writer lock; read-only connections never checkpoint). So: after each of our commits
the header is recorded; before each write and just before COMMIT it is compared. Any other change is somebody
else's file in our place.

Then nothing more is written, and two things are kept: a rescue backup of what the open connection still
sees (when that is still a sound database) or else the raw -wal with the last changes, and the new file itself
untouched: the file is given a fresh inode with the same bytes, so that SQLite, which sees the old inode "moved",
does not fold our stale -wal into somebody else's database when the connections close (that is what made the
file read as malformed).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import WishDeskError

if TYPE_CHECKING:
    from .db import Database

HEADER_BYTES = 100
_expected: dict[str, bytes] = {}  # per file: the header as our own last commit left it (shared by every
_lock = threading.RLock()  # Database object on that file in this process, since each one's commits count)


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


def read_header(path: Path) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            return handle.read(HEADER_BYTES)
    except OSError:
        return None


def note_own_header(path: Path) -> None:
    """Record the header as this process's commit (or open) left it."""
    header = read_header(path)
    if header is not None:
        with _lock:
            _expected[_key(path)] = header


def commit_guard() -> threading.RLock:
    """Held around compare + COMMIT + note, so another thread's commit is never mistaken for a replacement."""
    return _lock


def check_not_replaced(db: Database) -> None:
    """Raise db.DatabaseReplaced (again, once found) when the file was overwritten in place since our last commit."""
    if db.replaced is not None:
        raise db.replaced
    path = db.location.path
    if path is None or db.read_only:
        return
    with _lock:
        expected = _expected.get(_key(path))
        now = read_header(path)
        if expected is None or now is None or now == expected:
            return
        db.replaced = _detach(db, path)
    raise db.replaced


def _detach(db: Database, path: Path) -> WishDeskError:
    from . import backup
    from .db import DatabaseReplaced

    folder = db.backup_dir or path.parent / f"{path.stem}-backups"
    kept: Path | None = None
    try:
        kept = backup.save_rescue_copy(db, folder, force=True)
    except (WishDeskError, OSError, Exception):  # noqa: BLE001 - the view is a mix of two files: keep the -wal
        kept = _keep_wal(path, folder)
    _fresh_inode(path)
    db.rescued = kept
    where = f" Wat WIsH Desk nog had, staat in {kept}." if kept else ""
    return DatabaseReplaced(
        f"Het databasebestand {path.name} is overschreven door een ander bestand terwijl het open was. WIsH Desk "
        f"schrijft er niet meer in, zodat dat bestand heel blijft; de laatste wijziging is niet bewaard.{where} "
        "Sluit de database en open hem opnieuw.")


def _keep_wal(path: Path, folder: Path) -> Path | None:
    from .backup import DAMAGED_SUFFIX, _free_name, backup_name, make_private_folder

    wal = Path(f"{path}-wal")
    if not wal.exists():
        return None
    try:
        make_private_folder(folder)
        target = _free_name(folder, backup_name(path, "gered", revision="onbekend"))
        target = target.with_name(target.name.replace(".wishdesk-backup", DAMAGED_SUFFIX + "-wal"))
        shutil.copyfile(wal, target)
        if os.name == "posix":
            os.chmod(target, 0o600)
        return target
    except OSError:
        return None


def _fresh_inode(path: Path) -> None:
    """Same bytes, same mode, new inode: our open connections now hold an orphan, and SQLite skips the
    checkpoint on close for a file that has moved. The stale -wal and -shm go (their content was kept)."""
    temp = path.with_name(f".{path.name}.vervangen")
    try:
        shutil.copy2(path, temp)
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()
        return
    for side in ("-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{path}{side}").unlink()


def forget(path: Path | None) -> None:
    if path is not None:
        with _lock:
            _expected.pop(_key(path), None)
