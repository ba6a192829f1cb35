"""Issue 18: a healthy database on a full disk is reported as a full disk, never as damaged, and not changed.

The full disk is made real for the child process with RLIMIT_FSIZE (every write that would grow a file fails
with EFBIG, as ENOSPC does on a full disk), so SQLite cannot create the -shm index it needs to read a WAL file.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE as on Linux")


def _full_disk() -> None:
    import resource

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a signal, like ENOSPC
    resource.setrlimit(resource.RLIMIT_FSIZE, (1, 1))


def _left_open(demo_db_path: Path, folder: Path) -> Path:
    """A WAL database with its -wal as a closed laptop leaves it (no -shm yet on this disk)."""
    conn = sqlite3.connect(demo_db_path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE school SET town = town")
    conn.commit()
    folder.mkdir()
    shutil.copy(demo_db_path, folder / "db.sqlite")
    shutil.copy(f"{demo_db_path}-wal", folder / "db.sqlite-wal")
    conn.close()
    return folder / "db.sqlite"


@pytest.mark.parametrize("command", [["check"], ["list", "schools"], ["plan", "--quiet"]])
def test_full_disk_is_not_called_damaged(command: list[str], demo_db_path: Path, tmp_path: Path) -> None:
    db = _left_open(demo_db_path, tmp_path / "stick")
    before = {p.name: p.read_bytes() for p in db.parent.iterdir() if p.stat().st_size}
    env = {**os.environ, "WISHDESK_HOME": str(tmp_path / "home")}
    result = subprocess.run([sys.executable, "-m", "wishdesk", *command, "--db", str(db)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120, preexec_fn=_full_disk)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "beschadigd" not in result.stdout + result.stderr and "Traceback" not in result.stderr
    assert "schijf" in result.stderr and result.stderr.count("\n") == 1
    after = {p.name: p.read_bytes() for p in db.parent.iterdir() if p.stat().st_size}
    assert after == before
