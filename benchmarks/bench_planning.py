"""Planning benchmark: the 50-school municipality of PRODUCT.md in plain data (fixed seed).

Plans the whole school year (goal: conflict-free within 10 s on 2 cores), then marks lessons 1-3
of one group as held, cancels its lesson 4 and re-plans (goal: within 1 s), printing seconds
and the number of moved sessions. No assertions: record the figures in benchmarks/README.md.

Run: .venv/bin/python benchmarks/bench_planning.py [--time-limit 10] [--seed 2025]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wishdesk.core.scheduling.conflicts import find_conflicts  # noqa: E402
from wishdesk.core.scheduling.greedy import greedy_plan  # noqa: E402
from wishdesk.core.scheduling.prepare import prepare  # noqa: E402
from wishdesk.core.scheduling.problem import SessionKind, SessionStatus  # noqa: E402
from wishdesk.core.scheduling.replan import replan  # noqa: E402
from wishdesk.core.scheduling.solver import plan  # noqa: E402
from wishdesk.core.scheduling.synthetic import municipality  # noqa: E402


def series_weeks(problem, starts) -> tuple[float, float, int]:
    """Mean ISO-ordinal week of each group's first and last lesson, and the latest finish week."""
    firsts, lasts = {}, {}
    for sid, moment in starts.items():
        session = problem.sessions_by_id[sid]
        if session.kind != SessionKind.LESSON:
            continue
        day = moment.date()
        firsts[session.group_id] = min(firsts.get(session.group_id, day), day)
        lasts[session.group_id] = max(lasts.get(session.group_id, day), day)
    origin = problem.first_day

    def week(day):
        return (day - origin).days / 7 + 1

    return (statistics.mean(week(d) for d in firsts.values()), statistics.mean(week(d) for d in lasts.values()),
            round(max(week(d) for d in lasts.values())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time-limit", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()

    began = time.perf_counter()
    problem = municipality(seed=args.seed)
    built = time.perf_counter() - began
    lessons = sum(1 for s in problem.sessions if s.kind == SessionKind.LESSON)
    print(f"instance: {len(problem.schools)} schools, {len(problem.groups)} groups, "
          f"{len({g.specialist_id for g in problem.groups})} specialists, {lessons} lessons + "
          f"{len(problem.sessions) - lessons} parent events (built in {built:.2f} s)")

    began = time.perf_counter()
    prep = prepare(problem)
    greedy, failed = greedy_plan(prep)
    greedy_seconds = time.perf_counter() - began
    greedy_starts = {sid: prep.to_datetime(m) for sid, m in greedy.items()}
    print(f"greedy:  {greedy_seconds:.2f} s, failed groups {len(failed)}, conflicts "
          f"{len(find_conflicts(problem, greedy_starts))}, weeks first/last/latest "
          "%.1f / %.1f / %d" % series_weeks(problem, greedy_starts))

    began = time.perf_counter()
    result = plan(problem, time_limit=args.time_limit)
    seconds = time.perf_counter() - began
    starts = {sid: a.start for sid, a in result.assignments.items()}
    conflicts = find_conflicts(problem, result.assignments)
    print(f"plan:    {seconds:.2f} s, status {result.status.value}, {len(result.assignments)} sessions, "
          f"{len(conflicts)} conflicts, {result.components} components, weeks first/last/latest "
          "%.1f / %.1f / %d" % series_weeks(problem, starts))

    group = problem.groups[0]
    lessons_of_group = sorted((s for s in problem.sessions if s.group_id == group.id and s.lesson_number),
                              key=lambda s: (s.lesson_number, str(s.subgroup)))
    held = {s.id for s in lessons_of_group if s.lesson_number <= 3}
    cancelled = next(s for s in lessons_of_group if s.lesson_number == 4)
    current = problem.with_sessions(tuple(
        replace(s, start=starts[s.id], status=SessionStatus.HELD if s.id in held else s.status)
        for s in problem.sessions))
    today = starts[cancelled.id].date()
    began = time.perf_counter()
    again = replan(current, cancelled.id, today=today, time_limit=1.0)
    replan_seconds = time.perf_counter() - began
    new = {sid: a.start for sid, a in again.assignments.items()}
    print(f"replan:  {replan_seconds:.2f} s, status {again.status.value}, cancelled {cancelled.id} "
          f"{starts[cancelled.id]:%d-%m %H:%M} -> {new[cancelled.id]:%d-%m %H:%M}, moved {len(again.moved)} "
          f"other sessions, conflicts {len(find_conflicts(current, new))}, notes {len(again.notes)}")


if __name__ == "__main__":
    main()
