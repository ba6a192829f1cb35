"""The outbox trigger's cost with the base row (migration 0010) against the older trigger without it.

A laptop copy's triggers write one outbox line per changed row; since 0010 that line also holds the OLD row as
JSON (with the parents' gids looked up). This updates every attendance row of a demo database a few times, once
with the older triggers and once with the new ones, in the same run, and reports CPU seconds and their ratio.

    .venv/bin/python benchmarks/bench_outbox_base.py [--rounds 30]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _old_triggers(conn, names: list[str]) -> None:  # noqa: ANN001
    """As before 0010: the same triggers with no base row (NULL, as the older column list left it)."""
    from wishdesk.core.sync import local

    real = local.base_row_sql
    local.base_row_sql = lambda _conn, _name: "NULL"
    try:
        local.install_triggers(conn, names, replace=True)
    finally:
        local.base_row_sql = real


def _timed(path: Path, rounds: int) -> tuple[float, int]:
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        started = time.process_time()
        for i in range(rounds):
            conn.exec_driver_sql(f"UPDATE attendance SET reason = 'ronde {i}'")
        spent = time.process_time() - started
        lines = conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar()
    engine.dispose()
    return spent, int(lines)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()

    from sqlalchemy import create_engine

    from wishdesk.core.demo import build_demo
    from wishdesk.core.opening import open_database
    from wishdesk.core.sync import local
    from wishdesk.core.sync.tables import synced_tables

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "demo.sqlite"
        db = open_database(base, create=True)
        with db.write() as s:
            for _ in build_demo(s, schools=5, seed=3, year="2026-2027", plan=True, today=date(2027, 3, 1)):
                pass
        db.close()
        engine = create_engine(f"sqlite:///{base}")
        with engine.begin() as conn:
            local.install(conn)
        engine.dispose()
        old, new = Path(tmp) / "old.sqlite", Path(tmp) / "new.sqlite"
        shutil.copy(base, old)
        shutil.copy(base, new)
        engine = create_engine(f"sqlite:///{old}")
        with engine.begin() as conn:
            _old_triggers(conn, [st.name for st in synced_tables()])
        engine.dispose()
        old_cpu, old_lines = _timed(old, args.rounds)
        new_cpu, new_lines = _timed(new, args.rounds)
    print(f"load: {os.getloadavg()[0]:.1f}")
    print(f"older trigger: {old_lines} outbox lines in {old_cpu:.2f} CPU s")
    print(f"with base row: {new_lines} outbox lines in {new_cpu:.2f} CPU s ({new_cpu / max(old_cpu, 1e-9):.2f}×)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
