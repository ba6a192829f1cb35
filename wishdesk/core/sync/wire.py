"""Rows on the wire: a dict of column values without the local integer key, foreign keys as the referenced
row's gid. The same two functions read from and write to either side (PostgreSQL or the SQLite replica)."""

from __future__ import annotations

import base64
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update
from sqlalchemy.sql.sqltypes import Date, DateTime, LargeBinary, Time

from .tables import SyncTable, shared_rows

Row = dict[str, Any]
CHUNK = 500


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for i in range(0, len(values), CHUNK):
        yield values[i:i + CHUNK]


def read_rows(conn: Connection, st: SyncTable, gids: Sequence[str] | None = None) -> list[Row]:
    """The rows of `st` (all, or those with these gids) as wire rows. A row whose foreign key points at a row
    this connection cannot see is left out: it could not be stored without its parent."""
    t = st.table
    columns, source, refs = [], t, {}
    for column in t.columns:
        if column.name == st.local_key:
            continue
        if column.name in st.foreign:
            from ..models import Base

            ref = Base.metadata.tables[st.foreign[column.name]].alias(f"ref_{column.name}")
            source = source.outerjoin(ref, ref.c.id == column)
            refs[column.name] = ref
            columns.append(ref.c.gid.label(column.name))
            columns.append(column.label(f"__raw_{column.name}"))
        else:
            columns.append(column)
    base = select(*columns).select_from(source)
    if (shared := shared_rows(t)) is not None:
        base = base.where(shared)
    batches = [base] if gids is None else [base.where(t.c.gid.in_(list(chunk))) for chunk in _chunks(list(gids))]
    out: list[Row] = []
    for statement in batches:
        for mapping in conn.execute(statement).mappings():
            row = dict(mapping)
            hidden = any(row[name] is None and row[f"__raw_{name}"] is not None for name in refs)
            for name in refs:
                del row[f"__raw_{name}"]
            if not hidden:
                out.append(row)
    return out


def gid_map(conn: Connection, table: SyncTable | Any, gids: Iterable[str]) -> dict[str, Any]:
    """gid -> local integer id in `table` (a Table) for the gids that exist there."""
    wanted = sorted({g for g in gids if g is not None})
    found: dict[str, Any] = {}
    for chunk in _chunks(wanted):
        found.update((g, i) for g, i in conn.execute(select(table.c.gid, table.c.id).where(table.c.gid.in_(list(chunk)))))
    return found


def to_local(conn: Connection, st: SyncTable, rows: Sequence[Row]) -> tuple[list[Row], list[Row]]:
    """Translate foreign-key gids into this database's ids: (rows ready to store, rows whose parent is absent)."""
    from ..models import Base

    maps = {col: gid_map(conn, Base.metadata.tables[ref], (r[col] for r in rows)) for col, ref in st.foreign.items()}
    ready, orphans = [], []
    for row in rows:
        stored = dict(row)
        ok = True
        for col, mapping in maps.items():
            if row[col] is not None:
                stored[col] = mapping.get(row[col])
                ok = ok and stored[col] is not None
        (ready if ok else orphans).append(stored)
    return ready, orphans


def existing_gids(conn: Connection, st: SyncTable, gids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(list(gids)):
        found.update(conn.execute(select(st.table.c.gid).where(st.table.c.gid.in_(list(chunk)))).scalars())
    return found


def same_as_local(conn: Connection, st: SyncTable, rows: Sequence[Row]) -> set[str]:
    """gids of `rows` (local ids already) that this database holds exactly so: our own pushed changes coming
    back with the pull, which are no news ("ontvangen") to the person."""
    if not rows:
        return set()
    names = [c for c in rows[0] if c in st.table.c]
    held: dict[str, dict[str, Any]] = {}
    for chunk in _chunks([r["gid"] for r in rows]):
        query = select(*(st.table.c[c] for c in names)).where(st.table.c.gid.in_(list(chunk)))
        held.update((m["gid"], dict(m)) for m in conn.execute(query).mappings())
    return {r["gid"] for r in rows
            if (mine := held.get(r["gid"])) is not None and all(same_value(mine[c], r[c]) for c in names)}


def same_value(local_value: Any, server_value: Any) -> bool:
    """SQLite hands back naive UTC datetimes, the server aware ones: the same moment is the same value."""
    if isinstance(local_value, datetime) and isinstance(server_value, datetime):
        def utc(value: datetime) -> datetime:
            return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value

        return utc(local_value) == utc(server_value)
    return local_value == server_value


def upsert(conn: Connection, st: SyncTable, rows: Sequence[Row]) -> None:
    """Store rows whose foreign keys are already local ids: update those whose gid exists, insert the rest."""
    if not rows:
        return
    t = st.table
    present = existing_gids(conn, st, [r["gid"] for r in rows])
    new = [r for r in rows if r["gid"] not in present]
    old = [r for r in rows if r["gid"] in present]
    if new:
        conn.execute(insert(t).inline(), new)
    if old:
        names = [c for c in old[0] if c != "gid"]
        statement = update(t).where(t.c.gid == bindparam("b_gid")).values({c: bindparam(f"b_{c}") for c in names})
        conn.execute(statement, [{f"b_{k}": v for k, v in r.items()} for r in old])


def delete_gids(conn: Connection, st: SyncTable, gids: Sequence[str]) -> None:
    for chunk in _chunks(list(gids)):
        conn.execute(delete(st.table).where(st.table.c.gid.in_(list(chunk))))


# --- rows kept as JSON (the conflict list) ------------------------------------------------------------------

def encode(st: SyncTable, row: Row | None) -> dict[str, Any] | None:
    if row is None:
        return None
    out = {}
    for name, value in row.items():
        if isinstance(value, (bytes, bytearray, memoryview)):
            value = {"b64": base64.b64encode(bytes(value)).decode()}
        elif isinstance(value, (date, datetime, time)):
            value = value.isoformat()
        out[name] = value
    return out


def decode(st: SyncTable, data: dict[str, Any] | None) -> Row | None:
    if data is None:
        return None
    out = {}
    for name, value in data.items():
        column = st.table.c.get(name)
        if column is None:
            continue  # a column that no longer exists
        kind = column.type
        if value is not None:
            if isinstance(kind, LargeBinary) and isinstance(value, dict):
                value = base64.b64decode(value["b64"])
            elif isinstance(kind, DateTime):
                value = datetime.fromisoformat(value)
            elif isinstance(kind, Date):
                value = date.fromisoformat(value)
            elif isinstance(kind, Time):
                value = time.fromisoformat(value)
        out[name] = value
    return out
