"""Plain input and result dataclasses of the planner (no database, no Qt, no OR-Tools).

The service layer converts database rows into a :class:`Problem`; the planner returns a
:class:`PlanResult`; :func:`wishdesk.core.scheduling.conflicts.find_conflicts` returns
:class:`Conflict` objects. Times are naive local (Europe/Amsterdam) datetimes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wishdesk.core.calendar import SchoolCalendar

Id = int | str

WEEKDAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


class SessionKind(StrEnum):
    LESSON = "lesson"
    PARENT_EVENING = "parent_evening"  # ouderavond, before lesson 1
    SHOWCASE = "showcase"  # toonmoment, after the last lesson


class SessionStatus(StrEnum):
    OPEN = "open"  # the planner may (re)place it; ``start`` is the previous plan, if any
    PINNED = "pinned"  # placed by hand and locked: stays where it is
    HELD = "held"  # already given: stays where it is


class RuleCode(StrEnum):
    """Rule codes shared by conflicts and explanations (stable: the GUI may map them)."""

    UNPLANNED = "unplanned"
    OUTSIDE_PERIOD = "outside_period"
    SCHOOL_CLOSED = "school_closed"
    OUTSIDE_WINDOW = "outside_window"
    TEACHER_UNAVAILABLE = "teacher_unavailable"
    SPECIALIST_UNAVAILABLE = "specialist_unavailable"
    ABSENT = "absent"
    SPECIALIST_DOUBLE_BOOKED = "specialist_double_booked"
    TEACHER_DOUBLE_BOOKED = "teacher_double_booked"
    GROUP_DOUBLE_BOOKED = "group_double_booked"
    TRAVEL_TIME = "travel_time"
    MAX_PER_DAY = "max_per_day"
    LESSON_ORDER = "lesson_order"
    MIN_GAP = "min_gap"
    MAX_GAP = "max_gap"
    PARENT_EVENING = "parent_evening"
    SHOWCASE = "showcase"
    FIXED_MOVED = "fixed_moved"
    CAPACITY = "capacity"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class TimeWindow:
    """A weekly window: ``weekday`` 0 = Monday; ``end`` exclusive. Used for lesson windows
    (when groep 6 can have a lesson) and for people's working times."""

    weekday: int
    start: time
    end: time

    @classmethod
    def whole_day(cls, weekday: int) -> TimeWindow:
        return cls(weekday, time(0, 0), time.max)

    @property
    def start_minute(self) -> int:
        return self.start.hour * 60 + self.start.minute

    @property
    def end_minute(self) -> int:
        return 1440 if self.end == time.max else self.end.hour * 60 + self.end.minute

    def describe(self) -> str:
        end = "24:00" if self.end == time.max else f"{self.end:%H:%M}"
        return f"{WEEKDAYS_NL[self.weekday]} {self.start:%H:%M}-{end}"


@dataclass(frozen=True)
class Absence:
    """A person is away from ``start`` up to ``end`` (exclusive)."""

    start: datetime
    end: datetime
    reason: str = ""

    @classmethod
    def days(cls, first: date, last: date, reason: str = "") -> Absence:
        """Whole days ``first`` to ``last`` inclusive."""
        return cls(datetime.combine(first, time()), datetime.combine(last + timedelta(days=1), time()), reason)

    def overlaps(self, start: datetime, end: datetime) -> bool:
        return self.start < end and start < self.end


@dataclass(frozen=True)
class School:
    """``closed_days``: weekdays without pupils -> Dutch reason (holidays, public holidays, study
    days); weekends are always closed. ``vacation_days``: days inside holiday periods, which do
    not count for the maximum gap between lessons."""

    id: Id
    name: str
    lesson_windows: tuple[TimeWindow, ...]
    closed_days: Mapping[date, str] = field(default_factory=dict)
    vacation_days: frozenset[date] = frozenset()

    @classmethod
    def from_calendar(
        cls, id: Id, name: str, lesson_windows: tuple[TimeWindow, ...], calendar: SchoolCalendar
    ) -> School:
        return cls(id, name, tuple(lesson_windows), calendar.closed_days(), calendar.vacation_days())


@dataclass(frozen=True)
class Person:
    """A teacher or a specialist. Empty ``working_times`` = available on every school day;
    a part-time teacher gets ``TimeWindow.whole_day`` entries for the days worked."""

    id: Id
    name: str
    role: str = "specialist"  # "teacher" or "specialist"
    working_times: tuple[TimeWindow, ...] = ()
    absences: tuple[Absence, ...] = ()
    max_sessions_per_day: int | None = None  # None: Rules.max_sessions_per_day
    email: str | None = None


@dataclass(frozen=True)
class Group:
    """A groep 6 in a school year; ``not_before``/``not_after`` limit when its lessons may be."""

    id: Id
    name: str
    school_id: Id
    teacher_id: Id
    specialist_id: Id
    not_before: date | None = None
    not_after: date | None = None


@dataclass(frozen=True)
class Session:
    """One thing to place: a practice lesson (or one half, ``subgroup`` e.g. 'jongens'), or the
    group's parent evening / closing showcase. ``teacher_id``/``specialist_id`` default to the
    group's; ``with_specialist=False`` for an event the specialist does not attend."""

    id: Id
    group_id: Id
    kind: SessionKind = SessionKind.LESSON
    lesson_number: int | None = None
    subgroup: str | None = None
    status: SessionStatus = SessionStatus.OPEN
    start: datetime | None = None  # fixed time (held/pinned) or the previous plan (open)
    duration_minutes: int | None = None  # None: Rules default for the kind
    teacher_id: Id | None = None
    specialist_id: Id | None = None
    with_specialist: bool = True
    preferred_time: time | None = None  # events: None = Rules default

    @property
    def fixed(self) -> bool:
        return self.status in (SessionStatus.HELD, SessionStatus.PINNED) and self.start is not None


@dataclass(frozen=True)
class Rules:
    """Planning rules with the programme's defaults.

    The minimum gap counts calendar days; the maximum gap counts calendar days with school
    holidays paused (days in a holiday period do not count), so a series may cross Christmas.
    """

    min_gap_days: int = 6
    max_gap_days: int = 14
    travel_minutes: int = 30
    max_sessions_per_day: int = 3
    slot_minutes: int = 15
    lesson_minutes: int = 90
    parent_evening_min_days_before: int = 1
    parent_evening_max_days_before: int = 28
    showcase_min_days_after: int = 0
    showcase_max_days_after: int = 21
    parent_evening_time: time = time(19, 0)
    parent_evening_minutes: int = 90
    showcase_time: time = time(14, 0)
    showcase_minutes: int = 60
    # Parents need time to be invited: parent events are planned at least this many days after today
    # (setting 'planning.parent_event_lead_days').
    parent_event_lead_days: int = 14


@dataclass(frozen=True)
class Problem:
    """Everything the planner needs. Open sessions are placed between ``first_day`` and
    ``last_day``; pinned and held sessions stay at ``start`` wherever that is.
    ``travel_minutes`` overrides the travel time for pairs of school ids (either order)."""

    first_day: date
    last_day: date
    schools: tuple[School, ...]
    people: tuple[Person, ...]
    groups: tuple[Group, ...]
    sessions: tuple[Session, ...]
    rules: Rules = Rules()
    travel_minutes: Mapping[tuple[Id, Id], int] = field(default_factory=dict)
    # The first day an open parent evening or showcase may take (today + the lead time); None: first_day.
    parent_events_from: date | None = None

    @cached_property
    def schools_by_id(self) -> dict[Id, School]:
        return {s.id: s for s in self.schools}

    @cached_property
    def people_by_id(self) -> dict[Id, Person]:
        return {p.id: p for p in self.people}

    @cached_property
    def groups_by_id(self) -> dict[Id, Group]:
        return {g.id: g for g in self.groups}

    @cached_property
    def sessions_by_id(self) -> dict[Id, Session]:
        return {s.id: s for s in self.sessions}

    def group_of(self, session: Session) -> Group:
        return self.groups_by_id[session.group_id]

    def school_of(self, session: Session) -> School:
        return self.schools_by_id[self.group_of(session).school_id]

    def teacher_id(self, session: Session) -> Id:
        return session.teacher_id if session.teacher_id is not None else self.group_of(session).teacher_id

    def specialist_id(self, session: Session) -> Id | None:
        if not session.with_specialist:
            return None
        if session.specialist_id is not None:
            return session.specialist_id
        return self.group_of(session).specialist_id

    def duration(self, session: Session) -> int:
        if session.duration_minutes is not None:
            return session.duration_minutes
        return {
            SessionKind.LESSON: self.rules.lesson_minutes,
            SessionKind.PARENT_EVENING: self.rules.parent_evening_minutes,
            SessionKind.SHOWCASE: self.rules.showcase_minutes,
        }[session.kind]

    def event_time(self, session: Session) -> time:
        if session.preferred_time is not None:
            return session.preferred_time
        if session.kind == SessionKind.PARENT_EVENING:
            return self.rules.parent_evening_time
        return self.rules.showcase_time

    def travel(self, school_a: Id, school_b: Id) -> int:
        if school_a == school_b:
            return 0
        override = self.travel_minutes.get((school_a, school_b), self.travel_minutes.get((school_b, school_a)))
        return self.rules.travel_minutes if override is None else override

    def max_per_day(self, specialist_id: Id) -> int:
        person = self.people_by_id.get(specialist_id)
        if person is not None and person.max_sessions_per_day is not None:
            return person.max_sessions_per_day
        return self.rules.max_sessions_per_day

    def with_sessions(self, sessions: tuple[Session, ...]) -> Problem:
        return Problem(self.first_day, self.last_day, self.schools, self.people, self.groups,
                       tuple(sessions), self.rules, self.travel_minutes, self.parent_events_from)


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Assignment:
    session_id: Id
    start: datetime
    end: datetime


class PlanStatus(StrEnum):
    OPTIMAL = "optimal"  # complete plan, proven best for the objective
    FEASIBLE = "feasible"  # complete plan without conflicts
    PARTIAL = "partial"  # some groups could not be planned: see explanations
    INFEASIBLE = "infeasible"  # nothing could be planned
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Explanation:
    """Why (part of) a plan is impossible, in a coordinator's words (Dutch)."""

    rule: RuleCode
    message: str
    group_ids: tuple[Id, ...] = ()
    person_ids: tuple[Id, ...] = ()
    session_ids: tuple[Id, ...] = ()
    weeks: tuple[int, ...] = ()


@dataclass
class PlanResult:
    status: PlanStatus
    assignments: dict[Id, Assignment] = field(default_factory=dict)
    explanations: list[Explanation] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # Dutch remarks, e.g. a stretched gap
    unplanned: list[Id] = field(default_factory=list)
    moved: list[Id] = field(default_factory=list)  # replan: sessions whose time changed
    seconds: float = 0.0
    components: int = 0

    @property
    def ok(self) -> bool:
        return self.status in (PlanStatus.OPTIMAL, PlanStatus.FEASIBLE)


@dataclass(frozen=True)
class Conflict:
    rule: RuleCode
    message: str
    session_ids: tuple[Id, ...] = ()
    group_ids: tuple[Id, ...] = ()
    person_ids: tuple[Id, ...] = ()
    school_ids: tuple[Id, ...] = ()
