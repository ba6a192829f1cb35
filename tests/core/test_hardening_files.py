"""Issue 18, data and files: lock links, hard links, file modes and side files (real files in tmp folders)."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from wishdesk.core import backup, restore
from wishdesk.core.db import DatabaseHardLinked
from wishdesk.core.errors import NewerDatabaseError
from wishdesk.core.instance_lock import UnsafeLockFile
from wishdesk.core.opening import open_database

posix_only = pytest.mark.skipif(os.name != "posix", reason="links and modes as on POSIX")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
@pytest.mark.parametrize("kind", ["symlink", "hardlink"])
def test_a_linked_lock_file_is_refused_and_its_target_kept(kind: str, empty_db_path: Path, tmp_path: Path) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("do not overwrite me\n", encoding="utf-8")
    lock = empty_db_path.with_name(empty_db_path.name + ".lock")
    (os.symlink if kind == "symlink" else os.link)(precious, lock)
    with pytest.raises(UnsafeLockFile, match="koppeling"):
        open_database(empty_db_path)
    assert precious.read_text(encoding="utf-8") == "do not overwrite me\n"
    assert lock.is_symlink() if kind == "symlink" else lock.exists()


@posix_only
def test_a_hard_linked_database_is_not_written_through_either_name(empty_db_path: Path, tmp_path: Path) -> None:
    second = tmp_path / "second-name.sqlite"
    os.link(empty_db_path, second)
    before = empty_db_path.read_bytes()
    for name in (empty_db_path, second):
        with pytest.raises(DatabaseHardLinked, match="tweede naam"):
            open_database(name)
    assert empty_db_path.read_bytes() == before
    readonly = open_database(second, read_only=True)  # looking is fine
    readonly.close()


@posix_only
def test_a_hard_link_made_while_open_stops_writes(empty_db_path: Path, tmp_path: Path) -> None:
    from wishdesk.core.models import Setting

    db = open_database(empty_db_path)
    try:
        os.link(empty_db_path, tmp_path / "sneaky.sqlite")
        with pytest.raises(DatabaseHardLinked), db.write() as session:
            session.add(Setting(key="x", value="1"))
        with db.session() as session:
            assert session.get(Setting, "x") is None
    finally:
        db.close()


@posix_only
def test_database_backups_and_backup_folder_are_private(tmp_path: Path) -> None:
    from wishdesk.core.models import Setting

    path = tmp_path / "new.sqlite"
    old = os.umask(0o022)
    try:
        db = open_database(path, create=True, backup_dir=tmp_path / "backups")
        try:
            with db.write() as session:
                session.add(Setting(key="x", value="1"))
            assert _mode(path) == 0o600
            assert _mode(Path(f"{path}-wal")) == 0o600
        finally:
            db.close()
        made = backup.make_backup(path, tmp_path / "backups")
        assert _mode(made) == 0o600 and _mode(tmp_path / "backups") == 0o700
        saved = restore.restore_backup(path, made, tmp_path / "backups")
        assert saved is not None and _mode(saved) == 0o600 and _mode(path) == 0o600
    finally:
        os.umask(old)


def _wal_file_without_wal(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()  # the last connection checkpoints and removes -wal and -shm
    assert not Path(f"{path}-wal").exists()
    return path


def _side_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


def test_read_only_open_leaves_no_side_files(empty_db_path: Path) -> None:
    from wishdesk.core.services import directory

    path = _wal_file_without_wal(empty_db_path)
    db = open_database(path, read_only=True)
    try:
        directory.list_schools(db)
    finally:
        db.close()
    assert _side_files(path) == []


def test_a_refused_database_gets_no_side_files(empty_db_path: Path) -> None:
    path = _wal_file_without_wal(empty_db_path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.commit()
    conn.close()
    assert not Path(f"{path}-wal").exists()
    for read_only in (False, True):
        with pytest.raises(NewerDatabaseError):
            open_database(path, read_only=read_only)
    assert _side_files(path) == []


def test_a_killed_restore_leaves_no_hidden_copy_after_the_next_open(empty_db_path: Path) -> None:
    leftover = backup.restore_temp_name(empty_db_path)
    leftover.write_bytes(empty_db_path.read_bytes())  # a full copy, as a killed restore leaves it
    Path(f"{leftover}.partial").write_bytes(b"half")
    open_database(empty_db_path).close()
    assert not leftover.exists() and not Path(f"{leftover}.partial").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names")
def test_restore_temp_name_is_hidden(empty_db_path: Path) -> None:
    assert backup.restore_temp_name(empty_db_path).name.startswith(".")
