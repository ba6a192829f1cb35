"""Read-only rows for the planning page (week and month views, lessons without a date, the choice
lists) and the calendar export (.ics per person or for everything)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import selectinload

from .. import access
from ..db import Database
from ..errors import NotFound
from ..ics_export import events_from_plan, sessions_to_ics
from ..models import Group, ParentEvent, School, Session, Staff, group_teacher
from .planning import snapshot_for_check
from .planning_problem import event_key, session_key, year_row


@dataclass(frozen=True)
class PlanItem:
    """One block in the week view: a lesson (or half of one) or a parent event."""

    key: str  # "s12" / "e5"
    kind: str  # "lesson" or a parent event kind ("parent_evening", "showcase", …)
    lesson_number: int | None
    lesson_title: str
    subgroup: str  # all / boys / girls
    group_id: int | None
    group_name: str
    school_id: int
    school_name: str
    start: datetime
    end: datetime
    status: str  # planned / held
    pinned: bool
    teacher_name: str | None
    specialist_name: str | None
    version: int | None = None  # the row version as read: a drag based on it is refused if someone saved since


@dataclass(frozen=True)
class OpenItem:
    """A lesson of the year without a date (never planned, or cancelled and not yet re-planned)."""

    key: str
    lesson_number: int
    subgroup: str
    group_name: str
    school_name: str
    cancel_reason: str | None


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


@dataclass(frozen=True)
class PlanningChoices:
    year: str
    first_day: date
    last_day: date
    schools: tuple[Choice, ...]
    specialists: tuple[Choice, ...]
    teachers: tuple[Choice, ...]


def planning_choices(db: Database, year: str | None = None, *, as_staff: int | None = None) -> PlanningChoices:
    """Schools, specialists and teachers with groups in the school year, for the "by" choice.
    ``as_staff``: only the groups that signed-in person sees (core.access), and the people of those groups."""
    with db.session() as s:
        row = year_row(s, year)
        query = (select(Group).options(selectinload(Group.teachers), selectinload(Group.school),
                                       selectinload(Group.specialist))
                 .where(Group.school_year_id == row.id, Group.archived.is_(False)))
        seen = access.group_clause(access.scope_in(s, as_staff))
        groups = s.scalars(query if seen is None else query.where(seen)).all()

        def choices(pairs) -> tuple[Choice, ...]:  # noqa: ANN001
            return tuple(sorted({Choice(i, n) for i, n in pairs}, key=lambda c: (c.name.lower(), c.id)))

        return PlanningChoices(
            row.name, row.start_date, row.end_date,
            choices((g.school.id, g.school.name) for g in groups),
            choices((g.specialist.id, g.specialist.name) for g in groups if g.specialist is not None),
            choices((t.id, t.name) for g in groups for t in g.teachers))


def _group_filter(s, school_id: int | None, specialist_id: int | None, teacher_id: int | None):  # noqa: ANN001, ANN202
    """Which groups a view shows: a school's, a specialist's or a teacher's (None: all)."""
    if school_id is not None:
        return Group.school_id == school_id
    if specialist_id is not None:
        return Group.specialist_id == specialist_id
    if teacher_id is not None:
        return Group.id.in_(select(group_teacher.c.group_id).where(group_teacher.c.staff_id == teacher_id))
    return None


def _seen(s, as_staff: int | None):  # noqa: ANN001, ANN202 - (scope, Group clause, school ids); None: all
    scope = access.scope_in(s, as_staff)
    return scope, access.group_clause(scope), access.seen_school_ids(s, scope)


def plan_items(db: Database, first: date, last: date, *, school_id: int | None = None,
               specialist_id: int | None = None, teacher_id: int | None = None,
               today: date | None = None, as_staff: int | None = None) -> list[PlanItem]:
    """Planned and held lessons and dated parent events from ``first`` to ``last`` for a school,
    specialist or teacher (their groups, and lessons they lead on another group). ``as_staff``: only what
    that signed-in person sees (their schools' groups, lessons they lead, their schools' events)."""
    items, today = [], today or date.today()
    with db.session() as s:
        scope, seen_groups, seen_schools = _seen(s, as_staff)
        where = _group_filter(s, school_id, specialist_id, teacher_id)
        query = (select(Session).options(selectinload(Session.group).selectinload(Group.school),
                                         selectinload(Session.template))
                 .join(Group, Group.id == Session.group_id)
                 .where(Session.date >= first, Session.date <= last, Session.status.in_(("planned", "held"))))
        person = specialist_id if specialist_id is not None else teacher_id
        if where is not None:
            extra = [Session.specialist_id == person, Session.teacher_id == person] if person is not None else []
            query = query.where(or_(where, *extra))
        if seen_groups is not None:
            query = query.where(or_(seen_groups, Session.teacher_id == scope.staff_id,
                                    Session.specialist_id == scope.staff_id))
        rows = s.scalars(query).all()
        staff_ids = {i for r in rows for i in (r.teacher_id, r.specialist_id) if i is not None}
        names = dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(staff_ids))).all())
        for r in rows:
            start = datetime.combine(r.date, r.start_time or time(8, 30))
            end = (datetime.combine(r.date, r.end_time) if r.end_time and r.start_time
                   else start + timedelta(minutes=r.template.duration_minutes))
            items.append(PlanItem(session_key(r.id), "lesson", r.template.number, r.template.text("title"),
                                  r.subgroup, r.group_id, r.group.name, r.group.school_id, r.group.school.name,
                                  start, end, r.status, r.pinned, names.get(r.teacher_id),
                                  names.get(r.specialist_id), r.version))
        events = select(ParentEvent, Group).outerjoin(Group, Group.id == ParentEvent.group_id).where(
            ParentEvent.date >= first, ParentEvent.date <= last)
        if school_id is not None:
            events = events.where(ParentEvent.school_id == school_id)
        elif where is not None:
            events = events.where(where)
        if seen_groups is not None:  # a group's event with the group, a school-wide one with the school
            events = events.where(or_(and_(ParentEvent.group_id.is_not(None), seen_groups),
                                      and_(ParentEvent.group_id.is_(None), ParentEvent.school_id.in_(seen_schools))))
        for event, group in s.execute(events).all():
            start = datetime.combine(event.date, event.start_time or time(19, 0))
            end = datetime.combine(event.date, event.end_time) if event.end_time and event.start_time else (
                start + timedelta(minutes=90))
            school = s.get(School, event.school_id)
            items.append(PlanItem(event_key(event.id), event.kind, None, event.title, "all",
                                  group.id if group else None, group.name if group else "", school.id, school.name,
                                  start, end, "held" if event.date < today else "planned", False, None, None,
                                  event.version))
    return sorted(items, key=lambda i: (i.start, i.school_name, i.group_name, i.lesson_number or 0, i.subgroup))


def open_items(db: Database, year: str | None = None, *, school_id: int | None = None,
               specialist_id: int | None = None, teacher_id: int | None = None,
               as_staff: int | None = None) -> list[OpenItem]:
    """Lessons of the year still without a date, for the same choice of school / specialist / teacher."""
    with db.session() as s:
        seen = access.group_clause(access.scope_in(s, as_staff))
        row = year_row(s, year)
        query = (select(Session).options(selectinload(Session.group).selectinload(Group.school),
                                         selectinload(Session.template))
                 .join(Group, Group.id == Session.group_id)
                 .where(Group.school_year_id == row.id, Group.archived.is_(False), Session.status == "unplanned"))
        where = _group_filter(s, school_id, specialist_id, teacher_id)
        if where is not None:
            query = query.where(where)
        if seen is not None:
            query = query.where(seen)
        rows = s.scalars(query).all()
        items = [OpenItem(session_key(r.id), r.template.number, r.subgroup, r.group.name, r.group.school.name,
                          r.cancel_reason) for r in rows]
    return sorted(items, key=lambda i: (i.school_name, i.group_name, i.lesson_number, i.subgroup))


def ics_for(db: Database, person_id: int | None = None, year: str | None = None, *,
            dtstamp: datetime | None = None, as_staff: int | None = None) -> bytes:
    """The school year's planned and held lessons and parent events as an iCalendar file: everything,
    or only what one teacher or specialist attends (``person_id``). ``as_staff``: only the groups that
    signed-in person sees (a teacher's "everyone" is their own schools)."""
    with db.session() as s:
        scope = access.scope_in(s, as_staff)
        groups = None if scope.everything else set(s.scalars(select(Group.id).where(access.group_clause(scope))))
        name = None
        if person_id is not None:
            person = s.get(Staff, person_id)
            if person is None:
                raise NotFound(f"Medewerker {person_id} bestaat niet.")
            name = person.name
        snap = snapshot_for_check(s, year, group_ids=groups)
    problem = snap.problem
    moments = {item.id: item.start for item in problem.sessions if item.start is not None}
    events = events_from_plan(problem, moments)
    title = f"WIsH {snap.year_name}" + (f" – {name}" if name else "")
    return sessions_to_ics(events, person_id=None if person_id is None else str(person_id), calendar_name=title,
                           dtstamp=dtstamp)


def save_ics(db: Database, path: str, person_id: int | None = None, year: str | None = None, *,
             as_staff: int | None = None) -> int:
    """:func:`ics_for` written to ``path``; returns the number of appointments."""
    from pathlib import Path

    data = ics_for(db, person_id, year, as_staff=as_staff)
    Path(path).write_bytes(data)
    return data.count(b"BEGIN:VEVENT")


@dataclass(frozen=True)
class WeekFrame:
    """What the week grid draws behind the lessons: days without pupils (with the reason) and, for one
    school, when groep 6 can have a lesson (weekday -> windows)."""

    closed: dict[date, str]
    windows: dict[int, tuple[tuple[time, time], ...]]


def week_frame(db: Database, first: date, last: date, school_ids: list[int] | tuple[int, ...],
               year: str | None = None) -> WeekFrame:
    """Days from ``first`` to ``last`` on which all of these schools are closed, and — for exactly one
    school — its lesson windows. Missing holiday data gives an empty frame (planning reports it)."""
    from ..calendar import CalendarError
    from .planning_problem import school_calendars

    with db.session() as s:
        schools = s.scalars(select(School).options(selectinload(School.lesson_windows))
                            .where(School.id.in_(list(school_ids)))).all()
        if not schools:
            return WeekFrame({}, {})
        try:
            calendars = school_calendars(s, year_row(s, year), list(schools))
        except CalendarError:
            calendars = {}
        closed: dict[date, str] = {}
        day = first
        while day <= last:
            reasons = [c.closed_days.get(day) for c in calendars.values()]
            if reasons and all(reasons):
                closed[day] = reasons[0]
            day += timedelta(days=1)
        windows: dict[int, tuple[tuple[time, time], ...]] = {}
        if len(schools) == 1:
            for window in sorted(schools[0].lesson_windows, key=lambda w: (w.weekday, w.start_time)):
                windows[window.weekday] = (*windows.get(window.weekday, ()), (window.start_time, window.end_time))
        return WeekFrame(closed, windows)


def schools_of(db: Database, *, school_id: int | None = None, specialist_id: int | None = None,
               teacher_id: int | None = None, year: str | None = None, as_staff: int | None = None) -> list[int]:
    """The schools a view is about (for the closed days behind the week grid)."""
    with db.session() as s:
        row = year_row(s, year)
        query = select(Group.school_id).where(Group.school_year_id == row.id, Group.archived.is_(False))
        where = _group_filter(s, school_id, specialist_id, teacher_id)
        seen = access.group_clause(access.scope_in(s, as_staff))
        for clause in (where, seen):
            if clause is not None:
                query = query.where(clause)
        return sorted(set(s.scalars(query)))
