"""The independent conflict checker finds every broken rule of a hand-edited plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest

from wishdesk.core.scheduling.conflicts import find_conflicts
from wishdesk.core.scheduling.problem import (
    Absence,
    Assignment,
    Group,
    Person,
    Problem,
    RuleCode,
    School,
    SessionStatus,
    TimeWindow,
)
from wishdesk.core.scheduling.synthetic import build_sessions

TUE, WED, THU = 1, 2, 3
HERFST = {date(2025, 10, 11 + n): "Herfstvakantie" for n in range(9) if date(2025, 10, 11 + n).weekday() < 5}


def at(day: int, month: int = 9, hour: int = 8, minute: int = 30) -> datetime:
    return datetime(2025, month, day, hour, minute)


@pytest.fixture
def setup():
    schools = (
        School("A", "De Regenboog", (TimeWindow(TUE, time(8, 30), time(12, 0)), TimeWindow(THU, time(8, 30), time(12, 0))),
               HERFST, frozenset(date(2025, 10, 11 + n) for n in range(9))),
        School("B", "De Linde", (TimeWindow(TUE, time(8, 30), time(12, 0)),)),
    )
    people = (
        Person("TA", "Juf Anna", "teacher", (TimeWindow.whole_day(TUE), TimeWindow.whole_day(THU))),
        Person("TB", "Meester Bram", "teacher"),
        Person("S", "Sanne", "specialist", (), (Absence.days(date(2025, 11, 4), date(2025, 11, 4), "cursus"),),
               max_sessions_per_day=2),
    )
    groups = (Group("GA", "Groep 6A", "A", "TA", "S"), Group("GB", "Groep 6B", "B", "TB", "S"))
    sessions = tuple(build_sessions(groups[0], 3, split=True, events=True) + build_sessions(groups[1], 2, events=False))
    problem = Problem(date(2025, 9, 1), date(2025, 12, 19), schools, people, groups, sessions)
    good = {
        "GA-OA": at(1, hour=19, minute=0),
        "GA-L1-jongens": at(2), "GA-L1-meisjes": at(2, hour=10, minute=0),
        "GA-L2-jongens": at(9), "GA-L2-meisjes": at(9, hour=10, minute=0),
        "GA-L3-jongens": at(16), "GA-L3-meisjes": at(16, hour=10, minute=0),
        "GA-TM": at(16, hour=14, minute=0),
        "GB-L1": at(23), "GB-L2": at(30),
    }
    return problem, good


def rules_of(problem, plan):
    return sorted({c.rule for c in find_conflicts(problem, plan)})


def test_valid_plan_has_no_conflicts(setup):
    problem, plan = setup
    assert find_conflicts(problem, plan) == []
    assert find_conflicts(problem, {k: Assignment(k, v, v) for k, v in plan.items()}) == []


@pytest.mark.parametrize(
    ("session", "moment", "rule", "words"),
    [
        ("GA-L2-jongens", at(14, 10), RuleCode.SCHOOL_CLOSED, "Herfstvakantie"),
        ("GA-L2-jongens", at(13, 9), RuleCode.SCHOOL_CLOSED, "weekend"),
        ("GA-L2-jongens", at(9, hour=11), RuleCode.OUTSIDE_WINDOW, "buiten de lestijden"),
        ("GA-L2-jongens", at(10, hour=9), RuleCode.TEACHER_UNAVAILABLE, "Juf Anna werkt dan niet"),
        ("GB-L1", at(4, 11), RuleCode.ABSENT, "Sanne is dan afwezig (cursus)"),
        ("GB-L1", at(2, hour=9), RuleCode.SPECIALIST_DOUBLE_BOOKED, "Sanne staat tegelijk"),
        ("GB-L1", at(2, hour=11, minute=45), RuleCode.OUTSIDE_WINDOW, "buiten de lestijden"),
        ("GA-L1-meisjes", at(2, hour=9), RuleCode.TEACHER_DOUBLE_BOOKED, "Juf Anna staat tegelijk"),
        ("GA-L2-meisjes", at(4), RuleCode.MIN_GAP, "minimaal 6"),
        ("GA-L3-jongens", at(4, 11), RuleCode.MAX_GAP, "maximaal 14"),
        ("GA-L3-meisjes", at(2, hour=10, minute=0), RuleCode.LESSON_ORDER, "volgorde van het lesprogramma"),
        ("GA-OA", at(2, hour=19, minute=0), RuleCode.PARENT_EVENING, "vóór"),
        ("GA-TM", at(16, hour=9, minute=0), RuleCode.SHOWCASE, "na"),
        ("GA-L1-jongens", datetime(2026, 1, 6, 8, 30), RuleCode.OUTSIDE_PERIOD, "buiten de planperiode"),
    ],
)
def test_each_broken_rule_is_reported_in_dutch(setup, session, moment, rule, words):
    problem, plan = setup
    found = find_conflicts(problem, {**plan, session: moment})
    matching = [c for c in found if c.rule == rule]
    assert matching, [c.message for c in found]
    assert any(words in c.message for c in matching), [c.message for c in matching]
    assert all(session in c.session_ids for c in matching)


def test_travel_time_and_daily_maximum(setup):
    problem, plan = setup
    # Groep 6B at De Linde right after the boys at De Regenboog: no time to travel.
    found = find_conflicts(problem, {**plan, "GB-L1": at(2, hour=10, minute=0)})
    travel = [c for c in found if c.rule == RuleCode.TRAVEL_TIME]
    assert travel and "reistijd" in travel[0].message and travel[0].person_ids == ("S",)
    assert {"A", "B"} == set(travel[0].school_ids)
    crowded = {**plan, "GB-L1": at(2, hour=10, minute=30)}
    crowded["GA-L1-meisjes"] = at(2, hour=12, minute=0)  # also outside the window
    found = find_conflicts(problem, crowded)
    assert RuleCode.MAX_PER_DAY in {c.rule for c in found}
    assert any("het maximum is 2 per dag" in c.message for c in found)


def test_unplanned_and_moved_fixed_sessions(setup):
    problem, plan = setup
    held = replace(problem.sessions_by_id["GA-L1-jongens"], status=SessionStatus.HELD, start=at(2))
    problem = problem.with_sessions(tuple(held if s.id == held.id else s for s in problem.sessions))
    edited = {k: v for k, v in plan.items() if k != "GB-L2"}
    edited["GA-L1-jongens"] = at(2, hour=10, minute=0)
    edited["GA-L1-meisjes"] = at(2)
    found = find_conflicts(problem, edited)
    assert {RuleCode.UNPLANNED, RuleCode.FIXED_MOVED} <= {c.rule for c in found}
    assert any("al gegeven" in c.message for c in found)


def test_without_assignments_the_sessions_own_starts_are_checked(setup):
    problem, plan = setup
    sessions = tuple(replace(s, start=plan[s.id]) for s in problem.sessions)
    assert find_conflicts(problem.with_sessions(sessions)) == []
    sessions = tuple(replace(s, start=at(24) if s.id == "GB-L2" else plan[s.id]) for s in problem.sessions)
    assert rules_of(problem.with_sessions(sessions), None) == [RuleCode.MIN_GAP, RuleCode.OUTSIDE_WINDOW]
