"""Nog te doen: what a staff member still has to record after lesson days.

- lessons that took place but are not yet marked held (planned, date before today);
- held lessons without attendance, or without the duo's reflection;
- concerns whose review date has come (only those the person may see: see concerns.due_concerns);
- parent events that took place without attendance.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..db import Database
from ..errors import NotFound
from ..models import Attendance, Group, ParentEvent, School, Session, SessionLog, Staff, staff_school
from . import concerns
from .sessions import staff_group_ids, staff_sessions_clause

KINDS = ("unrecorded", "attendance", "reflection", "concern_review", "parent_attendance")


@dataclass(frozen=True)
class TodoItem:
    kind: str  # one of KINDS
    date: date | None
    school_name: str
    group_name: str | None = None
    subgroup: str = "all"
    lesson_number: int | None = None
    pupil_name: str | None = None  # concerns only
    title: str | None = None  # parent events only
    session_id: int | None = None
    concern_id: int | None = None
    event_id: int | None = None


def _session_item(kind: str, row: Session) -> TodoItem:
    return TodoItem(kind, row.date, row.group.school.name, row.group.name, row.subgroup, row.template.number,
                    session_id=row.id)


def todo_items(db: Database, staff_id: int, today: date | None = None) -> list[TodoItem]:
    """Everything still open for `staff_id`, by kind and then by date."""
    today = today or date.today()
    items: list[TodoItem] = []
    with db.session() as s:
        if s.get(Staff, staff_id) is None:
            raise NotFound(f"Medewerker {staff_id} bestaat niet.")
        load = (selectinload(Session.group).selectinload(Group.school), selectinload(Session.template))
        mine = staff_sessions_clause(s, staff_id)
        order = (Session.date, Session.start_time, Session.id)
        for row in s.scalars(select(Session).options(*load).where(
                mine, Session.status == "planned", Session.date < today).order_by(*order)):
            items.append(_session_item("unrecorded", row))
        held = s.scalars(select(Session).options(*load).where(mine, Session.status == "held").order_by(*order)).all()
        with_attendance = set(s.scalars(select(Attendance.session_id).where(
            Attendance.session_id.in_([h.id for h in held])).distinct()))
        with_log = set(s.scalars(select(SessionLog.session_id).where(SessionLog.session_id.in_([h.id for h in held]))))
        for row in held:
            if row.id not in with_attendance:
                items.append(_session_item("attendance", row))
        for row in held:
            if row.id not in with_log:
                items.append(_session_item("reflection", row))
        group_ids = staff_group_ids(s, staff_id)
        school_ids = set(s.scalars(select(staff_school.c.school_id).where(staff_school.c.staff_id == staff_id)))
        school_ids |= set(s.scalars(select(Group.school_id).where(Group.id.in_(group_ids))))
        events = s.scalars(select(ParentEvent).where(  # took place, nobody recorded who came
            ParentEvent.date.is_not(None), ParentEvent.date < today, ~ParentEvent.attendance.any(),
            ParentEvent.group_id.in_(group_ids)
            | (ParentEvent.group_id.is_(None) & ParentEvent.school_id.in_(school_ids))).order_by(ParentEvent.date))
        event_items = [TodoItem("parent_attendance", e.date, s.get(School, e.school_id).name,
                                s.get(Group, e.group_id).name if e.group_id else None, title=e.title, event_id=e.id)
                       for e in events]
    for concern in concerns.due_concerns(db, staff_id, today):
        items.append(TodoItem("concern_review", concern.review_date, concern.school_name, concern.group_name,
                              pupil_name=concern.pupil_name, concern_id=concern.id))
    return items + event_items
