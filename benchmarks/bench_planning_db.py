"""Planning benchmark through the database: the 50-school demo municipality planned by the service
(`plan_year`: load, plan, write in one transaction), then one lesson cancelled and re-planned
(`replan_after_cancel`), printing seconds, conflicts and how many other lessons moved. Also times
`build_demo(..., plan=True)` (the demo with a realistic plan, what `wishdesk demo` should do).

No assertions: record the figures in benchmarks/README.md.

Run: .venv/bin/python benchmarks/bench_planning_db.py [--schools 50] [--time-limit 7]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from wishdesk.core.demo import build_demo  # noqa: E402
from wishdesk.core.models import Session  # noqa: E402
from wishdesk.core.opening import open_database  # noqa: E402
from wishdesk.core.services import planning, planning_edits  # noqa: E402

YEAR, SUMMER = "2026-2027", date(2026, 8, 1)


def drive(steps):  # noqa: ANN001, ANN201
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schools", type=int, default=50)
    parser.add_argument("--time-limit", type=float, default=planning.DEFAULT_TIME_LIMIT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite", create=True)
        began = time.perf_counter()
        with db.write() as s:
            for _ in build_demo(s, schools=args.schools, seed=1, year=YEAR):
                pass
        print(f"demo:    {args.schools} schools built in {time.perf_counter() - began:.2f} s (no plan)")

        began = time.perf_counter()
        outcome = drive(planning.plan_year(db, YEAR, today=SUMMER, time_limit=args.time_limit))
        seconds = time.perf_counter() - began
        conflicts = planning.conflicts(db, YEAR, today=SUMMER)
        print(f"plan:    {seconds:.2f} s through the service (solver limit {args.time_limit} s), status "
              f"{outcome.status}, {outcome.planned} sessions dated, {outcome.not_planned} without a date, "
              f"{len(conflicts)} conflicts")

        with db.session() as s:
            rows = s.scalars(select(Session).order_by(Session.date, Session.start_time, Session.id)).all()
            middle = [r for r in rows if r.template.number in (4, 5)]  # a lesson in the middle of a series
            picks = [(v.id, v.date) for v in (middle[len(middle) * k // 4] for k in (1, 2, 3))]
        for session_id, day in picks:
            with db.write() as s:  # everything before the cancelled lesson has been given
                for row in s.scalars(select(Session).where(Session.date < day, Session.status == "planned")):
                    row.status = "held"
            began = time.perf_counter()
            again = planning_edits.replan_after_cancel(db, session_id, "Specialist ziek", today=day)
            seconds = time.perf_counter() - began
            left = planning.conflicts(db, YEAR, today=day)
            moved_to = f"{again.new_start:%d-%m %H:%M}" if again.new_start else "no new moment"
            print(f"replan:  {seconds:.2f} s, ok {again.ok}, {day:%d-%m} -> {moved_to}, moved {len(again.moved)} "
                  f"other sessions, conflicts {len(left)}, notes {len(again.notes)}")
        db.close()

        db = open_database(Path(folder) / "demo.sqlite", create=True)
        began = time.perf_counter()
        with db.write() as s:
            for _ in build_demo(s, schools=args.schools, seed=1, year=YEAR, plan=True, today=date(2026, 11, 25)):
                pass
        print(f"demo:    {args.schools} schools with a plan and a year under way in "
              f"{time.perf_counter() - began:.2f} s")
        db.close()


if __name__ == "__main__":
    main()
