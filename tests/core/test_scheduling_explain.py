"""Impossible plans come with a Dutch explanation naming group, person, rule and weeks."""

from __future__ import annotations

from datetime import date, time

from wishdesk.core.scheduling.conflicts import find_conflicts
from wishdesk.core.scheduling.problem import (
    Absence,
    Group,
    Person,
    PlanStatus,
    Problem,
    RuleCode,
    School,
    TimeWindow,
)
from wishdesk.core.scheduling.solver import plan
from wishdesk.core.scheduling.synthetic import build_sessions

MON, TUE, THU = 0, 1, 3


def school(sid="A", days=(TUE,), window=(time(8, 30), time(12, 0))):
    return School(sid, f"Basisschool {sid}", tuple(TimeWindow(d, *window) for d in days))


def make(schools, groups, people, sessions, last=date(2025, 12, 19)):
    return Problem(date(2025, 9, 1), last, tuple(schools), tuple(people), tuple(groups), tuple(sessions))


def test_teacher_never_free_in_the_lesson_windows():
    group = Group("G", "Groep 6A", "A", "T", "S")
    people = [Person("T", "Juf Anna", "teacher", (TimeWindow.whole_day(MON),)), Person("S", "Sanne")]
    result = plan(make([school()], [group], people, build_sessions(group, 3, events=False)), time_limit=3)
    assert result.status == PlanStatus.INFEASIBLE
    assert set(result.unplanned) == {"G-L1", "G-L2", "G-L3"}
    explanation = result.explanations[0]
    assert explanation.rule == RuleCode.TEACHER_UNAVAILABLE
    assert "Juf Anna werkt niet op dinsdag" in explanation.message
    assert "Groep 6A (Basisschool A)" in explanation.message
    assert explanation.person_ids == ("T",) and explanation.group_ids == ("G",)


def test_specialist_absent_the_whole_period():
    group = Group("G", "Groep 6A", "A", "T", "S")
    people = [Person("T", "Juf Anna", "teacher"),
              Person("S", "Sanne", absences=(Absence.days(date(2025, 8, 25), date(2026, 1, 31), "verlof"),))]
    result = plan(make([school()], [group], people, build_sessions(group, 2, events=False)), time_limit=3)
    assert not result.ok
    assert "Sanne is afwezig (verlof)" in result.explanations[0].message
    assert result.explanations[0].rule == RuleCode.SPECIALIST_UNAVAILABLE


def test_absence_in_the_middle_breaks_the_series_and_names_the_weeks():
    group = Group("G", "Groep 6A", "A", "T", "S")
    people = [Person("T", "Juf Anna", "teacher"),
              Person("S", "Sanne", absences=(Absence.days(date(2025, 9, 22), date(2025, 10, 17), "ziek"),))]
    sessions = build_sessions(group, 8, events=False)
    result = plan(make([school()], [group], people, sessions, last=date(2025, 11, 25)), time_limit=3)
    assert not result.ok
    explanation = result.explanations[0]
    assert explanation.rule == RuleCode.MAX_GAP, explanation.message
    assert "de 8 lessen passen niet" in explanation.message
    assert "Sanne is afwezig (ziek) (ma 22-09-2025 t/m vr 17-10-2025)" in explanation.message
    assert "geen lestijd" not in explanation.message
    assert "hoogstens 6 lessen achter elkaar" in explanation.message
    short = plan(make([school()], [group], people, sessions, last=date(2025, 11, 14)), time_limit=3)
    assert short.explanations[0].rule == RuleCode.OUTSIDE_PERIOD
    assert "te kort, ook omdat in weken" in short.explanations[0].message
    assert "Sanne is afwezig (ziek)" in short.explanations[0].message
    assert 40 in explanation.weeks and "S" in explanation.person_ids


def test_too_many_lessons_for_one_specialist():
    groups = [Group(f"G{n}", f"Groep 6{'ABC'[n]}", "A", f"T{n}", "S") for n in range(3)]
    people = [Person("S", "Sanne", max_sessions_per_day=1)]
    sessions = [s for g in groups for s in build_sessions(g, 4, events=False)]
    result = plan(make([school()], groups, people, sessions, last=date(2025, 10, 3)), time_limit=3)
    assert not result.ok
    explanation = result.explanations[0]
    assert explanation.rule == RuleCode.CAPACITY
    assert "Sanne moet 12 lessen geven" in explanation.message and "maximaal 1 per dag" in explanation.message


def test_parent_evening_cannot_fit():
    group = Group("G", "Groep 6A", "A", "T", "S", not_after=date(2025, 9, 30))
    sessions = build_sessions(group, 2, events=True)
    problem = Problem(date(2025, 9, 2), date(2025, 12, 19), (school(),), (Person("S", "Sanne"),),
                      (group,), tuple(sessions))
    # The evening needs a school day before lesson 1, lessons 1-2 must fit by 30 September...
    result = plan(problem, time_limit=3)
    assert result.ok  # ...which works: evening 2 Sept, lessons 9 and 16 Sept
    tight = Problem(date(2025, 9, 2), date(2025, 12, 19), (school(),), (Person("S", "Sanne"),),
                    (Group("G", "Groep 6A", "A", "T", "S", not_after=date(2025, 9, 9)),), tuple(sessions))
    result = plan(tight, time_limit=3)
    assert not result.ok
    assert result.explanations[0].rule in (RuleCode.PARENT_EVENING, RuleCode.OUTSIDE_PERIOD, RuleCode.MAX_GAP)
    assert "Groep 6A" in result.explanations[0].message


def test_travel_time_found_by_relaxation():
    """Each school alone is fine and there are enough days, but one morning cannot hold both
    schools with an hour of travel in between: only CP-SAT plus relaxation can tell."""
    groups = [Group("GA", "Groep 6A", "A", "TA", "S", not_after=date(2025, 9, 23)),
              Group("GB", "Groep 6B", "B", "TB", "S", not_after=date(2025, 9, 23))]
    sessions = [s for g in groups for s in build_sessions(g, 4, events=False)]
    problem = Problem(date(2025, 9, 1), date(2025, 12, 19), (school("A"), school("B")),
                      (Person("S", "Sanne"),), tuple(groups), tuple(sessions), travel_minutes={("A", "B"): 60})
    result = plan(problem, time_limit=4)
    assert result.status == PlanStatus.INFEASIBLE
    rules = {e.rule for e in result.explanations}
    assert RuleCode.TRAVEL_TIME in rules
    message = next(e.message for e in result.explanations if e.rule == RuleCode.TRAVEL_TIME)
    assert "Sanne" in message and "reistijd" in message


def test_other_specialists_still_get_a_plan():
    good = Group("G1", "Groep 6A", "A", "T1", "S1")
    bad = Group("G2", "Groep 6B", "B", "T2", "S2")
    people = [Person("S1", "Sanne"), Person("S2", "Karim", absences=(Absence.days(date(2025, 8, 1), date(2026, 7, 31)),))]
    sessions = build_sessions(good, 3, events=False) + build_sessions(bad, 3, events=False)
    problem = make([school("A"), school("B")], [good, bad], people, sessions)
    result = plan(problem, time_limit=3)
    assert result.status == PlanStatus.PARTIAL
    assert set(result.unplanned) == {"G2-L1", "G2-L2", "G2-L3"}
    assert {"G1-L1", "G1-L2", "G1-L3"} <= set(result.assignments)
    assert all("Karim" in e.message for e in result.explanations)
    planned = {k: v for k, v in result.assignments.items()}
    assert [c.rule for c in find_conflicts(problem, planned)] == [RuleCode.UNPLANNED] * 3
