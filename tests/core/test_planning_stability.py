"""Issue 17: re-planning keeps what stands (a second `plan --all` moves nothing), a plan that breaks a rule
is still re-planned, and parent events are planned at least the lead time (a setting) ahead of today."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from wishdesk.core.models import ParentEvent, Session, Setting
from wishdesk.core.services import planning

TODAY = date(2026, 12, 6)  # a Sunday in the middle of the demo's school year 2026-2027


def drive(steps):  # noqa: ANN001, ANN201
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value


def plan(db, **kwargs):  # noqa: ANN001, ANN003, ANN201
    kwargs.setdefault("today", TODAY)
    kwargs.setdefault("time_limit", 2)
    return drive(planning.plan_year(db, **kwargs))


def _dates(db):  # noqa: ANN001, ANN202
    with db.session() as s:
        return {r.id: (r.date, r.start_time) for r in s.scalars(select(Session))}


@pytest.fixture
def town_db(tmp_path):  # noqa: ANN001, ANN201
    """16 schools: big enough that CP-SAT does not reach the optimum in the time given, so a new
    run would find another plan of about the same quality (what moved hundreds of lessons)."""
    from wishdesk.core.demo import build_demo
    from wishdesk.core.opening import open_database

    db = open_database(tmp_path / "town.sqlite", create=True, backup_dir=tmp_path / "backups")
    with db.write() as session:
        for _ in build_demo(session, schools=16, seed=3, year="2026-2027"):
            pass
    yield db
    db.close()


def test_second_replan_all_moves_nothing(town_db) -> None:  # noqa: ANN001
    first = plan(town_db, time_limit=1)
    assert first.ok, first.explanations
    planned = _dates(town_db)
    again = plan(town_db, replan_all=True, time_limit=1)
    assert again.ok and again.moved == 0 and len(again.changes) == 0
    third = plan(town_db, replan_all=True, time_limit=1)
    assert third.moved == 0 and _dates(town_db) == planned
    assert planning.conflicts(town_db, today=TODAY) == []


def test_replan_all_still_repairs_a_plan_that_breaks_a_rule(demo_db) -> None:  # noqa: ANN001
    assert plan(demo_db).ok
    with demo_db.write() as s:  # lesson 2 of a group on the day of its lesson 1: too close
        rows = s.scalars(select(Session).where(Session.subgroup != "girls").order_by(Session.group_id,
                                                                                    Session.date)).all()
        first, second = rows[0], rows[1]
        second.date, second.start_time, second.end_time = first.date, first.start_time, first.end_time
    assert planning.conflicts(demo_db, today=TODAY)
    outcome = plan(demo_db, replan_all=True)
    assert outcome.ok and outcome.moved > 0
    assert planning.conflicts(demo_db, today=TODAY) == []


def _evening_dates(db):  # noqa: ANN001, ANN202
    with db.session() as s:
        return [e.date for e in s.scalars(select(ParentEvent).where(ParentEvent.kind == "parent_evening"))]


def test_parent_evenings_are_planned_the_lead_time_ahead(demo_db) -> None:  # noqa: ANN001
    assert plan(demo_db).ok
    evenings = _evening_dates(demo_db)
    assert evenings and min(evenings) >= TODAY + timedelta(days=14)


def test_lead_time_is_a_setting(demo_db) -> None:  # noqa: ANN001
    with demo_db.write() as s:
        s.add(Setting(key="planning.parent_event_lead_days", value="30"))
    assert plan(demo_db).ok
    evenings = _evening_dates(demo_db)
    assert evenings and min(evenings) >= TODAY + timedelta(days=30)
    with demo_db.session() as s:  # every group's first lesson still after its evening
        for event in s.scalars(select(ParentEvent).where(ParentEvent.kind == "parent_evening")):
            first = min(r.date for r in s.scalars(select(Session).where(Session.group_id == event.group_id)))
            assert event.date < first
