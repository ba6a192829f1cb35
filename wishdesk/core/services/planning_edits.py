"""Editing the plan one lesson at a time: drag and drop, "next free moment", pin, cancel and re-plan.

Each edit is its own transaction and returns what undo needs (``undo_*`` functions put it back). Only
the part of the municipality the lesson belongs to (its specialist's schools, linked by teachers) is
loaded, which keeps these edits well under a second for 50 schools.
"""

from __future__ import annotations

import time as clock
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session as OrmSession

from .. import access
from ..db import Database
from ..errors import ValidationError
from ..models import Group, LessonTemplate, ParentEvent, Session, SessionChange
from ..scheduling import problem as sp
from ..scheduling.conflicts import find_conflicts
from ..scheduling.greedy import place_alone
from ..scheduling.prepare import prepare
from ..scheduling.replan import replan
from ..scheduling.texts import session_label
from ..team.stale import expect_version
from . import sessions
from .planning import ConflictRow, conflict_rows, snapshot_for_check
from .planning_changes import (
    ChangeSet,
    SlotState,
    apply_change,
    load_row,
    reapply_changes,
    revert_changes,
    write_assignments,
)
from .planning_problem import Snapshot, build_snapshot, component_group_ids, parse_key, session_key
from .sessions import SessionEdit, SessionState

REPLAN_REASON = "Opnieuw ingedeeld na een afgelaste les"


@dataclass(frozen=True)
class MovedRow:
    key: str
    label: str  # Dutch, e.g. "les 5 (jongens) van groep 6A (De Regenboog)"
    old: datetime | None
    new: datetime


@dataclass(frozen=True)
class ReplanOutcome:
    """A cancelled lesson and its new moment. ``moved``: the other lessons that had to move for it."""

    ok: bool
    session_id: int
    reason: str
    new_start: datetime | None
    moved: tuple[MovedRow, ...]
    explanations: tuple[str, ...]
    notes: tuple[str, ...]
    seconds: float
    cancel_edit: SessionEdit
    changes: ChangeSet


@dataclass(frozen=True)
class MoveOutcome:
    """A lesson or parent event moved by hand, and the conflicts it now has (shown at once)."""

    key: str
    start: datetime
    edit: SessionEdit | None  # lessons (sessions.move_session)
    changes: ChangeSet  # parent events
    conflicts: tuple[ConflictRow, ...]


def _row(s: OrmSession, key: str | int) -> tuple[str, Session | ParentEvent]:
    kind, row_id = parse_key(key)
    row = s.get(Session if kind == "session" else ParentEvent, row_id)
    if row is None:
        raise ValidationError("Dit lesmoment bestaat niet meer.")
    return ("s" if kind == "session" else "e") + str(row_id), row


def _check_scope(s: OrmSession, row: Session | ParentEvent, as_staff: int | None) -> None:
    """Refuse (PermissionDenied) a lesson or event of a school the signed-in person does not work at."""
    if as_staff is not None:
        access.check_slot_visible(s, access.scope_in(s, as_staff), row)


def _year_and_group(s: OrmSession, row: Session | ParentEvent) -> tuple[str, int]:
    if row.group_id is None:
        raise ValidationError("Deze bijeenkomst hoort niet bij een groep en wordt niet automatisch gepland.")
    group = s.get(Group, row.group_id)
    return group.school_year.name, group.id


def _local_snapshot(s: OrmSession, row: Session | ParentEvent, today: date | None, check: bool = False) -> Snapshot:
    year, group_id = _year_and_group(s, row)
    groups = component_group_ids(s, {group_id})
    if check:
        return snapshot_for_check(s, year, today=today, group_ids=groups)
    return build_snapshot(s, year, today=today, group_ids=groups, include_missing=False)


def _involving(snap: Snapshot, key: str) -> tuple[ConflictRow, ...]:
    found = [c for c in find_conflicts(snap.problem) if key in {str(k) for k in c.session_ids}]
    return tuple(conflict_rows(snap, found))


def conflicts_of(db: Database, key: str | int, today: date | None = None) -> tuple[ConflictRow, ...]:
    """The conflicts one lesson or parent event has right now."""
    with db.session() as s:
        key, row = _row(s, key)
        return _involving(_local_snapshot(s, row, today, check=True), key)


# --------------------------------------------------------------------------- move by hand


def _duration(s: OrmSession, row: Session | ParentEvent) -> int:
    if row.start_time and row.end_time and row.end_time > row.start_time:
        return (datetime.combine(date.min, row.end_time) - datetime.combine(date.min, row.start_time)).seconds // 60
    if isinstance(row, Session):
        return s.get(LessonTemplate, row.template_id).duration_minutes
    return 90 if row.kind == "parent_evening" else 60


def move_session_to(db: Database, key: str | int, start: datetime, *, today: date | None = None,
                    reason: str | None = None, version: int | None = None,
                    as_staff: int | None = None) -> MoveOutcome:
    """Drag and drop: the lesson (or parent event) to ``start``, keeping its length. Returns the
    conflicts it has at the new moment, so the planning page can show them at once.

    ``version``: the row version shown on screen (PlanItem.version); when someone saved the lesson or event
    since, a StaleEdit and nothing is written, like the move dialog. ``as_staff``: refused for a lesson of a
    school that signed-in person does not work at (core.access)."""
    with db.session() as s:
        key, row = _row(s, key)
        _check_scope(s, row, as_staff)
        minutes = _duration(s, row)
        if isinstance(row, Session) and row.status == "held":
            raise ValidationError("Deze les is al gegeven; verplaatsen kan niet meer.")
    end = start + timedelta(minutes=minutes)
    if end.date() != start.date():
        raise ValidationError("Een les moet op dezelfde dag eindigen; kies een vroeger tijdstip.")
    edit, changes = None, ChangeSet()
    if key.startswith("s"):
        edit = sessions.move_session(db, int(key[1:]), start.date(), start.time(), end.time(), reason,
                                     version=version)
    else:
        with db.write() as s:
            event = load_row(s, key)  # held here: the session keeps loaded rows only weakly, and a reload
            expect_version(event, version)  # would forget the version the person saw
            changes = ChangeSet((apply_change(s, key, SlotState(None, start.date(), start.time(), end.time()),
                                              None, reason),))
    return MoveOutcome(key, start, edit, changes, conflicts_of(db, key, today))


def undo_move(db: Database, outcome: MoveOutcome) -> None:
    if outcome.edit is not None:
        sessions.restore_session(db, outcome.edit)
    else:
        revert_changes(db, outcome.changes)


def next_free_slot(db: Database, key: str | int, *, today: date | None = None,
                   as_staff: int | None = None) -> datetime | None:
    """The first moment after the lesson's current one where it fits every rule with all other lessons
    kept where they are; when there is none after it (or it has no date), the first from tomorrow on.
    None when no moment fits: then only re-planning (which may move other lessons) can help."""
    with db.session() as s:
        key, row = _row(s, key)
        _check_scope(s, row, as_staff)
        if isinstance(row, Session) and row.status == "held":
            raise ValidationError("Deze les is al gegeven.")
        snap = _local_snapshot(s, row, today)
    problem = snap.problem
    if key not in problem.sessions_by_id:
        return None
    current = problem.sessions_by_id[key].start
    kept = []
    for item in problem.sessions:
        if item.id == key:
            kept.append(replace(item, status=sp.SessionStatus.OPEN, start=None))
        elif item.start is not None:
            kept.append(replace(item, status=item.status if item.fixed else sp.SessionStatus.PINNED))
    prep = prepare(problem.with_sessions(tuple(kept)))
    tomorrow = prep.to_minute(datetime.combine(snap.first_day, time()))
    floors = [tomorrow]
    if current is not None and current.date() >= snap.first_day:
        floors.insert(0, prep.to_minute(current) + 1)  # first after its current moment, else from tomorrow
    everything = prep.starts.get(key, [])
    for floor in floors:
        prep.starts[key] = [m for m in everything if m >= floor and (current is None or m != prep.to_minute(current))]
        minute = place_alone(prep, [s.id for s in kept], key, dict(prep.fixed))
        if minute is not None:
            return prep.to_datetime(minute)
    return None


# --------------------------------------------------------------------------- pin


def set_pinned(db: Database, key: str | int, pinned: bool, by_staff_id: int | None = None, *,
               as_staff: int | None = None) -> SessionEdit:
    """Pin a planned lesson where it is (automatic planning will not move it) or release it.
    Undo with ``sessions.restore_session``."""
    kind, session_id = parse_key(key)
    if kind != "session":
        raise ValidationError("Alleen lessen kunnen worden vastgezet.")
    with db.write() as s:
        row = s.get(Session, session_id)
        if row is None:
            raise ValidationError("Deze les bestaat niet meer.")
        _check_scope(s, row, as_staff)
        if pinned and (row.status != "planned" or row.date is None):
            raise ValidationError("Alleen een geplande les met een datum kan worden vastgezet.")
        before = SessionState(row.id, row.status, row.date, row.start_time, row.end_time, row.cancel_reason,
                              row.pinned)
        row.pinned = pinned
        change = SessionChange(session_id=row.id, kind="pinned" if pinned else "unpinned", old_date=row.date,
                               new_date=row.date, by_staff_id=by_staff_id)
        s.add(change)
        s.flush()
        return SessionEdit(before, change.id, replace(before, pinned=pinned))


# --------------------------------------------------------------------------- cancel and re-plan


def replan_after_cancel(db: Database, session_id: int | str, reason: str, *, today: date | None = None,
                        by_staff_id: int | None = None, time_limit: float = 0.75,
                        as_staff: int | None = None) -> ReplanOutcome:
    """Cancel a planned lesson (``sessions.cancel_session``: it goes back to planning with the reason)
    and give it a new moment at once, moving as few other lessons as possible. Held lessons and the
    past stay; when no moment fits, the lesson stays without a date and ``explanations`` say why."""
    began = clock.monotonic()
    kind, row_id = parse_key(session_id)
    if kind != "session":
        raise ValidationError("Alleen een les kan worden afgelast en opnieuw gepland.")
    if as_staff is not None:
        with db.session() as s:
            row = s.get(Session, row_id)
            if row is not None:
                _check_scope(s, row, as_staff)
    edit = sessions.cancel_session(db, row_id, reason, by_staff_id)
    key = session_key(row_id)
    with db.session() as s:
        snap = _local_snapshot(s, s.get(Session, row_id), today)
    before = edit.before
    old = datetime.combine(before.date, before.start_time or time(8, 30))
    problem = snap.problem.with_sessions(tuple(
        x for x in snap.problem.sessions if x.id == key or x.start is not None))
    result = replan(problem, key, previous={key: old}, today=snap.first_day, cancelled_day=before.date,
                    time_limit=time_limit)
    changes, notes, moved = ChangeSet(), list(result.notes), []
    new_start = result.assignments[key].start if key in result.assignments and key not in result.unplanned else None
    if new_start is not None:
        keys = {key, *map(str, result.moved)}
        with db.write() as s:
            changes, extra = write_assignments(s, snap, result.assignments, keys, REPLAN_REASON)
        notes += extra
        for item in changes.items:
            if item.key != key:
                session = problem.sessions_by_id[item.key]
                moved.append(MovedRow(item.key, session_label(problem, session),
                                      session.start, datetime.combine(item.after.date, item.after.start_time)))
    explanations = tuple(e.message for e in result.explanations)
    if new_start is None and not explanations:
        explanations = ("Er is geen nieuw moment gevonden; de les staat bij de lessen zonder datum.",)
    return ReplanOutcome(new_start is not None, row_id, reason, new_start, tuple(moved), explanations,
                         tuple(notes), round(clock.monotonic() - began, 2), edit, changes)


def undo_replan(db: Database, outcome: ReplanOutcome) -> None:
    """Put the moved lessons back, then the cancelled lesson on its old date (its audit rows removed)."""
    revert_changes(db, outcome.changes)
    # Reverting the new moment bumped the lesson's version past the one the cancel left: the compound edit's
    # own steps, not someone else's save, so the cancel is undone without that check.
    sessions.restore_session(db, replace(outcome.cancel_edit, after=None))


def redo_replan(db: Database, outcome: ReplanOutcome) -> ReplanOutcome:
    """The same cancellation and the same new moments again (after an undo)."""
    edit = sessions.cancel_session(db, outcome.session_id, outcome.reason)
    return replace(outcome, cancel_edit=edit, changes=reapply_changes(db, outcome.changes))
