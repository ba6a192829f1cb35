"""Synthetic municipalities: every solver plan passes the independent checker."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wishdesk.core.scheduling.conflicts import find_conflicts
from wishdesk.core.scheduling.problem import Rules, SessionKind
from wishdesk.core.scheduling.solver import plan
from wishdesk.core.scheduling.synthetic import municipality


def test_synthetic_instance_shape_matches_the_product_brief():
    problem = municipality()
    lessons = [s for s in problem.sessions if s.kind == SessionKind.LESSON]
    assert (len(problem.schools), len(problem.groups)) == (50, 80)
    assert len({g.specialist_id for g in problem.groups}) == 13
    assert len(lessons) == 896
    assert municipality() == problem  # deterministic


def test_mid_size_municipality_is_planned_without_conflicts():
    problem = municipality(schools=12, groups=20, specialists=4, seed=11)
    result = plan(problem, time_limit=6)
    assert result.ok, result.explanations
    assert len(result.assignments) == len(problem.sessions)
    assert find_conflicts(problem, result.assignments) == []
    assert result.components == 4
    per_day = Counter((problem.specialist_id(problem.sessions_by_id[sid]), a.start.date())
                      for sid, a in result.assignments.items()
                      if problem.sessions_by_id[sid].kind == SessionKind.LESSON)
    assert max(per_day.values()) <= problem.rules.max_sessions_per_day


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 10_000),
    min_gap=st.integers(3, 8),
    extra_gap=st.integers(0, 10),
    per_day=st.integers(1, 4),
    travel=st.sampled_from([0, 15, 30, 60]),
    split=st.sampled_from([0.0, 0.5, 1.0]),
)
def test_random_small_instances_plan_cleanly_or_explain(seed, min_gap, extra_gap, per_day, travel, split):
    rules = Rules(min_gap_days=min_gap, max_gap_days=min_gap + extra_gap, max_sessions_per_day=per_day,
                  travel_minutes=travel)
    problem = municipality(schools=4, groups=5, specialists=2, lessons=5, split_share=split, seed=seed,
                           rules=rules)
    result = plan(problem, time_limit=2)
    planned = set(result.assignments)
    conflicts = [c for c in find_conflicts(problem, result.assignments)
                 if set(c.session_ids) <= planned]
    assert conflicts == []
    if not result.ok:
        assert result.explanations
        assert all(e.message and e.message[0].isupper() for e in result.explanations)
        assert set(result.unplanned).isdisjoint(planned)
