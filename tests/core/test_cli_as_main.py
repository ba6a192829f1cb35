"""`python -m wishdesk.cli` (the module run as __main__) answers a user-level failure like `wishdesk` does: one
Dutch line on stderr, exit code 1, never a traceback. The commands raise `wishdesk.cli.UserError`; run as
__main__ the file is a second module whose own UserError is another class."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _cli(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "WISHDESK_HOME": str(tmp_path / "home"), **env}
    return subprocess.run([sys.executable, "-m", "wishdesk.cli", *args], capture_output=True, text=True,
                          env=environment, timeout=120)


def test_a_command_error_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    done = _cli(tmp_path, "demo", "--db", str(tmp_path / "x.sqlite"), "--schools", "9999")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == ["wishdesk: --schools moet tussen 1 en 250 liggen."]
    assert not (tmp_path / "x.sqlite").exists()


def test_a_wrong_password_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    from wishdesk.core.demo import build_demo_database

    os.environ.setdefault("WISHDESK_KDF", "fast")
    path = tmp_path / "versleuteld.sqlite"
    build_demo_database(path, schools=2, plan=False, backup_dir=tmp_path / "b").close()
    done = _cli(tmp_path, "plan", "--db", str(path), WISHDESK_PASSWORD="wrong", WISHDESK_KDF="fast")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "wachtwoord" in done.stderr


def test_a_usage_error_exits_2(tmp_path: Path) -> None:
    done = _cli(tmp_path, "plan")
    assert done.returncode == 2 and "Traceback" not in done.stderr
