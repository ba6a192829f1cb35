"""Nog te doen: held lessons without attendance or reflection, lessons not yet recorded, concerns due for
review (only the viewer's own), parent events without attendance."""

from __future__ import annotations

from datetime import date, time, timedelta

from wishdesk.core.services import attendance, concerns, directory, parent_events, reflections, sessions, todo
from wishdesk.core.services.attendance import AttendanceMark
from wishdesk.core.services.parent_events import ParentEventRecord

from .test_sessions import TODAY, plan_group


def _kinds(items) -> list[tuple[str, int | None]]:  # noqa: ANN001
    return [(i.kind, i.lesson_number) for i in items]


def test_todo_follows_a_lesson_day(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db)
    items = todo.todo_items(demo_db, plan.teacher_id, TODAY)
    assert _kinds(items) == [("unrecorded", 1), ("unrecorded", 2)]
    assert items[0].date == TODAY - timedelta(weeks=2) and items[0].group_name and items[0].school_name
    sessions.mark_held(demo_db, plan.session_ids[0], today=TODAY)
    assert _kinds(todo.todo_items(demo_db, plan.teacher_id, TODAY)) == [
        ("unrecorded", 2), ("attendance", 1), ("reflection", 1)]
    pupils = attendance.session_attendance(demo_db, plan.session_ids[0])
    attendance.replace_attendance(demo_db, plan.session_ids[0], [AttendanceMark(p.pupil_id) for p in pupils])
    reflections.save_reflection(demo_db, plan.session_ids[0], plan.specialist_id, "Goed", "", 4)
    assert _kinds(todo.todo_items(demo_db, plan.teacher_id, TODAY)) == [("unrecorded", 2)]
    assert _kinds(todo.todo_items(demo_db, plan.specialist_id, TODAY)) == [("unrecorded", 2)]


def test_todo_lists_due_concerns_only_for_those_who_may_see_them(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db)
    pupil = directory.list_pupils(demo_db, plan.group_id)[0]
    concern_id = concerns.record_concern(demo_db, plan.teacher_id, pupil.id, TODAY - timedelta(weeks=6),
                                         "bullying", "Werd uitgelachen bij de oefening.", "talk_parents",
                                         TODAY - timedelta(days=1))
    mine = [i for i in todo.todo_items(demo_db, plan.teacher_id, TODAY) if i.kind == "concern_review"]
    assert [(i.concern_id, i.pupil_name) for i in mine] == [(concern_id, pupil.first_name)]
    assert [i for i in todo.todo_items(demo_db, plan.specialist_id, TODAY) if i.kind == "concern_review"] == []


def test_todo_lists_parent_events_without_attendance(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db)
    group = next(g for g in directory.list_groups(demo_db) if g.id == plan.group_id)
    past = parent_events.create_parent_event(demo_db, ParentEventRecord(
        0, "parent_evening", group.school_id, group.id, date(2026, 10, 1), time(19, 0), None, None, "Ouderavond", None))
    parent_events.create_parent_event(demo_db, ParentEventRecord(
        0, "showcase", group.school_id, None, TODAY + timedelta(days=30), time(14, 0), None, None, "Toonmoment", None))
    events = [i for i in todo.todo_items(demo_db, plan.teacher_id, TODAY) if i.kind == "parent_attendance"]
    assert [(i.event_id, i.title) for i in events] == [(past, "Ouderavond")]
    families = parent_events.event_families(demo_db, past)
    parent_events.replace_event_attendance(demo_db, past, [(f.guardian_ids, False) for f in families])
    assert [i for i in todo.todo_items(demo_db, plan.teacher_id, TODAY) if i.kind == "parent_attendance"] == []
