"""Sessions on a lesson day: creating them per group, the staff member's next lessons, held / cancelled /
moved with an audit trail, and undo of each edit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

import pytest
from sqlalchemy import func, select

from wishdesk.core.errors import ValidationError
from wishdesk.core.models import Group, Session, SessionChange
from wishdesk.core.services import sessions

TODAY = date(2026, 11, 4)  # a Wednesday in the demo's school year 2026-2027


@dataclass(frozen=True)
class PlannedGroup:
    group_id: int
    teacher_id: int
    specialist_id: int
    session_ids: tuple[int, ...]  # lesson order; for a split group: boys and girls of lesson 1, then lesson 2, ...


def plan_group(db, today: date = TODAY, split: bool = False, index: int = 0) -> PlannedGroup:  # noqa: ANN001
    """Create a group's sessions and give them dates as the planner would: lesson 3 today, one a week."""
    with db.write() as s:
        group = [g for g in s.scalars(select(Group).order_by(Group.id)) if g.split_by_gender == split][index]
        sessions.ensure_sessions(s, group)
        rows = s.scalars(select(Session).where(Session.group_id == group.id)).all()
        rows = sorted(rows, key=lambda r: (r.template.number, r.subgroup))
        for row in rows:
            row.date = today + timedelta(weeks=row.template.number - 3)
            row.start_time, row.end_time = (time(8, 30), time(10, 0)) if row.subgroup != "girls" else (time(10, 15), time(11, 45))
            row.status = "planned"
        teacher = min(t.id for t in group.teachers)
        return PlannedGroup(group.id, teacher, group.specialist_id, tuple(r.id for r in rows))


def test_ensure_sessions_one_per_lesson_and_half(demo_db) -> None:  # noqa: ANN001
    with demo_db.write() as s:
        whole = s.scalar(select(Group).where(Group.split_by_gender.is_(False)).limit(1))
        split = s.scalar(select(Group).where(Group.split_by_gender.is_(True)).limit(1))
        made_whole = sessions.ensure_sessions(s, whole)
        made_split = sessions.ensure_sessions(s, split)
        assert {(m.subgroup, m.status, m.date) for m in made_whole} == {("all", "unplanned", None)}
        assert len(made_whole) == 8
        assert len(made_split) == 16 and {m.subgroup for m in made_split} == {"boys", "girls"}
        assert all(m.specialist_id == whole.specialist_id for m in made_whole)
        assert sessions.ensure_sessions(s, whole) == []  # idempotent
    assert sessions.ensure_all_sessions(demo_db) > 0
    assert sessions.ensure_all_sessions(demo_db) == 0


def test_upcoming_sessions_for_teacher_and_specialist(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db)
    mine = sessions.upcoming_sessions(demo_db, plan.teacher_id, TODAY, limit=2)
    # lessons 1 and 2 are in the past and not recorded, lesson 3 is today, then the next two
    assert [v.lesson_number for v in mine] == [1, 2, 3, 4, 5]
    assert mine[2].date == TODAY and mine[2].group_id == plan.group_id
    theirs = sessions.upcoming_sessions(demo_db, plan.specialist_id, TODAY, limit=2)
    assert [v.id for v in theirs] == [v.id for v in mine]
    sessions.mark_held(demo_db, plan.session_ids[0], plan.teacher_id, today=TODAY)
    assert [v.lesson_number for v in sessions.upcoming_sessions(demo_db, plan.teacher_id, TODAY, 2)] == [2, 3, 4, 5]


def test_mark_held_and_undo(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db)
    today_session = plan.session_ids[2]
    edit = sessions.mark_held(demo_db, today_session, plan.teacher_id, today=TODAY)
    assert sessions.get_session(demo_db, today_session).status == "held"
    assert [c.kind for c in sessions.session_history(demo_db, today_session)] == ["held"]
    with pytest.raises(ValidationError, match="al op gegeven"):
        sessions.mark_held(demo_db, today_session, today=TODAY)
    sessions.restore_session(demo_db, edit)
    assert sessions.get_session(demo_db, today_session).status == "planned"
    assert sessions.session_history(demo_db, today_session) == []
    with pytest.raises(ValidationError, match="toekomst"):
        sessions.mark_held(demo_db, plan.session_ids[3], today=TODAY)


def test_cancel_returns_to_planning_with_reason(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db)
    target = plan.session_ids[3]
    with pytest.raises(ValidationError, match="reden"):
        sessions.cancel_session(demo_db, target, "  ")
    edit = sessions.cancel_session(demo_db, target, "Specialist ziek", plan.teacher_id)
    view = sessions.get_session(demo_db, target)
    assert (view.status, view.date, view.start_time, view.cancel_reason) == ("unplanned", None, None, "Specialist ziek")
    [change] = sessions.session_history(demo_db, target)
    assert (change.kind, change.old_date, change.new_date, change.reason) == (
        "cancelled", TODAY + timedelta(weeks=1), None, "Specialist ziek")
    assert change.by is not None
    sessions.restore_session(demo_db, edit)
    view = sessions.get_session(demo_db, target)
    assert (view.status, view.date, view.start_time) == ("planned", TODAY + timedelta(weeks=1), time(8, 30))
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(SessionChange)) == 0


def test_move_keeps_length_and_held_cannot_move(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db)
    target = plan.session_ids[4]
    edit = sessions.move_session(demo_db, target, TODAY + timedelta(days=15), time(13, 0), reason="Schoolreisje")
    view = sessions.get_session(demo_db, target)
    assert (view.date, view.start_time, view.end_time) == (TODAY + timedelta(days=15), time(13, 0), time(14, 30))
    assert sessions.session_history(demo_db, target)[0].kind == "moved"
    sessions.restore_session(demo_db, edit)
    assert sessions.get_session(demo_db, target).start_time == time(8, 30)
    with pytest.raises(ValidationError, match="eindtijd"):
        sessions.move_session(demo_db, target, TODAY, time(10, 0), time(9, 0))
    sessions.mark_held(demo_db, plan.session_ids[0], today=TODAY)
    with pytest.raises(ValidationError, match="al gegeven"):
        sessions.move_session(demo_db, plan.session_ids[0], TODAY)
    with pytest.raises(ValidationError, match="al gegeven"):
        sessions.cancel_session(demo_db, plan.session_ids[0], "te laat")


def test_cancelled_lesson_can_be_planned_again(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db)
    target = plan.session_ids[5]
    sessions.cancel_session(demo_db, target, "Studiedag")
    sessions.move_session(demo_db, target, TODAY + timedelta(weeks=4), time(9, 0), time(10, 30))
    assert [c.kind for c in sessions.session_history(demo_db, target)] == ["cancelled", "planned"]
    view = sessions.get_session(demo_db, target)
    assert view.status == "planned" and view.end_time == time(10, 30)


@pytest.fixture
def demo_db(backend_demo_db):  # noqa: ANN001, ANN201 - every test of this file runs on SQLite and on PostgreSQL
    return backend_demo_db
