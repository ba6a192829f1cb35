"""Offline laptops (issue 14): the first replica of a specialist's share of the 50-school demo, and a sync with
50 local and 50 remote changes, against a local PostgreSQL server started for the run.

Goals: first replica at most 5 s; sync (push 50 + pull 50) at most 1 s.

    .venv/bin/python benchmarks/bench_sync.py [--schools 50]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PASSWORD = "bench-wachtwoord-1"
OWNER = "bench_owner"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--schools", type=int, default=50)
    args = parser.parse_args()

    import psycopg
    from sqlalchemy import select

    from tests.pg_server import admin_dsn, running_server
    from wishdesk.core.demo import build_demo
    from wishdesk.core.models import Attendance, Session
    from wishdesk.core.opening import open_database
    from wishdesk.core.security import accounts
    from wishdesk.core.sync.replica import create_replica
    from wishdesk.core.sync.run import sync
    from wishdesk.core.team.setup import add_user, init_team_database

    with running_server() as admin:
        with psycopg.connect(admin_dsn(admin), autocommit=True) as conn:
            conn.execute(f"CREATE ROLE {OWNER} LOGIN CREATEROLE PASSWORD '{PASSWORD}'")
            conn.execute(f"CREATE DATABASE bench OWNER {OWNER}")
        host = admin.split("@", 1)[1].rsplit("/", 1)[0]
        owner_url = f"postgresql+psycopg://{OWNER}:{PASSWORD}@{host}/bench"
        started = time.perf_counter()
        init_team_database(owner_url)
        db = open_database(owner_url)
        with db.write() as s:
            for _ in build_demo(s, schools=args.schools, seed=3, year="2026-2027", plan=True,
                                today=date(2027, 3, 1)):
                pass
        db.close()
        print(f"team database with the {args.schools}-school demo: {time.perf_counter() - started:.1f} s")
        owner = psycopg.connect(f"host={host.split(':')[0]} port={host.split(':')[1]} dbname=bench user={OWNER} "
                                f"password={PASSWORD}", autocommit=True)
        # the specialist whose groups span closest to 8 schools
        spans = owner.execute('SELECT specialist_id, count(DISTINCT school_id) FROM "group" '
                              "WHERE specialist_id IS NOT NULL GROUP BY specialist_id").fetchall()
        specialist, schools = min(spans, key=lambda r: (abs(r[1] - 8), r[0]))
        add_user(owner_url, "bench_specialist", PASSWORD, staff_id=specialist)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "laptop.sqlite"
            started = time.perf_counter()
            made = create_replica(f"postgresql://{host}/bench", "bench_specialist", PASSWORD, path)
            first = time.perf_counter() - started
            print(f"first replica: specialist {specialist} ({schools} schools), {made.rows} rows: {first:.2f} s "
                  "(goal 5 s; includes the password derivation for the new account)")
            accounts.unlock(path, None, PASSWORD)
            replica = open_database(path)
            with replica.session() as s:
                sessions = s.scalars(select(Session.id).where(Session.status == "held").order_by(Session.id)).all()
                rows = s.execute(select(Attendance.session_id, Attendance.pupil_id).where(
                    Attendance.session_id.in_(sessions)).order_by(Attendance.session_id, Attendance.pupil_id)).all()
            mine, theirs = rows[:50], rows[-50:]
            with replica.write() as s:
                for session_id, pupil_id in mine:
                    row = s.get(Attendance, (session_id, pupil_id))
                    row.present = not row.present
            with replica.session() as s:
                their_gids = [s.get(Attendance, key).gid for key in theirs]
            owner.execute("UPDATE attendance SET present = NOT present, version = version + 1 "
                          "WHERE gid = ANY(%s)", (their_gids,))
            started = time.perf_counter()
            result = sync(replica, PASSWORD)
            took = time.perf_counter() - started
            print(f"sync: {result.pushed} pushed, {result.stored} stored, {result.new_conflicts} conflicts: "
                  f"{took:.2f} s (goal 1 s)")
            started = time.perf_counter()
            sync(replica, PASSWORD)
            print(f"sync with nothing to do: {time.perf_counter() - started:.2f} s")
            # one lesson moved on the server: the pull brings it and the planning is checked again
            moved = owner.execute('SELECT s.id FROM session s JOIN "group" g ON g.id = s.group_id WHERE '
                                  "g.specialist_id = %s AND s.date IS NOT NULL ORDER BY s.date DESC LIMIT 1",
                                  (specialist,)).fetchone()[0]
            owner.execute("UPDATE session SET date = date + 1, version = version + 1 WHERE id = %s", (moved,))
            started = time.perf_counter()
            result = sync(replica, PASSWORD)
            print(f"sync pulling one moved lesson (planning re-checked, {len(result.planning_clashes)} clashes): "
                  f"{time.perf_counter() - started:.2f} s")
            replica.close()
        owner.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
