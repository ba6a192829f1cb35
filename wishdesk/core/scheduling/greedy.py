"""Greedy earliest-slot planner: valid in milliseconds, used as first answer and CP-SAT hint.

Groups are placed one at a time, lesson by lesson, each session in the earliest legal slot.
When a series breaks (no slot within the maximum gap), the whole group restarts one day
after its previous first lesson. It keeps every rule, but leaves some groups starting late,
which the CP-SAT model then improves.
"""

from __future__ import annotations

import random
import time
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable

from wishdesk.core.scheduling.prepare import DAY, Prepared
from wishdesk.core.scheduling.problem import Id, SessionKind


class _Occupancy:
    """Who is busy when, per day: (start, end, school, session id). The greedy planner asks ``fits`` hundreds
    of thousands of times for a municipality, so each session's people, school and limits are looked up once."""

    def __init__(self, prep: Prepared) -> None:
        self.prep = prep
        self.specialist: dict[tuple[Id, int], list[tuple[int, int, Id, Id]]] = defaultdict(list)
        self.teacher: dict[tuple[Id, int], list[tuple[int, int, Id, Id]]] = defaultdict(list)
        self.group: dict[tuple[Id, int], list[tuple[int, int, Id, Id]]] = defaultdict(list)
        self.lessons: dict[tuple[Id, int], int] = defaultdict(int)
        self._info: dict[Id, tuple] = {}
        self._travel: dict[tuple[Id, Id], int] = {}

    def info(self, sid: Id) -> tuple:
        """(teacher, group, specialist, school, duration, lesson limit per day or None)."""
        found = self._info.get(sid)
        if found is None:
            prep = self.prep
            session = prep.problem.sessions_by_id[sid]
            specialist = prep.specialist[sid]
            limit = (prep.problem.max_per_day(specialist)
                     if specialist is not None and session.kind == SessionKind.LESSON else None)
            found = self._info[sid] = (prep.teacher[sid], session.group_id, specialist, prep.school[sid],
                                       prep.duration[sid], limit)
        return found

    def travel(self, school: Id, other: Id) -> int:
        if school == other:
            return 0
        key = (school, other)
        found = self._travel.get(key)
        if found is None:
            found = self._travel[key] = self.prep.problem.travel(school, other)
        return found

    def fits(self, sid: Id, start: int) -> bool:
        teacher, group, specialist, school, duration, limit = self.info(sid)
        end = start + duration
        day = start // DAY
        if limit is not None and self.lessons.get((specialist, day), 0) >= limit:
            return False
        for other_start, other_end, _, _ in self.teacher.get((teacher, day), ()):
            if start < other_end and other_start < end:
                return False
        for other_start, other_end, _, _ in self.group.get((group, day), ()):
            if start < other_end and other_start < end:
                return False
        if specialist is not None:
            for other_start, other_end, other_school, _ in self.specialist.get((specialist, day), ()):
                travel = self.travel(school, other_school)
                if start < other_end + travel and other_start < end + travel:
                    return False
        return True

    def add(self, sid: Id, start: int) -> None:
        teacher, group, specialist, school, duration, limit = self.info(sid)
        entry = (start, start + duration, school, sid)
        day = start // DAY
        self.teacher[(teacher, day)].append(entry)
        self.group[(group, day)].append(entry)
        if specialist is not None:
            self.specialist[(specialist, day)].append(entry)
            if limit is not None:
                self.lessons[(specialist, day)] += 1

    def remove(self, sid: Id, start: int) -> None:
        teacher, group, specialist, school, duration, limit = self.info(sid)
        entry = (start, start + duration, school, sid)
        day = start // DAY
        self.teacher[(teacher, day)].remove(entry)
        self.group[(group, day)].remove(entry)
        if specialist is not None:
            self.specialist[(specialist, day)].remove(entry)
            if limit is not None:
                self.lessons[(specialist, day)] -= 1


def _first_fit(prep: Prepared, occ: _Occupancy, sid: Id, lo: int, hi_day: int,
               latest_first: bool = False, hi: int | None = None) -> int | None:
    """Earliest (or latest) allowed start >= ``lo`` minutes, on or before day ``hi_day``."""
    starts = prep.starts[sid]
    first = bisect_left(starts, lo)
    if latest_first:
        duration = prep.duration[sid]
        for start in reversed(starts[first:]):
            if start // DAY > hi_day or (hi is not None and start + duration > hi):
                continue
            if occ.fits(sid, start):
                return start
        return None
    # The earliest fit, inlined (the planner's innermost loop), one day at a time: the day's busy lists are looked
    # up once and turned into the open intervals a start may not fall in, instead of four dictionary look-ups per
    # candidate start. A day on which the specialist already has the most lessons allowed is skipped whole.
    teacher, group, specialist, school, duration, limit = occ.info(sid)
    teacher_busy, group_busy, specialist_busy, lessons = occ.teacher, occ.group, occ.specialist, occ.lessons
    stop = (hi_day + 1) * DAY if hi is None else min((hi_day + 1) * DAY, hi - duration + 1)  # starts below this
    count = len(starts)
    i = first
    while i < count:
        start = starts[i]
        if start >= stop:
            return None
        day = start // DAY
        j = bisect_left(starts, (day + 1) * DAY, i)
        if limit is not None and lessons.get((specialist, day), 0) >= limit:
            i = j
            continue
        # A start s clashes with a busy (b0, b1) when b0 - duration < s < b1 (plus the travel time either side
        # for the specialist's lessons at another school).
        blocked = [(b0 - duration, b1) for b0, b1, _, _ in teacher_busy.get((teacher, day), ())]
        blocked += [(b0 - duration, b1) for b0, b1, _, _ in group_busy.get((group, day), ())]
        if specialist is not None:
            for b0, b1, other_school, _ in specialist_busy.get((specialist, day), ()):
                travel = 0 if other_school == school else occ.travel(school, other_school)
                blocked.append((b0 - duration - travel, b1 + travel))
        if not blocked:
            return start
        for k in range(i, j):
            start = starts[k]
            if start >= stop:
                return None
            for low, high in blocked:
                if low < start < high:
                    break
            else:
                return start
        i = j
    return None


def greedy_plan(prep: Prepared, session_ids: Iterable[Id] | None = None,
                max_gap: int | None = None, group_order: list[Id] | None = None,
                done: dict[Id, int] | None = None, done_groups: int = 0
                ) -> tuple[dict[Id, int], list[Id]]:
    """Place all open sessions (default: every session). Returns (start minutes, failed group ids).
    ``max_gap`` overrides the rule (re-planning stretches it when nothing else works). ``done``:
    the starts of an earlier run with the same first ``done_groups`` groups of ``group_order``,
    which come out the same and are copied instead of searched again."""
    problem = prep.problem
    ids = set(session_ids) if session_ids is not None else set(problem.sessions_by_id)
    occ = _Occupancy(prep)
    placed: dict[Id, int] = {}
    for sid in ids:
        if sid in prep.fixed:
            placed[sid] = prep.fixed[sid]
            occ.add(sid, prep.fixed[sid])
    preds = prep.predecessors()
    by_group: dict[Id, list[Id]] = defaultdict(list)
    for sid in ids:
        by_group[problem.sessions_by_id[sid].group_id].append(sid)

    failed: list[Id] = []
    order = _tightest_first(prep, by_group)
    if group_order is not None:
        order = [g for g in group_order if g in by_group] + [g for g in order if g not in set(group_order)]
    for position, group_id in enumerate(order):
        if position < done_groups and done is not None and all(s in done for s in by_group[group_id]):
            for sid in by_group[group_id]:
                if sid not in prep.fixed:
                    placed[sid] = done[sid]
                    occ.add(sid, done[sid])
            continue
        if not _place_group(prep, occ, by_group[group_id], preds, placed, max_gap):
            failed.append(group_id)
    return placed, failed


def _tightest_first(prep: Prepared, by_group: dict[Id, list[Id]]) -> list[Id]:
    """Groups with the fewest legal moments first."""
    def tightness(group_id: Id) -> tuple:
        lessons = [s for s in by_group[group_id] if s not in prep.fixed]
        return (min((len(prep.starts[s]) for s in lessons), default=0), str(group_id))

    return sorted(by_group, key=tightness)


def _place_group(prep: Prepared, occ: _Occupancy, members: list[Id], preds: dict[Id, list[Id]],
                 placed: dict[Id, int], max_gap: int | None = None) -> bool:
    problem, rules = prep.problem, prep.problem.rules
    max_gap = rules.max_gap_days if max_gap is None else max_gap
    sessions = [problem.sessions_by_id[s] for s in members]
    lessons = sorted((s for s in sessions if s.kind == SessionKind.LESSON),
                     key=lambda s: (s.lesson_number or 0, str(s.subgroup)))
    evenings = [s.id for s in sessions if s.kind == SessionKind.PARENT_EVENING]
    showcases = [s.id for s in sessions if s.kind == SessionKind.SHOWCASE]
    if not lessons:
        return all(s.id in placed for s in sessions)
    first_number = lessons[0].lesson_number or 0
    last_number = lessons[-1].lesson_number or 0
    earliest = _earliest_first_day(prep, lessons, first_number, evenings, placed)
    while earliest <= prep.last_index:
        trial: dict[Id, int] = {}
        ok = True
        for session in lessons:
            sid = session.id
            if sid in placed:
                trial[sid] = placed[sid]
                continue
            lo, hi_day = earliest * DAY, prep.last_index
            for a in preds.get(sid, []):
                if a not in placed and a not in trial:
                    continue
                at = trial.get(a, placed.get(a))
                lo = max(lo, (at // DAY + rules.min_gap_days) * DAY, at + prep.duration[a])
                hi_day = min(hi_day, prep.latest_day_within_gap(sid, at // DAY, max_gap))
            start = _first_fit(prep, occ, sid, lo, hi_day)
            if start is None:
                ok = False
                break
            trial[sid] = start
            occ.add(sid, start)
        if ok:
            ok = _place_events(prep, occ, evenings, showcases, lessons, first_number, last_number, trial)
        fresh = {s: m for s, m in trial.items() if s not in placed}
        if ok:
            placed.update(fresh)
            return True
        for sid, start in fresh.items():
            occ.remove(sid, start)
        first_free = [trial[s.id] for s in lessons if s.id in fresh and (s.lesson_number or 0) == first_number]
        if not first_free:
            return False  # the series starts with fixed sessions: restarting cannot help
        earliest = min(first_free) // DAY + 1
    return False


def _earliest_first_day(prep: Prepared, lessons: list, first_number: int, evenings: list[Id],
                        placed: dict[Id, int]) -> int:
    """The first day worth trying for the series' first lesson. The parent evening comes at least
    ``parent_evening_min_days_before`` days before it, and its own first legal day is often weeks into the
    planning period (invitations need ``parent_event_lead_days``): every try with the first lesson before that
    placed the whole series only to fail at the evening and start again one day later. Starting at the bound
    gives the same plan, as those tries could not succeed."""
    earliest = prep.first_index
    if any(s.id in placed for s in lessons if (s.lesson_number or 0) == first_number):
        return earliest  # the series starts with fixed lessons: the day bound does not apply to them
    for sid in evenings:
        if sid in prep.fixed:
            continue
        starts = prep.starts.get(sid)
        if not starts:
            return prep.last_index + 1  # no evening possible at all: nothing to try
        earliest = max(earliest, starts[0] // DAY + prep.problem.rules.parent_evening_min_days_before)
    return earliest


def _place_events(prep: Prepared, occ: _Occupancy, evenings: list[Id], showcases: list[Id],
                  lessons: list, first_number: int, last_number: int, trial: dict[Id, int]) -> bool:
    rules = prep.problem.rules
    firsts = [trial[s.id] for s in lessons if (s.lesson_number or 0) == first_number]
    lasts = [trial[s.id] + prep.duration[s.id] for s in lessons if (s.lesson_number or 0) == last_number]
    for sid in evenings:
        if sid in prep.fixed:
            continue
        first_day = min(firsts) // DAY
        lo = max(prep.first_index, first_day - rules.parent_evening_max_days_before) * DAY
        hi_day = first_day - rules.parent_evening_min_days_before
        start = _first_fit(prep, occ, sid, lo, hi_day, latest_first=True, hi=min(firsts))
        if start is None:
            return False
        trial[sid] = start
        occ.add(sid, start)
    for sid in showcases:
        if sid in prep.fixed:
            continue
        last_day = max(lasts) // DAY
        lo = max(max(lasts), (last_day + rules.showcase_min_days_after) * DAY)
        start = _first_fit(prep, occ, sid, lo, last_day + rules.showcase_max_days_after)
        if start is None:
            return False
        trial[sid] = start
        occ.add(sid, start)
    return True


def place_alone(prep: Prepared, ids: Iterable[Id], sid: Id, placed: dict[Id, int]) -> int | None:
    """Earliest legal start for ``sid`` with every other session of ``ids`` kept at ``placed``
    (re-planning's first try: nothing else moves)."""
    rules = prep.problem.rules
    occ = _Occupancy(prep)
    for other in ids:
        if other != sid and other in placed:
            occ.add(other, placed[other])
    before = [(a, b, rules.min_gap_days, None, rules.max_gap_days) for a, b in prep.chains]
    before += [(a, b, rules.parent_evening_min_days_before, rules.parent_evening_max_days_before, None)
               for a, b in prep.before]
    before += [(a, b, rules.showcase_min_days_after, rules.showcase_max_days_after, None) for a, b in prep.after]
    links = [link for link in before if sid in link[:2] and (link[1] if link[0] == sid else link[0]) in placed]
    for start in prep.starts.get(sid, []):
        if not occ.fits(sid, start):
            continue
        ok = True
        for a, b, low, high, paused_high in links:
            xa = start if a == sid else placed[a]
            xb = start if b == sid else placed[b]
            gap = xb // DAY - xa // DAY
            if xb < xa + prep.duration[a] or gap < low or (high is not None and gap > high) or (
                    paused_high is not None and prep.paused_gap(sid, xa // DAY, xb // DAY) > paused_high):
                ok = False
                break
        if ok:
            return start
    return None


def improve_greedy(prep: Prepared, ids: list[Id], seconds: float, seed: int = 1,
                   max_trials: int | None = None, first: dict[Id, int] | None = None
                   ) -> tuple[dict[Id, int], list[Id]]:
    """Greedy with a better group order: hill-climbing on the order (move one group elsewhere),
    keeping the plan with the earliest series ends. Stops after ``seconds`` or ``max_trials``
    greedy runs; deterministic for a seed when the trial count, not the clock, stops it. ``first``: the
    plain greedy plan of ``ids`` when the caller made it already and no group failed (it is not made again)."""
    deadline = time.monotonic() + seconds
    sessions = prep.problem.sessions_by_id
    by_group: dict[Id, list[Id]] = defaultdict(list)
    for sid in ids:
        by_group[sessions[sid].group_id].append(sid)
    if first is not None:
        best, failed = {sid: first[sid] for sid in ids}, []
    else:
        best, failed = greedy_plan(prep, ids)
    groups = _tightest_first(prep, by_group)
    order = [g for g in groups if g not in failed] + [g for g in groups if g in failed]
    if failed:  # the order the plan below was made in: its first groups can then be copied
        best, failed = greedy_plan(prep, ids, group_order=order)
    best_cost = (len(failed), prep.cost(best, ids))
    rng = random.Random(seed)
    pairs = [(i, j) for i in range(len(order)) for j in range(len(order)) if i != j]
    trials = 0
    while len(order) > 1 and time.monotonic() < deadline and (max_trials is None or trials < max_trials):
        improved = False
        rng.shuffle(pairs)
        for i, j in pairs:
            if time.monotonic() >= deadline or (max_trials is not None and trials >= max_trials):
                break
            trials += 1
            trial = order[:]
            trial.insert(j, trial.pop(i))
            starts, missing = greedy_plan(prep, ids, group_order=trial, done=best, done_groups=min(i, j))
            cost = (len(missing), prep.cost(starts, ids))
            if cost < best_cost:
                best, failed, best_cost, order, improved = starts, missing, cost, trial, True
                break
        if not improved:
            break
    return best, failed
