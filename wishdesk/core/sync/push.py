"""Push: the outbox to the server, each change applied only if the server's row is still the version it was
based on; anything else goes to the conflict list with both versions, and the replica takes the server's.

Several local edits of one row travel as one change (the row as it is now, based on the version of its first
edit). All of them are applied in ONE server transaction, each in a savepoint, and every applied change's ids go
into `sync_applied` in that same transaction. The outbox lines are removed afterwards in one local transaction;
when the process dies in between, the next push finds their ids in `sync_applied` and only removes them.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Generator
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, text, update
from sqlalchemy.exc import DBAPIError

from ..progress import finish
from . import local, wire
from .conflicts import Conflict, record_conflicts
from .local import OutboxEntry
from .tables import SyncTable, by_name

STEP = 50  # changes between two progress steps (each a point where a cancel may stop the push)


@dataclass
class Change:
    st: SyncTable
    gid: str
    entries: list[OutboxEntry]

    @property
    def first(self) -> OutboxEntry:
        return self.entries[0]


@dataclass
class PushResult:
    applied: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    restore: list[tuple[SyncTable, dict[str, Any]]] = field(default_factory=list)  # server rows to store back


def _changes(entries: list[OutboxEntry], applied: set[str]) -> list[Change]:
    grouped: OrderedDict[tuple[str, str], Change] = OrderedDict()
    for entry in entries:
        if entry.change_id in applied or entry.tbl not in by_name():
            continue
        key = (entry.tbl, entry.gid)
        if key not in grouped:
            grouped[key] = Change(by_name()[entry.tbl], entry.gid, [])
        grouped[key].entries.append(entry)
    return list(grouped.values())


def _cascades_last(srv: Connection, changes: list[Change], mine_rows: dict) -> tuple[list[Change], dict]:
    """Deletions that the server does by itself, because a parent deleted in this push cascades to them, go
    last. Deleting them first could hide the parent from this login (a guardian is visible through its pupil
    link), and the parent's deletion would then be refused."""
    deleting = {(c.st.name, c.gid) for c in changes if (c.st.name, c.gid) not in mine_rows and c.first.op != "I"}
    if not deleting:
        return changes, {}
    cascaded: dict[tuple[str, str], tuple[tuple[str, str], dict]] = {}  # child -> (parent, child's server row)
    by_table: dict[str, list[str]] = {}
    for name, gid in deleting:
        by_table.setdefault(name, []).append(gid)
    for name, gids in by_table.items():
        st = by_name()[name]
        cascade_cols = [fk.parent.name for fk in st.table.foreign_keys if (fk.ondelete or "").upper() == "CASCADE"]
        if not cascade_cols:
            continue
        for row in wire.read_rows(srv, st, gids):
            parents = [(st.foreign[col], row[col]) for col in cascade_cols if (st.foreign[col], row[col]) in deleting]
            if parents:
                cascaded[(name, row["gid"])] = (parents[0], row)
    ordered = [c for c in changes if (c.st.name, c.gid) not in cascaded] + \
        [c for c in changes if (c.st.name, c.gid) in cascaded]
    return ordered, cascaded


def _applied_ids(conn: Connection, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(ids), 1000):
        found.update(conn.execute(text("SELECT change_id FROM sync_applied WHERE change_id = ANY(:ids)"),
                                  {"ids": ids[i:i + 1000]}).scalars())
    return found


def _reason(exc: DBAPIError) -> str:
    message = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    low = message.lower()
    if "row-level security" in low or "permission denied" in low:
        return "De server staat deze wijziging voor uw login niet toe."
    if "duplicate key" in low or "unique" in low:
        return "Op de server bestaat dit gegeven al (door iemand anders ingevoerd)."
    if "foreign key" in low:
        return "Een gegeven waar dit bij hoort bestaat op de server niet meer."
    return f"De server weigerde deze wijziging ({message[:120]})."


class _Prepared:
    """What a push needs per row, asked of the server in a few statements per table instead of several per
    change: foreign keys translated to the server's ids, and the server's versions (rows locked FOR UPDATE)."""

    def __init__(self, srv: Connection, changes: list[Change], mine_rows: dict) -> None:
        self.ready: dict[tuple[str, str], dict[str, Any] | None] = {}
        self.current: dict[tuple[str, str], tuple[int | None]] = {}
        by_table: dict[str, list[Change]] = {}
        for change in changes:
            by_table.setdefault(change.st.name, []).append(change)
        for name, group in by_table.items():
            st = by_name()[name]
            mine = [mine_rows[(name, c.gid)] for c in group if (name, c.gid) in mine_rows]
            ready, _orphans = wire.to_local(srv, st, mine)
            for row in ready:
                self.ready[(name, row["gid"])] = row
            gids = [c.gid for c in group if c.first.op != "I"]
            for i in range(0, len(gids), 1000):
                for gid, version in srv.execute(text(
                        f'SELECT gid, {"version" if st.versioned else "NULL"} FROM "{name}" '
                        "WHERE gid = ANY(:g) FOR UPDATE"), {"g": gids[i:i + 1000]}):
                    self.current[(name, gid)] = (version,)


    def translated(self, srv: Connection, st: SyncTable, mine: dict[str, Any]) -> dict[str, Any] | None:
        """The row with server ids; asked again when a parent was only inserted earlier in this push."""
        found = self.ready.get((st.name, mine["gid"]))
        if found is None:
            ready, _orphans = wire.to_local(srv, st, [mine])
            found = ready[0] if ready else None
        return found


def _apply(srv: Connection, change: Change, mine: dict[str, Any] | None, prepared: _Prepared) -> Conflict | None:
    st, t = change.st, change.st.table
    base = change.first.base_version
    if change.first.op == "I":
        if mine is None:
            return None  # made and removed again on the laptop: nothing for the server
        ready = prepared.translated(srv, st, mine)
        if ready is None:
            return Conflict(st.name, change.gid, "rejected", base, None, mine, None,
                            "Een gegeven waar dit bij hoort bestaat op de server niet (meer).")
        srv.execute(insert(t).inline(), [ready])  # no RETURNING: RLS would ask SELECT rights of the new row
        return None
    current = prepared.current.get((st.name, change.gid))
    if current is None:
        if srv.execute(text("SELECT wishdesk_sync_exists(:t, :g)"), {"t": st.name, "g": change.gid}).scalar():
            return Conflict(st.name, change.gid, "rejected", base, None, mine, None,
                            "U mag dit gegeven op de server niet (meer) zien of wijzigen.")
        if mine is None:
            return None  # deleted here and there: agreed
        return Conflict(st.name, change.gid, "edit_deleted", base, None, mine, None,
                        "Dit gegeven is op de server verwijderd (of u mag het niet meer zien).")
    if st.versioned and base is not None and current[0] != base:
        theirs = (wire.read_rows(srv, st, [change.gid]) or [None])[0]
        kind = "deleted_edit" if mine is None else "edit_edit"
        return Conflict(st.name, change.gid, kind, base, current[0], mine, theirs,
                        "Iemand anders heeft dit intussen gewijzigd.")
    if mine is None:
        srv.execute(delete(t).where(t.c.gid == change.gid))
        return None
    ready = prepared.translated(srv, st, mine)
    if ready is None:
        return Conflict(st.name, change.gid, "rejected", base, current[0], mine, None,
                        "Een gegeven waar dit bij hoort bestaat op de server niet (meer).")
    values = {k: v for k, v in ready.items() if k != "gid"}
    srv.execute(update(t).where(t.c.gid == change.gid).values(values))
    return None


def push(server: Engine, lite: Connection) -> PushResult:
    """Send the outbox (called inside the caller's local transaction, which also removes what was sent)."""
    return finish(push_steps(server, lite))


def push_steps(server: Engine, lite: Connection) -> Generator[tuple[int, int], None, PushResult]:
    """`push` yielding (changes done, changes): closing it (cancel) at a yield rolls back the server's
    transaction and, with the caller's, the laptop's. It never yields after the server committed."""
    result = PushResult()
    entries = local.outbox(lite)
    if not entries:
        return result
    with server.connect() as srv, srv.begin():
        applied = _applied_ids(srv, [e.change_id for e in entries])
        changes = _changes(entries, applied)
        mine_rows: dict[tuple[str, str], dict[str, Any]] = {}
        by_table: dict[str, list[str]] = {}
        for change in changes:
            by_table.setdefault(change.st.name, []).append(change.gid)
        for name, gids in by_table.items():
            for row in wire.read_rows(lite, by_name()[name], gids):
                mine_rows[(name, row["gid"])] = row
        done: list[str] = []
        ordered, cascaded = _cascades_last(srv, changes, mine_rows)
        prepared = _Prepared(srv, changes, mine_rows)
        refused: set[tuple[str, str]] = set()
        for number, change in enumerate(ordered):
            if number % STEP == 0:
                yield number, len(ordered)
            key = (change.st.name, change.gid)
            if key in cascaded and cascaded[key][0] in refused:
                # Its parent's deletion is a conflict: this row stays too, and the laptop gets it back; the
                # person decides on the parent (keeping their deletion takes this row along again).
                result.restore.append((change.st, cascaded[key][1]))
                continue
            mine = mine_rows.get(key)
            savepoint = srv.begin_nested()
            try:
                conflict = _apply(srv, change, mine, prepared)
            except DBAPIError as exc:
                savepoint.rollback()
                theirs = (wire.read_rows(srv, change.st, [change.gid]) or [None])[0]
                conflict = Conflict(change.st.name, change.gid, "rejected", change.first.base_version,
                                    theirs.get("version") if theirs else None, mine, theirs, _reason(exc))
            else:
                savepoint.commit()
            if conflict is not None and change.first.base:  # the row before my first edit: who changed what
                conflict = replace(conflict, base=local.old_row(change.st, change.first.base))
            if conflict is None:
                done.extend(e.change_id for e in change.entries)
                result.applied += 1
            else:
                result.conflicts.append(conflict)
                refused.add(key)
        yield len(ordered), len(ordered)  # the last moment a cancel leaves the server as it was
        for i in range(0, len(done), 1000):
            srv.execute(text("INSERT INTO sync_applied (change_id) SELECT unnest(CAST(:ids AS text[]))"),
                        {"ids": done[i:i + 1000]})
    # The server has committed; now the laptop: the sent lines go, conflicts are kept, the server's rows stored.
    lite.execute(text("DELETE FROM sync_outbox WHERE id <= :last"), {"last": entries[-1].id})
    record_conflicts(lite, result.conflicts)
    if result.restore:
        local.set_applying(lite, True)
        for st, row in result.restore:
            wire.upsert(lite, st, wire.to_local(lite, st, [row])[0])
        local.set_applying(lite, False)
    return result
