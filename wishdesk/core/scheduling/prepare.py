"""Precomputation shared by the greedy planner, the CP-SAT model and the explanations.

Time axis: minutes since midnight of ``origin`` (day 0). For every open session the allowed
start minutes are computed up front (school day, lesson window, working times, absences,
group period), so the models only choose among legal slots. The conflict checker does NOT
use this module: it re-checks every rule from the plain dataclasses on its own.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from wishdesk.core.scheduling.problem import Id, Person, Problem, Session, SessionKind

DAY = 1440


def _minute_of(value: time) -> int:
    return value.hour * 60 + value.minute


def person_works(person: Person | None, start: datetime, minutes: int) -> bool:
    """Whether ``[start, start+minutes)`` lies inside one of the person's working windows."""
    if person is None or not person.working_times:
        return True
    first = _minute_of(start.time())
    return any(
        w.weekday == start.weekday() and w.start_minute <= first and first + minutes <= w.end_minute
        for w in person.working_times
    )


def person_absent(person: Person | None, start: datetime, minutes: int) -> bool:
    if person is None:
        return False
    end = start + timedelta(minutes=minutes)
    return any(a.overlaps(start, end) for a in person.absences)


@dataclass
class Prepared:
    problem: Problem
    origin: date
    ndays: int
    first_index: int
    last_index: int
    duration: dict[Id, int] = field(default_factory=dict)
    school: dict[Id, Id] = field(default_factory=dict)
    teacher: dict[Id, Id] = field(default_factory=dict)
    specialist: dict[Id, Id | None] = field(default_factory=dict)
    starts: dict[Id, list[int]] = field(default_factory=dict)  # open sessions, sorted
    fixed: dict[Id, int] = field(default_factory=dict)
    paused: dict[Id, list[int]] = field(default_factory=dict)  # per school, len ndays + 1
    chains: list[tuple[Id, Id]] = field(default_factory=list)  # lesson a, then lesson b
    before: list[tuple[Id, Id]] = field(default_factory=list)  # parent evening, first lesson
    after: list[tuple[Id, Id]] = field(default_factory=list)  # last lesson, showcase
    components: list[list[Id]] = field(default_factory=list)
    # Derived tables asked for by every greedy run: computed once (from the whole problem, so recomputing them per
    # specialist's run made a city's plan quadratic). Anyone changing ``chains`` after use must clear it.
    _derived: dict = field(default_factory=dict, repr=False, compare=False)

    # ---- conversions
    def to_datetime(self, minute: int) -> datetime:
        return datetime.combine(self.origin, time()) + timedelta(minutes=minute)

    def to_minute(self, moment: datetime) -> int:
        return int((moment - datetime.combine(self.origin, time())).total_seconds() // 60)

    def date_of(self, day_index: int) -> date:
        return self.origin + timedelta(days=day_index)

    def day_index(self, day: date) -> int:
        return (day - self.origin).days

    def paused_gap(self, session_id: Id, day_a: int, day_b: int) -> int:
        """Days from ``day_a`` to ``day_b`` that are not school holidays (the max-gap measure)."""
        p = self.paused[self.school[session_id]]
        return p[day_b] - p[day_a]

    def latest_day_within_gap(self, session_id: Id, day_a: int, max_gap: int) -> int:
        """Latest day index whose paused gap from ``day_a`` is at most ``max_gap``."""
        p = self.paused[self.school[session_id]]
        return min(bisect_right(p, p[day_a] + max_gap) - 1, self.ndays - 1)

    def start_sets(self, session_id: Id) -> frozenset[int]:
        return frozenset(self.starts.get(session_id, ()))

    def is_fixed(self, session_id: Id) -> bool:
        return session_id in self.fixed

    def days_of(self, session_id: Id) -> list[int]:
        """Sorted day indices on which the session can be (one day for a fixed session)."""
        if session_id in self.fixed:
            return [self.fixed[session_id] // DAY]
        return sorted({m // DAY for m in self.starts[session_id]})

    def series_ends(self) -> set[Id]:
        """Last lessons of each series: the planner wants these early (room for cancellations)."""
        found = self._derived.get("ends")
        if found is None:
            sources = {a for a, _ in self.chains}
            found = self._derived["ends"] = frozenset(b for _, b in self.chains if b not in sources)
        return found

    def predecessors(self) -> dict[Id, list[Id]]:
        """For each lesson, the lessons of its series just before it (``chains`` turned around)."""
        found = self._derived.get("preds")
        if found is None:
            found = defaultdict(list)
            for a, b in self.chains:
                found[b].append(a)
            found = self._derived["preds"] = dict(found)
        return found

    def cost(self, starts: dict[Id, int], ids: Iterable[Id]) -> int:
        """The objective shared by the greedy search and CP-SAT: sum of series-end days."""
        ends = self.series_ends()
        return sum(starts[s] // DAY for s in ids if s in ends and s in starts)

    def lessons_of_specialist(self, specialist_id: Id, ids: Iterable[Id]) -> list[Id]:
        sessions = self.problem.sessions_by_id
        return [
            s for s in ids
            if self.specialist[s] == specialist_id and sessions[s].kind == SessionKind.LESSON
        ]


def grid_unit(problem: Problem) -> int:
    """Lesson starts lie on a grid of ``slot_minutes`` (snapped to whole days): the CP-SAT
    model counts time in these units, which keeps its domains small."""
    return math.gcd(max(1, problem.rules.slot_minutes), DAY)


def _people(problem: Problem, session: Session) -> tuple[Person | None, Person | None]:
    teacher = problem.people_by_id.get(problem.teacher_id(session))
    specialist_id = problem.specialist_id(session)
    specialist = problem.people_by_id.get(specialist_id) if specialist_id is not None else None
    return teacher, specialist


def _weekday_minutes(problem: Problem, session: Session) -> dict[int, list[int]]:
    """Per weekday, the start minutes allowed by the lesson windows and working times."""
    school = problem.school_of(session)
    duration = problem.duration(session)
    if session.kind != SessionKind.LESSON:  # events: fixed evening time, no working hours
        return {day: [_minute_of(problem.event_time(session))] for day in range(5)}
    teacher, specialist = _people(problem, session)
    step, unit = problem.rules.slot_minutes, grid_unit(problem)
    result: dict[int, list[int]] = {}
    for weekday in range(5):
        minutes = sorted({
            m
            for w in school.lesson_windows if w.weekday == weekday
            for m in range(-(-w.start_minute // unit) * unit, w.end_minute - duration + 1, step)
        })
        monday = datetime(2024, 1, 1)  # any Monday: only the weekday matters here
        at = monday + timedelta(days=weekday)
        result[weekday] = [
            m for m in minutes
            if person_works(teacher, at + timedelta(minutes=m), duration)
            and person_works(specialist, at + timedelta(minutes=m), duration)
        ]
    return result


def _absence_dates(person: Person | None) -> set[date]:
    dates: set[date] = set()
    for absence in person.absences if person else ():
        day = absence.start.date()
        while datetime.combine(day, time()) < absence.end:
            dates.add(day)
            day += timedelta(days=1)
    return dates


def candidate_minutes(problem: Problem, session: Session, day: date,
                      _cache: dict | None = None) -> list[int]:
    """Minutes of ``day`` at which the session could start, ignoring other sessions."""
    group = problem.group_of(session)
    school = problem.school_of(session)
    if day.weekday() >= 5 or day in school.closed_days:
        return []
    if (group.not_before and day < group.not_before) or (group.not_after and day > group.not_after):
        return []
    if problem.parent_events_from is not None and day < problem.parent_events_from and session.kind in (
            SessionKind.PARENT_EVENING, SessionKind.SHOWCASE):
        return []
    cache = _cache if _cache is not None else {}
    if "weekday" not in cache:
        teacher, specialist = _people(problem, session)
        cache["weekday"] = _weekday_minutes(problem, session)
        cache["people"] = (teacher, specialist)
        cache["absent"] = _absence_dates(teacher) | _absence_dates(specialist)
    minutes = cache["weekday"][day.weekday()]
    if day not in cache["absent"]:
        return list(minutes)
    teacher, specialist = cache["people"]
    duration = problem.duration(session)
    midnight = datetime.combine(day, time())
    return [
        m for m in minutes
        if not person_absent(teacher, midnight + timedelta(minutes=m), duration)
        and not person_absent(specialist, midnight + timedelta(minutes=m), duration)
    ]


def _series_levels(lessons: list[Session]) -> dict[str | None, list[list[Session]]]:
    """Per subgroup, the lessons in curriculum order, grouped by lesson number.

    A whole-group lesson (subgroup None) belongs to every subgroup's series."""
    subgroups = sorted({s.subgroup for s in lessons if s.subgroup is not None}) or [None]
    series: dict[str | None, list[list[Session]]] = {}
    for subgroup in subgroups:
        members = [s for s in lessons if s.subgroup in (subgroup, None)]
        by_number: dict[int, list[Session]] = defaultdict(list)
        for s in members:
            by_number[s.lesson_number or 0].append(s)
        series[subgroup] = [by_number[n] for n in sorted(by_number)]
    return series


def prepare(problem: Problem, excluded_days: Mapping[Id, Iterable[date]] | None = None) -> Prepared:
    """Compute the time axis, allowed starts, paused-day counts, chains and components.

    ``excluded_days`` forbids extra days per session (e.g. the day a lesson was cancelled)."""
    fixed_days = [s.start.date() for s in problem.sessions if s.fixed]
    origin = min([problem.first_day, *fixed_days])
    last = max([problem.last_day, *fixed_days])
    prep = Prepared(problem, origin, (last - origin).days + 1,
                    (problem.first_day - origin).days, (problem.last_day - origin).days)
    excluded = {k: set(v) for k, v in (excluded_days or {}).items()}
    cache: dict[tuple, list[int]] = {}
    open_days: dict[tuple, list[tuple[int, date]]] = {}
    dates = [prep.date_of(index) for index in range(prep.ndays)]
    for session in problem.sessions:
        group = problem.group_of(session)
        prep.duration[session.id] = problem.duration(session)
        prep.school[session.id] = group.school_id
        prep.teacher[session.id] = problem.teacher_id(session)
        prep.specialist[session.id] = problem.specialist_id(session)
        if session.fixed:
            prep.fixed[session.id] = prep.to_minute(session.start)
            continue
        key = (group.school_id, prep.teacher[session.id], prep.specialist[session.id], session.kind,
               prep.duration[session.id], session.preferred_time, group.not_before, group.not_after)
        if key not in cache:
            cache[key] = _legal_starts(prep, session, dates, open_days)
        starts = cache[key]
        if session.id in excluded:
            banned = {prep.day_index(d) for d in excluded[session.id]}
            starts = [m for m in starts if m // DAY not in banned]
        prep.starts[session.id] = starts
    for school in problem.schools:
        counts = [0]
        vacation = school.vacation_days
        for day in dates:
            counts.append(counts[-1] + (0 if day in vacation else 1))
        prep.paused[school.id] = counts
    _link_sessions(prep)
    return prep


def _legal_starts(prep: Prepared, session: Session, dates: list[date],
                  open_days: dict[tuple, list[tuple[int, date]]]) -> list[int]:
    """Every start minute ``candidate_minutes`` allows over the planning period, faster: the days a session of
    this school, group period and kind may take are listed once (a city has thousands of sessions, every one of
    them asked about every day of the year), and only days with an absence ask ``candidate_minutes``."""
    problem = prep.problem
    group = problem.group_of(session)
    school = problem.school_of(session)
    event = session.kind in (SessionKind.PARENT_EVENING, SessionKind.SHOWCASE)
    key = (group.school_id, group.not_before, group.not_after, event)
    days = open_days.get(key)
    if days is None:
        days = open_days[key] = []
        for index in range(prep.first_index, prep.last_index + 1):
            day = dates[index]
            if day.weekday() >= 5 or day in school.closed_days:
                continue
            if (group.not_before and day < group.not_before) or (group.not_after and day > group.not_after):
                continue
            if event and problem.parent_events_from is not None and day < problem.parent_events_from:
                continue
            days.append((index, day))
    if not days:
        return []
    scratch: dict = {}
    candidate_minutes(problem, session, days[0][1], scratch)  # fills the weekday minutes and absent days
    weekday_minutes, absent = scratch["weekday"], scratch["absent"]
    starts: list[int] = []
    for index, day in days:
        base = index * DAY
        minutes = (candidate_minutes(problem, session, day, scratch) if day in absent
                   else weekday_minutes[day.weekday()])
        starts += [base + minute for minute in minutes]
    return starts


def _link_sessions(prep: Prepared) -> None:
    problem = prep.problem
    by_group: dict[Id, list[Session]] = defaultdict(list)
    for session in problem.sessions:
        by_group[session.group_id].append(session)
    chains: set[tuple[Id, Id]] = set()
    for sessions in by_group.values():
        lessons = [s for s in sessions if s.kind == SessionKind.LESSON]
        if lessons:
            for levels in _series_levels(lessons).values():
                for earlier, later in zip(levels, levels[1:], strict=False):
                    chains.update((a.id, b.id) for a in earlier for b in later)
            numbers = sorted({s.lesson_number or 0 for s in lessons})
            first = [s for s in lessons if (s.lesson_number or 0) == numbers[0]]
            last = [s for s in lessons if (s.lesson_number or 0) == numbers[-1]]
            for event in sessions:
                if event.kind == SessionKind.PARENT_EVENING:
                    prep.before.extend((event.id, s.id) for s in first)
                elif event.kind == SessionKind.SHOWCASE:
                    prep.after.extend((s.id, event.id) for s in last)
    prep.chains = sorted(chains, key=lambda pair: (str(pair[0]), str(pair[1])))
    prep.components = components(problem)


def components(problem: Problem) -> list[list[Id]]:
    """Independent parts: sessions linked by a shared group, teacher or specialist.

    Once each school has its specialist, this is one part per specialist."""
    parent: dict[Id, Id] = {}

    def find(item: Id) -> Id:
        while parent.setdefault(item, item) != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for session in problem.sessions:
        for key in (("g", session.group_id), ("t", problem.teacher_id(session)),
                    ("s", problem.specialist_id(session))):
            if key[1] is not None:
                parent[find(("x", session.id))] = find(key)
    members: dict[Id, list[Id]] = defaultdict(list)
    for session in problem.sessions:
        members[find(("x", session.id))].append(session.id)
    return sorted(members.values(), key=lambda ids: (-len(ids), str(ids[0])))
