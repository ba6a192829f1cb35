"""The command line: demo, list, JSON output and exit codes (run as real processes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def wishdesk(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("WISHDESK_DB", None) if not env or "WISHDESK_DB" not in env else None
    return subprocess.run([sys.executable, "-m", "wishdesk", *args], cwd=ROOT, capture_output=True, text=True,
                          env=full_env, timeout=120)


def test_demo_then_list_groups_json(tmp_path: Path) -> None:
    db = tmp_path / "m.sqlite"
    made = wishdesk("demo", "--db", str(db), "--schools", "8", "--seed", "2")
    assert made.returncode == 0, made.stderr
    out = wishdesk("list", "groups", "--db", str(db), "--json")
    assert out.returncode == 0, out.stderr
    groups = json.loads(out.stdout)
    assert len({g["school"] for g in groups}) == 8
    assert all(isinstance(g["id"], int) and g["name"] and g["school"] for g in groups)
    pupils = json.loads(wishdesk("list", "pupils", "--db", str(db), "--group", str(groups[0]["id"]), "--json").stdout)
    assert len(pupils) == groups[0]["pupils"]
    assert all(p["guardians"] for p in pupils)
    lessons = json.loads(wishdesk("list", "lessons", "--db", str(db), "--json").stdout)
    assert [lesson["number"] for lesson in lessons] == list(range(1, 9))
    staff = json.loads(wishdesk("list", "staff", "--db", str(db), "--json").stdout)
    assert any("specialist" in p["roles"] for p in staff)
    schools = json.loads(wishdesk("list", "schools", "--db", str(db), "--json").stdout)
    assert len(schools) == 8


def test_db_from_environment_variable(tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite"
    assert wishdesk("demo", "--schools", "1", "--no-plan", env={"WISHDESK_DB": str(db)}).returncode == 0
    out = wishdesk("list", "schools", env={"WISHDESK_DB": str(db)})
    assert out.returncode == 0 and "school" in out.stdout


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    out = wishdesk("list", "groups", "--db", str(tmp_path / "nope.sqlite"))
    assert out.returncode == 1
    assert "Database niet gevonden" in out.stderr
    assert "Traceback" not in out.stderr
    assert not (tmp_path / "nope.sqlite").exists()


def test_bad_arguments_are_usage_errors(tmp_path: Path) -> None:
    assert wishdesk("list", "planets", "--db", "x").returncode == 2
    assert wishdesk("demo", "--db", str(tmp_path / "x.sqlite"), "--schools", "veel").returncode == 2
    out = wishdesk("demo", "--db", str(tmp_path / "y.sqlite"), "--schools", "500")
    assert out.returncode == 1 and "tussen 1 en 250" in out.stderr and "Traceback" not in out.stderr
    out = wishdesk("list", "pupils", "--db", str(tmp_path / "y.sqlite"))
    assert out.returncode == 1


def test_demo_twice_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "twice.sqlite"
    assert wishdesk("demo", "--db", str(db), "--schools", "1").returncode == 0
    again = wishdesk("demo", "--db", str(db), "--schools", "1")
    assert again.returncode == 1 and "al scholen" in again.stderr


def test_not_a_database_file(tmp_path: Path) -> None:
    bogus = tmp_path / "cv.sqlite"
    bogus.write_bytes(b"%PDF-1.4 not a database")
    out = wishdesk("list", "schools", "--db", str(bogus))
    assert out.returncode == 1 and "geen WIsH Desk-database" in out.stderr
    assert bogus.read_bytes() == b"%PDF-1.4 not a database"


def test_usage_and_file_errors_are_one_dutch_line(tmp_path: Path) -> None:
    out = wishdesk("list", "groups")
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "ontbreken: --db" in out.stderr
    out = wishdesk("list", "pupils", "--db", "x.sqlite", "--group", "abc")
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "ongeldige waarde" in out.stderr
    db = tmp_path / "d.sqlite"
    assert wishdesk("demo", "--db", str(db), "--schools", "1", "--no-plan").returncode == 0
    (tmp_path / "blocker").write_text("a file, not a folder")
    out = wishdesk("report", "--db", str(db), "-o", str(tmp_path / "blocker" / "r.pdf"))
    assert out.returncode == 1 and out.stderr.count("\n") == 1
    assert "al een bestand" in out.stderr and ".wishdesk-" not in out.stderr and "Traceback" not in out.stderr
