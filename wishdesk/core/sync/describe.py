"""Conflicts as people read them: which record (a readable name, not ids) and its fields side by side.

A conflict holds wire rows, whose foreign keys are gids. For the "Te beoordelen" list each conflict gets a name
("Sem · groep 6a les 3, 12-01-2027") and its differing fields with the linked records named too, looked up in
this replica. The GUI translates the table and field labels; the values come from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection

from . import local, wire
from .conflicts import Conflict, _all
from .tables import by_name

# The column that names a record by itself, in order of preference.
_NAME_COLUMNS = ("first_name", "name", "title", "topic", "key", "purpose", "role", "item")
# Bookkeeping nobody edits: never shown as a field of its own.
HIDDEN_FIELDS = frozenset({"id", "gid", "version", "created_at", "match_key", "birth_key", "purge_after"})


@dataclass(frozen=True)
class ConflictView:
    id: int
    table: str
    kind: str
    name: str
    reason: str
    fields: dict[str, tuple[Any, Any]]  # column -> (mine, theirs) as people read them; linked records by name
    differing: tuple[str, ...]  # the columns that differ (the ones merge may take from mine)
    mine_exists: bool
    theirs_exists: bool
    # differing column -> who changed it since the row I started from: "mine", "theirs" or "both". Empty when
    # that row is unknown (a change recorded before migration 0010): then nobody can tell, nothing is preset.
    changed_by: dict[str, str] = field(default_factory=dict)

    def preset(self, column: str) -> str | None:
        """The side "Per field" pre-chooses: the one that changed the field; None when both did (or unknown)."""
        side = self.changed_by.get(column)
        return side if side in ("mine", "theirs") else None


def changed_by(base: dict[str, Any] | None, mine: dict[str, Any] | None, theirs: dict[str, Any] | None,
               columns: tuple[str, ...]) -> dict[str, str]:
    """Per differing column, which side moved away from `base` (the row before my edit)."""
    if base is None or mine is None or theirs is None:
        return {}
    out = {}
    for column in columns:
        if column not in base:  # a column the older copy did not have
            continue
        mine_moved = not wire.same_value(base[column], mine.get(column))
        theirs_moved = not wire.same_value(base[column], theirs.get(column))
        out[column] = "both" if mine_moved and theirs_moved else "mine" if mine_moved else "theirs"
    return out


def _row(conn: Connection, table: str, gid: Any) -> dict[str, Any] | None:
    if not gid or table not in by_name():
        return None
    rows = wire.read_rows(conn, by_name()[table], [gid])
    return rows[0] if rows else None


def _day(value: Any) -> str:
    return value.strftime("%d-%m-%Y") if isinstance(value, date) else str(value)


def record_name(conn: Connection, table: str, row: dict[str, Any] | None, depth: int = 0) -> str:
    """A short readable name of a wire row: its own name field, else the records it belongs to (and a date)."""
    if row is None:
        return ""
    if table == "session":
        group = _row(conn, "group", row.get("group_id"))
        template = _row(conn, "lesson_template", row.get("template_id"))
        parts = [f"groep {group['name']}" if group else "", f"les {template['number']}" if template else ""]
        label = " ".join(p for p in parts if p)
        return f"{label}, {_day(row['date'])}" if row.get("date") else label
    own = next((str(row[c]) for c in _NAME_COLUMNS if row.get(c) not in (None, "")), "")
    if own and table != "attendance":
        return own
    if depth >= 2:
        return own
    parts = []
    for column, ref in by_name()[table].foreign.items():
        linked = record_name(conn, ref, _row(conn, ref, row.get(column)), depth + 1)
        if linked:
            parts.append(linked)
    for column in ("date", "observed_on", "start_date", "taken_on"):
        if row.get(column):
            parts.append(_day(row[column]))
            break
    return " · ".join(p for p in [own, *parts] if p)


def _shown(conn: Connection, table: str, column: str, value: Any) -> Any:
    """A linked record's name instead of its gid; any other value as it is."""
    ref = by_name()[table].foreign.get(column)
    if ref is None or value is None:
        return value
    return record_name(conn, ref, _row(conn, ref, value), 1) or value


def view(conn: Connection, conflict: Conflict) -> ConflictView:
    mine, theirs = conflict.mine or {}, conflict.theirs or {}
    columns = [c for c in {**theirs, **mine} if c not in HIDDEN_FIELDS]
    differing = tuple(c for c in columns if mine.get(c) != theirs.get(c))
    fields = {c: (_shown(conn, conflict.table, c, mine.get(c)) if conflict.mine is not None else None,
                  _shown(conn, conflict.table, c, theirs.get(c)) if conflict.theirs is not None else None)
              for c in columns}
    name = record_name(conn, conflict.table, conflict.mine or conflict.theirs)
    return ConflictView(conflict.id or 0, conflict.table, conflict.kind, name, conflict.reason, fields, differing,
                        conflict.mine is not None, conflict.theirs is not None,
                        changed_by(conflict.base, conflict.mine, conflict.theirs, differing))


def conflict_views(db) -> list[ConflictView]:  # noqa: ANN001 - Database
    """Every open conflict of this replica, readable (empty on a database that is no replica)."""
    with db.engine.connect() as conn:
        if not local.is_replica(conn):
            return []
        return [view(conn, c) for c in _all(conn)]
