"""The conflict list ("Te beoordelen"): changes the server did not take, with both versions, until the person
chooses. A conflict is never silent: the replica takes the server's version (so it stays equal to what the
login may see) and keeps the person's own version here.

Resolving writes through the normal local tables, so the choice itself goes into the outbox and travels with
the next sync: keep mine (my version again, based on theirs), keep theirs (nothing more to do), or merge by field
(theirs, with the fields the person picks from mine).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from ..errors import NotFound, ValidationError
from . import local, wire
from .tables import by_name

KINDS_NL = {
    "edit_edit": "allebei gewijzigd",
    "edit_deleted": "hier gewijzigd, op de server verwijderd",
    "deleted_edit": "hier verwijderd, op de server gewijzigd",
    "rejected": "door de server geweigerd",
}


@dataclass(frozen=True)
class Conflict:
    table: str
    gid: str
    kind: str
    base_version: int | None
    their_version: int | None
    mine: dict[str, Any] | None  # wire rows (foreign keys as gids); None: deleted on that side
    theirs: dict[str, Any] | None
    reason: str
    id: int | None = None
    base: dict[str, Any] | None = None  # the row before my edit (wire row); None: unknown (an older outbox line)

    def differences(self) -> dict[str, tuple[Any, Any]]:
        """column -> (mine, theirs) where they differ (version and gid left out)."""
        mine, theirs = self.mine or {}, self.theirs or {}
        names = [k for k in {**theirs, **mine} if k not in ("version", "gid")]
        return {k: (mine.get(k), theirs.get(k)) for k in names if mine.get(k) != theirs.get(k)}


def _store_theirs(lite: Connection, conflict: Conflict) -> None:
    st = by_name()[conflict.table]
    if conflict.theirs is None:
        wire.delete_gids(lite, st, [conflict.gid])
        return
    ready, _orphans = wire.to_local(lite, st, [conflict.theirs])
    if ready:
        wire.upsert(lite, st, ready)
    else:  # its parent is not on this laptop: it cannot be held here
        wire.delete_gids(lite, st, [conflict.gid])


def record_conflicts(lite: Connection, conflicts: list[Conflict]) -> None:
    """Keep each conflict with both versions, and give the replica the server's version (no outbox lines)."""
    if not conflicts:
        return
    local.set_applying(lite, True)
    for c in conflicts:
        st = by_name()[c.table]
        lite.execute(text("INSERT INTO sync_conflict (tbl, gid, kind, base_version, their_version, mine, theirs, "
                          "reason, base) VALUES (:t, :g, :k, :b, :v, :m, :th, :r, :base)"),
                     {"t": c.table, "g": c.gid, "k": c.kind, "b": c.base_version, "v": c.their_version,
                      "m": json.dumps(wire.encode(st, c.mine)), "th": json.dumps(wire.encode(st, c.theirs)),
                      "r": c.reason, "base": json.dumps(wire.encode(st, c.base)) if c.base is not None else None})
    # children after parents, deletions before: the order of the tables
    for c in sorted(conflicts, key=lambda c: (c.theirs is not None, list(by_name()).index(c.table))):
        _store_theirs(lite, c)
    local.set_applying(lite, False)


def list_conflicts(db) -> list[Conflict]:  # noqa: ANN001 - Database
    with db.engine.connect() as conn:
        return _all(conn) if local.is_replica(conn) else []


def _get(conn: Connection, conflict_id: int) -> Conflict:
    for c in _all(conn):
        if c.id == conflict_id:
            return c
    raise NotFound(f"Er is geen conflict met nummer {conflict_id}; zie 'wishdesk sync-conflicts list'.")


def _all(conn: Connection) -> list[Conflict]:
    rows = conn.execute(text("SELECT id, tbl, gid, kind, base_version, their_version, mine, theirs, reason, base "
                             "FROM sync_conflict ORDER BY id")).all()

    def row(t: str, data: str | None) -> dict[str, Any] | None:
        return wire.decode(by_name()[t], json.loads(data)) if data else None

    return [Conflict(t, g, k, b, v, row(t, m), row(t, th), r, i, row(t, base))
            for i, t, g, k, b, v, m, th, r, base in rows if t in by_name()]


def _write_row(conn: Connection, conflict: Conflict, row: dict[str, Any] | None) -> None:
    """Make the local row `row` (None: deleted), as a normal local change (the outbox records it)."""
    st = by_name()[conflict.table]
    present = wire.existing_gids(conn, st, [conflict.gid])
    if row is None:
        if present:
            wire.delete_gids(conn, st, [conflict.gid])
        return
    ready, orphans = wire.to_local(conn, st, [row])
    if orphans:
        raise ValidationError("Deze versie kan niet terug: een gegeven waar hij bij hoort is er niet meer.")
    values = dict(ready[0])
    if st.versioned:
        current = conn.execute(text(f'SELECT version FROM "{st.name}" WHERE gid = :g'), {"g": conflict.gid}).scalar()
        values["version"] = (current or 0) + 1  # a new version, based on the one the server has
    wire.upsert(conn, st, [values])


def resolve(db, conflict_id: int, choice: str, fields: list[str] | None = None) -> Conflict:  # noqa: ANN001
    """choice: "mine", "theirs" or "merge" (then `fields`: the columns taken from mine). Returns the conflict."""
    if choice not in ("mine", "theirs", "merge"):
        raise ValidationError("Kies 'mine' (mijn versie), 'theirs' (die van de server) of 'merge'.", "choice")
    with db.write() as session:
        conn = session.connection()
        conflict = _get(conn, conflict_id)
        if choice == "mine":
            _write_row(conn, conflict, conflict.mine)
        elif choice == "merge":
            if conflict.mine is None or conflict.theirs is None:
                raise ValidationError("Samenvoegen kan alleen als beide versies bestaan; kies mijn of hun versie.")
            unknown = [f for f in fields or [] if f not in conflict.mine]
            if unknown or not fields:
                raise ValidationError("Noem de velden die uit uw versie komen (bijvoorbeeld --field name); onbekend: "
                                      + ", ".join(unknown or ["(geen)"]), "fields")
            merged = dict(conflict.theirs)
            merged.update({f: conflict.mine[f] for f in fields})
            _write_row(conn, conflict, merged)
        conn.execute(text("DELETE FROM sync_conflict WHERE id = :i"), {"i": conflict_id})
    return conflict
