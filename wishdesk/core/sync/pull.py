"""Pull: the server's changes since the last sync, read through the person's own login.

The change log says which rows changed (up to the watermark, see server.py); the rows themselves are read as
this login, so row-level security decides. A changed row the login cannot read (any more) is one it must not
hold: it is removed here, and counted as "access lost" unless the server deleted it. Filtered tables are also
compared as whole sets of gids, because a person who loses a school loses its pupils without any pupil row
changing. Rows with local changes still waiting in the outbox are left alone (the next push decides on them).
Everything is stored in one local transaction together with the new last_seq, so a pull cut off at any moment
is simply done again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Generator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, select, text

from ..progress import finish
from . import local, wire
from .server import watermark
from .tables import FILTERED_TABLES, by_name, order, synced_tables


@dataclass
class PullResult:
    stored: int = 0  # rows that differed from (or were new to) this laptop; our own changes coming back are not
    deleted: int = 0
    access_lost: dict[str, int] = field(default_factory=dict)
    upto: int = 0
    changed: dict[str, set[str]] = field(default_factory=dict)  # table -> gids stored (the planning re-check)


def _log(conn: Connection, after: int, upto: int) -> dict[str, dict[str, str]]:
    """table -> gid -> the last operation logged for it in (after, upto]."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    rows = conn.execute(text("SELECT DISTINCT ON (tbl, gid) tbl, gid, op FROM sync_change "
                             "WHERE seq > :a AND seq <= :b ORDER BY tbl, gid, seq DESC"), {"a": after, "b": upto})
    for tbl, gid, op in rows:
        out[tbl][gid] = op
    return out


def pull(server: Engine, lite: Connection, last_seq: int) -> PullResult:
    """Store the server's changes in the replica (inside the caller's local transaction)."""
    return finish(pull_steps(server, lite, last_seq))


def pull_steps(server: Engine, lite: Connection, last_seq: int) -> Generator[tuple[int, int], None, PullResult]:
    """`pull` yielding (tables done, tables) twice over (reading, then storing); closing it (cancel) at a yield
    stores nothing: the caller's local transaction rolls back, last_seq included."""
    result = PullResult(upto=watermark(server))
    total = 2 * len(synced_tables())
    waiting = {(e.tbl, e.gid) for e in local.outbox(lite)}
    with server.connect() as conn:
        conn.execution_options(isolation_level="REPEATABLE READ")
        log = _log(conn, last_seq, result.upto)
        fetch: dict[str, set[str]] = {name: set(gids) for name, gids in log.items() if name in by_name()}
        lost_candidates: dict[str, set[str]] = defaultdict(set)
        for name in FILTERED_TABLES:  # what may be seen changed without the rows changing
            st = by_name()[name]
            theirs = set(conn.execute(select(st.table.c.gid)).scalars())
            mine = set(lite.execute(select(st.table.c.gid)).scalars())
            fetch.setdefault(name, set()).update(theirs - mine)
            lost_candidates[name] = mine - theirs
        rows = {}
        for number, (name, gids) in enumerate(sorted(fetch.items(), key=lambda item: order(item[0]))):
            yield number, total
            if gids:
                rows[name] = wire.read_rows(conn, by_name()[name], sorted(gids))
    yield len(synced_tables()), total
    local.set_applying(lite, True)
    # Deletions first, children before parents (a parent with RESTRICT children cannot go first).
    for st in reversed(synced_tables()):
        got = {r["gid"] for r in rows.get(st.name, [])}
        gone = (fetch.get(st.name, set()) - got) | lost_candidates.get(st.name, set())
        gone = sorted(g for g in gone if (st.name, g) not in waiting)
        if not gone:
            continue
        present = wire.existing_gids(lite, st, gone)
        if not present:
            continue
        wire.delete_gids(lite, st, sorted(present))
        deleted = {g for g in present if log.get(st.name, {}).get(g) == "D"}
        result.deleted += len(deleted)
        result.changed.setdefault(st.name, set()).update(present)
        if len(present) > len(deleted):
            result.access_lost[st.name] = len(present) - len(deleted)
    for number, st in enumerate(synced_tables()):
        yield len(synced_tables()) + number, total
        incoming = [r for r in rows.get(st.name, []) if (st.name, r["gid"]) not in waiting]
        ready, _orphans = wire.to_local(lite, st, incoming)  # orphans: parent not visible; they come later
        known = wire.same_as_local(lite, st, ready)
        wire.upsert(lite, st, ready)
        result.stored += len(ready) - len(known)
        if ready:
            result.changed.setdefault(st.name, set()).update(r["gid"] for r in ready)
    local.set_applying(lite, False)
    local.write_state(lite, last_seq=result.upto, last_sync_at=datetime.now(UTC).isoformat(timespec="seconds"))
    return result
