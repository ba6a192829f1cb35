"""Automatic planning of a school year: :func:`plan` (callback style) and :func:`plan_steps`
(generator style, for the GUI's background helper).

Steps: precompute legal slots; greedy earliest-slot plan (instant first answer and hint);
split into independent components (one per specialist, linked only by shared teachers or
groups); improve each with CP-SAT in parallel threads within the time limit; explain in Dutch
the components that have no plan.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from bisect import bisect_left
from collections.abc import Callable, Generator
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

from wishdesk.core.scheduling.conflicts import find_conflicts
from wishdesk.core.scheduling.explain import explain_by_relaxation, quick_checks
from wishdesk.core.scheduling.greedy import greedy_plan, improve_greedy
from wishdesk.core.scheduling.prepare import Prepared, prepare
from wishdesk.core.scheduling.problem import (
    Assignment,
    Explanation,
    Id,
    PlanResult,
    PlanStatus,
    Problem,
    RuleCode,
)

# Measured on the 50-school demo (benchmarks/bench_plan.py): ten greedy runs with another group order per
# specialist bring the plan within 1 % of a 30-second CP-SAT run; CP-SAT then rarely finds better within a
# few hundred milliseconds, so its search stops after this long without a better plan.
PATIENCE = 0.15
ORDER_TRIALS = 10
# Re-planning moves a specialist's lessons only when the series then end at least this much earlier
# (share of the sum of series-end days counted from the first plannable day).
KEEP_MARGIN = 0.01


@dataclass(frozen=True)
class Progress:
    fraction: float  # 0..1
    message: str  # Dutch, for a progress dialog


@dataclass
class _Part:
    """Outcome for one component."""

    ids: list[Id]
    starts: dict[Id, int] = field(default_factory=dict)
    status: str = "unknown"  # optimal / feasible / infeasible / cancelled
    explanations: list[Explanation] = field(default_factory=list)


def assignments_from(prep: Prepared, starts: dict[Id, int]) -> dict[Id, Assignment]:
    result = {}
    for sid, minute in starts.items():
        start = prep.to_datetime(minute)
        result[sid] = Assignment(sid, start, prep.to_datetime(minute + prep.duration[sid]))
    return result


def previous_plan(prep: Prepared, ids: list[Id]) -> dict[Id, int] | None:
    """The component's current dates (the sessions' own ``start``) when every session has one and
    together they break no rule; else None."""
    sessions = prep.problem.sessions_by_id
    starts: dict[Id, int] = {}
    for sid in ids:
        if sid in prep.fixed:
            starts[sid] = prep.fixed[sid]
            continue
        start = sessions[sid].start
        if start is None:
            return None
        minute = prep.to_minute(start)
        legal = prep.starts.get(sid, [])
        at = bisect_left(legal, minute)
        if at == len(legal) or legal[at] != minute:
            return None
        starts[sid] = minute
    if not any(sid not in prep.fixed for sid in ids):
        return None  # nothing to plan: nothing to keep either
    sub = prep.problem.with_sessions(tuple(sessions[s] for s in ids))
    if find_conflicts(sub, {sid: prep.to_datetime(m) for sid, m in starts.items()}):
        return None
    return starts


def solve_part(prep: Prepared, ids: list[Id], greedy: dict[Id, int], greedy_ok: bool, budget: float,
               workers: int, cancel: Callable[[], bool], use_cp: bool = True,
               patience: float | None = None, order_trials: int | None = None) -> _Part:
    """Plan one component (see ``_solve_part``). Sessions that already have dates that break no rule
    keep them unless the new plan finishes the series clearly earlier (``KEEP_MARGIN``): re-planning
    twice in a row moves nothing, and nobody's agenda changes for a day's gain."""
    previous = previous_plan(prep, ids)
    part = _solve_part(prep, ids, greedy, greedy_ok, budget, workers, cancel, use_cp, patience, order_trials)
    if previous is not None and part.status != "cancelled":
        old = prep.cost(previous, ids)
        new = prep.cost(part.starts, ids) if part.starts and not part.explanations else None
        if new is None or new > old - max(1.0, KEEP_MARGIN * old):
            part.starts, part.explanations = previous, []
            if part.status not in ("optimal", "feasible"):
                part.status = "feasible"
    return part


def _solve_part(prep: Prepared, ids: list[Id], greedy: dict[Id, int], greedy_ok: bool, budget: float,
                workers: int, cancel: Callable[[], bool], use_cp: bool = True,
                patience: float | None = None, order_trials: int | None = None) -> _Part:
    """Plan one component within ``budget`` seconds: a better greedy order, then CP-SAT from that
    hint; the greedy plan when CP-SAT finds nothing better in time; else explain why not."""
    part = _Part(ids)
    deadline = time.monotonic() + budget
    if greedy_ok and order_trials != 0 and not cancel():
        # A better group order for the greedy plan first: most of the gain, and without CP-SAT the plan itself
        # (within 1 % of a 30-second CP-SAT run on the 50-school demo, benchmarks/run_all.py).
        # ``greedy`` holds this component's plain greedy plan (components share no one, so the whole problem's
        # greedy plan is the same for them): the search starts from it instead of making it again.
        better, failed = improve_greedy(prep, ids, (0.4 if use_cp else 0.9) * budget, max_trials=order_trials,
                                        first=greedy)
        if not failed:
            greedy = {**greedy, **better}
    if not greedy_ok:
        part.explanations = quick_checks(prep, ids)
        if part.explanations:
            part.status = "infeasible"
            return part
    if use_cp and not cancel():
        from wishdesk.core.scheduling.cpmodel import ComponentModel

        model = ComponentModel(prep, ids, hint=greedy)
        outcome = model.solve(max(0.1, deadline - time.monotonic()), workers, cancel, patience)
        if outcome.status in ("optimal", "feasible") or (outcome.status == "cancelled" and outcome.starts):
            part.starts, part.status = outcome.starts, outcome.status
            return part
        if outcome.status == "infeasible":
            part.status = "infeasible"
    if greedy_ok:
        part.starts = {s: greedy[s] for s in ids}
        part.status = "cancelled" if cancel() else "feasible"
        return part
    if cancel():
        part.status = "cancelled"
        return part
    part.status = "infeasible"
    part.explanations = explain_by_relaxation(prep, ids, max(2.0, budget), cancel)
    return part


def plan_steps(problem: Problem, time_limit: float = 10.0, *, workers: int | None = None,
               use_cp: bool = True, cancel: Callable[[], bool] | None = None,
               patience: float | None = PATIENCE, order_trials: int | None = ORDER_TRIALS, processes: int = 1
               ) -> Generator[Progress, None, PlanResult]:
    """Generator: yields :class:`Progress`, returns the :class:`PlanResult` (StopIteration.value).

    Closing the generator (or ``cancel()`` returning True) stops the search; the result then
    holds what was planned so far with status CANCELLED. ``time_limit`` is the most it may take;
    each specialist's search stops sooner, once ``patience`` seconds brought no better plan
    (None: use the whole limit). ``order_trials`` caps the greedy group-order search per specialist (None: 40 % of
    its time; 0: no order search). Without ``use_cp`` the order search's plan is the plan and CP-SAT (OR-Tools)
    is not even imported, unless a specialist's groups cannot all be planned (explanations); ``processes`` > 1
    then plans the specialists in that many forked processes (Linux; not from a GUI process)."""
    began = time.monotonic()
    # Leave room for building models and assembling and checking the result.
    deadline = began + max(0.5, time_limit - min(0.6, 0.1 * time_limit))
    stop = threading.Event()

    def cancelled() -> bool:
        return stop.is_set() or bool(cancel and cancel())

    yield Progress(0.0, "Lesmomenten en beschikbaarheid verzamelen…")
    prep = prepare(problem)
    if not use_cp:
        parts = yield from _fast_parts(prep, deadline, cancelled, order_trials, processes)
        return _result(prep, parts, time.monotonic() - began)
    greedy, failed = greedy_plan(prep)
    yield Progress(0.1, "Eerste planning klaar; verbeteren per specialist…")
    failed_groups = set(failed)
    parts: list[_Part] = []
    threads = max(1, min(workers or min(2, os.cpu_count() or 1), len(prep.components)))
    per_solve = max(1, (os.cpu_count() or 1) // threads)
    pending = list(prep.components)
    total = len(pending)
    running: dict = {}
    try:
        with ThreadPoolExecutor(max_workers=threads) as pool:
            while pending or running:
                while pending and len(running) < threads:
                    ids = pending.pop(0)
                    rounds = -(-(len(pending) + len(running) + 1) // threads)
                    budget = max(0.2, (deadline - time.monotonic()) / max(1, rounds))
                    ok = not any(problem.sessions_by_id[s].group_id in failed_groups for s in ids)
                    future = pool.submit(solve_part, prep, ids, greedy, ok, budget, per_solve, cancelled, use_cp,
                                         patience, order_trials)
                    running[future] = ids
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    running.pop(future)
                    parts.append(future.result())
                    yield Progress(0.1 + 0.9 * len(parts) / max(1, total),
                                   f"{len(parts)} van {total} specialisten gepland")
    except GeneratorExit:
        stop.set()
        raise
    return _result(prep, parts, time.monotonic() - began)


_FORKED: dict = {}  # what a forked worker process plans from (inherited, never pickled)


def _fast_part(ids: list[Id], budget: float, order_trials: int | None,
               cancel: Callable[[], bool] = lambda: False) -> _Part:
    """One specialist without CP-SAT: greedy, then the group-order search (``solve_part`` keeps earlier dates)."""
    prep = _FORKED["prep"]
    greedy, failed = greedy_plan(prep, ids)
    return solve_part(prep, ids, greedy, not failed, budget, 1, cancel, False, None, order_trials)


def _fast_parts(prep: Prepared, deadline: float, cancelled: Callable[[], bool], order_trials: int | None,
                processes: int) -> Generator[Progress, None, list[_Part]]:
    """Greedy and order search per specialist. Pure Python, so threads would only take turns (GIL): in this
    thread, or with ``processes`` > 1 in forked worker processes (the command line; never from the GUI, a Qt
    process must not fork) that inherit ``prep`` and send back only each specialist's dates."""
    yield Progress(0.1, "Plannen per specialist…")
    pending = list(prep.components)
    total = len(pending)
    parts: list[_Part] = []
    _FORKED["prep"] = prep
    try:
        if processes > 1 and total > 1 and sys.platform.startswith("linux"):
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            budget = max(0.2, (deadline - time.monotonic()) * processes / total)
            with ProcessPoolExecutor(min(processes, total), mp_context=multiprocessing.get_context("fork")) as pool:
                futures = [pool.submit(_fast_part, ids, budget, order_trials) for ids in pending]
                try:
                    for future in futures:
                        if cancelled():
                            pool.shutdown(wait=False, cancel_futures=True)
                            break
                        parts.append(future.result())
                        yield Progress(0.1 + 0.9 * len(parts) / total, f"{len(parts)} van {total} specialisten gepland")
                except GeneratorExit:
                    pool.shutdown(wait=False, cancel_futures=True)
                    raise
            parts += [_Part(ids, status="cancelled") for ids in pending[len(parts):]]
            return parts
        for ids in pending:
            if cancelled():
                parts.append(_Part(ids, status="cancelled"))
                continue
            budget = max(0.2, (deadline - time.monotonic()) / max(1, total - len(parts)))
            parts.append(_fast_part(ids, budget, order_trials, cancelled))
            yield Progress(0.1 + 0.9 * len(parts) / total, f"{len(parts)} van {total} specialisten gepland")
        return parts
    finally:
        _FORKED.clear()


def _result(prep: Prepared, parts: list[_Part], seconds: float) -> PlanResult:
    result = PlanResult(PlanStatus.FEASIBLE, seconds=seconds, components=len(parts))
    starts: dict[Id, int] = {}
    for part in parts:
        if part.starts:
            starts.update(part.starts)
        else:
            result.unplanned.extend(part.ids)
        result.explanations.extend(part.explanations)
    result.assignments = assignments_from(prep, starts)
    statuses = {part.status for part in parts}
    if "cancelled" in statuses:
        result.status = PlanStatus.CANCELLED
    elif result.unplanned:
        result.status = PlanStatus.PARTIAL if result.assignments else PlanStatus.INFEASIBLE
    elif statuses <= {"optimal"}:
        result.status = PlanStatus.OPTIMAL
    if result.assignments and result.status != PlanStatus.CANCELLED:
        _verify(prep, result)
    return result


def _verify(prep: Prepared, result: PlanResult) -> None:
    """Belt and braces: the independent checker must find nothing in the planned part."""
    unplanned = set(result.unplanned)
    problems = [
        c for c in find_conflicts(prep.problem, result.assignments)
        if c.rule != RuleCode.UNPLANNED and not unplanned.intersection(c.session_ids)
    ]
    for conflict in problems:
        result.notes.append(f"Let op: {conflict.message}")


def plan(problem: Problem, time_limit: float = 10.0, progress: Callable[[float, str], None] | None = None,
         cancel: Callable[[], bool] | threading.Event | None = None, *, workers: int | None = None,
         use_cp: bool = True, order_trials: int | None = ORDER_TRIALS) -> PlanResult:
    """Plan all open sessions of ``problem`` within ``time_limit`` seconds (wall clock).

    ``progress(fraction, message)`` is called along the way; ``cancel`` (a callable or a
    ``threading.Event``) stops early with status CANCELLED and what was planned so far."""
    check = cancel.is_set if isinstance(cancel, threading.Event) else cancel
    steps = plan_steps(problem, time_limit, workers=workers, use_cp=use_cp, cancel=check, order_trials=order_trials)
    while True:
        try:
            step = next(steps)
        except StopIteration as stop:
            return stop.value
        if progress is not None:
            progress(step.fraction, step.message)
