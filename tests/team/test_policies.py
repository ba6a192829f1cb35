"""Row-level security, tried as real people with plain SQL (not through the app)."""

from __future__ import annotations

import psycopg
import pytest

from tests.team.conftest import PEOPLE, TeamDb


def school_of_pupils(conn: psycopg.Connection) -> set[int]:
    return {r[0] for r in conn.execute('SELECT DISTINCT g.school_id FROM pupil p JOIN "group" g ON g.id = p.group_id')}


def add_concern(conn: psycopg.Connection, author: int, pupil_id: int) -> int:
    return conn.execute(
        "INSERT INTO concern (pupil_id, author_id, observed_on, category, observation, follow_up, closed, "
        "purge_after, created_at) VALUES (%s, %s, '2026-10-01', 'wellbeing', 'x', 'none', false, '2027-08-01', now()) "
        "RETURNING id", (pupil_id, author)).fetchone()[0]


def pupil_at_school(team: TeamDb, school: int) -> int:
    with team.connect() as conn:
        return conn.execute('SELECT p.id FROM pupil p JOIN "group" g ON g.id = p.group_id WHERE g.school_id = %s '
                            "ORDER BY p.id LIMIT 1", (school,)).fetchone()[0]


def test_teacher_sees_only_own_school_pupils_and_own_concerns(team_db: TeamDb) -> None:
    with team_db.connect() as owner:
        all_pupils = owner.execute("SELECT count(*) FROM pupil").fetchone()[0]
        school1 = owner.execute('SELECT count(*) FROM pupil p JOIN "group" g ON g.id = p.group_id '
                                "WHERE g.school_id = 1").fetchone()[0]
    p1, p2 = pupil_at_school(team_db, 1), pupil_at_school(team_db, 2)
    with team_db.connect("teacher1") as t1, team_db.connect("teacher1b") as t1b, team_db.connect("teacher2") as t2:
        assert school_of_pupils(t1) == {1} and t1.execute("SELECT count(*) FROM pupil").fetchone()[0] == school1
        assert school1 < all_pupils
        add_concern(t1, PEOPLE["teacher1"], p1)
        add_concern(t1b, PEOPLE["teacher1b"], p1)
        add_concern(t2, PEOPLE["teacher2"], p2)
        assert t1.execute("SELECT count(*) FROM concern").fetchone()[0] == 1  # the "Done when" check
        assert t1.execute("SELECT author_id FROM concern").fetchone()[0] == PEOPLE["teacher1"]
        # writing as someone else, or about a pupil of another school: refused by the database
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            add_concern(t1, PEOPLE["teacher1b"], p1)
        # updating/deleting what one cannot see touches nothing
        assert t1.execute("UPDATE concern SET observation = 'weg' WHERE author_id <> %s",
                          (PEOPLE["teacher1"],)).rowcount == 0
        assert t1.execute("DELETE FROM pupil WHERE id = %s", (p2,)).rowcount == 0
        assert t1.execute("SELECT count(*) FROM guardian g JOIN pupil_guardian pg ON pg.guardian_id = g.id "
                          'JOIN pupil p ON p.id = pg.pupil_id JOIN "group" gr ON gr.id = p.group_id '
                          "WHERE gr.school_id <> 1").fetchone()[0] == 0
    with team_db.connect("care1") as care:  # care coordinator of school 1 sees both concerns there, not school 2's
        assert care.execute("SELECT count(*) FROM concern").fetchone()[0] == 2
    with team_db.connect() as owner:
        assert owner.execute("SELECT count(*) FROM concern").fetchone()[0] == 3


def test_specialist_sees_the_groups_pupils(team_db: TeamDb) -> None:
    with team_db.connect("specialist") as spec, team_db.connect() as owner:
        assert spec.execute("SELECT count(*) FROM pupil").fetchone()[0] == \
            owner.execute("SELECT count(*) FROM pupil").fetchone()[0]  # specialist of every demo group


def test_municipality_reads_report_views_only(team_db: TeamDb) -> None:
    with team_db.connect("municipality") as muni:
        for table in ("pupil", "guardian", "concern", "session_log", "attendance", "staff", "school"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                muni.execute(f'SELECT count(*) FROM "{table}"')
        lessons = muni.execute("SELECT sum(lessons) FROM report_lessons").fetchone()[0]
        assert lessons and lessons > 0
        columns = [d.name for d in muni.execute("SELECT * FROM report_attendance LIMIT 0").description]
        assert "first_name" not in columns and "present" in columns


def test_session_logs_for_duo_care_and_coordinators(team_db: TeamDb) -> None:
    groups_of = 'SELECT DISTINCT s.group_id FROM session_log l JOIN session s ON s.id = l.session_id'
    with team_db.connect() as owner:
        total = owner.execute("SELECT count(*) FROM session_log").fetchone()[0]
        at_school1 = owner.execute('SELECT count(*) FROM session_log l JOIN session s ON s.id = l.session_id '
                                   'JOIN "group" g ON g.id = s.group_id WHERE g.school_id = 1').fetchone()[0]
    assert 0 < at_school1 < total
    with team_db.connect("coordinator") as c, team_db.connect("specialist") as sp, team_db.connect("care1") as care:
        assert c.execute("SELECT count(*) FROM session_log").fetchone()[0] == total
        assert sp.execute("SELECT count(*) FROM session_log").fetchone()[0] == total  # specialist of every group
        assert care.execute("SELECT count(*) FROM session_log").fetchone()[0] == at_school1
    with team_db.connect("teacher1") as t1, team_db.connect("teacher2") as t2:
        assert {r[0] for r in t1.execute(groups_of)} == {1}  # staff 4 teaches group 1 only
        assert {r[0] for r in t2.execute(groups_of)} == {3}
        assert t1.execute("UPDATE session_log SET went_well = 'weg' FROM session s WHERE s.id = session_id "
                          "AND s.group_id <> 1").rowcount == 0


def test_cannot_switch_policies_off_or_read_the_login_list(team_db: TeamDb) -> None:
    with team_db.connect("teacher1") as t1:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            t1.execute("ALTER TABLE pupil DISABLE ROW LEVEL SECURITY")
        t1.execute("SET row_security = off")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # no bypass: the query is refused instead
            t1.execute("SELECT count(*) FROM pupil")
        t1.execute("RESET row_security")
        assert t1.execute("SELECT count(*) FROM staff_login").fetchone()[0] == 1
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            t1.execute("INSERT INTO staff_login (login, staff_id) VALUES ('x', 1)")
