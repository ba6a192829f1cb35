"""Writing planner results into Session and ParentEvent rows, and taking them back (undo / redo).

A :class:`ChangeSet` records every row a planning step changed, with the state before and after and
the audit row (SessionChange) it wrote. ``revert_changes`` puts the "before" states back and removes
those audit rows, as if the step never happened; ``reapply_changes`` does the step again. Both refuse
(with a Dutch message) when a row was changed by someone else in between, instead of overwriting it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm.exc import StaleDataError

from ..db import Database
from ..errors import ValidationError
from ..models import ParentEvent, Session, SessionChange
from ..models.base import new_gid, utcnow
from ..scheduling.problem import Assignment
from .planning_problem import Snapshot, event_key, parse_key, session_key


@dataclass(frozen=True)
class SlotState:
    """The planning fields of a Session (``status``, ``pinned``, the duo) or a ParentEvent (dates only)."""

    status: str | None
    date: date | None
    start_time: time | None
    end_time: time | None
    pinned: bool = False
    teacher_id: int | None = None
    specialist_id: int | None = None


@dataclass(frozen=True)
class SlotChange:
    key: str  # "s12" (Session row) or "e5" (ParentEvent row)
    before: SlotState
    after: SlotState
    change_id: int | None = None  # the SessionChange row written (sessions only)
    audit_kind: str | None = None  # "planned" / "moved"
    reason: str | None = None


@dataclass(frozen=True)
class ChangeSet:
    items: tuple[SlotChange, ...] = ()

    def __len__(self) -> int:
        return len(self.items)

    def keys(self) -> tuple[str, ...]:
        return tuple(item.key for item in self.items)


def state_of(row: Session | ParentEvent) -> SlotState:
    if isinstance(row, Session):
        return SlotState(row.status, row.date, row.start_time, row.end_time, row.pinned, row.teacher_id,
                         row.specialist_id)
    return SlotState(None, row.date, row.start_time, row.end_time)


def _put(row: Session | ParentEvent, state: SlotState) -> None:
    row.date, row.start_time, row.end_time = state.date, state.start_time, state.end_time
    if isinstance(row, Session):
        row.status, row.pinned = state.status, state.pinned
        row.teacher_id, row.specialist_id = state.teacher_id, state.specialist_id


def load_row(s: OrmSession, key: str) -> Session | ParentEvent:
    from .planning_problem import parse_key

    kind, row_id = parse_key(key)
    row = s.get(Session if kind == "session" else ParentEvent, row_id)
    if row is None:
        raise ValidationError("Dit lesmoment bestaat niet meer; het is intussen verwijderd.")
    return row


def _apply(s: OrmSession, key: str, after: SlotState, audit_kind: str | None, reason: str | None,
           expect: SlotState | None = None) -> tuple[SlotChange, SessionChange | None]:
    row = load_row(s, key)
    before = state_of(row)
    if expect is not None and before != expect:
        raise ValidationError("Dit lesmoment is intussen door iemand anders gewijzigd; laad de planning opnieuw.")
    _put(row, after)
    change = None
    if isinstance(row, Session) and audit_kind:
        change = SessionChange(session_id=row.id, kind=audit_kind, old_date=before.date, new_date=row.date,
                               reason=reason)
        s.add(change)
    return SlotChange(key, before, after, None, audit_kind, reason), change


def _with_ids(s: OrmSession, pairs: list[tuple[SlotChange, SessionChange | None]]) -> ChangeSet:
    """One flush for many rows, then the audit ids (undo removes exactly those rows)."""
    s.flush()
    return ChangeSet(tuple(replace(item, change_id=change.id if change is not None else None)
                           for item, change in pairs))


def apply_change(s: OrmSession, key: str, after: SlotState, audit_kind: str | None, reason: str | None,
                 expect: SlotState | None = None) -> SlotChange:
    """Give one row its new state (and an audit row for sessions). ``expect``: the state the caller
    saw; a row that differs was changed by someone else and is refused."""
    return _with_ids(s, [_apply(s, key, after, audit_kind, reason, expect)]).items[0]


def revert_changes(db: Database, changes: ChangeSet) -> None:
    """Undo: every row back to its state before, the audit rows removed. All or nothing."""
    with db.write() as s:
        for item in reversed(changes.items):
            row = load_row(s, item.key)
            if state_of(row) != item.after:
                raise ValidationError("Ongedaan maken kan niet: een van de lesmomenten is intussen opnieuw "
                                      "gewijzigd. Laad de planning opnieuw.")
            _put(row, item.before)
            if item.change_id is not None:
                change = s.get(SessionChange, item.change_id)
                if change is not None:
                    s.delete(change)


def reapply_changes(db: Database, changes: ChangeSet) -> ChangeSet:
    """Redo: the same changes again (new audit rows); returns the ChangeSet to undo them next time."""
    with db.write() as s:
        return _with_ids(s, [_apply(s, item.key, item.after, item.audit_kind, item.reason, item.before)
                             for item in changes.items])


# --------------------------------------------------------------------------- planner results


def _times(start: datetime, end: datetime) -> tuple[date, time, time | None]:
    # A session ends on its start day; one running past midnight keeps no end time (the check refuses it).
    return start.date(), start.time(), end.time() if end.date() == start.date() and end > start else None


def _moments(snap: Snapshot, assignments: Mapping[str, Assignment | datetime], keys: set[str] | None
             ) -> dict[str, tuple[datetime, datetime]]:
    """The open sessions whose moment is new: key -> (start, end)."""
    problem, out = snap.problem, {}
    for key in sorted(assignments, key=str):
        ref, session = snap.rows.get(key), problem.sessions_by_id.get(key)
        if (keys is not None and key not in keys) or ref is None or session is None or session.fixed:
            continue
        value = assignments[key]
        start = value.start if isinstance(value, Assignment) else value
        end = value.end if isinstance(value, Assignment) else start + timedelta(minutes=problem.duration(session))
        if not (session.start == start and ref.status == "planned"):
            out[key] = (start, end)
    return out


def _insert_many(s: OrmSession, table: Table, values: list[dict]) -> list[int]:
    """Insert rows in batches and return their ids in the order of ``values``. Each row gets its global id here
    and the ids are matched by it: asking RETURNING to keep the order (``sort_by_parameter_order``) made
    SQLAlchemy insert SQLite rows one statement at a time."""
    if not values:
        return []
    rows = [{**value, "gid": new_gid()} for value in values]
    ids = dict((gid, row_id) for row_id, gid in s.execute(insert(table).returning(table.c.id, table.c.gid), rows))
    return [ids[row["gid"]] for row in rows]


def _new_rows(s: OrmSession, snap: Snapshot, moments: Mapping[str, tuple[datetime, datetime]]
              ) -> tuple[dict[str, str], dict[str, SlotState]]:
    """Create the rows behind "new" keys in bulk: every missing lesson of the groups concerned (as
    ``ensure_sessions`` would, so a group never has half its lessons) and the missing parent events. A new row
    that gets a moment is inserted with it (not inserted and then updated: that wrote every row twice).
    Returns key -> row key, and the state each created row is recorded to start in (the ChangeSet's "before":
    undo puts a planned new lesson back to unplanned, the row stays)."""
    rows: dict[str, str] = {}
    before: dict[str, SlotState] = {}
    groups = {snap.rows[k].group_id for k in moments if snap.rows[k].kind == "new_session"}
    missing = [ref for ref in snap.rows.values() if ref.kind == "new_session" and ref.group_id in groups]
    if missing:
        values = []
        for ref in missing:
            group = snap.problem.groups_by_id[ref.group_id]
            teacher = group.teacher_id if isinstance(group.teacher_id, int) else None
            value = dict(group_id=ref.group_id, template_id=ref.template_id, subgroup=ref.subgroup,
                         status="unplanned", pinned=False, teacher_id=teacher, specialist_id=group.specialist_id,
                         date=None, start_time=None, end_time=None)
            if ref.key in moments:
                day, start_time, end_time = _times(*moments[ref.key])
                value.update(status="planned", date=day, start_time=start_time, end_time=end_time)
            values.append(value)
        table = Session.__table__
        ids = _insert_many(s, table, values)
        for ref, row_id, value in zip(missing, ids, values, strict=True):
            rows[ref.key] = session_key(row_id)
            before[ref.key] = SlotState("unplanned", None, None, None, False, value["teacher_id"],
                                        value["specialist_id"])
    new_events = [k for k in moments if snap.rows[k].kind == "new_event"]
    if new_events:
        values = []
        for key in new_events:
            ref = snap.rows[key]
            group = snap.problem.groups_by_id[ref.group_id]
            day, start_time, end_time = _times(*moments[key])
            values.append(dict(kind=ref.event_kind, school_id=group.school_id, group_id=ref.group_id,
                               title=snap.titles.get(key) or ref.event_kind, date=day, start_time=start_time,
                               end_time=end_time))
        table = ParentEvent.__table__
        ids = _insert_many(s, table, values)
        for key, row_id in zip(new_events, ids, strict=True):
            rows[key] = event_key(row_id)
            before[key] = SlotState(None, None, None, None)
    return rows, before


def _current(s: OrmSession, snap: Snapshot, moments: Mapping[str, tuple[datetime, datetime]]
             ) -> tuple[dict[str, SlotState], dict[str, int]]:
    """The state now in the database of the existing rows about to change, and their versions (a few
    queries, not one per row)."""
    out: dict[str, SlotState] = {}
    versions: dict[str, int] = {}
    for kind, model in (("session", Session), ("event", ParentEvent)):
        wanted = {snap.rows[k].row_id: k for k in moments if snap.rows[k].kind == kind}
        ids = sorted(wanted)
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            if model is Session:
                query = select(Session.id, Session.version, Session.status, Session.date, Session.start_time,
                               Session.end_time, Session.pinned, Session.teacher_id, Session.specialist_id)
                for row_id, version, *state in s.execute(query.where(Session.id.in_(part))):
                    out[wanted[row_id]], versions[wanted[row_id]] = SlotState(*state), version
            else:
                query = select(ParentEvent.id, ParentEvent.version, ParentEvent.date, ParentEvent.start_time,
                               ParentEvent.end_time)
                for row_id, version, *state in s.execute(query.where(ParentEvent.id.in_(part))):
                    out[wanted[row_id]], versions[wanted[row_id]] = SlotState(None, *state), version
    return out, versions


def _update_versioned(s: OrmSession, model: type, rows: list[dict]) -> None:
    """One executemany UPDATE by primary key that checks and bumps each row's version, as the ORM's
    version_id_col does (no lost updates), without the ORM's statement per row."""
    if not rows:
        return
    table = model.__table__
    columns = [name for name in rows[0] if name not in ("id", "version")]
    statement = (update(table).where(table.c.id == bindparam("row_id"), table.c.version == bindparam("row_version"))
                 .values({**{name: bindparam(f"new_{name}") for name in columns}, "version": table.c.version + 1}))
    result = s.execute(statement, [{"row_id": r["id"], "row_version": r["version"],
                                    **{f"new_{name}": r[name] for name in columns}} for r in rows])
    if s.get_bind().dialect.supports_sane_multi_rowcount and result.rowcount != len(rows):
        raise StaleDataError(f"{table.name}: {len(rows) - result.rowcount} rij(en) intussen gewijzigd of verwijderd")


def write_assignments(s: OrmSession, snap: Snapshot, assignments: Mapping[str, Assignment | datetime],
                      keys: set[str] | None = None, reason: str | None = None) -> tuple[ChangeSet, list[str]]:
    """Write the new moments of open sessions (those that changed, or only ``keys``) in the caller's
    transaction. Missing rows ("new" keys) are created first, with their moments. A row someone changed since
    the snapshot (or removed) is skipped with a Dutch note. Returns the ChangeSet and the notes.

    Everything is written in bulk with Core statements (one INSERT or UPDATE statement per table, executed for
    many rows): row by row through the ORM took most of a second for a municipality, and so did the ORM's bulk
    UPDATE of versioned rows (one statement per row, to check each version)."""
    problem, notes, now = snap.problem, [], utcnow()
    moments = _moments(snap, assignments, keys)
    row_keys, created = _new_rows(s, snap, moments)
    current, versions = _current(s, snap, moments)
    current.update(created)
    items: list[SlotChange] = []
    session_rows, event_rows, audits = [], [], []
    for key, (start, end) in moments.items():
        ref = snap.rows[key]
        day, start_time, end_time = _times(start, end)
        group = problem.groups_by_id[ref.group_id]
        row_key = row_keys.get(key, key)
        before = current.get(key)
        if ref.kind in ("session", "new_session"):
            if before is None or (ref.kind == "session" and before != SlotState(
                    ref.status, ref.date, ref.start_time, ref.end_time, ref.pinned, ref.teacher_id, ref.specialist_id)):
                notes.append(f"Een les van {group.name} is tijdens het plannen gewijzigd en is niet verplaatst.")
                continue
            teacher = before.teacher_id if before.teacher_id is not None else (
                group.teacher_id if isinstance(group.teacher_id, int) else None)
            specialist = before.specialist_id if before.specialist_id is not None else group.specialist_id
            after = SlotState("planned", day, start_time, end_time, before.pinned, teacher, specialist)
            kind = "moved" if before.date is not None else "planned"
            row_id = parse_key(row_key)[1]
            if ref.kind == "session":  # a new row was inserted with these values already
                session_rows.append(dict(id=row_id, version=versions[key], status="planned", date=day,
                                         start_time=start_time, end_time=end_time, teacher_id=teacher,
                                         specialist_id=specialist))
            audits.append(dict(session_id=row_id, kind=kind, old_date=before.date, new_date=day, reason=reason,
                               at=now))
            items.append(SlotChange(row_key, before, after, None, kind, reason))
        else:
            if before is None or (ref.kind == "event" and (before.date, before.start_time, before.end_time) != (
                    ref.date, ref.start_time, ref.end_time)):
                notes.append(f"Een ouderbijeenkomst van {group.name} is tijdens het plannen gewijzigd en is "
                             "niet verplaatst.")
                continue
            if ref.kind == "event":
                event_rows.append(dict(id=parse_key(row_key)[1], version=versions[key], date=day,
                                       start_time=start_time, end_time=end_time))
            items.append(SlotChange(row_key, before, SlotState(None, day, start_time, end_time), None, None, reason))
    _update_versioned(s, Session, session_rows)
    _update_versioned(s, ParentEvent, event_rows)
    table = SessionChange.__table__
    change_ids = iter(_insert_many(s, table, audits))
    items = [replace(item, change_id=next(change_ids)) if item.audit_kind else item for item in items]
    s.expire_all()  # rows already loaded in this session must not keep their old dates
    return ChangeSet(tuple(items)), notes
