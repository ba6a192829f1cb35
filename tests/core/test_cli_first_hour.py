"""What a new user hit in the CLI: --help lists the window's options, --lang before --help, --version, and a
plain demo for trying the encrypt banner."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wishdesk import __main__ as entry
from wishdesk import __version__
from wishdesk.cli import main


def test_help_lists_the_windows_options(capsys) -> None:  # noqa: ANN001
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    for option in ("--demo", "--db", "--lang", "--read-only", "--version"):
        assert option in out


def test_lang_before_help_is_not_taken_for_a_command(capsys) -> None:  # noqa: ANN001
    with pytest.raises(SystemExit) as stop:
        entry.main(["--lang", "en", "--help"])
    assert stop.value.code == 0
    captured = capsys.readouterr()
    assert "gebruik: wishdesk" in captured.out and "ongeldige keuze" not in captured.err


def test_version_prints_and_starts_no_window() -> None:
    # a separate process: had it tried to start the window, it would fail without a display (or hang)
    done = subprocess.run([sys.executable, "-m", "wishdesk", "--version"], capture_output=True, text=True,
                          timeout=60, env={"PATH": "/usr/bin:/bin"})
    assert done.returncode == 0 and done.stdout.strip() == f"WIsH Desk {__version__}"
    assert "PySide6" not in done.stderr


def test_plain_demo_is_a_plain_sqlite_file(tmp_path: Path, capsys, monkeypatch) -> None:  # noqa: ANN001
    from wishdesk.core.security.encryption import is_encrypted, is_plain_sqlite

    monkeypatch.setenv("WISHDESK_HOME", str(tmp_path / "home"))
    path = tmp_path / "plain.sqlite"
    assert main(["demo", "--db", str(path), "--schools", "1", "--no-plan", "--plain"]) == 0
    assert "niet versleuteld" in capsys.readouterr().out
    assert is_plain_sqlite(path) and not is_encrypted(path)
    assert main(["list", "schools", "--db", str(path), "--json"]) == 0
