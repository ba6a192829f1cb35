"""Re-planning after one cancelled session.

Held (and past) sessions stay; the cancelled session gets a new moment (not on the cancelled
day); as few other sessions as possible move. Only the component of the cancelled session's
specialist is looked at. Three steps, cheapest first:

1. the cancelled lesson alone into a free legal slot (nothing else moves);
2. CP-SAT: fewest moved sessions, the maximum gap may stretch at a high price;
3. fallback: the rest of that group's series greedily, stretching the maximum gap step by step.

When the maximum gap had to stretch (lesson 3 held, lesson 4 cancelled and no legal date
within the gap), ``notes`` says so in Dutch.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date, datetime, timedelta

from wishdesk.core.scheduling.explain import explain_by_relaxation, quick_checks
from wishdesk.core.scheduling.greedy import greedy_plan, place_alone
from wishdesk.core.scheduling.prepare import Prepared, components, prepare
from wishdesk.core.scheduling.problem import (
    Assignment,
    Id,
    PlanResult,
    PlanStatus,
    Problem,
    SessionKind,
    SessionStatus,
)
from wishdesk.core.scheduling.texts import fmt_date, group_label


def replan(
    problem: Problem,
    cancelled_id: Id,
    *,
    previous: Mapping[Id, datetime] | None = None,
    today: date | None = None,
    cancelled_day: date | None = None,
    time_limit: float = 1.0,
    cancel: Callable[[], bool] | threading.Event | None = None,
) -> PlanResult:
    """New plan after ``cancelled_id`` did not take place.

    ``previous`` is the current plan (default: each session's ``start``). Sessions before
    ``today`` stay put. ``cancelled_day`` (default: its planned day) is excluded for the
    cancelled session. ``moved`` lists the other sessions whose time changed."""
    began = time.monotonic()
    check = cancel.is_set if isinstance(cancel, threading.Event) else cancel
    old = {s.id: s.start for s in problem.sessions if s.start is not None}
    old.update({k: v for k, v in (previous or {}).items() if v is not None})
    first_day = max(problem.first_day, today or problem.first_day)
    lost_day = cancelled_day or (old[cancelled_id].date() if cancelled_id in old else None)
    sessions = []
    for session in problem.sessions:
        start = old.get(session.id)
        if session.id == cancelled_id:
            session = replace(session, status=SessionStatus.OPEN, start=None)
        elif session.status == SessionStatus.OPEN and start is not None and start.date() < first_day:
            session = replace(session, status=SessionStatus.PINNED, start=start)  # in the past
        elif start is not None:
            session = replace(session, start=start)
        sessions.append(session)
    current = replace(problem.with_sessions(tuple(sessions)), first_day=first_day)
    members = set(next(ids for ids in components(current) if cancelled_id in ids))
    sub = current.with_sessions(tuple(s for s in current.sessions if s.id in members))
    excluded = {cancelled_id: [lost_day]} if lost_day else None
    prep = prepare(sub, excluded)
    ids = [s.id for s in sub.sessions]
    result = PlanResult(PlanStatus.FEASIBLE, components=1)
    outside = {sid: moment for sid, moment in old.items() if sid not in members}

    explanations = quick_checks(prep, ids, stretch_gaps=True)
    if explanations:
        return _finish(current, result, outside, {}, ids, began, PlanStatus.PARTIAL, explanations)
    old_minutes = {sid: prep.to_minute(old[sid]) for sid in ids if sid in old}
    others = {sid: m for sid, m in old_minutes.items() if sid != cancelled_id}

    # 1. Only the cancelled session moves.
    if all(sid in others for sid in ids if sid != cancelled_id):
        start = place_alone(prep, ids, cancelled_id, others)
        if start is not None:
            starts = {**others, cancelled_id: start}
            return _finish(current, result, outside, _datetimes(prep, starts), [], began, PlanStatus.OPTIMAL)

    # 2. CP-SAT: fewest moves, stretching the maximum gap only when nothing else works.
    from wishdesk.core.scheduling.cpmodel import ComponentModel

    model = ComponentModel(prep, ids, mode="replan", previous=old_minutes, hint=others,
                           ignore_moves=(cancelled_id,))
    outcome = model.solve(max(0.2, time_limit - (time.monotonic() - began)), workers=2, cancel=check)
    if outcome.starts:
        status = {"optimal": PlanStatus.OPTIMAL, "cancelled": PlanStatus.CANCELLED}.get(
            outcome.status, PlanStatus.FEASIBLE)
        return _finish(current, result, outside, _datetimes(prep, outcome.starts), [], began, status, prep=prep)
    if outcome.status == "cancelled":
        return _finish(current, result, outside, {}, ids, began, PlanStatus.CANCELLED)

    # 3. Greedy repair of the rest of this group's series.
    starts = _greedy_repair(sub, old, cancelled_id, excluded)
    if starts is not None:
        return _finish(current, result, outside, starts, [], began, PlanStatus.FEASIBLE, prep=prep)
    explanations = explain_by_relaxation(prep, ids, 3.0)
    return _finish(current, result, outside, {}, ids, began, PlanStatus.PARTIAL, explanations)


def _datetimes(prep: Prepared, starts: Mapping[Id, int]) -> dict[Id, datetime]:
    return {sid: prep.to_datetime(minute) for sid, minute in starts.items()}


def _greedy_repair(sub: Problem, old: Mapping[Id, datetime], cancelled_id: Id, excluded) -> dict | None:
    """Keep everything except the cancelled session and what follows it in its group; place
    those greedily, allowing a longer maximum gap step by step."""
    cancelled = sub.sessions_by_id[cancelled_id]
    number = cancelled.lesson_number or 0
    free = {cancelled_id} | {
        s.id for s in sub.sessions
        if s.group_id == cancelled.group_id and s.status == SessionStatus.OPEN
        and ((s.kind == SessionKind.LESSON and (s.lesson_number or 0) > number) or s.kind == SessionKind.SHOWCASE)
    }
    pinned = tuple(
        s if s.id in free or s.fixed or s.id not in old else replace(s, status=SessionStatus.PINNED, start=old[s.id])
        for s in sub.sessions
    )
    prep = prepare(sub.with_sessions(pinned), excluded)
    for extra in (0, 7, 14, 28, 56, 112):
        starts, failed = greedy_plan(prep, max_gap=sub.rules.max_gap_days + extra)
        if not failed:
            return _datetimes(prep, starts)
    return None


def _finish(current: Problem, result: PlanResult, outside: Mapping[Id, datetime], inside: Mapping[Id, datetime],
            unplanned: list[Id], began: float, status: PlanStatus, explanations=(), prep: Prepared | None = None
            ) -> PlanResult:
    starts = {**outside, **inside}
    result.assignments = {
        sid: Assignment(sid, start, start + timedelta(minutes=current.duration(current.sessions_by_id[sid])))
        for sid, start in starts.items() if sid in current.sessions_by_id
    }
    result.status = status
    result.unplanned = list(unplanned)
    result.explanations = list(explanations)
    previous = {s.id: s.start for s in current.sessions if s.start is not None}
    result.moved = sorted((sid for sid, start in inside.items() if sid in previous and previous[sid] != start),
                          key=str)
    if prep is not None and inside:
        result.notes = _stretch_notes(prep, current, inside)
    result.seconds = time.monotonic() - began
    return result


def _stretch_notes(prep: Prepared, current: Problem, starts: Mapping[Id, datetime]) -> list[str]:
    """One Dutch note per pair of lessons further apart than the maximum gap."""
    notes = []
    rules = current.rules
    for a_id, b_id in prep.chains:
        if a_id not in starts or b_id not in starts:
            continue
        day_a, day_b = prep.day_index(starts[a_id].date()), prep.day_index(starts[b_id].date())
        gap = prep.paused_gap(b_id, day_a, day_b)
        if gap <= rules.max_gap_days:
            continue
        a, b = current.sessions_by_id[a_id], current.sessions_by_id[b_id]
        if a.status == SessionStatus.HELD and b.status == SessionStatus.HELD:
            continue
        state = "gegeven" if a.status == SessionStatus.HELD else "gepland"
        half = f" ({b.subgroup})" if b.subgroup else ""
        notes.append(
            f"{group_label(current, b.group_id)}: na les {a.lesson_number} ({state} op {fmt_date(starts[a_id].date())}) "
            f"was er binnen {rules.max_gap_days} dagen (schoolvakanties niet meegeteld) geen geschikt moment voor "
            f"les {b.lesson_number}{half}. De tussenruimte is opgerekt tot {gap} dagen; les {b.lesson_number} "
            f"staat nu op {fmt_date(starts[b_id].date())}."
        )
    return notes
