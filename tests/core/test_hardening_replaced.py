"""Issue 18: a database file overwritten in place while open (cp keeps device and inode) is noticed: no more
writes, a Dutch message, a rescue kept, and the file that was copied in stays exactly as it was."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from wishdesk.core import backup
from wishdesk.core.db import DatabaseGone, DatabaseReplaced
from wishdesk.core.models import Setting
from wishdesk.core.opening import open_database


def _put(db, key: str) -> None:  # noqa: ANN001
    with db.write() as session:
        session.add(Setting(key=key, value="1"))


def test_overwritten_in_place_stops_writes_and_keeps_both(demo_db_path: Path, empty_db_path: Path,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "work.sqlite"
    shutil.copyfile(demo_db_path, path)
    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        for n in range(3):
            _put(db, f"before-{n}")  # our own commits (and checkpoints) are not mistaken for a replacement
        inode = path.stat().st_ino
        shutil.copyfile(empty_db_path, path)  # overwrite in place, as cp does
        assert path.stat().st_ino == inode
        with pytest.raises(DatabaseReplaced, match="overschreven door een ander bestand") as found:
            _put(db, "after")
        assert isinstance(found.value, Exception) and "Traceback" not in str(found.value)
        with pytest.raises(DatabaseReplaced):
            _put(db, "again")
        with pytest.raises(DatabaseGone):  # the GUI's close path: ensure_present raises, rescue is known
            db.ensure_present()
        rescued = backup.save_rescue_copy(db, tmp_path / "backups")
        assert rescued.exists() and rescued.parent == tmp_path / "backups"
    finally:
        db.close()
    assert path.read_bytes() == empty_db_path.read_bytes()  # nothing of ours was folded into it
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    open_database(path).close()  # and it opens as the database that was copied in


def test_two_databases_on_one_file_in_one_process_are_not_a_replacement(demo_db_path: Path) -> None:
    first = open_database(demo_db_path)
    second = open_database(demo_db_path)
    try:
        for n in range(40):
            _put(first if n % 2 else second, f"k{n}")
            with (first if n % 2 else second).write() as session:
                session.execute(__import__("sqlalchemy").text("PRAGMA wal_checkpoint(PASSIVE)"))
    finally:
        second.close()
        first.close()
