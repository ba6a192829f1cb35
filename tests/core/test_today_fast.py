"""The first Vandaag list without the ORM (core/today_fast.py) gives exactly the rows the normal path gives:
for teachers, specialists and a coordinator, on several days, with held, cancelled and moved lessons, on a plain
and on an encrypted file; and it steps aside (None) on another schema, an unknown person or an unreadable file."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from wishdesk.core import today_fast
from wishdesk.core.models import Session, StaffRole
from wishdesk.core.opening import open_database
from wishdesk.core.services import sessions

TODAY = date(2026, 11, 4)  # a Wednesday in the demo's school year 2026-2027
DAYS = (TODAY, TODAY - timedelta(days=40), TODAY + timedelta(days=1), TODAY + timedelta(days=60), date(2027, 7, 1))


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 3-school demo planned with a year under way, then one lesson cancelled and one moved to today."""
    from wishdesk.core.demo import build_demo

    path = tmp_path_factory.mktemp("fast") / "planned.sqlite"
    db = open_database(path, create=True)
    with db.write() as s:
        for _ in build_demo(s, schools=3, seed=7, year="2026-2027", plan=True, today=TODAY):
            pass
    with db.session() as s:
        later = s.scalars(select(Session).where(Session.status == "planned", Session.date > TODAY)
                          .order_by(Session.date, Session.id)).all()
        cancel, move = later[0].id, later[3].id
    sessions.cancel_session(db, cancel, "ziek")
    sessions.move_session(db, move, TODAY, time(13, 0), time(14, 30), "verplaatst")
    db.close()
    return path


def _people(path: Path) -> dict[str, list[int]]:
    db = open_database(path, read_only=True)
    try:
        with db.session() as s:
            roles: dict[str, list[int]] = {}
            for role in s.scalars(select(StaffRole)):
                roles.setdefault(role.role, []).append(role.staff_id)
            return roles
    finally:
        db.close()


def _orm_rows(path: Path, staff_id: int, day: date) -> list:
    db = open_database(path, read_only=True)
    try:
        return sessions.upcoming_sessions(db, staff_id, day)
    finally:
        db.close()


def test_fast_rows_equal_the_orm_rows(planned: Path) -> None:
    roles = _people(planned)
    people = sorted({*roles["specialist"], *roles["teacher"][:6], *roles.get("programme_coordinator", [])})
    compared = statuses = 0
    seen: set[str] = set()
    for staff_id in people:
        for day in DAYS:
            fast = today_fast.read_file(planned, staff_id, day)
            assert fast == _orm_rows(planned, staff_id, day), (staff_id, day)
            compared += len(fast)
            seen |= {row.status for row in fast}
            statuses += sum(1 for row in fast if row.date == day)
    assert compared > 50 and statuses > 0  # the comparison saw real lists, lessons of the day among them
    assert {"planned", "held"} <= seen


def test_cancelled_and_moved_lessons(planned: Path) -> None:
    conn = sqlite3.connect(planned)
    moved = conn.execute("SELECT id, specialist_id FROM session WHERE date = ? AND start_time LIKE '13:00%'",
                         (TODAY.isoformat(),)).fetchone()
    cancelled = conn.execute("SELECT id, specialist_id FROM session WHERE cancel_reason = 'ziek'").fetchone()
    conn.close()
    fast = today_fast.read_file(planned, moved[1], TODAY)
    assert moved[0] in [r.id for r in fast if r.date == TODAY and r.start_time == time(13, 0)]
    fast = today_fast.read_file(planned, cancelled[1], TODAY)
    assert cancelled[0] not in [r.id for r in fast]  # back to planning: not on anyone's lesson day
    assert fast == _orm_rows(planned, cancelled[1], TODAY)


def test_a_teacher_sees_own_school_only(planned: Path) -> None:
    from wishdesk.core import access

    db = open_database(planned, read_only=True)
    try:
        shown = 0
        for teacher in _people(planned)["teacher"]:
            scope = access.scope_of(db, teacher)
            rows = today_fast.read_file(planned, teacher, TODAY)
            assert rows is not None and all(scope.sees_group(r.group_id, r.school_id) for r in rows)
            assert {r.school_id for r in rows} <= set(scope.schools)
            shown += len(rows)
        assert shown > 0
    finally:
        db.close()


@pytest.mark.parametrize("revision", ["0009", "0011", None])
def test_another_schema_falls_back(planned: Path, tmp_path: Path, revision: str | None) -> None:
    copy = shutil.copyfile(planned, tmp_path / "other.sqlite")
    conn = sqlite3.connect(copy)
    if revision is None:
        conn.execute("DROP TABLE alembic_version")
    else:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.commit()
    specialist = conn.execute("SELECT specialist_id FROM session WHERE specialist_id IS NOT NULL").fetchone()[0]
    conn.close()
    assert today_fast.read_file(copy, specialist, TODAY) is None


def test_unknown_person_and_unreadable_file(planned: Path, tmp_path: Path) -> None:
    assert today_fast.read_file(planned, 999_999, TODAY) is None  # the normal path says who does not exist
    assert today_fast.read_file(tmp_path / "missing.sqlite", 1, TODAY) is None
    (tmp_path / "junk.sqlite").write_bytes(b"not a database at all" * 100)
    assert today_fast.read_file(tmp_path / "junk.sqlite", 1, TODAY) is None
    assert not (tmp_path / "missing.sqlite").exists()  # mode=ro never creates a file


def test_read_only(planned: Path) -> None:
    before = planned.read_bytes()
    conn = today_fast.connect_read_only(planned)
    try:
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("UPDATE session SET status = 'held'")
    finally:
        conn.close()
    assert planned.read_bytes() == before


def test_head_is_the_migrations_head() -> None:
    from wishdesk.core.schema import head_revision

    assert today_fast.HEAD == head_revision(), "a new revision: check today_fast's SQL, then bump HEAD"


def test_no_sqlalchemy_imported() -> None:
    code = ("import sys, wishdesk.core.today_fast; "
            "sys.exit(1 if any(m.split('.')[0] == 'sqlalchemy' for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_encrypted_file(tmp_path: Path) -> None:
    from wishdesk.core.demo import build_demo_database
    from wishdesk.core.security import keyfile

    path = tmp_path / "enc.sqlite"
    db = build_demo_database(path, schools=2, plan=True, today=TODAY, backup_dir=tmp_path / "backups")
    try:
        key = keyfile.key_for(path)
        assert key is not None
        with db.session() as s:
            people = sorted({r.staff_id for r in s.scalars(select(StaffRole))
                             if r.role in ("specialist", "teacher")})[:6]
        for staff_id in people:
            fast = today_fast.read_file(path, staff_id, TODAY, key=key)
            assert fast is not None and fast == sessions.upcoming_sessions(db, staff_id, TODAY)
        assert any(today_fast.read_file(path, p, TODAY, key=key) for p in people)
        assert today_fast.read_file(path, people[0], TODAY) is None  # without the key: not readable
        assert today_fast.read_file(path, people[0], TODAY, key=bytes(32)) is None  # a wrong key neither
    finally:
        db.close()


def test_why_empty_equals_the_orm_reading(planned: Path, tmp_path: Path) -> None:
    """The start-up look says why a list is empty with the same counts as the page (services.lesson_day): for a
    coordinator who gives no lessons, teachers and specialists with lessons, someone without any group."""
    from wishdesk.core.services.lesson_day import lesson_day as orm_lesson_day

    copy = shutil.copyfile(planned, tmp_path / "why.sqlite")
    from wishdesk.core.models import Staff

    db = open_database(copy)
    with db.write() as s:
        person = Staff(name="Nieuwe Collega")
        s.add(person)
        s.flush()
        s.add(StaffRole(staff_id=person.id, role="teacher"))
        newcomer = person.id
    db.close()
    roles = _people(copy)
    people = sorted({*roles["specialist"][:3], *roles["teacher"][:3], *roles.get("programme_coordinator", []),
                     newcomer})
    db = open_database(copy, read_only=True)
    try:
        expected = {staff_id: orm_lesson_day(db, staff_id) for staff_id in people}
    finally:
        db.close()
    fast_conn = today_fast.connect_read_only(copy)
    try:
        got = {staff_id: today_fast.lesson_day(fast_conn, staff_id) for staff_id in people}
    finally:
        fast_conn.close()
    assert got == expected
    coordinators = roles.get("programme_coordinator", [])
    assert coordinators and not got[coordinators[0]].gives_lessons  # the demo's coordinator: "you give no lessons"
    assert got[newcomer].gives_lessons and got[newcomer].groups == 0  # a teacher without a group yet
    assert any(day.planned or day.held for day in got.values())


def test_read_for_says_why_only_when_the_list_is_empty(planned: Path, tmp_path: Path) -> None:
    from wishdesk.core.identity import database_id

    planned = Path(shutil.copyfile(planned, tmp_path / "with-id.sqlite"))
    db = open_database(planned)
    database_id(db)  # the app's "who am I" is remembered per database id
    db.close()
    roles = _people(planned)
    coordinator, specialist = roles["programme_coordinator"][0], roles["specialist"][0]
    staff_id, rows, day = today_fast.read_for(planned, TODAY, lambda _db_id: coordinator)
    assert staff_id == coordinator and rows == [] and day is not None and not day.gives_lessons
    staff_id, rows, day = today_fast.read_for(planned, TODAY, lambda _db_id: specialist)
    assert rows and day is None
