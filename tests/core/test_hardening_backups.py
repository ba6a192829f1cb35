"""Issue 18: backups dated in the future, damaged backups, and restoring a backup of another database."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from wishdesk.cli import main
from wishdesk.core import backup, restore


def test_future_and_damaged_backups_are_marked_and_never_newest_good(empty_db_path: Path, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / f"{empty_db_path.stem}-backups"
    now = datetime.now()
    good = backup.make_backup(empty_db_path, folder, when=now - timedelta(hours=2), limits=None)
    future = backup.make_backup(empty_db_path, folder, when=now + timedelta(days=30), limits=None)
    damaged = backup.make_backup(empty_db_path, folder, when=now - timedelta(minutes=5), limits=None)
    data = bytearray(damaged.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a page of garbage
    damaged.write_bytes(bytes(data))
    listed = backup.list_backups(folder, stem=empty_db_path.stem)
    assert listed[0].path == good  # the one a dialog preselects
    flags = {b.path: (b.usable, b.future, b.problem) for b in listed}
    assert flags[good] == (True, False, None)
    assert flags[future][:2] == (False, True)
    assert flags[damaged][0] is False and "beschadigd" in flags[damaged][2]
    assert backup.newest_good_backup(folder, stem=empty_db_path.stem).path == good
    assert main(["backup", "--list", "--db", str(empty_db_path)]) == 0
    lines = {line.split()[-1] if "!!" not in line else line.split("  !! ")[0].split()[-1]: line
             for line in capsys.readouterr().out.splitlines()}
    assert "TOEKOMST" in lines[str(future)] and "BESCHADIGD" in lines[str(damaged)] and "!!" not in lines[str(good)]


def test_restoring_a_backup_of_another_database_is_refused_without_force(demo_db_path: Path, empty_db_path: Path,
                                                                        tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    small = tmp_path / "klein.sqlite"
    shutil.copyfile(demo_db_path, small)
    from wishdesk.core.demo import build_demo
    from wishdesk.core.opening import open_database

    big = tmp_path / "groot.sqlite"
    db = open_database(big, create=True)
    with db.write() as session:
        for _ in build_demo(session, schools=20, seed=99, year="2026-2027", plan=False):
            pass
    db.close()
    other = backup.backup_to_file(big, tmp_path / "zomaar-een-bestand.sqlite")  # a name that says nothing
    before = small.read_bytes()
    assert main(["restore", "--db", str(small), "--from", str(other)]) == 1
    err = capsys.readouterr().err
    assert "andere database" in err and "--force" in err and err.count("\n") == 1
    assert small.read_bytes() == before
    named = backup.make_backup(big, tmp_path / "b", limits=None)  # its name says 'groot'
    assert main(["restore", "--db", str(small), "--from", str(named)]) == 1
    assert "‘groot’" in capsys.readouterr().err
    assert main(["restore", "--db", str(small), "--from", str(other), "--force"]) == 0
    own = backup.make_backup(small, tmp_path / "b", limits=None)  # its own backup: no warning
    assert restore.other_database_warning(small, own) is None
    assert main(["restore", "--db", str(small), "--from", str(own)]) == 0
