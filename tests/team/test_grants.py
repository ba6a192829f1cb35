"""`wishdesk team grants` after a schema upgrade: a later migration's new table gets its grants, a policy lost
with a rebuilt table comes back, and a second run changes nothing."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import create_engine

from tests.team.conftest import TeamDb
from tests.team.test_setup_and_connect import wishdesk
from wishdesk.core.team.grants import access_catalog


def _catalog(team: TeamDb) -> dict:
    engine = create_engine(team.url())
    try:
        with engine.connect() as conn:
            return access_catalog(conn)
    finally:
        engine.dispose()


def _policies(team: TeamDb) -> set[str]:
    with team.connect() as conn:
        return {r[0] for r in conn.execute("SELECT policyname FROM pg_policies WHERE tablename = 'concern'")}


def test_grants_after_a_later_migration_and_a_second_run_changes_nothing(team_db: TeamDb) -> None:
    with team_db.connect() as owner:  # what a later migration might leave behind
        owner.execute("CREATE TABLE later_note (id serial PRIMARY KEY, note text)")
        owner.execute("DROP POLICY concern_author_care ON concern")  # e.g. the table was rebuilt
    with team_db.connect("teacher1") as teacher, pytest.raises(psycopg.errors.InsufficientPrivilege):
        teacher.execute("SELECT count(*) FROM later_note")
    assert "concern_author_care" not in _policies(team_db)

    first = wishdesk("team", "grants", "--db", team_db.url())
    assert first.returncode == 0, first.stderr
    assert "later_note" in first.stdout and "concern" in first.stdout and "niets veranderd" not in first.stdout
    with team_db.connect("teacher1") as teacher:
        assert teacher.execute("SELECT count(*) FROM later_note").fetchone() == (0,)
        teacher.execute("INSERT INTO later_note (note) VALUES ('mag')")  # staff write like any table
    assert "concern_author_care" in _policies(team_db)
    with team_db.connect("municipality") as reader, pytest.raises(psycopg.errors.InsufficientPrivilege):
        reader.execute("SELECT count(*) FROM later_note")  # the municipality still sees report views only

    before = _catalog(team_db)
    second = wishdesk("team", "grants", "--db", team_db.url())
    assert second.returncode == 0 and "niets veranderd" in second.stdout, second.stdout + second.stderr
    assert _catalog(team_db) == before


def test_grants_only_by_the_owner(team_db: TeamDb) -> None:
    result = wishdesk("team", "grants", "--db", team_db.url("teacher1"))
    assert result.returncode == 1 and "eigenaar" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
