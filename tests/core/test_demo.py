"""The demo municipality: deterministic, realistic, complete."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

from wishdesk.core.demo import build_demo
from wishdesk.core.models import CalendarEntry, Group, Guardian, Pupil, School, Staff
from wishdesk.core.opening import open_database
from wishdesk.core.services import directory


def _build(path: Path, schools: int, seed: int):  # noqa: ANN202
    db = open_database(path, create=True)
    with db.write() as s:
        steps = list(build_demo(s, schools=schools, seed=seed, year="2026-2027"))
    return db, steps


def _snapshot(db) -> list:  # noqa: ANN001
    return [(g.school, g.name, g.pupils, g.specialist, g.teachers) for g in directory.list_groups(db)] + [
        [(p.first_name, p.subgroup, tuple(x.language for x in p.guardians)) for p in directory.list_pupils(db, g.id)]
        for g in directory.list_groups(db)
    ]


def test_same_seed_same_data(tmp_path: Path) -> None:
    a, _ = _build(tmp_path / "a.sqlite", 5, 3)
    b, _ = _build(tmp_path / "b.sqlite", 5, 3)
    c, _ = _build(tmp_path / "c.sqlite", 5, 4)
    try:
        assert _snapshot(a) == _snapshot(b)
        assert _snapshot(a) != _snapshot(c)
    finally:
        for db in (a, b, c):
            db.close()


def test_demo_is_realistic(tmp_path: Path) -> None:
    db, steps = _build(tmp_path / "d.sqlite", 12, 1)
    try:
        assert steps[-1] == (12, 12)
        with db.session() as s:
            assert s.scalar(select(func.count(School.id))) == 12
            groups = s.scalars(select(Group)).all()
            assert 12 <= len(groups) <= 36
            assert all(g.specialist_id and g.teachers for g in groups)
            sizes = [s.scalar(select(func.count(Pupil.id)).where(Pupil.group_id == g.id)) for g in groups]
            assert all(20 <= n <= 30 for n in sizes)
            languages = Counter(s.scalars(select(Guardian.language)).all())
            assert languages.most_common(1)[0][0] == "nl"
            assert {"tr", "ar"} <= set(languages)
            specialists = [p for p in s.scalars(select(Staff)).all() if "specialist" in p.role_codes]
            assert len(specialists) == 3  # ~1 per 4 schools
            holidays = s.scalars(select(CalendarEntry).where(CalendarEntry.region == "zuid")).all()
            assert any("Kerst" in h.name for h in holidays)
    finally:
        db.close()


def _planned(path: Path, schools: int, seed: int, today):  # noqa: ANN001, ANN202
    db = open_database(path, create=True)
    with db.write() as s:
        steps = list(build_demo(s, schools=schools, seed=seed, year="2026-2027", plan=True, today=today))
    return db, steps


def test_demo_with_a_year_under_way(tmp_path: Path) -> None:
    from datetime import date

    from wishdesk.core.models import Attendance, ParentEvent, Session, SessionLog
    from wishdesk.core.services import planning, sessions

    today = date(2026, 11, 25)
    a, steps = _planned(tmp_path / "a.sqlite", 6, 3, today)
    b, _ = _planned(tmp_path / "b.sqlite", 6, 3, today)
    c, _ = _planned(tmp_path / "c.sqlite", 6, 3, date(2027, 3, 1))
    plain, _ = _build(tmp_path / "plain.sqlite", 6, 3)
    try:
        assert steps[-1] == (7, 7)  # one step more for the plan
        assert _snapshot(a) == _snapshot(plain)  # planning does not change the municipality itself

        def plan_of(db):  # noqa: ANN001, ANN202
            with db.session() as s:
                return sorted((r.group_id, r.template_id, r.subgroup, r.date, r.start_time, r.status)
                              for r in s.scalars(select(Session)))

        assert plan_of(a) == plan_of(b)  # same seed and today: same plan
        assert [r[:5] for r in plan_of(a)] == [r[:5] for r in plan_of(c)]  # another today: only what happened
        with a.session() as s:
            rows = s.scalars(select(Session)).all()
            assert rows and all(r.date is not None for r in rows)
            assert all((r.status == "held") == (r.date < today) for r in rows)
            assert {r.status for r in rows} == {"held", "planned"}
            starts = sorted({min(r.date for r in rows if r.group_id == g) for g in {r.group_id for r in rows}})
            assert starts[0].month in (8, 9) and starts[-1].year == 2027  # schools start in different terms
            held = [r.id for r in rows if r.status == "held"]
            assert s.scalar(select(func.count(func.distinct(Attendance.session_id)))) > len(held) / 2
            assert s.scalar(select(func.count(SessionLog.id))) > len(held) / 2
            assert s.scalar(select(func.count(ParentEvent.id))) >= 2 * len(s.scalars(select(Group)).all())
            teacher = s.scalar(select(Group).order_by(Group.id)).teachers[0].id
            from wishdesk.core.models import HandoutDelivery, ReturnSlip

            printed = s.scalars(select(HandoutDelivery)).all()
            assert printed and all(d.printed_on < today for d in printed)  # sheets went home after held lessons
            slips = s.scalars(select(ReturnSlip)).all()
            assert slips and all(r.received_on < today for r in slips)  # some families answered
            assert {r.status for r in slips} == {"done", "not_done"}
        assert planning.conflicts(a, today=today) == []
        upcoming = [v for g in directory.list_groups(a) for v in sessions.group_sessions(a, g.id)
                    if v.status == "planned"]
        assert upcoming  # the Today page has lessons to show
        assert sessions.upcoming_sessions(a, teacher, today) is not None
    finally:
        for db in (a, b, c, plain):
            db.close()
