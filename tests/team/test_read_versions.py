"""Read versions in the services the GUI edits: a save based on what a person read long ago is refused when
someone else saved in between (StaleEdit with both versions), on SQLite and PostgreSQL, with two real
connections; after seeing both, "keep mine" (`rebased`) saves on the version now stored and nothing is lost."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import pytest
from sqlalchemy import select

from tests.core.test_concerns import _record as record_concern
from tests.core.test_meetings import _intervision as intervision
from tests.core.test_parent_events import _event as new_event
from tests.core.test_sessions import TODAY, plan_group
from tests.team.test_lost_updates import second_connection
from wishdesk.core import models as M
from wishdesk.core.services import (
    concerns,
    meetings,
    parent_events,
    reflections,
    sessions,
    setup_consents,
    setup_groups,
    setup_guardians,
    setup_pupils,
    setup_schools,
    setup_staff,
)
from wishdesk.core.team.stale import StaleEdit, rebased


def _first(db, model, *where, column=None) -> Any:  # noqa: ANN001 - a column (id) of a model's first row
    with db.session() as s:
        return s.scalars(select(column or model.id).where(*where).order_by(model.id)).first()


@dataclass(frozen=True)
class Case:
    """How the GUI reads one kind of record (with its version) and saves a change to it."""

    table: str
    read: Callable[[Any], Any]  # db -> what the dialog holds (has .version)
    save: Callable[[Any, Any, str, int | None], Any]  # db, what was read, a marker text, version -> saved
    stored: Callable[[Any, Any], str | None]  # db, what was read -> the marked field as stored now


def _school(db):  # noqa: ANN001, ANN202
    return setup_schools.get_school(db, _first(db, M.School))


def _staff(db):  # noqa: ANN001, ANN202
    return setup_staff.get_staff(db, _first(db, M.Staff))


def _group(db):  # noqa: ANN001, ANN202
    return setup_groups.get_group(db, _first(db, M.Group))


def _pupil(db):  # noqa: ANN001, ANN202
    return setup_pupils.get_pupil(db, _first(db, M.Pupil))


def _guardian(db):  # noqa: ANN001, ANN202
    return setup_guardians.get_guardian(db, _first(db, M.Guardian))


def _consent(db):  # noqa: ANN001, ANN202
    return setup_consents.get_consent(db, _first(db, M.Consent))


def _reflection(db):  # noqa: ANN001, ANN202
    session_id = _first(db, M.SessionLog, column=M.SessionLog.session_id)
    if session_id is None:  # the demo has no reflections yet: the first one, of a planned and held lesson
        plan = plan_group(db)
        session_id = plan.session_ids[0]
        sessions.mark_held(db, session_id, today=TODAY)
        reflections.save_reflection(db, session_id, plan.teacher_id, "Goed", "", 4)
    return reflections.session_reflection(db, session_id)


def _concern(db):  # noqa: ANN001, ANN202
    plan = plan_group(db)  # the demo has no concerns: one by the group's teacher
    seen = concerns.visible_concerns(db, plan.teacher_id)
    return concerns.get_concern(db, plan.teacher_id, seen[0].id if seen else record_concern(db, plan))


def _event(db):  # noqa: ANN001, ANN202
    event_id = _first(db, M.ParentEvent)
    if event_id is None:  # the demo has none: a parents' evening for the whole first school
        event_id = new_event(db, None, _first(db, M.School))
    return parent_events.get_parent_event(db, event_id)


def _event_record(e) -> parent_events.ParentEventRecord:  # noqa: ANN001
    return parent_events.ParentEventRecord(e.id, e.kind, e.school_id, e.group_id, e.date, e.start_time, e.end_time,
                                           e.location, e.title, e.notes)


def _meeting(db):  # noqa: ANN001, ANN202
    meeting_id = _first(db, M.Meeting)
    if meeting_id is None:  # the demo has none: an intervision of a group's duo
        meeting_id = meetings.create_meeting(db, intervision(plan_group(db)))
    return meetings.get_meeting(db, meeting_id).record


def _save_concern(db, c, mark: str, version):  # noqa: ANN001, ANN202
    return concerns.update_concern(db, c.author_id, c.id, observed_on=c.observed_on, category=c.category,
                                   observation=f"Gezien: {mark}", follow_up=c.follow_up,
                                   review_date=c.review_date, closed=c.closed, version=version)


CASES = [
    Case("school", _school,
         lambda db, r, m, v: setup_schools.update_school(db, r.id, replace(r.data, town=m), version=v),
         lambda db, r: setup_schools.get_school(db, r.id).data.town),
    Case("staff", _staff,
         lambda db, r, m, v: setup_staff.update_staff(db, r.id, replace(r.data, name=f"Naam {m}"), version=v),
         lambda db, r: setup_staff.get_staff(db, r.id).data.name[5:]),
    Case("group", _group,
         lambda db, r, m, v: setup_groups.update_group(db, r.id, replace(r.data, video_url=f"https://x.nl/{m}"),
                                                       version=v),
         lambda db, r: (setup_groups.get_group(db, r.id).data.video_url or "")[13:]),
    Case("pupil", _pupil,
         lambda db, r, m, v: setup_pupils.update_pupil(db, r.id, replace(r.data, first_name=f"Sem {m}"), version=v),
         lambda db, r: setup_pupils.get_pupil(db, r.id).data.first_name[4:]),
    Case("guardian", _guardian,
         lambda db, r, m, v: setup_guardians.update_guardian(db, r.id, replace(r.data, name=f"Ouder {m}"),
                                                             version=v),
         lambda db, r: (setup_guardians.get_guardian(db, r.id).data.name or "")[6:]),
    Case("consent", _consent,
         lambda db, r, m, v: setup_consents.update_consent(db, r.id, replace(r.data, note=m), version=v),
         lambda db, r: setup_consents.get_consent(db, r.id).data.note),
    Case("session_log", _reflection,
         lambda db, r, m, v: reflections.save_reflection(db, r.session_id, r.author_id, m, r.change_next, r.climate,
                                                         version=v),
         lambda db, r: reflections.session_reflection(db, r.session_id).went_well),
    Case("concern", _concern, _save_concern,
         lambda db, r: concerns.get_concern(db, r.author_id, r.id).observation[8:]),
    Case("parent_event", _event,
         lambda db, r, m, v: parent_events.save_parent_event(db, replace(_event_record(r), notes=m), version=v),
         lambda db, r: parent_events.get_parent_event(db, r.id).notes),
    Case("meeting", _meeting,
         lambda db, r, m, v: meetings.save_meeting(db, replace(r, topic=m), version=v),
         lambda db, r: meetings.get_meeting(db, r.id).record.topic),
]


@pytest.mark.parametrize("case", CASES, ids=[c.table for c in CASES])
def test_an_edit_read_long_ago_does_not_overwrite_a_newer_save(backend_demo_db, case: Case) -> None:  # noqa: ANN001
    db = backend_demo_db
    mine = case.read(db)  # client A opens the edit dialog
    assert mine is not None and mine.version is not None
    if db.location.is_sqlite:
        db.lock.release()  # the instance lock would stop the second client in this one process
        db.lock = None
    other = second_connection(db)
    try:
        theirs = case.read(other)  # client B opens it too, saves first
        case.save(other, theirs, "B", theirs.version)
        with pytest.raises(StaleEdit) as caught:
            case.save(db, mine, "A", mine.version)
        assert case.stored(other, mine) == "B"  # B's save stands; nothing of A's was written
    finally:
        other.close()
    stale = caught.value
    assert stale.table == case.table and stale.read_version == mine.version
    assert stale.current_version == mine.version + 1 and stale.differences()
    assert case.read(db).version == mine.version + 1
    with rebased(stale):  # A saw both and keeps their own: the same save, now on the stored version
        case.save(db, mine, "A", mine.version)
    assert case.stored(db, mine) == "A" and case.read(db).version == mine.version + 2
    case.save(db, case.read(db), "C", None)  # no version given (undo, the CLI): no check, as before
    assert case.stored(db, mine) == "C"


def test_attendance_saved_meanwhile(backend_demo_db) -> None:  # noqa: ANN001
    """Attendance is saved as a whole list: the list as read goes with the save."""
    from wishdesk.core.services import attendance
    from wishdesk.core.services.attendance import AttendanceMark

    db = backend_demo_db
    plan = plan_group(db)
    session_id = plan.session_ids[0]
    rows = attendance.session_attendance(db, session_id)
    read = tuple(AttendanceMark(r.pupil_id, r.present, r.reason) for r in rows if r.recorded)
    assert read == ()  # nothing recorded yet when both open the lesson
    first, second = rows[0], rows[1]
    if db.location.is_sqlite:
        db.lock.release()
        db.lock = None
    other = second_connection(db)
    try:  # the specialist records: the first pupil is ill
        attendance.replace_attendance(other, session_id, [AttendanceMark(r.pupil_id, r is not first, "" if r
                                                                         is not first else "ziek") for r in rows],
                                      read)
    finally:
        other.close()
    mine = [AttendanceMark(r.pupil_id, r is not second, "" if r is not second else "tandarts") for r in rows]
    with pytest.raises(StaleEdit) as caught:  # the teacher's list, based on the empty one read
        attendance.replace_attendance(db, session_id, mine, read)
    stale = caught.value
    assert set(stale.differences()) == {first.first_name, second.first_name}
    assert stale.differences()[first.first_name] == ("aanwezig", "afwezig: ziek")
    assert "aanwezigheid" in str(stale) and "versie" not in str(stale) and first.first_name in str(stale)
    assert attendance.attendance_counts(db, session_id) == (len(rows) - 1, 1)  # theirs stands
    with rebased(stale):  # keep mine, after seeing theirs
        attendance.replace_attendance(db, session_id, mine, read)
    saved = {r.pupil_id: r for r in attendance.session_attendance(db, session_id)}
    assert saved[second.pupil_id].reason == "tandarts" and saved[first.pupil_id].present


def test_return_slips_recorded_meanwhile(backend_demo_db) -> None:  # noqa: ANN001
    from wishdesk.core.services.parent_events import SlipMark

    db = backend_demo_db
    plan = plan_group(db)
    with db.session() as s:
        template_id = s.scalars(select(M.Session.template_id).where(M.Session.id == plan.session_ids[0])).one()
    rows = parent_events.return_slips(db, plan.group_id, template_id)
    read = [SlipMark(r.pupil_id, r.status, r.comment) for r in rows]  # both open the list: nothing back yet
    if db.location.is_sqlite:
        db.lock.release()
        db.lock = None
    other = second_connection(db)
    try:
        parent_events.replace_return_slips(other, template_id, [SlipMark(rows[0].pupil_id, "done", "Samen gedaan")],
                                           expected=read)
    finally:
        other.close()
    mine = [SlipMark(rows[0].pupil_id, "not_done"), SlipMark(rows[1].pupil_id, "done")]
    with pytest.raises(StaleEdit) as caught:
        parent_events.replace_return_slips(db, template_id, mine, expected=read)
    assert caught.value.differences() == {rows[0].first_name: ("niet gedaan", "gedaan: Samen gedaan"),
                                          rows[1].first_name: ("gedaan", None)}  # mine against theirs
    after = {r.pupil_id: r for r in parent_events.return_slips(db, plan.group_id, template_id)}
    assert after[rows[0].pupil_id].status == "done" and after[rows[1].pupil_id].status is None  # nothing of mine
    with rebased(caught.value):
        parent_events.replace_return_slips(db, template_id, mine, expected=read)
    after = {r.pupil_id: r for r in parent_events.return_slips(db, plan.group_id, template_id)}
    assert after[rows[0].pupil_id].status == "not_done" and after[rows[1].pupil_id].status == "done"


def _second_client(db):  # noqa: ANN001, ANN202
    if db.location.is_sqlite:
        db.lock.release()  # the instance lock would stop the second client in this one process
        db.lock = None
    return second_connection(db)


@pytest.mark.parametrize("edit", ["move", "cancel", "held"])
def test_a_lesson_edited_meanwhile_is_not_overwritten(backend_demo_db, edit: str) -> None:  # noqa: ANN001
    """Moving, cancelling or marking a lesson held is based on the lesson as shown on the Vandaag page."""
    from datetime import time, timedelta

    db = backend_demo_db
    plan = plan_group(db)
    session_id = plan.session_ids[2]  # lesson 3, today
    mine = sessions.get_session(db, session_id)
    other = _second_client(db)
    try:  # the colleague moves it an hour later first
        sessions.move_session(other, session_id, mine.date, time(11, 0), version=mine.version)
    finally:
        other.close()
    act = {
        "move": lambda v: sessions.move_session(db, session_id, mine.date + timedelta(days=1), version=v),
        "cancel": lambda v: sessions.cancel_session(db, session_id, "Ziek", version=v),
        "held": lambda v: sessions.mark_held(db, session_id, today=TODAY, version=v),
    }[edit]
    with pytest.raises(StaleEdit) as caught:
        act(mine.version)
    stale = caught.value
    assert stale.table == "session" and stale.differences() and stale.current_version == mine.version + 1
    now = sessions.get_session(db, session_id)
    assert (now.date, now.start_time, now.status) == (mine.date, time(11, 0), "planned")  # theirs stands
    with rebased(stale):  # keep mine, after seeing theirs
        act(mine.version)
    assert sessions.get_session(db, session_id).version == mine.version + 2


def test_undo_of_a_lesson_edit_refuses_when_someone_changed_it_since(backend_demo_db) -> None:  # noqa: ANN001
    from datetime import time, timedelta

    db = backend_demo_db
    plan = plan_group(db)
    session_id = plan.session_ids[2]
    mine = sessions.get_session(db, session_id)
    # Two edits of one's own, both undone: the first undo's check is not upset by the second edit's version.
    first = sessions.move_session(db, session_id, mine.date + timedelta(days=1), version=mine.version)
    second = sessions.move_session(db, session_id, mine.date + timedelta(days=2))
    sessions.restore_session(db, second)
    back = sessions.restore_session(db, first)
    assert sessions.get_session(db, session_id).date == mine.date
    redone = sessions.move_session(db, session_id, mine.date + timedelta(days=1), expected=back)  # the redo
    other = _second_client(db)
    try:  # the colleague sets another time on the new day
        sessions.move_session(other, session_id, mine.date + timedelta(days=1), time(13, 0))
    finally:
        other.close()
    with pytest.raises(StaleEdit) as caught:
        sessions.restore_session(db, redone)  # undo would put back the old day over their new time
    assert caught.value.differences()
    now = sessions.get_session(db, session_id)
    assert (now.date, now.start_time) == (mine.date + timedelta(days=1), time(13, 0))
    with pytest.raises(StaleEdit):  # a redo based on a state someone changed since is refused too
        sessions.mark_held(db, session_id, today=TODAY + timedelta(days=7), expected=redone.after)
