"""What happened in a lesson: attendance per pupil (default present) and the duo's reflection, with undo."""

from __future__ import annotations

import pytest

from wishdesk.core.errors import ValidationError
from wishdesk.core.services import attendance, directory, reflections, sessions
from wishdesk.core.services.attendance import AttendanceMark

from .test_sessions import TODAY, plan_group


def test_attendance_defaults_to_present_and_follows_the_half(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db, split=True)
    pupils = directory.list_pupils(demo_db, plan.group_id)
    boys_session = sessions.get_session(demo_db, plan.session_ids[0])
    assert boys_session.subgroup == "boys"
    rows = attendance.session_attendance(demo_db, boys_session.id)
    assert {r.pupil_id for r in rows} == {p.id for p in pupils if p.subgroup == "boys"}
    assert all(r.present and not r.recorded and r.reason == "" for r in rows)


def test_save_attendance_and_undo(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db)
    session_id = plan.session_ids[2]
    rows = attendance.session_attendance(demo_db, session_id)
    marks = [AttendanceMark(r.pupil_id, r.pupil_id != rows[0].pupil_id,
                            "ziek" if r.pupil_id == rows[0].pupil_id else "genegeerd") for r in rows]
    assert attendance.replace_attendance(demo_db, session_id, marks) == ()
    saved = attendance.session_attendance(demo_db, session_id)
    assert all(r.recorded for r in saved)
    absent = [r for r in saved if not r.present]
    assert [(r.first_name, r.reason) for r in absent] == [(rows[0].first_name, "ziek")]
    assert all(r.reason == "" for r in saved if r.present)  # a reason belongs to an absence only
    assert attendance.attendance_counts(demo_db, session_id) == (len(rows) - 1, 1)
    previous = attendance.replace_attendance(demo_db, session_id, [AttendanceMark(r.pupil_id) for r in rows])
    assert len(previous) == len(rows) and sum(not m.present for m in previous) == 1
    attendance.replace_attendance(demo_db, session_id, previous)  # undo
    assert attendance.attendance_counts(demo_db, session_id) == (len(rows) - 1, 1)
    attendance.replace_attendance(demo_db, session_id, ())  # undo of the first save: nothing recorded
    assert not attendance.has_attendance(demo_db, session_id)


def test_attendance_refuses_strangers_and_unplanned(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db)
    other = plan_group(demo_db, index=1)
    stranger = directory.list_pupils(demo_db, other.group_id)[0].id
    with pytest.raises(ValidationError, match="hoort niet"):
        attendance.replace_attendance(demo_db, plan.session_ids[0], [AttendanceMark(stranger)])
    sessions.cancel_session(demo_db, plan.session_ids[6], "Sportdag")
    with pytest.raises(ValidationError, match="geplande of gegeven"):
        attendance.replace_attendance(demo_db, plan.session_ids[6], [AttendanceMark(stranger)])


def test_reflection_by_either_trainer_shown_before_next_lesson(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db)
    first, second, third = plan.session_ids[:3]
    with pytest.raises(ValidationError, match="gegeven"):
        reflections.save_reflection(demo_db, first, plan.teacher_id, "Goed", "", 4)
    sessions.mark_held(demo_db, first, today=TODAY)
    sessions.mark_held(demo_db, second, today=TODAY)
    assert reflections.save_reflection(demo_db, first, plan.teacher_id, "Kring liep goed", "Meer bewegen", 4) is None
    reflections.save_reflection(demo_db, second, plan.specialist_id, "Rustig", "Tijd bewaken", 3)
    last = reflections.last_reflection(demo_db, third)
    assert (last.lesson_number, last.went_well, last.climate) == (2, "Rustig", 3)
    assert last.author_id == plan.specialist_id and last.author_name
    assert reflections.last_reflection(demo_db, first) is None
    # the teacher rewrites the specialist's reflection; undo restores the specialist's text
    before = reflections.save_reflection(demo_db, second, plan.teacher_id, "Rustig, goede sfeer", "", 5)
    assert before.author_id == plan.specialist_id
    reflections.restore_reflection(demo_db, second, before)
    assert reflections.session_reflection(demo_db, second).went_well == "Rustig"
    reflections.restore_reflection(demo_db, second, None)
    assert reflections.last_reflection(demo_db, third).lesson_number == 1


def test_reflection_rules(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db)
    other = plan_group(demo_db, index=1)
    sessions.mark_held(demo_db, plan.session_ids[0], today=TODAY)
    with pytest.raises(ValidationError, match="1 tot en met 5"):
        reflections.save_reflection(demo_db, plan.session_ids[0], plan.teacher_id, "x", "", 6)
    with pytest.raises(ValidationError, match="minstens"):
        reflections.save_reflection(demo_db, plan.session_ids[0], plan.teacher_id, " ", "", None)
    with pytest.raises(ValidationError, match="leerkracht of de specialist"):
        reflections.save_reflection(demo_db, plan.session_ids[0], other.teacher_id, "x", "", 3)


@pytest.fixture
def demo_db(backend_demo_db):  # noqa: ANN001, ANN201 - every test of this file runs on SQLite and on PostgreSQL
    return backend_demo_db
