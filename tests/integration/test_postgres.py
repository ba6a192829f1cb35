"""Team mode: the same code on a real PostgreSQL server (started by the test run, see tests/pg_server.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from wishdesk.core.demo import build_demo
from wishdesk.core.errors import NewerDatabaseError
from wishdesk.core.opening import open_database
from wishdesk.core.schema import head_revision
from wishdesk.core.services import directory

ROOT = Path(__file__).resolve().parents[2]


def test_new_team_database_migrates_and_holds_a_demo(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        assert not db.location.is_sqlite
        with db.write() as session:
            for _ in build_demo(session, schools=3, seed=5, year="2026-2027"):
                pass
        groups = directory.list_groups(db)
        assert len({g.school for g in groups}) == 3
        pupils = directory.list_pupils(db, groups[0].id)
        assert pupils and all(p.guardians for p in pupils)
        assert [lesson.number for lesson in directory.list_lessons(db)] == list(range(1, 9))
    finally:
        db.close()
    again = open_database(pg_url)  # a second open finds it at head and does not reinstall anything
    try:
        assert len(directory.list_lessons(again)) == 8
        with again.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
    finally:
        again.close()


def test_newer_team_database_is_refused(pg_url: str) -> None:
    open_database(pg_url).close()
    import psycopg

    with psycopg.connect(pg_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(NewerDatabaseError):
        open_database(pg_url)


def test_cli_against_postgres(pg_url: str) -> None:
    run = [sys.executable, "-m", "wishdesk"]
    made = subprocess.run([*run, "demo", "--db", pg_url, "--schools", "2"], cwd=ROOT, capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    out = subprocess.run([*run, "list", "schools", "--db", pg_url, "--json"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert len(json.loads(out.stdout)) == 2
