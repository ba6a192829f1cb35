"""Re-planning after one cancellation: held lessons stay, few others move, gaps stretch if needed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from wishdesk.core.scheduling.conflicts import find_conflicts
from wishdesk.core.scheduling.problem import (
    Absence,
    Group,
    Person,
    PlanStatus,
    Problem,
    RuleCode,
    School,
    SessionStatus,
    TimeWindow,
)
from wishdesk.core.scheduling.replan import _greedy_repair, replan
from wishdesk.core.scheduling.solver import plan
from wishdesk.core.scheduling.synthetic import build_sessions, municipality


def _with_plan(problem: Problem, starts: dict, held: set) -> Problem:
    sessions = tuple(
        replace(s, start=starts[s.id], status=SessionStatus.HELD if s.id in held else s.status)
        for s in problem.sessions
    )
    return problem.with_sessions(sessions)


def test_replan_keeps_held_sessions_and_moves_few():
    problem = municipality(schools=6, groups=9, specialists=2, seed=3)
    first = plan(problem, time_limit=4)
    assert first.ok
    starts = {sid: a.start for sid, a in first.assignments.items()}
    group = problem.groups[0].id
    lessons = sorted((s for s in problem.sessions if s.group_id == group and s.lesson_number),
                     key=lambda s: (s.lesson_number, str(s.subgroup)))
    held = {s.id for s in lessons if s.lesson_number <= 3}
    cancelled = next(s for s in lessons if s.lesson_number == 4)
    current = _with_plan(problem, starts, held)
    today = starts[cancelled.id].date()

    result = replan(current, cancelled.id, today=today, time_limit=3)

    assert result.ok, result.explanations
    new = {sid: a.start for sid, a in result.assignments.items()}
    assert set(new) == set(starts)
    assert all(new[sid] == starts[sid] for sid in held)
    assert new[cancelled.id].date() > today
    assert cancelled.id not in result.moved
    assert len(result.moved) <= 6
    assert set(result.moved) == {sid for sid in starts if sid != cancelled.id and new[sid] != starts[sid]}
    # Sessions of the other specialist are untouched.
    other = {s.id for s in problem.sessions if problem.specialist_id(s) != problem.specialist_id(cancelled)}
    assert all(new[sid] == starts[sid] for sid in other)
    assert find_conflicts(current, new) == []


def test_cancelled_lesson_after_held_ones_stretches_the_gap_and_says_so():
    tuesday = TimeWindow(1, time(8, 30), time(12, 0))
    group = Group("G", "Groep 6A", "A", "T", "S")
    specialist = Person("S", "Sanne", absences=(Absence.days(date(2025, 9, 24), date(2025, 10, 10), "ziek"),))
    sessions = build_sessions(group, 5, events=False)
    planned = {f"G-L{n}": datetime(2025, 9, 2 + 7 * (n - 1), 8, 30) for n in range(1, 6)}
    planned["G-L5"] = datetime(2025, 10, 14, 8, 30)
    problem = Problem(date(2025, 9, 1), date(2025, 12, 19), (School("A", "De Regenboog", (tuesday,)),),
                      (Person("T", "Juf Anna", "teacher"), specialist), (group,), tuple(sessions))
    current = _with_plan(problem, planned, {"G-L1", "G-L2", "G-L3"})

    result = replan(current, "G-L4", today=date(2025, 9, 23), time_limit=3)

    assert result.status in (PlanStatus.OPTIMAL, PlanStatus.FEASIBLE)
    new = {sid: a.start for sid, a in result.assignments.items()}
    assert new["G-L4"].date() == date(2025, 10, 14)  # first Tuesday Sanne is back
    assert new["G-L5"].date() == date(2025, 10, 21)
    assert result.moved == ["G-L5"]
    assert len(result.notes) == 1
    note = result.notes[0]
    assert "Groep 6A" in note and "opgerekt tot 28 dagen" in note and "les 4" in note and "gegeven" in note
    conflicts = find_conflicts(current, new)
    assert [c.rule for c in conflicts] == [RuleCode.MAX_GAP]


def test_replan_explains_when_nothing_is_possible():
    tuesday = TimeWindow(1, time(8, 30), time(12, 0))
    group = Group("G", "Groep 6A", "A", "T", "S")
    specialist = Person("S", "Sanne", absences=(Absence.days(date(2025, 9, 24), date(2026, 7, 31), "verlof"),))
    sessions = build_sessions(group, 4, events=False)
    planned = {f"G-L{n}": datetime(2025, 9, 2 + 7 * (n - 1), 8, 30) for n in range(1, 5)}
    problem = Problem(date(2025, 9, 1), date(2025, 12, 19), (School("A", "De Regenboog", (tuesday,)),),
                      (Person("T", "Juf Anna", "teacher"), specialist), (group,), tuple(sessions))
    current = _with_plan(problem, planned, {"G-L1", "G-L2", "G-L3"})
    result = replan(current, "G-L4", today=date(2025, 9, 23), time_limit=2)
    assert not result.ok
    assert "G-L4" in result.unplanned
    assert result.explanations and "Sanne is afwezig (verlof)" in result.explanations[0].message


def test_greedy_fallback_stretches_the_gap_too():
    """The last resort when CP-SAT finds nothing in time: the rest of the series, greedily."""
    tuesday = TimeWindow(1, time(8, 30), time(12, 0))
    group = Group("G", "Groep 6A", "A", "T", "S")
    specialist = Person("S", "Sanne", absences=(Absence.days(date(2025, 9, 24), date(2025, 10, 10), "ziek"),))
    planned = {f"G-L{n}": datetime(2025, 9, 2 + 7 * (n - 1), 8, 30) for n in range(1, 6)}
    problem = Problem(date(2025, 9, 23), date(2025, 12, 19), (School("A", "De Regenboog", (tuesday,)),),
                      (Person("T", "Juf Anna", "teacher"), specialist), (group,),
                      tuple(build_sessions(group, 5, events=False)))
    current = _with_plan(problem, planned, {"G-L1", "G-L2", "G-L3"})
    current = current.with_sessions(tuple(replace(s, start=None) if s.id == "G-L4" else s for s in current.sessions))
    starts = _greedy_repair(current, planned, "G-L4", {"G-L4": [date(2025, 9, 23)]})
    assert starts["G-L4"].date() == date(2025, 10, 14) and starts["G-L5"].date() == date(2025, 10, 21)
    assert starts["G-L3"] == planned["G-L3"]
