"""'Alles opnieuw plannen' in two steps: first what would move (nothing written), then apply it.

    preview = yield from preview_replan(db, today=today)   # a generator: progress, then a ReplanPreview
    preview.moves                                           # which lessons, from -> to
    outcome = apply_replan(db, preview)                     # ONE transaction; outcome.changes undoes it

The preview plans every planned (not held, not pinned) lesson anew, like ``plan --all``, but keeps the
result in memory; applying writes exactly that result. A lesson someone changed in between is skipped
with a note (``write_assignments`` compares every row with the snapshot).
"""

from __future__ import annotations

import time as clock
from collections.abc import Generator
from dataclasses import dataclass
from datetime import date, datetime

from .. import access
from ..db import Database
from ..scheduling import problem as sp
from .planning import DEFAULT_TIME_LIMIT, PlanOutcome, _outcome, solve_snapshot
from .planning_changes import _moments, write_assignments
from .planning_problem import Snapshot, build_snapshot


@dataclass(frozen=True)
class Move:
    """One lesson or parent evening the re-planning would give another moment."""

    key: str
    what: str  # "Les 3 · 6A" / "Ouderavond · 6A" (Dutch)
    school: str
    before: datetime | None  # None: it had no date yet
    after: datetime


@dataclass(frozen=True)
class ReplanPreview:
    snapshot: Snapshot
    result: sp.PlanResult
    moves: tuple[Move, ...]
    began: float

    @property
    def moved(self) -> int:
        return sum(1 for m in self.moves if m.before is not None)

    @property
    def planned(self) -> int:
        return sum(1 for m in self.moves if m.before is None)

    @property
    def ok(self) -> bool:
        return self.result.ok

    def summary(self) -> str:
        """One Dutch line: how many would move and how many get a first date."""
        moved = "1 lesmoment verplaatst" if self.moved == 1 else f"{self.moved} lesmomenten verplaatst"
        if not self.moves:
            return "Opnieuw plannen verandert niets: alles blijft staan."
        text = f"Opnieuw plannen: {moved}"
        if self.planned:
            text += f", {self.planned} nieuw gepland"
        return text + "."


def _moves(snap: Snapshot, result: sp.PlanResult) -> tuple[Move, ...]:
    problem, out = snap.problem, []
    for key, (start, _end) in _moments(snap, result.assignments, None).items():
        ref = snap.rows[key]
        group = problem.groups_by_id[ref.group_id]
        school = problem.schools_by_id[group.school_id].name
        session = problem.sessions_by_id[key]
        if ref.kind in ("session", "new_session"):
            half = {"boys": " jongens", "girls": " meisjes"}.get(ref.subgroup, "")
            number = f" {session.lesson_number}" if session.lesson_number else ""
            what = f"Les{number}{half} · {group.name}"
        else:
            what = f"{snap.titles.get(key) or 'Ouderbijeenkomst'} · {group.name}"
        before = datetime.combine(ref.date, ref.start_time) if ref.date and ref.start_time else None
        out.append(Move(key, what, school, before, start))
    return tuple(sorted(out, key=lambda m: (m.before or m.after, m.school, m.what)))


def preview_replan(db: Database, year: str | None = None, *, today: date | None = None,
                   time_limit: float = DEFAULT_TIME_LIMIT, use_cp: bool = True, as_staff: int | None = None
                   ) -> Generator[tuple[int, int, str], None, ReplanPreview]:
    """Plan every planned lesson anew in memory and list what would move; writes nothing. ``as_staff``: the
    signed-in person, who must be allowed to plan (core.access; None: no scope)."""
    began = clock.monotonic()
    access.check_planning(access.scope_of(db, as_staff))
    yield 0, 100, "Scholen, groepen en agenda's ophalen…"
    with db.session() as s:
        snap = build_snapshot(s, year, today=today)
    result = yield from solve_snapshot(snap, replan_all=True, time_limit=time_limit, use_cp=use_cp)
    yield 100, 100, "Klaar"
    return ReplanPreview(snap, result, _moves(snap, result) if result.status != sp.PlanStatus.CANCELLED else (),
                         began)


def apply_replan(db: Database, preview: ReplanPreview, *, as_staff: int | None = None) -> PlanOutcome:
    """Write the previewed plan in one transaction; the outcome's ``changes`` undo it."""
    with db.write() as s:
        access.check_planning(access.scope_in(s, as_staff))
        changes, notes = write_assignments(s, preview.snapshot, preview.result.assignments)
    return _outcome(preview.snapshot, preview.result, changes, notes, preview.began)
