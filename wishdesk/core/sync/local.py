"""The replica's own tables: its sync state, the outbox of local changes and the conflict list.

Triggers on every synced table write the outbox in the same transaction as the change itself, so every write
(the GUI's write lane, the CLI, a bulk statement) is caught. While a pull stores the server's rows, `sync_flag`
says so and the triggers stay silent. These tables exist only in a replica (not in the models or migrations,
like the server's staff_login): a plain database has none of them.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.sql.sqltypes import LargeBinary

from . import wire
from .tables import LOCAL_SETTING_KEYS, synced_tables

DDL = [
    """CREATE TABLE IF NOT EXISTS sync_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        server_url TEXT NOT NULL,
        login TEXT NOT NULL,
        staff_gid TEXT,
        last_seq INTEGER NOT NULL DEFAULT 0,
        schema_revision TEXT NOT NULL,
        last_sync_at TEXT
    )""",
    "CREATE TABLE IF NOT EXISTS sync_flag (id INTEGER PRIMARY KEY CHECK (id = 1), applying INTEGER NOT NULL)",
    "INSERT OR IGNORE INTO sync_flag (id, applying) VALUES (1, 0)",
    """CREATE TABLE IF NOT EXISTS sync_outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        change_id TEXT NOT NULL UNIQUE,
        tbl TEXT NOT NULL,
        gid TEXT NOT NULL,
        op TEXT NOT NULL,
        base_version INTEGER,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        base TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS sync_conflict (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        tbl TEXT NOT NULL,
        gid TEXT NOT NULL,
        kind TEXT NOT NULL,
        base_version INTEGER,
        their_version INTEGER,
        mine TEXT,
        theirs TEXT,
        reason TEXT,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        base TEXT
    )""",
]

CHANGE_ID = "lower(hex(randomblob(16)))"


TRIGGER_EVENTS = ("insert", "update", "delete")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def base_row_sql(conn: Connection, name: str) -> str:
    """A json_object of the OLD row as a wire row (no local id; foreign keys as the parent's gid), built from
    the table as it is in this file (PRAGMA), not from the models: migration 0010 calls it on an older copy.
    BLOBs travel as hex (json cannot hold them), JSON columns as JSON; `old_row` reads it back."""
    columns = conn.exec_driver_sql(f"PRAGMA table_info({_quote(name)})").all()  # cid, name, type, notnull, dflt, pk
    keys = [c for c in columns if c[5]]
    local_key = keys[0][1] if len(keys) == 1 and keys[0][1] == "id" else None
    foreign = {r[3]: r[2] for r in conn.exec_driver_sql(f"PRAGMA foreign_key_list({_quote(name)})")}
    parts = []
    for _cid, column, kind, *_rest in columns:
        if column == local_key:
            continue
        value = f"OLD.{_quote(column)}"
        if column in foreign:
            value = f"(SELECT gid FROM {_quote(foreign[column])} WHERE id = {value})"
        elif (kind or "").upper() == "BLOB":
            value = f"CASE WHEN {value} IS NULL THEN NULL ELSE hex({value}) END"
        elif (kind or "").upper() == "JSON":  # text that is no JSON (an outside tool) stays text, never an error
            value = f"CASE WHEN json_valid({value}) THEN json({value}) ELSE {value} END"
        parts.append(f"'{column}', {value}")
    return f"json_object({', '.join(parts)})"


def _triggers(conn: Connection, name: str) -> list[str]:
    quoted = _quote(name)
    silent = "(SELECT applying FROM sync_flag WHERE id = 1) = 0"
    versioned = any(c[1] == "version" for c in conn.exec_driver_sql(f"PRAGMA table_info({quoted})"))
    old_version = "OLD.version" if versioned else "NULL"
    old_row = base_row_sql(conn, name)
    out = []
    # A row inserted without a gid gets one right after from the gid_fill trigger (migration 0009): that UPDATE
    # is its insert for the outbox, and the insert itself (gid '') is not recorded. `base` is the row as it was
    # before this change (a conflict then knows who changed which field); an insert has none.
    for event, op, ref, version, base in (
            ("INSERT", "'I'", "NEW", "NULL", "NULL"),
            ("UPDATE", "CASE WHEN OLD.gid = '' THEN 'I' ELSE 'U' END", "NEW",
             f"CASE WHEN OLD.gid = '' THEN NULL ELSE {old_version} END",
             f"CASE WHEN OLD.gid = '' THEN NULL ELSE {old_row} END"),
            ("DELETE", "'D'", "OLD", old_version, old_row)):
        when = silent + (" AND NEW.gid <> ''" if event == "INSERT" else "")
        if name == "setting":  # the file's own id never travels (tables.LOCAL_SETTING_KEYS)
            keys = ", ".join(f"'{k}'" for k in LOCAL_SETTING_KEYS)
            when += f" AND {ref}.key NOT IN ({keys})"
        out.append(
            f"CREATE TRIGGER IF NOT EXISTS sync_{event.lower()}_{name} AFTER {event} ON {quoted} WHEN {when} "
            f"BEGIN INSERT INTO sync_outbox (change_id, tbl, gid, op, base_version, base) "
            f"VALUES ({CHANGE_ID}, '{name}', {ref}.gid, {op}, {version}, {base}); END")
    return out


def install_triggers(conn: Connection, names: list[str], *, replace: bool = False) -> None:
    """The outbox triggers of these tables; `replace`: drop the ones there first (an older copy's, without base)."""
    for name in names:
        if replace:
            for event in TRIGGER_EVENTS:
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS sync_{event}_{name}")
        for statement in _triggers(conn, name):
            conn.exec_driver_sql(statement)


def install(conn: Connection) -> None:
    """Create the replica tables and triggers (idempotent: also repairs triggers a table rebuild dropped)."""
    for statement in DDL:
        conn.exec_driver_sql(statement)
    install_triggers(conn, [st.name for st in synced_tables()])


def old_row(st: Any, data: str | None) -> dict[str, Any] | None:
    """The `base` a trigger recorded, as a wire row (None: an insert, or an outbox line older than 0010)."""
    if not data:
        return None
    row = json.loads(data)
    for name, value in list(row.items()):
        column = st.table.c.get(name)
        if column is not None and isinstance(column.type, LargeBinary) and isinstance(value, str):
            row[name] = {"b64": base64.b64encode(bytes.fromhex(value)).decode()}
    return wire.decode(st, row)


def is_replica(conn: Connection) -> bool:
    if conn.dialect.name != "sqlite":  # the team server itself (PostgreSQL) is never a laptop copy
        return False
    return conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'").first() is not None


def set_applying(conn: Connection, on: bool) -> None:
    """Inside the pull's transaction: the server's rows stored now are no local changes (no outbox lines)."""
    conn.exec_driver_sql(f"UPDATE sync_flag SET applying = {1 if on else 0} WHERE id = 1")


@dataclass(frozen=True)
class SyncState:
    server_url: str
    login: str
    staff_gid: str | None
    last_seq: int
    schema_revision: str
    last_sync_at: str | None


def read_state(conn: Connection) -> SyncState | None:
    if not is_replica(conn):
        return None
    row = conn.execute(text("SELECT server_url, login, staff_gid, last_seq, schema_revision, last_sync_at "
                            "FROM sync_state WHERE id = 1")).first()
    return SyncState(*row) if row else None


def write_state(conn: Connection, **values: Any) -> None:
    sets = ", ".join(f"{k} = :{k}" for k in values)
    conn.execute(text(f"UPDATE sync_state SET {sets} WHERE id = 1"), values)


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    change_id: str
    tbl: str
    gid: str
    op: str
    base_version: int | None
    base: str | None = None  # the row before this change, as JSON (see _triggers); None: insert, or older line


def outbox(conn: Connection) -> list[OutboxEntry]:
    return [OutboxEntry(*r) for r in conn.execute(text(
        "SELECT id, change_id, tbl, gid, op, base_version, base FROM sync_outbox ORDER BY id"))]


def pending_count(conn: Connection) -> int:
    """Local changes not yet on the server: one per changed row (several edits of a row travel as one)."""
    return int(conn.execute(text("SELECT count(*) FROM (SELECT DISTINCT tbl, gid FROM sync_outbox)")).scalar())


def waiting_attendance_lists(conn: Connection) -> tuple[int, int]:
    """(lessons whose attendance list waits, waiting changes that are not part of those lists). One saved list is
    a row per pupil plus the lesson itself: the status line names it as one list."""
    lists = "SELECT DISTINCT a.session_id FROM sync_outbox o JOIN attendance a ON a.gid = o.gid WHERE o.tbl = 'attendance'"
    count = int(conn.execute(text(f"SELECT count(*) FROM ({lists})")).scalar())
    if not count:
        return 0, pending_count(conn)
    inside = int(conn.execute(text(
        f"SELECT count(*) FROM (SELECT DISTINCT tbl, gid FROM sync_outbox o WHERE "
        f"(o.tbl = 'attendance' AND o.gid IN (SELECT gid FROM attendance WHERE session_id IN ({lists}))) OR "
        f"(o.tbl = 'session' AND o.gid IN (SELECT gid FROM session WHERE id IN ({lists}))) OR "
        f"(o.tbl = 'session_change' AND o.gid IN (SELECT gid FROM session_change WHERE session_id IN ({lists}))))"
    )).scalar())
    return count, pending_count(conn) - inside


def conflict_count(conn: Connection) -> int:
    return int(conn.execute(text("SELECT count(*) FROM sync_conflict")).scalar())
