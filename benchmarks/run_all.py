"""Every speed figure of issue 19 in one table, each against its floor measured in the same run.

Whole-process figures are medians of fresh processes (`python -m wishdesk …`); the floor of a command is
an empty Python process, of printing a bare ReportLab canvas writing the same number of pages, of start-up
a bare PySide6 window. The plan's quality is the sum over every series (group, or half of a split group)
of its last lesson's day counted from the school year's start, against a 30-second CP-SAT run in process.
Databases are plain SQLite files (benchmarks/plain_demo.py); the rows marked "encrypted" use the demo
`wishdesk demo` makes (SQLCipher, sign-in with Argon2id: WISHDESK_PASSWORD=demo).

Run on a quiet machine: .venv/bin/python benchmarks/run_all.py [--quick]   (about 3 minutes; --quick
skips the 250-school rows and the 30-second reference). Record the table in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

PY = sys.executable
CANVAS = """
import sys
from reportlab.pdfgen import canvas
c = canvas.Canvas(sys.argv[1])
for n in range(int(sys.argv[2])):
    c.setFont("Helvetica", 11)
    for line in range(30):
        c.drawString(56.7, 780 - 18.3 * line, f"Regel {line} van blad {n}: praat met je kind over wat het zou doen.")
    c.showPage()
c.save()
"""
PEAK = "import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], check=True); " \
       "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
rows: list[tuple[str, str, str, str, str, str]] = []


CPU: dict[str, float] = {}  # the last run()'s median CPU seconds (user + system, its child processes included)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(*args: str, runs: int = 1, prepare=None) -> float:  # noqa: ANN001
    """Median wall seconds of a fresh process; ``prepare()`` runs before each (untimed). The median CPU seconds
    go to CPU["last"]: on a shared machine they say more than the wall time."""
    times, cpus = [], []
    for _ in range(runs):
        if prepare:
            prepare()
        cpu = _children_cpu()
        began = time.perf_counter()
        subprocess.run(list(args), check=True, capture_output=True)
        times.append(time.perf_counter() - began)
        cpus.append(_children_cpu() - cpu)
    CPU["last"] = statistics.median(cpus)
    return statistics.median(times)


def wishdesk(*args: str) -> list[str]:
    return [PY, "-m", "wishdesk", *args]


def plain_demo(path: Path, schools: int, plan: bool) -> Path:
    import plain_demo as maker

    return maker.make(path, schools, plan)


def encrypted_demo(path: Path, schools: int, plan: bool) -> Path:
    subprocess.run(wishdesk("demo", "--db", str(path), "--schools", str(schools), *([] if plan else ["--no-plan"])),
                   check=True, capture_output=True)
    return path


def copy_db(source: Path, target: Path) -> None:
    for suffix in ("", ".keys"):
        if Path(f"{source}{suffix}").exists():
            shutil.copy(f"{source}{suffix}", f"{target}{suffix}")


def add(figure: str, seconds: float, floor: float | None, goal: str, note: str = "", cpu: float | None = None) -> None:
    """One row; ``cpu``: the figure's CPU seconds (user + system of its processes)."""
    ratio = f"{seconds / floor:.2f}" if floor else ""
    rows.append((figure, f"{seconds:.2f}", f"{cpu:.2f}" if cpu is not None else "", f"{floor:.2f}" if floor else "",
                 ratio, goal + (f"; {note}" if note else "")))

    print(f"  {figure}: {seconds:.2f} s {note}", file=sys.stderr, flush=True)


def series_end_days(path: Path) -> int:
    """Sum of each series' last lesson day, counted from the school year's start."""
    con = sqlite3.connect(path)
    try:
        return con.execute("""
            SELECT SUM(julianday(last) - julianday(y.start_date)) FROM (
                SELECT s.group_id, s.subgroup, MAX(s.date) AS last FROM session s GROUP BY s.group_id, s.subgroup
            ) t JOIN "group" g ON g.id = t.group_id JOIN school_year y ON y.id = g.school_year_id""").fetchone()[0]
    finally:
        con.close()


def reference_objective(path: Path, seconds: float) -> int:
    """The same metric for a plan made in process with the whole ``seconds`` for CP-SAT (no early stop)."""
    from wishdesk.core.opening import open_database
    from wishdesk.core.services import planning
    from wishdesk.core.services.planning_changes import write_assignments
    from wishdesk.core.services.planning_problem import build_snapshot

    db = open_database(path)
    try:
        with db.session() as s:
            snap = build_snapshot(s, None)
        from wishdesk.core.scheduling import solver

        gen = solver.plan_steps(planning._freeze(snap.problem, snap.first_day, True), seconds,
                                patience=None, order_trials=None)
        while True:
            try:
                next(gen)
            except StopIteration as stop:
                result = stop.value
                break
        with db.write() as s:
            write_assignments(s, snap, result.assignments)
    finally:
        db.close()
    return series_end_days(path)


def pages_in(folder: Path) -> int:
    from pypdf import PdfReader

    return sum(len(PdfReader(p).pages) for p in folder.glob("*.pdf"))


def plan_rows(tmp: Path, schools: int, reference: bool) -> None:
    fresh = plain_demo(tmp / f"plan{schools}.sqlite", schools, False)
    work = tmp / f"work{schools}.sqlite"
    floor = run(PY, "-c", "pass", runs=3)
    copy = lambda: shutil.copy(fresh, work)  # noqa: E731
    if schools == 50:
        seconds = run(*wishdesk("plan", "--db", str(work), "--quiet"), runs=5, prepare=copy)
        cpu = CPU["last"]
        quick = series_end_days(work)
        note = f"series-end days {quick}"
        if reference:
            shutil.copy(fresh, tmp / "ref.sqlite")
            best = reference_objective(tmp / "ref.sqlite", 30.0)
            note += f" vs {best} in 30 s ({100 * (quick - best) / best:+.2f} %)"
        add("plan, unplanned 50-school demo (process)", seconds, floor, "<= 1.5 s, within 1 % of 30 s", note, cpu=cpu)
        seconds = run(*wishdesk("plan", "--db", str(work), "--quiet", "--all"), runs=5)
        cpu = CPU["last"]
        add("plan --all on that plan (process)", seconds, floor, "<= 1.5 s", cpu=cpu)
        secret = encrypted_demo(tmp / "secret50.sqlite", schools, False)
        secret_work = tmp / "secret-work50.sqlite"
        seconds = run(*wishdesk("plan", "--db", str(secret_work), "--quiet"), runs=3,
                      prepare=lambda: copy_db(secret, secret_work))
        cpu = CPU["last"]
        add("plan, unplanned 50-school demo, encrypted (process)", seconds, floor, "(sign-in + SQLCipher added)", cpu=cpu)
        seconds = run(*wishdesk("plan", "--db", str(work), "--quiet", "--grondig"), runs=1, prepare=copy)
        cpu = CPU["last"]
        add("plan --grondig (CP-SAT), 50-school demo (process)", seconds, floor, "(the thorough option)",
            f"series-end days {series_end_days(work)}", cpu=cpu)
    else:
        shutil.copy(fresh, work)
        cpu = _children_cpu()
        began = time.perf_counter()
        out = subprocess.run([PY, "-c", PEAK, *wishdesk("plan", "--db", str(work), "--quiet")], check=True,
                             capture_output=True, text=True)
        seconds = time.perf_counter() - began
        cpu = _children_cpu() - cpu
        add(f"plan, unplanned {schools}-school demo (process)", seconds, floor, "<= 5 s and 500 MB",
            f"peak {int(out.stdout.split()[-1]) // 1024} MB; {out.stdout.splitlines()[0]}", cpu=cpu)


def print_rows(tmp: Path, schools: int) -> None:
    db = plain_demo(tmp / f"print{schools}.sqlite", schools, True)
    out = tmp / f"sheets{schools}"
    clean = lambda: shutil.rmtree(out, ignore_errors=True)  # noqa: E731
    seconds = run(*wishdesk("handouts", "--db", str(db), "--all", "--lesson", "1", "-o", str(out)),
                  runs=1 if schools > 50 else 3, prepare=clean)
    cpu = CPU["last"]
    pages = pages_in(out)
    floor = run(PY, "-c", CANVAS, str(tmp / "bare.pdf"), str(pages), runs=3)
    goal = "<= 4x the bare canvas" if schools == 50 else "<= 15 s"
    add(f"all sheets, {schools}-school demo ({pages} pages, process)", seconds, floor, goal, "floor: bare canvas", cpu=cpu)
    if schools == 50:
        con = sqlite3.connect(db)
        group = con.execute('SELECT MIN(id) FROM "group"').fetchone()[0]
        con.close()
        floor = run(PY, "-c", "pass", runs=3)
        seconds = run(*wishdesk("handouts", "--db", str(db), "--group", str(group), "--lesson", "1",
                                "-o", str(tmp / "one.pdf")), runs=5)
        cpu = CPU["last"]
        add("one class's sheets (process)", seconds, floor, "<= 0.5 s", cpu=cpu)
        seconds = run(PY, "-c", "import sqlalchemy.orm, wishdesk.core.models, reportlab.platypus", runs=5)
        cpu = CPU["last"]
        add("  its imports alone (SQLAlchemy, models, ReportLab)", seconds, floor, "(part of the above)", cpu=cpu)
        secret = encrypted_demo(tmp / "secret-print50.sqlite", schools, True)
        # The same seed gives the same rows, so the first group has the same id in the encrypted demo.
        seconds = run(*wishdesk("handouts", "--db", str(secret), "--group", str(group), "--lesson", "1",
                                "-o", str(tmp / "one-secret.pdf")), runs=5)
        cpu = CPU["last"]
        add("one class's sheets, encrypted (process)", seconds, floor, "(sign-in + SQLCipher added)", cpu=cpu)


def startup_rows(tmp: Path) -> None:
    import bench_startup

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    plain = tmp / "print50.sqlite"
    secret = tmp / "secret-print50.sqlite"  # made by print_rows
    results = bench_startup.measure_all(secret, plain, runs=5, modes=("demo", "encrypted", "teacher", "plain"))
    bare, _, bare_cpu = results["bare"]
    for mode, label in (("plain", "plain file"), ("demo", "`--demo`, encrypted"),
                        ("encrypted", "encrypted, signed in as the coordinator"),
                      ("teacher", "encrypted, signed in as the busiest specialist")):
        shown, ready, cpu = results[mode][:3]
        add(f"main window shown, 50-school demo ({label})", shown, bare, "<= 1.5x bare window",
            "floor: bare PySide6 window")
        add(f"Vandaag filled, 50-school demo ({label})", ready, bare, "<= 0.5 s, 2.5x bare window",
            f"CPU s of the process; bare window {bare_cpu:.2f}", cpu=cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="leave out the 250-school rows and the 30 s reference")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        os.environ["WISHDESK_HOME"] = str(tmp / "home")
        os.environ["WISHDESK_PASSWORD"] = "demo"  # the encrypted demo's rows sign in like a script would
        print(f"load average before: {os.getloadavg()}", file=sys.stderr)
        import bench_startup

        bench_startup.compile_sources()  # bytecode, as an installed app has: no process below compiles the app
        plan_rows(tmp, 50, not args.quick)
        print_rows(tmp, 50)
        startup_rows(tmp)
        if not args.quick:
            plan_rows(tmp, 250, False)
            print_rows(tmp, 250)
    print(f"load average after: {os.getloadavg()}", file=sys.stderr)
    head = ("figure", "s", "cpu s", "floor s", "ratio", "goal")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    for row in [head, tuple("-" * w for w in widths), *rows]:
        print("| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |")


if __name__ == "__main__":
    main()
