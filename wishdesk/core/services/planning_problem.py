"""From the database to the planner's :class:`~wishdesk.core.scheduling.Problem` (read only).

Every thing the planner places gets a string key, so lessons and parent events never share an id:

* ``s12``  — Session row 12 (a lesson, or one half of it);
* ``e5``   — ParentEvent row 5 (the group's parent evening or closing showcase);
* ``n3.41.boys`` — a lesson row that does not exist yet (group 3, template 41, subgroup boys);
* ``m3.showcase`` — a parent event that does not exist yet.

The "not yet" rows are created only when a plan is written (in the same transaction), so building a
problem never writes and a cancelled planning run leaves the database untouched.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, fields
from datetime import date, datetime, time, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from .. import calendar as cal
from ..errors import NotFound
from ..models import (
    CalendarEntry,
    Curriculum,
    CurriculumEvent,
    Group,
    LessonTemplate,
    ParentEvent,
    School,
    Session,
    Setting,
    Staff,
    group_teacher,
)
from ..models import SchoolYear as YearRow
from ..scheduling import problem as sp
from .years import find_year

SUBGROUP_NL = {"all": None, "boys": "jongens", "girls": "meisjes"}
EVENT_KINDS = {"parent_evening": sp.SessionKind.PARENT_EVENING, "showcase": sp.SessionKind.SHOWCASE}
DEFAULT_LESSON_START = time(8, 30)


@dataclass(frozen=True)
class RowRef:
    """What a problem key stands for in the database, as it was when the problem was built."""

    key: str
    kind: str  # "session", "event", "new_session", "new_event"
    group_id: int
    row_id: int | None = None
    template_id: int | None = None
    subgroup: str = "all"
    event_kind: str | None = None
    status: str = "unplanned"  # sessions: unplanned / planned / held; events: planned / unplanned
    date: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    pinned: bool = False
    teacher_id: int | None = None
    specialist_id: int | None = None


@dataclass(frozen=True)
class Snapshot:
    """A problem plus the way back to the rows. ``first_day`` is the first day open sessions may take."""

    problem: sp.Problem
    year_id: int
    year_name: str
    first_day: date
    rows: dict[str, RowRef]
    titles: dict[str, str] = field(default_factory=dict)  # new events: title to create them with
    notes: tuple[str, ...] = ()  # Dutch remarks (e.g. a group without a teacher)
    left_out: tuple[str, ...] = ()  # Dutch: groups that cannot be planned at all, and why

    def ref(self, key: str) -> RowRef:
        return self.rows[key]


def session_key(session_id: int) -> str:
    return f"s{session_id}"


def event_key(event_id: int) -> str:
    return f"e{event_id}"


def parse_key(key: str | int) -> tuple[str, int]:
    """'s12' -> ('session', 12); 'e5' -> ('event', 5); a plain number is a session id."""
    text = str(key).strip()
    if text.isdigit():
        return "session", int(text)
    if len(text) > 1 and text[0] in "se" and text[1:].isdigit():
        return ("session" if text[0] == "s" else "event"), int(text[1:])
    raise NotFound(f"Onbekend lesmoment '{key}'.")


def year_row(s: OrmSession, year: str | None) -> YearRow:
    row = find_year(s, year)
    if row is None:
        raise NotFound(f"Schooljaar {year} bestaat niet." if year else
                       "Er is nog geen schooljaar; maak eerst een schooljaar aan.")
    return row


def load_rules(s: OrmSession) -> sp.Rules:
    """Rules with the programme's defaults, overridden by Setting rows 'planning.<field>'
    (numbers as text, times as 'HH:MM'). A value that cannot be read keeps the default."""
    values = {}
    stored = {row.key: row.value for row in s.scalars(select(Setting).where(Setting.key.like("planning.%")))}
    defaults = sp.Rules()
    for item in fields(sp.Rules):
        text = stored.get(f"planning.{item.name}")
        if text is None:
            continue
        default = getattr(defaults, item.name)
        try:
            values[item.name] = time.fromisoformat(text.strip()) if isinstance(default, time) else int(text)
        except ValueError:
            continue
    return sp.Rules(**values)


def _moment(day: date | None, start: time | None, fallback: time) -> datetime | None:
    return None if day is None else datetime.combine(day, start or fallback)


def _minutes(start: time | None, end: time | None) -> int | None:
    if start is None or end is None or end <= start:
        return None
    return (datetime.combine(date.min, end) - datetime.combine(date.min, start)).seconds // 60


# --------------------------------------------------------------------------- calendars


def school_calendars(s: OrmSession, year: YearRow, schools: list) -> dict[int, sp.School]:
    """Planner schools with closed days and holidays: the region's school holidays (CalendarEntry rows
    replace the package's periods of the same name), public holidays, the school's study days and
    moved autumn/spring breaks. Raises :class:`~wishdesk.core.calendar.HolidayDataMissing` (Dutch)."""
    entries = s.scalars(select(CalendarEntry).where(CalendarEntry.school_year_id == year.id)).all()
    school_year = cal.SchoolYear(year.start_date.year)
    imported = [cal.HolidayPeriod(cal.normalize_holiday_name(e.name), e.start_date, e.end_date,
                                  cal.HolidayRegion(e.region) if e.region else None, None, "database", year.name)
                for e in entries if e.kind == "school_holiday" and e.school_id is None]
    public_rows = [e for e in entries if e.kind == "public_holiday" and e.school_id is None]
    public = None
    if public_rows:
        public = {d: e.name for e in public_rows for d in _days(e.start_date, e.end_date)}
    own: dict[int, list[CalendarEntry]] = defaultdict(list)
    for entry in entries:
        if entry.school_id is not None:
            own[entry.school_id].append(entry)
    base: dict[str, cal.SchoolCalendar] = {}
    result = {}
    for school in schools:
        windows = tuple(sp.TimeWindow(w.weekday, w.start_time, w.end_time) for w in school.lesson_windows)
        mine = own.get(school.id, [])
        if mine:
            study = {d: e.name or "Studiedag" for e in mine if e.kind in ("study_day", "school_holiday")
                     for d in _days(e.start_date, e.end_date)}
            moved = [cal.HolidayPeriod(e.name, e.start_date, e.end_date) for e in mine if e.kind == "moved_holiday"]
            calendar = cal.SchoolCalendar(school_year, school.holiday_region, imported, study, moved, public)
        else:
            if school.holiday_region not in base:
                base[school.holiday_region] = cal.SchoolCalendar(school_year, school.holiday_region, imported,
                                                                 public=public)
            calendar = base[school.holiday_region]
        result[school.id] = sp.School.from_calendar(school.id, school.name, windows, calendar)
    return result


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


# --------------------------------------------------------------------------- groups


def component_group_ids(s: OrmSession, group_ids: set[int]) -> set[int]:
    """The groups that share a specialist or a teacher with these, and so on: the part of the
    municipality a change to these groups can affect (re-planning looks at nothing else)."""
    found = set(group_ids)
    frontier = set(group_ids)
    while frontier:
        specialists = set(s.scalars(select(Group.specialist_id).where(Group.id.in_(frontier)))) - {None}
        specialists |= set(s.scalars(select(Session.specialist_id).where(Session.group_id.in_(frontier)))) - {None}
        teachers = set(s.scalars(select(group_teacher.c.staff_id).where(group_teacher.c.group_id.in_(frontier))))
        teachers |= set(s.scalars(select(Session.teacher_id).where(Session.group_id.in_(frontier)))) - {None}
        year_ids = set(s.scalars(select(Group.school_year_id).where(Group.id.in_(frontier))))
        linked = set(s.scalars(select(Group.id).where(Group.school_year_id.in_(year_ids), Group.archived.is_(False), or_(
            Group.specialist_id.in_(specialists),
            Group.id.in_(select(group_teacher.c.group_id).where(group_teacher.c.staff_id.in_(teachers))),
            Group.id.in_(select(Session.group_id).where(or_(Session.specialist_id.in_(specialists),
                                                            Session.teacher_id.in_(teachers)))),
        ))))
        frontier = linked - found
        found |= linked
    return found


def _templates(s: OrmSession, year: YearRow) -> list[LessonTemplate]:
    curriculum_id = year.curriculum_id or s.scalar(select(Curriculum.id).order_by(Curriculum.id).limit(1))
    if curriculum_id is None:
        return []
    return list(s.scalars(select(LessonTemplate).where(LessonTemplate.curriculum_id == curriculum_id)
                          .order_by(LessonTemplate.number)))


def _event_defaults(s: OrmSession, year: YearRow) -> dict[str, tuple[int | None, str]]:
    """Per kind: the programme's duration and Dutch title for the parent evening and showcase."""
    from .parent_events import DEFAULT_TITLES

    out: dict[str, tuple[int | None, str]] = {k: (None, DEFAULT_TITLES[k]) for k in EVENT_KINDS}
    if year.curriculum_id is not None:
        for event in s.scalars(select(CurriculumEvent).where(CurriculumEvent.curriculum_id == year.curriculum_id,
                                                              CurriculumEvent.kind.in_(list(EVENT_KINDS)))):
            out[event.kind] = (event.duration_minutes, (event.title or {}).get("nl") or out[event.kind][1])
    return out


def build_snapshot(s: OrmSession, year: str | None = None, *, today: date | None = None,
                   group_ids: set[int] | None = None, include_missing: bool = True,
                   first_day: date | None = None) -> Snapshot:
    """The planning problem of a school year (or of some of its groups).

    Sessions: held -> HELD, planned and pinned -> PINNED, planned -> OPEN with its date as the previous
    plan, unplanned -> OPEN without one; cancelled rows are left out. Parent evening and showcase come
    from the group's ParentEvent rows (a dated event before ``today`` counts as held). With
    ``include_missing`` the lessons and events a group still lacks are added under "new" keys.
    ``first_day`` (default: the day after ``today``, not before the school year) is where open
    sessions may start. Groups without a specialist are left out, with a note."""
    today = today or date.today()
    year = year_row(s, year)
    first = first_day or max(year.start_date, today + timedelta(days=1))
    query = (select(Group).options(selectinload(Group.teachers),
                                   selectinload(Group.school).selectinload(School.lesson_windows))
             .where(Group.school_year_id == year.id, Group.archived.is_(False)).order_by(Group.id))
    if group_ids is not None:
        query = query.where(Group.id.in_(group_ids))
    groups = list(s.scalars(query))
    templates = _templates(s, year)
    by_template = {t.id: t for t in templates}
    events_default = _event_defaults(s, year)
    rules = load_rules(s)
    notes, left_out, rows, titles = [], [], {}, {}
    plan_groups, plan_sessions, staff_ids = [], [], set()
    session_rows = s.scalars(select(Session).where(Session.group_id.in_([g.id for g in groups]))).all()
    by_group: dict[int, list[Session]] = defaultdict(list)
    for row in session_rows:
        by_group[row.group_id].append(row)
    event_rows = s.scalars(select(ParentEvent).where(ParentEvent.group_id.in_([g.id for g in groups]),
                                                     ParentEvent.kind.in_(list(EVENT_KINDS)))
                           .order_by(ParentEvent.id)).all()
    events: dict[tuple[int, str], ParentEvent] = {}
    for event in event_rows:
        events.setdefault((event.group_id, event.kind), event)
    schools = {g.school_id: g.school for g in groups}
    windows = {sid: {w.weekday: w.start_time for w in sorted(school.lesson_windows, key=lambda w: w.start_time,
                                                             reverse=True)} for sid, school in schools.items()}
    for group in groups:
        label = f"groep {group.name} ({group.school.name})"
        if group.specialist_id is None:
            left_out.append(f"{_upper_first(label)} heeft nog geen weerbaarheidsspecialist; koppel er een op de "
                         "pagina Groepen en plan daarna opnieuw.")
            continue
        teachers = sorted(t.id for t in group.teachers)
        teacher_id: sp.Id = teachers[0] if teachers else f"geen-leerkracht-{group.id}"
        if not teachers:
            notes.append(f"{_upper_first(label)} heeft nog geen leerkracht; de lessen zijn gepland zonder "
                         "rekening te houden met de werkdagen van de leerkracht.")
        staff_ids.update(teachers[:1])
        staff_ids.add(group.specialist_id)
        plan_groups.append(sp.Group(group.id, f"groep {group.name}", group.school_id, teacher_id, group.specialist_id))
        rows_here = by_group.get(group.id, [])
        held_any = any(r.status == "held" for r in rows_here)
        existing = {(r.template_id, r.subgroup) for r in rows_here}
        for row in rows_here:
            template = by_template.get(row.template_id) or row.template
            if row.status == "cancelled":
                continue
            item = _lesson(row, template, windows[group.school_id])
            if row.teacher_id is not None:
                staff_ids.add(row.teacher_id)
            if row.specialist_id is not None:
                staff_ids.add(row.specialist_id)
            plan_sessions.append(item)
            rows[item.id] = RowRef(item.id, "session", group.id, row.id, row.template_id, row.subgroup, None,
                                   row.status, row.date, row.start_time, row.end_time, row.pinned, row.teacher_id,
                                   row.specialist_id)
        if include_missing:
            for template in templates:
                for half in ("boys", "girls") if group.split_by_gender else ("all",):
                    if (template.id, half) in existing:
                        continue
                    key = f"n{group.id}.{template.id}.{half}"
                    plan_sessions.append(sp.Session(key, group.id, sp.SessionKind.LESSON, template.number,
                                                    SUBGROUP_NL[half], duration_minutes=template.duration_minutes,
                                                    with_specialist=template.kind != "theory"))
                    rows[key] = RowRef(key, "new_session", group.id, None, template.id, half)
        all_held = bool(rows_here) and all(r.status == "held" for r in rows_here) and len(rows_here) >= len(templates)
        for kind, planner_kind in EVENT_KINDS.items():
            event = events.get((group.id, kind))
            duration, title = events_default[kind]
            if event is not None:
                start = _moment(event.date, event.start_time,
                                rules.parent_evening_time if kind == "parent_evening" else rules.showcase_time)
                status = sp.SessionStatus.HELD if event.date and event.date < today else sp.SessionStatus.OPEN
                key = event_key(event.id)
                plan_sessions.append(sp.Session(key, group.id, planner_kind, status=status, start=start,
                                                duration_minutes=_minutes(event.start_time, event.end_time) or duration,
                                                preferred_time=event.start_time))
                rows[key] = RowRef(key, "event", group.id, event.id, event_kind=kind,
                                   status="planned" if event.date else "unplanned", date=event.date,
                                   start_time=event.start_time, end_time=event.end_time)
            elif include_missing and not (kind == "parent_evening" and held_any) and not (kind == "showcase" and all_held):
                key = f"m{group.id}.{kind}"
                plan_sessions.append(sp.Session(key, group.id, planner_kind, duration_minutes=duration))
                rows[key] = RowRef(key, "new_event", group.id, event_kind=kind)
                titles[key] = title
    people = _people(s, staff_ids)
    calendars = school_calendars(s, year, list(schools.values()))
    problem = sp.Problem(first, max(first, year.end_date), tuple(calendars.values()), people, tuple(plan_groups),
                         tuple(plan_sessions), rules,
                         parent_events_from=today + timedelta(days=max(0, rules.parent_event_lead_days)))
    return Snapshot(problem, year.id, year.name, first, rows, titles, tuple(notes), tuple(left_out))


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lesson(row: Session, template: LessonTemplate, windows: dict[int, time]) -> sp.Session:
    if row.status == "held":
        status = sp.SessionStatus.HELD
    elif row.status == "planned" and row.pinned:
        status = sp.SessionStatus.PINNED
    else:
        status = sp.SessionStatus.OPEN
    start = None
    if row.date is not None and row.status in ("planned", "held"):
        start = _moment(row.date, row.start_time, windows.get(row.date.weekday(), DEFAULT_LESSON_START))
    return sp.Session(session_key(row.id), row.group_id, sp.SessionKind.LESSON, template.number,
                      SUBGROUP_NL.get(row.subgroup), status, start,
                      _minutes(row.start_time, row.end_time) or template.duration_minutes,
                      row.teacher_id, row.specialist_id, with_specialist=template.kind != "theory")


def _people(s: OrmSession, staff_ids: set) -> tuple[sp.Person, ...]:
    ids = [i for i in staff_ids if isinstance(i, int)]
    staff = s.scalars(select(Staff).options(selectinload(Staff.availability), selectinload(Staff.absences),
                                            selectinload(Staff.roles)).where(Staff.id.in_(ids)).order_by(Staff.id))
    people = []
    for person in staff:
        role = "specialist" if "specialist" in person.role_codes else "teacher"
        working = tuple(sp.TimeWindow(a.weekday, a.start_time, a.end_time)
                        for a in sorted(person.availability, key=lambda a: (a.weekday, a.start_time)))
        absences = tuple(sp.Absence.days(a.start_date, a.end_date, a.reason or "")
                         for a in sorted(person.absences, key=lambda a: a.start_date))
        people.append(sp.Person(person.id, person.name, role, working, absences, person.max_sessions_per_day,
                                person.email))
    return tuple(people)
