"""Small hand-made planning cases with known answers; every plan is checked by find_conflicts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from wishdesk.core.calendar import SchoolCalendar, SchoolYear
from wishdesk.core.scheduling.conflicts import find_conflicts
from wishdesk.core.scheduling.greedy import greedy_plan
from wishdesk.core.scheduling.prepare import prepare
from wishdesk.core.scheduling.problem import (
    Group,
    Person,
    PlanStatus,
    Problem,
    Rules,
    School,
    Session,
    SessionKind,
    SessionStatus,
    TimeWindow,
)
from wishdesk.core.scheduling.solver import plan
from wishdesk.core.scheduling.synthetic import build_sessions

TUE, THU, FRI = 1, 3, 4
MORNING = (time(8, 30), time(12, 0))


def school(sid="A", days=(TUE,), window=MORNING, closed=None, vacation=frozenset()):
    windows = tuple(TimeWindow(d, *window) for d in days)
    return School(sid, f"School {sid}", windows, closed or {}, frozenset(vacation))


def problem(schools, groups, sessions, first=date(2025, 9, 1), last=date(2025, 12, 19), rules=None,
            people=(), travel=None):
    ids = {g.teacher_id for g in groups} | {g.specialist_id for g in groups}
    known = {p.id for p in people}
    people = tuple(people) + tuple(Person(i, f"Persoon {i}") for i in sorted(ids - known))
    return Problem(first, last, tuple(schools), people, tuple(groups), tuple(sessions), rules or Rules(),
                   travel or {})


def days_of(result, prefix):
    return sorted(a.start.date() for sid, a in result.assignments.items() if sid.startswith(prefix))


def check(p, result):
    assert result.ok, result.explanations
    assert len(result.assignments) == len(p.sessions)
    assert find_conflicts(p, result.assignments) == []


def test_weekly_lessons_on_the_only_window_day():
    group = Group("G", "Groep 6A", "A", "T", "S")
    p = problem([school()], [group], build_sessions(group, 3, events=False))
    result = plan(p, time_limit=5)
    check(p, result)
    assert days_of(result, "G-L") == [date(2025, 9, 2), date(2025, 9, 9), date(2025, 9, 16)]
    assert all(a.start.time() >= time(8, 30) and a.end.time() <= time(12, 0) for a in result.assignments.values())


def test_split_group_gets_both_halves_in_curriculum_order():
    group = Group("G", "Groep 6A", "A", "T", "S")
    p = problem([school(days=(TUE, THU))], [group], build_sessions(group, 4, split=True, events=False))
    result = plan(p, time_limit=5)
    check(p, result)
    for subgroup in ("jongens", "meisjes"):
        starts = [result.assignments[f"G-L{n}-{subgroup}"].start for n in range(1, 5)]
        assert starts == sorted(starts)
        gaps = [(b.date() - a.date()).days for a, b in zip(starts, starts[1:], strict=False)]
        assert all(6 <= g <= 14 for g in gaps)


def test_travel_time_between_two_schools_on_one_morning():
    groups = [Group("GA", "Groep 6", "A", "TA", "S"), Group("GB", "Groep 6", "B", "TB", "S")]
    sessions = [s for g in groups for s in build_sessions(g, 1, events=False)]
    p = problem([school("A"), school("B")], groups, sessions, last=date(2025, 9, 30))
    result = plan(p, time_limit=5)
    check(p, result)
    a, b = sorted(result.assignments.values(), key=lambda x: x.start)
    assert a.start.date() == b.start.date() == date(2025, 9, 2)
    assert (b.start - a.end) >= timedelta(minutes=30)
    far = replace(p, travel_minutes={("A", "B"): 45})
    result = plan(far, time_limit=5)
    check(far, result)
    assert len({x.start.date() for x in result.assignments.values()}) == 2


def test_max_gap_counts_school_days_so_a_series_crosses_christmas():
    christmas = {date(2025, 12, 20) + timedelta(days=n) for n in range(16)}
    closed = {d: "Kerstvakantie" for d in christmas if d.weekday() < 5}
    group = Group("G", "Groep 6A", "A", "T", "S", not_after=date(2026, 1, 31))
    sessions = build_sessions(group, 4, events=False)
    paused = problem([school(days=(FRI,), closed=closed, vacation=christmas)], [group], sessions,
                     first=date(2025, 12, 5), last=date(2026, 1, 31))
    result = plan(paused, time_limit=5)
    check(paused, result)
    assert days_of(result, "G-L") == [date(2025, 12, 5), date(2025, 12, 12), date(2025, 12, 19), date(2026, 1, 9)]
    # Counting calendar days, the series cannot cross the 16-day break and starts after it.
    calendar_days = replace(paused, schools=(school(days=(FRI,), closed=closed),))
    result = plan(calendar_days, time_limit=5)
    check(calendar_days, result)
    assert days_of(result, "G-L")[0] == date(2026, 1, 9)


def test_held_and_pinned_sessions_stay_put():
    group = Group("G", "Groep 6A", "A", "T", "S")
    sessions = build_sessions(group, 4, events=False)
    held = datetime(2025, 9, 2, 10, 15)
    pinned = datetime(2025, 9, 11, 9, 0)
    sessions[0] = replace(sessions[0], status=SessionStatus.HELD, start=held)
    sessions[1] = replace(sessions[1], status=SessionStatus.PINNED, start=pinned)
    p = problem([school(days=(TUE, THU))], [group], sessions)
    result = plan(p, time_limit=5)
    check(p, result)
    assert result.assignments["G-L1"].start == held
    assert result.assignments["G-L2"].start == pinned
    assert result.assignments["G-L3"].start.date() >= date(2025, 9, 17)


def test_parent_evening_before_and_showcase_after():
    group = Group("G", "Groep 6A", "A", "T", "S")
    p = problem([school(days=(TUE,))], [group], build_sessions(group, 3, events=True), first=date(2025, 9, 2))
    result = plan(p, time_limit=5)
    check(p, result)
    evening, showcase = result.assignments["G-OA"], result.assignments["G-TM"]
    lessons = days_of(result, "G-L")
    assert evening.start.time() == time(19, 0)
    assert 1 <= (lessons[0] - evening.start.date()).days <= 28
    assert showcase.start >= result.assignments["G-L3"].end
    assert date(2025, 9, 2) <= evening.start.date() <= date(2025, 9, 8)  # so lesson 1 waits a week
    assert lessons[0] == date(2025, 9, 9)


def test_max_sessions_per_day_spreads_lessons():
    groups = [Group(f"G{n}", f"Groep 6{n}", "A", f"T{n}", "S") for n in range(3)]
    sessions = [s for g in groups for s in build_sessions(g, 2, events=False)]
    p = problem([school(days=(TUE, THU), window=(time(8, 30), time(15, 0)))], groups, sessions,
                rules=Rules(max_sessions_per_day=2))
    result = plan(p, time_limit=5)
    check(p, result)
    per_day: dict[date, int] = {}
    for a in result.assignments.values():
        per_day[a.start.date()] = per_day.get(a.start.date(), 0) + 1
    assert max(per_day.values()) == 2


def test_part_time_teacher_only_on_working_days():
    group = Group("G", "Groep 6A", "A", "T", "S")
    teacher = Person("T", "Juf Anna", "teacher", (TimeWindow.whole_day(THU),))
    p = problem([school(days=(TUE, THU))], [group], build_sessions(group, 3, events=False), people=[teacher])
    result = plan(p, time_limit=5)
    check(p, result)
    assert {a.start.weekday() for a in result.assignments.values()} == {THU}


def test_greedy_alone_is_valid_and_plan_never_worse():
    groups = [Group(f"G{n}", f"Groep 6{n}", "AB"[n % 2], f"T{n}", "S") for n in range(4)]
    sessions = [s for n, g in enumerate(groups) for s in build_sessions(g, 4, split=n % 2 == 0)]
    p = problem([school("A", days=(TUE, THU)), school("B", days=(TUE, FRI))], groups, sessions)
    prep = prepare(p)
    starts, failed = greedy_plan(prep)
    assert failed == []
    assert find_conflicts(p, {sid: prep.to_datetime(m) for sid, m in starts.items()}) == []
    result = plan(p, time_limit=5)
    check(p, result)
    lasts = [sid for sid in starts if "-L4" in sid]
    assert sum(result.assignments[s].start.toordinal() for s in lasts) <= sum(
        prep.to_datetime(starts[s]).toordinal() for s in lasts)


def test_greedy_only_mode_and_progress_and_cancel():
    group = Group("G", "Groep 6A", "A", "T", "S")
    p = problem([school()], [group], build_sessions(group, 3, events=False))
    seen = []
    result = plan(p, time_limit=2, progress=lambda fraction, text: seen.append((fraction, text)), use_cp=False)
    check(p, result)
    assert seen[0][0] == 0.0 and seen[-1][0] == pytest.approx(1.0)
    assert all(isinstance(text, str) and text for _, text in seen)
    cancelled = plan(p, time_limit=2, cancel=lambda: True)
    assert cancelled.status == PlanStatus.CANCELLED


def test_session_kinds_default_durations():
    group = Group("G", "Groep 6A", "A", "T", "S")
    p = problem([school()], [group], build_sessions(group, 1, events=True))
    assert p.duration(p.sessions_by_id["G-L1"]) == 90
    assert p.sessions_by_id["G-OA"].kind == SessionKind.PARENT_EVENING
    assert p.event_time(p.sessions_by_id["G-TM"]) == time(14, 0)
    assert isinstance(p.sessions_by_id["G-L1"], Session)


def test_real_calendar_series_starting_before_christmas():
    """With the package's holidays for zuid 2025-2026: a series started in December continues in
    January, because the Christmas break does not count for the maximum gap."""
    calendar = SchoolCalendar(SchoolYear(2025), "zuid")
    real = School.from_calendar("A", "De Regenboog", (TimeWindow(FRI, *MORNING),), calendar)
    group = Group("G", "Groep 6A", "A", "T", "S")
    p = problem([real], [group], build_sessions(group, 4, events=False), first=date(2025, 12, 5),
                last=date(2026, 3, 31))
    result = plan(p, time_limit=5)
    check(p, result)
    assert days_of(result, "G-L") == [date(2025, 12, 5), date(2025, 12, 12), date(2025, 12, 19), date(2026, 1, 9)]
