"""The outbox's base row (migration 0010) is the row exactly as it was, for every synced table and column type:
dates, times, booleans, JSON, BLOBs and foreign keys (as the parent's gid), read back as a wire row."""

from __future__ import annotations

from sqlalchemy import text

from wishdesk.core.sync import local, wire
from wishdesk.core.sync.tables import synced_tables


def test_every_tables_base_row_reads_back_as_its_wire_row(demo_db) -> None:  # noqa: ANN001
    with demo_db.engine.begin() as conn:
        local.install(conn)
    with demo_db.engine.connect() as conn:
        before = {st.name: {r["gid"]: r for r in wire.read_rows(conn, st)} for st in synced_tables()}
    with demo_db.engine.begin() as conn:
        for st in synced_tables():  # an update that changes nothing still fires the trigger with OLD = the row
            conn.execute(text(f'UPDATE "{st.name}" SET gid = gid'))
    with demo_db.engine.connect() as conn:
        entries = local.outbox(conn)
    by_table = {st.name: st for st in synced_tables()}
    checked: set[str] = set()
    for entry in entries:
        expected = before[entry.tbl].get(entry.gid)
        if expected is None:  # a row the wire leaves out (a local setting)
            continue
        base = local.old_row(by_table[entry.tbl], entry.base)
        assert base is not None and base.keys() == expected.keys(), entry.tbl
        different = [c for c in expected if not wire.same_value(expected[c], base[c])]
        assert different == [], (entry.tbl, different)
        checked.add(entry.tbl)
    # every table the demo fills; among them JSON (lesson_template), times (lesson_window), dates (school_year)
    assert checked == {name for name, rows in before.items() if rows}
    assert {"lesson_template", "lesson_window", "school_year", "pupil", "staff"} <= checked and len(checked) > 15
