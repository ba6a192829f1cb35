"""Where `wishdesk plan` spends its time, per phase, in one process (issue 19, the 250-school plan).

Plans a copy of an unplanned demo file the way `wishdesk plan` does (``plan_year``) and prints wall and CPU
seconds of each phase: imports, opening, snapshot, prepare, the per-specialist search (summed over specialists;
with ``--processes 2`` the children's CPU is not in it), the final check and writing. CPU seconds say more than
wall seconds on a shared machine. The database is made with benchmarks/plain_demo.py when it does not exist.

.venv/bin/python benchmarks/bench_planning_phases.py [--schools 250] [--processes 1] [--db PATH] [--profile N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

WALL: dict[str, float] = defaultdict(float)
CPU: dict[str, float] = defaultdict(float)


def _timed(module, name: str, label: str) -> None:  # noqa: ANN001 - any module
    """Replace ``module.name`` by a wrapper adding its wall and CPU seconds to ``label``."""
    inner = getattr(module, name)

    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            WALL[label] += time.perf_counter() - wall
            CPU[label] += time.process_time() - cpu

    setattr(module, name, wrapper)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schools", type=int, default=250)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--db", type=Path, help="an unplanned demo file (default: made in a temporary folder)")
    parser.add_argument("--profile", type=int, default=0, help="print the N costliest functions (cProfile)")
    parser.add_argument("--all", action="store_true", help="plan --all (re-plan what is planned)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        os.environ.setdefault("WISHDESK_HOME", str(tmp / "home"))
        source = args.db
        if source is None or not source.exists():
            import plain_demo

            source = plain_demo.make(source or tmp / "fresh.sqlite", args.schools, plan=False)
        work = tmp / "work.sqlite"
        shutil.copy(source, work)
        wall, cpu = time.perf_counter(), time.process_time()
        from wishdesk.core.opening import open_database
        from wishdesk.core.progress import drive
        from wishdesk.core.scheduling import solver
        from wishdesk.core.services import planning

        WALL["imports"], CPU["imports"] = time.perf_counter() - wall, time.process_time() - cpu
        _timed(planning, "build_snapshot", "snapshot")
        _timed(solver, "prepare", "prepare")
        if args.processes == 1:  # a forked worker must find the module's own function (pickled by name)
            _timed(solver, "_fast_part", "search per specialist")
        _timed(solver, "_verify", "final check (conflicts)")
        _timed(planning, "write_assignments", "write")
        wall, cpu = time.perf_counter(), time.process_time()
        db = open_database(work)
        WALL["open"], CPU["open"] = time.perf_counter() - wall, time.process_time() - cpu
        profiler = None
        if args.profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            outcome = drive(planning.plan_year(db, None, replan_all=args.all, processes=args.processes))
        finally:
            db.close()
        WALL["plan_year (all of it)"], CPU["plan_year (all of it)"] = (time.perf_counter() - wall,
                                                                       time.process_time() - cpu)
        if profiler is not None:
            import pstats

            profiler.disable()
            pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)
    import hashlib

    digest = hashlib.sha256(repr(sorted((c.key, c.after.date, c.after.start_time) for c in outcome.changes.items))
                            .encode()).hexdigest()[:12]
    print(outcome.summary(), f"plan digest {digest}")
    print(f"load average {os.getloadavg()[0]:.2f}")
    whole = "plan_year (all of it)"
    if args.processes > 1:
        for table in (WALL, CPU):
            table["search (the rest)"] = table[whole] - sum(v for k, v in table.items()
                                                             if k not in (whole, "imports", "open"))
    for label in WALL:
        print(f"  {label:28s} {WALL[label]:6.2f} s wall {CPU[label]:6.2f} s cpu")
    if args.processes > 1:
        import resource

        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        print(f"  worker processes' cpu      {usage.ru_utime + usage.ru_stime:6.2f} s")


if __name__ == "__main__":
    main()
