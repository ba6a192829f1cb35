"""Intervisie and team meetings: scheduled, attendance, and hours per trainer for their register."""

from __future__ import annotations

import dataclasses
from datetime import date, time

import pytest

from wishdesk.core.errors import ValidationError
from wishdesk.core.services import meetings
from wishdesk.core.services.meetings import Attendee, MeetingRecord

from .test_sessions import plan_group


def _intervision(plan, **extra) -> MeetingRecord:  # noqa: ANN001
    values = dict(id=0, kind="intervision", date=date(2026, 11, 12), start_time=time(14, 0), end_time=time(16, 0),
                  location="Kantoor jeugdhulp", topic="Casus: groepsdruk",
                  attendees=(Attendee(plan.teacher_id, hours=2.0), Attendee(plan.specialist_id, hours=2.0)))
    values.update(extra)
    return MeetingRecord(**values)


def test_schedule_attendance_and_hours_register(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db)
    first = meetings.create_meeting(demo_db, _intervision(plan))
    second = meetings.create_meeting(demo_db, _intervision(plan, date=date(2027, 3, 4), start_time=time(15, 0),
                                                          end_time=time(17, 0)))
    assert _intervision(plan).hours == 2.0
    view = meetings.get_meeting(demo_db, first)
    assert view.present == 2 and all(a.name for a in view.record.attendees)
    before = meetings.set_attendance(demo_db, second, [Attendee(plan.teacher_id, attended=False),
                                                       Attendee(plan.specialist_id, hours=1.5)])
    register = meetings.hours_register(demo_db, plan.specialist_id)
    assert [(line.meeting_id, line.hours) for line in register.lines] == [(first, 2.0), (second, 1.5)]
    assert register.total == 3.5
    assert meetings.hours_register(demo_db, plan.teacher_id).total == 2.0
    meetings.save_meeting(demo_db, before)  # undo
    assert meetings.hours_register(demo_db, plan.teacher_id).total == 4.0
    assert [m.record.id for m in meetings.list_meetings(demo_db, staff_id=plan.teacher_id)] == [first, second]
    assert [m.record.id for m in meetings.list_meetings(demo_db, year="2026-2027")] == [first, second]


def test_delete_and_undo_keeps_id(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db)
    meeting_id = meetings.create_meeting(demo_db, _intervision(plan, kind="team_meeting"))
    record = meetings.delete_meeting(demo_db, meeting_id)
    assert meetings.list_meetings(demo_db) == []
    assert meetings.create_meeting(demo_db, record) == meeting_id
    assert meetings.get_meeting(demo_db, meeting_id).record.kind == "team_meeting"


def test_meeting_rules(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db)
    with pytest.raises(ValidationError, match="eindtijd"):
        meetings.create_meeting(demo_db, _intervision(plan, end_time=time(13, 0)))
    with pytest.raises(ValidationError, match="twee keer"):
        meetings.create_meeting(demo_db, _intervision(plan, attendees=(Attendee(plan.teacher_id),) * 2))
    bad = dataclasses.replace(_intervision(plan), attendees=(Attendee(plan.teacher_id, hours=-1),))
    with pytest.raises(ValidationError, match="uren"):
        meetings.create_meeting(demo_db, bad)


@pytest.fixture
def demo_db(backend_demo_db):  # noqa: ANN001, ANN201 - every test of this file runs on SQLite and on PostgreSQL
    return backend_demo_db
