"""Automatic planning of a school year and the conflict check, on the database.

``plan_year`` is a generator for the GUI's background helper: it yields (done, total, message) and
returns a :class:`PlanOutcome`. It reads a snapshot, plans, and writes everything in ONE transaction
at the end, so closing the generator (cancel) writes nothing. By default it plans what has no date
yet and keeps the dates already planned; only when that leaves a group without a plan are the planned
(not held, not pinned) lessons of that specialist's schools planned anew.

Editing single lessons (drag and drop, pin, next free moment, cancel and re-plan) is in
``planning_edits``; rows for pages and the calendar export in ``planning_views``.
"""

from __future__ import annotations

import time as clock
from collections.abc import Generator
from dataclasses import dataclass, replace
from datetime import date

from .. import access
from ..db import Database
from ..scheduling import problem as sp
from ..scheduling.conflicts import find_conflicts
from ..scheduling.prepare import components
from ..scheduling.solver import plan_steps
from .planning_changes import ChangeSet, write_assignments
from .planning_problem import Snapshot, build_snapshot, parse_key, year_row

DEFAULT_TIME_LIMIT = 7.0  # most seconds for the solver; the default (fast) plan of 50 schools needs well under one
# By default a plan is the greedy planner with a group-order search per specialist, without CP-SAT: on the 50-school
# demo within 1 % of a 30-second CP-SAT run at a fraction of the time (benchmarks/README.md, issue 19). CP-SAT
# (``use_cp=True``, `wishdesk plan --grondig`) searches for the last fraction of a percent.


@dataclass(frozen=True)
class PlanOutcome:
    """What automatic planning did. ``explanations`` say in a coordinator's words (Dutch) why (part of)
    the plan is impossible; ``notes`` are remarks on a plan that was made. ``changes`` is for undo."""

    ok: bool
    status: str  # optimal / feasible / partial / infeasible / nothing
    year: str
    planned: int  # got a date for the first time
    moved: int  # had a date and got another one
    kept: int  # already planned, stayed where it was
    not_planned: int  # still without a date
    explanations: tuple[str, ...]
    notes: tuple[str, ...]
    seconds: float
    changes: ChangeSet = ChangeSet()

    def summary(self) -> str:
        """One Dutch line for a status bar or the CLI."""
        parts = [f"{self.planned} lesmomenten nieuw gepland"]
        if self.moved:
            parts.append(f"{self.moved} verplaatst")
        if self.kept:
            parts.append(f"{self.kept} al geplande of gegeven lesmomenten ongewijzigd")
        if self.not_planned:
            parts.append(f"{self.not_planned} nog zonder datum")
        return f"Schooljaar {self.year}: " + ", ".join(parts) + f" ({self.seconds:.1f} s".replace(".", ",") + ")."  # Dutch decimal comma


@dataclass(frozen=True)
class ConflictRow:
    """One broken rule in the current planning, with names for display."""

    rule: str  # scheduling RuleCode value
    message: str  # Dutch
    keys: tuple[str, ...]  # "s12" / "e5"
    session_ids: tuple[int, ...]
    event_ids: tuple[int, ...]
    groups: tuple[str, ...]
    schools: tuple[str, ...]
    people: tuple[str, ...]
    day: date | None
    school_ids: tuple[int, ...] = ()


def _freeze(problem: sp.Problem, first_day: date, keep: bool, reopen: set | None = None) -> sp.Problem:
    """Open sessions with a previous date stay put: always when that date is before ``first_day``
    (history) or is a parent event closer than the lead time (parents may have been invited), and in
    ``keep`` mode unless their group is in ``reopen``."""
    events_from = problem.parent_events_from or first_day
    sessions = []
    for s in problem.sessions:
        soon_event = s.kind != sp.SessionKind.LESSON and s.start is not None and s.start.date() < events_from
        if s.status == sp.SessionStatus.OPEN and s.start is not None and (
                s.start.date() < first_day or soon_event or (keep and s.group_id not in (reopen or set()))):
            s = replace(s, status=sp.SessionStatus.PINNED)
        sessions.append(s)
    return problem.with_sessions(tuple(sessions))


def _run(problem: sp.Problem, time_limit: float, use_cp: bool, low: int, high: int, processes: int = 1
         ) -> Generator[tuple[int, int, str], None, sp.PlanResult]:
    steps = plan_steps(problem, time_limit, use_cp=use_cp, processes=processes)
    try:
        while True:
            try:
                step = next(steps)
            except StopIteration as stop:
                return stop.value
            yield low + int((high - low) * step.fraction), 100, step.message
    finally:
        steps.close()  # on cancel: stops the solver threads


def _merge(first: sp.PlanResult, second: sp.PlanResult, keys: set) -> sp.PlanResult:
    """``second`` re-planned the sessions ``keys`` of ``first``."""
    merged = sp.PlanResult(first.status, seconds=first.seconds + second.seconds, components=first.components)
    merged.assignments = {k: a for k, a in first.assignments.items() if k not in keys}
    merged.assignments.update({k: a for k, a in second.assignments.items() if k in keys})
    merged.unplanned = [k for k in first.unplanned if k not in keys] + [k for k in second.unplanned if k in keys]
    kept = [e for e in first.explanations if not set(e.session_ids) & keys or not set(e.session_ids) <= keys]
    merged.explanations = kept + [e for e in second.explanations if e not in kept]
    merged.notes = list(dict.fromkeys(first.notes + second.notes))
    if second.status == sp.PlanStatus.CANCELLED:
        merged.status = sp.PlanStatus.CANCELLED
    elif merged.unplanned:
        merged.status = sp.PlanStatus.PARTIAL if merged.assignments else sp.PlanStatus.INFEASIBLE
    else:
        merged.status = sp.PlanStatus.FEASIBLE
    return merged


def _fixed_at(problem: sp.Problem, result: sp.PlanResult, free: set) -> sp.Problem:
    """Everything planned in ``result`` pinned where it is, except the sessions ``free``."""
    return problem.with_sessions(tuple(
        replace(s, status=sp.SessionStatus.PINNED, start=result.assignments[s.id].start)
        if s.id not in free and not s.fixed and s.id in result.assignments else s
        for s in problem.sessions if s.id in free or s.fixed or s.id in result.assignments))


def solve_snapshot(snap: Snapshot, *, replan_all: bool = False, time_limit: float = DEFAULT_TIME_LIMIT,
                   use_cp: bool = False, low: int = 5, high: int = 90, processes: int = 1
                   ) -> Generator[tuple[int, int, str], None, sp.PlanResult]:
    """Plan a snapshot (no database). Keeps earlier dates unless ``replan_all``. When that leaves a group
    without a plan, the planned lessons of its specialist's schools are planned anew; and when some
    groups cannot be planned at all, the others of their specialist are still planned."""
    problem = _freeze(snap.problem, snap.first_day, not replan_all)
    # A second round only helps when earlier dates were kept in the future; else use all the time.
    keep = not replan_all and any(s.status != snap.problem.sessions_by_id[s.id].status
                                  and s.start.date() >= snap.first_day for s in problem.sessions)
    step = (high - low) // 3
    result = yield from _run(problem, time_limit * (0.6 if keep else 0.8), use_cp, low, high - step, processes)
    if result.ok or result.status == sp.PlanStatus.CANCELLED:
        return result
    if keep:
        failed = {problem.sessions_by_id[k].group_id for k in result.unplanned}
        keys = {k for ids in components(snap.problem) for k in ids
                if failed & {snap.problem.sessions_by_id[x].group_id for x in ids}}
        reopened = _freeze(snap.problem, snap.first_day, True, {snap.problem.sessions_by_id[k].group_id for k in keys})
        if any(s.status != problem.sessions_by_id[s.id].status for s in reopened.sessions if s.id in keys):
            yield high - step, 100, "Nog niet alles past; de lessen van deze specialist opnieuw indelen…"
            problem = reopened.with_sessions(tuple(s if s.id in keys else problem.sessions_by_id[s.id]
                                                   for s in reopened.sessions))
            second = yield from _run(_fixed_at(problem, result, keys), time_limit * 0.25, use_cp, high - step, high)
            result = _merge(result, second, keys)
            if result.ok or result.status == sp.PlanStatus.CANCELLED:
                return result
    blamed = {g for e in result.explanations for g in e.group_ids}
    rest = {k for k in result.unplanned if problem.sessions_by_id[k].group_id not in blamed}
    if blamed and rest:  # plan the groups that are not to blame around the ones that are
        yield high - 1, 100, "De overige groepen van deze specialist plannen…"
        sub = _fixed_at(problem, result, rest)
        sub = sub.with_sessions(tuple(s for s in sub.sessions if s.group_id not in blamed))
        second = yield from _run(sub, time_limit * 0.2, use_cp, high - 1, high)
        result = _merge(result, second, rest)
    return result


def plan_year(db: Database, year: str | None = None, *, today: date | None = None, replan_all: bool = False,
              time_limit: float = DEFAULT_TIME_LIMIT, use_cp: bool = False, processes: int = 1,
              as_staff: int | None = None) -> Generator[tuple[int, int, str], None, PlanOutcome]:
    """Plan all groups of a school year (default: the current one). Held and pinned lessons stay;
    lessons already planned stay unless ``replan_all``. ``use_cp``: the thorough plan (CP-SAT after the greedy
    order search; seconds instead of a fraction of one, for a plan about 0.3 % better). ``processes`` > 1: the
    fast plan's specialists in forked processes (the command line only: a GUI process must not fork). Yields
    progress; returns a PlanOutcome. ``as_staff``: the signed-in person, who must be allowed to plan
    (core.access; None: no scope)."""
    began = clock.monotonic()
    access.check_planning(access.scope_of(db, as_staff))
    yield 0, 100, "Scholen, groepen en agenda's ophalen…"
    with db.session() as s:
        snap = build_snapshot(s, year, today=today)
    result = yield from solve_snapshot(snap, replan_all=replan_all, time_limit=time_limit, use_cp=use_cp,
                                       processes=processes)
    if result.status == sp.PlanStatus.CANCELLED:
        return _outcome(snap, result, ChangeSet(), [], began)
    yield 92, 100, "De planning opslaan…"
    with db.write() as s:
        changes, notes = write_assignments(s, snap, result.assignments)
    yield 100, 100, "Klaar"
    return _outcome(snap, result, changes, notes, began)


def _outcome(snap: Snapshot, result: sp.PlanResult, changes: ChangeSet, notes: list[str],
             began: float) -> PlanOutcome:
    open_keys = [s.id for s in snap.problem.sessions if s.status == sp.SessionStatus.OPEN]
    planned = sum(1 for c in changes.items if c.before.date is None)
    moved = sum(1 for c in changes.items if c.before.date is not None)
    not_planned = sum(1 for k in open_keys if k not in result.assignments)
    kept = sum(1 for k in open_keys if snap.rows[k].date is not None) - moved
    explanations = [e.message for e in result.explanations] + list(snap.left_out)
    if result.status == sp.PlanStatus.CANCELLED:
        explanations.append("Het plannen is afgebroken; er is niets opgeslagen.")
    if not_planned and not explanations:
        explanations.append(f"{not_planned} lesmomenten konden niet worden gepland.")
    status = result.status.value if open_keys else "nothing"
    ok = result.ok and not snap.left_out and not not_planned
    return PlanOutcome(ok, status, snap.year_name, planned, moved, max(0, kept), not_planned,
                       tuple(dict.fromkeys(explanations)), tuple(dict.fromkeys([*snap.notes, *result.notes, *notes])),
                       round(clock.monotonic() - began, 2), changes)


# --------------------------------------------------------------------------- conflicts


def conflict_rows(snap: Snapshot, found: list[sp.Conflict], include_unplanned: bool = False) -> list[ConflictRow]:
    problem = snap.problem
    rows = []
    for conflict in found:
        if conflict.rule == sp.RuleCode.UNPLANNED and not include_unplanned:
            continue
        keys = tuple(str(k) for k in conflict.session_ids)
        parsed = [parse_key(k) for k in keys if k[:1] in "se"]
        starts = [problem.sessions_by_id[k].start for k in conflict.session_ids
                  if problem.sessions_by_id[k].start is not None]
        groups = tuple(problem.groups_by_id[g].name for g in conflict.group_ids if g in problem.groups_by_id)
        schools = tuple(problem.schools_by_id[x].name for x in conflict.school_ids if x in problem.schools_by_id)
        people = tuple(problem.people_by_id[p].name for p in conflict.person_ids if p in problem.people_by_id)
        rows.append(ConflictRow(conflict.rule.value, conflict.message, keys,
                                tuple(i for kind, i in parsed if kind == "session"),
                                tuple(i for kind, i in parsed if kind == "event"),
                                groups, schools, people, min(starts).date() if starts else None,
                                tuple(x for x in conflict.school_ids if isinstance(x, int))))
    return sorted(rows, key=lambda r: (r.day or date.max, r.message))


def snapshot_for_check(s, year: str | None = None, *, today: date | None = None,  # noqa: ANN001 - OrmSession
                       group_ids: set[int] | None = None) -> Snapshot:
    """The planning as it is in the database (no new rows; the whole year counts as planning period)."""
    start = year_row(s, year).start_date
    return build_snapshot(s, year, today=today, group_ids=group_ids, include_missing=False, first_day=start)


def conflicts(db: Database, year: str | None = None, *, today: date | None = None,
              include_unplanned: bool = False, group_ids: set[int] | None = None) -> list[ConflictRow]:
    """Every rule the current dates break (double bookings, travel time, closed days, spacing, …),
    checked by the independent conflict checker. Lessons without a date are not conflicts unless
    ``include_unplanned``."""
    with db.session() as s:
        snap = snapshot_for_check(s, year, today=today, group_ids=group_ids)
    return conflict_rows(snap, find_conflicts(snap.problem), include_unplanned)


def unplanned_count(db: Database, year: str | None = None) -> int:
    """Lessons of the year without a date (cancelled ones that went back to planning included)."""
    from sqlalchemy import func, select

    from ..models import Group, Session

    with db.session() as s:
        row = year_row(s, year)
        return s.scalar(select(func.count(Session.id)).join(Group, Group.id == Session.group_id).where(
            Group.school_year_id == row.id, Group.archived.is_(False), Session.status == "unplanned")) or 0


