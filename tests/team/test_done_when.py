"""The issue's "Done when" checks, with the real `psql` client logged in as real people."""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.pg_server import _find
from tests.team.conftest import PASSWORD, PEOPLE, TeamDb
from tests.team.test_policies import add_concern, pupil_at_school


def psql(team: TeamDb, who: str, query: str) -> subprocess.CompletedProcess[str]:
    tool = _find("psql")
    if tool is None:
        pytest.skip("psql is not installed")
    env = {**os.environ, "PGPASSWORD": PASSWORD}
    dsn = team.dsn(who).replace(f":{PASSWORD}@", "@")  # the password comes from the environment, as libpq does
    return subprocess.run([tool, dsn, "-XAtc", query], capture_output=True, text=True, env=env)


def test_psql_as_teacher_and_as_municipality(team_db: TeamDb) -> None:
    p1, p2 = pupil_at_school(team_db, 1), pupil_at_school(team_db, 2)
    with team_db.connect("teacher1") as t1, team_db.connect("care1") as care, team_db.connect("teacher2") as t2:
        add_concern(t1, PEOPLE["teacher1"], p1)
        add_concern(care, PEOPLE["care1"], p1)
        add_concern(t2, PEOPLE["teacher2"], p2)
    counted = psql(team_db, "teacher1", "select count(*) from concern")
    assert counted.returncode == 0, counted.stderr
    assert counted.stdout.strip() == "1"  # only their own, though three exist
    pupils = psql(team_db, "teacher1", 'select g.school_id from pupil p join "group" g on g.id = p.group_id')
    assert pupils.returncode == 0 and set(pupils.stdout.split()) == {"1"}
    muni = psql(team_db, "municipality", "select * from pupil")
    assert muni.returncode != 0 and "permission denied" in muni.stderr and muni.stdout == ""


def test_the_app_asks_the_database_what_a_login_may_read(team_db: TeamDb) -> None:
    from wishdesk.core.opening import open_database
    from wishdesk.core.team.access import my_staff_id, readable

    muni = open_database(team_db.url("municipality"), read_only=True)
    teacher = open_database(team_db.url("teacher1"), read_only=True)
    try:
        assert readable(muni, ["pupil", "report_lessons"]) == {"pupil": False, "report_lessons": True}
        assert readable(teacher, ["pupil", "report_lessons"]) == {"pupil": True, "report_lessons": True}
        assert my_staff_id(teacher) == PEOPLE["teacher1"] and my_staff_id(muni) is None
    finally:
        muni.close()
        teacher.close()
