"""Team mode under load: N client processes, each logged in as its own person, doing typical work against a
local PostgreSQL server (started for the run), then an audit.

Work per client, chosen at random: record attendance (flip one pupil's mark), write a reflection (append to
one lesson's log), move a lesson (shift its date by a week and back). Every save goes through Database.write,
so the version check is the app's own; a StaleEdit is a refused save (counted), never a lost one.

Audit after the run: for every row written, stored version - 1 == number of saves that clients saw commit (a
save that overwrote another without the check would leave fewer versions than commits); and every pupil id a
client read is one its person may see (computed by the owner from the rules).

    .venv/bin/python benchmarks/bench_team.py --clients 10 --seconds 60
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import statistics
import sys
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PASSWORD = "bench-wachtwoord-1"
OWNER = "bench_owner"


def client(url: str, staff_id: int, seconds: float, seed: int, out: mp.Queue) -> None:
    from sqlalchemy import select

    from wishdesk.core.models import Attendance, Group, Pupil, Session, SessionLog, group_teacher
    from wishdesk.core.opening import open_database
    from wishdesk.core.team.stale import StaleEdit

    rng = random.Random(seed)
    db = open_database(url)
    with db.session() as s:
        mine = set(s.scalars(select(group_teacher.c.group_id).where(group_teacher.c.staff_id == staff_id)))
        if not mine:  # the specialist: every group they are the specialist of
            mine = set(s.scalars(select(Group.id).where(Group.specialist_id == staff_id)))
        sessions = s.scalars(select(Session.id).where(Session.group_id.in_(mine), Session.status == "held")).all()
    latencies: list[float] = []
    commits: Counter = Counter()
    stale = 0
    seen_pupils: set[int] = set()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        kind = rng.choice(("attendance", "reflection", "move"))
        session_id = rng.choice(sessions)
        start = time.perf_counter()
        try:
            with db.write() as s:
                seen_pupils.update(s.scalars(select(Pupil.id)))  # what this person can read at all
                if kind == "attendance":
                    rows = s.scalars(select(Attendance).where(Attendance.session_id == session_id)).all()
                    if not rows:
                        continue
                    row = rng.choice(rows)
                    row.present = not row.present
                    key = ("attendance", row.session_id, row.pupil_id)
                elif kind == "reflection":
                    log = s.scalars(select(SessionLog).where(SessionLog.session_id == session_id)).first()
                    if log is None:
                        continue
                    log.change_next = (log.change_next or "")[-200:] + "."
                    key = ("session_log", log.id)
                else:
                    lesson = s.get(Session, session_id)
                    lesson.date = lesson.date + timedelta(days=7 if lesson.date.toordinal() % 2 else -7)
                    key = ("session", lesson.id)
            commits[key] += 1
        except StaleEdit:
            stale += 1
        latencies.append(time.perf_counter() - start)
    db.close()
    out.put((staff_id, latencies, dict(commits), stale, seen_pupils))


def prepare(admin: str, clients: int) -> tuple[str, list[tuple[int, str]], str]:
    import psycopg

    from tests.pg_server import admin_dsn, create_database, db_url
    from wishdesk.core.demo import build_demo
    from wishdesk.core.opening import open_database
    from wishdesk.core.team.setup import add_user, init_team_database

    with psycopg.connect(admin_dsn(admin), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {OWNER} LOGIN CREATEROLE PASSWORD '{PASSWORD}'")
    name = create_database(admin, owner=OWNER)
    owner_url = db_url(admin, name, OWNER, PASSWORD)
    init_team_database(owner_url)
    db = open_database(owner_url)
    with db.write() as s:
        for _ in build_demo(s, schools=6, seed=3, year="2026-2027", plan=True, today=date(2027, 3, 1)):
            pass
    with db.engine.connect() as conn:
        teachers = [r[0] for r in conn.exec_driver_sql(
            "SELECT DISTINCT staff_id FROM group_teacher ORDER BY staff_id")]
        specialists = [r[0] for r in conn.exec_driver_sql(
            'SELECT DISTINCT specialist_id FROM "group" WHERE specialist_id IS NOT NULL')]
    db.close()
    people = (specialists + teachers)[:clients]
    logins = []
    for staff_id in people:
        login = f"bench_{staff_id}"
        add_user(owner_url, login, PASSWORD, staff_id=staff_id)
        logins.append((staff_id, db_url(admin, name, login, PASSWORD)))
    return owner_url, logins, name


def versions(owner_url: str) -> dict[tuple, int]:
    import psycopg

    with psycopg.connect(owner_url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        found = {("attendance", a, b): v for a, b, v in conn.execute("SELECT session_id, pupil_id, version "
                                                                     "FROM attendance")}
        for table in ("session_log", "session"):
            found.update({(table, i): v for i, v in conn.execute(f"SELECT id, version FROM {table}")})
    return found


def audit(owner_url: str, results: list, before: dict[tuple, int]) -> tuple[int, int]:
    """(rows whose version disagrees with the commits clients saw, pupil rows read that were not allowed)."""
    import psycopg

    dsn = owner_url.replace("postgresql+psycopg://", "postgresql://")
    commits: Counter = Counter()
    for _staff, _lat, done, _stale, _seen in results:
        commits.update(done)
    after = versions(owner_url)
    lost = sum(after[key] - before[key] != n for key, n in commits.items())
    forbidden = 0
    with psycopg.connect(dsn) as conn:
        for staff_id, _lat, _done, _stale, seen in results:
            allowed = {r[0] for r in conn.execute(
                'SELECT p.id FROM pupil p JOIN "group" g ON g.id = p.group_id '
                "WHERE g.specialist_id = %s OR g.school_id IN (SELECT school_id FROM staff_school WHERE staff_id = %s) "
                "OR g.school_id IN (SELECT g2.school_id FROM \"group\" g2 JOIN group_teacher gt ON gt.group_id = g2.id "
                "WHERE gt.staff_id = %s) OR g.school_id IN (SELECT id FROM school WHERE care_coordinator_id = %s)",
                (staff_id,) * 4)}
            forbidden += len(seen - allowed)
    return lost, forbidden


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    from tests.pg_server import running_server

    with running_server() as admin:
        owner_url, logins, _name = prepare(admin, args.clients)
        before = versions(owner_url)
        ctx = mp.get_context("spawn")
        queue = ctx.Queue()
        procs = [ctx.Process(target=client, args=(url, staff, args.seconds, i, queue))
                 for i, (staff, url) in enumerate(logins)]
        for p in procs:
            p.start()
        results = [queue.get() for _ in procs]
        for p in procs:
            p.join()
        latencies = sorted(x for r in results for x in r[1])
        stale = sum(r[3] for r in results)
        lost, forbidden = audit(owner_url, results, before)
    ops = len(latencies)
    p50 = statistics.median(latencies) * 1000
    p95 = latencies[int(0.95 * (ops - 1))] * 1000
    print(f"clients={len(procs)} seconds={args.seconds:g} saves={ops} throughput={ops / args.seconds:.1f}/s "
          f"p50={p50:.1f}ms p95={p95:.1f}ms refused_stale={stale} lost_updates={lost} forbidden_reads={forbidden}")


if __name__ == "__main__":
    main()
