"""Dashboard and municipality report over five school years of the 50-school demo (`wishdesk demo
--schools 50 --years 4`): each at most 1 s. Prints the build time, then per year the time of the
dashboard (municipality level, and the slowest school level) and of the report, with the ratio to the
1 s budget. Pass a database path to reuse one."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

BUDGET = 1.0


def _timed(job) -> float:  # noqa: ANN001
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


def run(path: Path) -> None:
    from wishdesk.core.opening import open_database
    from wishdesk.core.services.dashboard import dashboard
    from wishdesk.core.services.directory import school_years
    from wishdesk.core.services.reports import municipality_report, report_to_json

    db = open_database(path, read_only=True)
    try:
        years = school_years(db)
        today = date.today()
        worst = {"dashboard": 0.0, "school": 0.0, "report": 0.0}
        for year in years:
            top = dashboard(db, year, today=today)
            d = min(_timed(lambda y=year: dashboard(db, y, today=today)) for _ in range(3))
            s = max((_timed(lambda y=year, c=c: dashboard(db, y, school_id=c.id, today=today)) for c in top.children),
                    default=0.0)
            r = min(_timed(lambda y=year: report_to_json(municipality_report(db, y, today=today))) for _ in range(3))
            worst = {"dashboard": max(worst["dashboard"], d), "school": max(worst["school"], s),
                     "report": max(worst["report"], r)}
            print(f"{year}: {len(top.children)} schools, {top.figures.held} lessons held, "
                  f"dashboard {d:.3f} s, slowest school {s:.3f} s, report {r:.3f} s")
        for name, seconds in worst.items():
            print(f"worst {name}: {seconds:.3f} s = {seconds / BUDGET:.2f} x budget")
    finally:
        db.close()


def main() -> None:
    if len(sys.argv) > 1:
        run(Path(sys.argv[1]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "history50.sqlite"
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "wishdesk", "demo", "--db", str(path), "--schools", "50", "--years", "4"],
                       check=True)
        print(f"demo --schools 50 --years 4: {time.perf_counter() - start:.1f} s")
        run(path)


if __name__ == "__main__":
    main()
