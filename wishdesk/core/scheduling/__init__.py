"""Planning of WIsH duo lessons: plain input dataclasses, greedy + CP-SAT planner, re-planning,
an independent conflict checker and Dutch explanations. No database, no Qt; OR-Tools is imported
only when a model is built.

Typical use (the service layer builds the :class:`Problem` from database rows)::

    result = plan(problem, time_limit=10, progress=callback, cancel=event)
    conflicts = find_conflicts(problem, result.assignments)
    again = replan(problem_with_current_plan, cancelled_session_id, today=date.today())
"""

from wishdesk.core.scheduling.conflicts import find_conflicts
from wishdesk.core.scheduling.problem import (
    Absence,
    Assignment,
    Conflict,
    Explanation,
    Group,
    Person,
    PlanResult,
    PlanStatus,
    Problem,
    RuleCode,
    Rules,
    School,
    Session,
    SessionKind,
    SessionStatus,
    TimeWindow,
)
from wishdesk.core.scheduling.replan import replan
from wishdesk.core.scheduling.solver import Progress, plan, plan_steps

__all__ = [
    "Absence", "Assignment", "Conflict", "Explanation", "Group", "Person", "PlanResult", "PlanStatus",
    "Problem", "Progress", "RuleCode", "Rules", "School", "Session", "SessionKind", "SessionStatus",
    "TimeWindow", "find_conflicts", "plan", "plan_steps", "replan",
]
