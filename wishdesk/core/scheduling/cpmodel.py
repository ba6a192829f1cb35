"""CP-SAT model of one independent component (usually: one specialist and their schools).

One start variable per open session whose domain is the precomputed set of legal starts, a
day variable linked linearly (start = 1440 * day + minute), interval variables with NoOverlap
per specialist, teacher and group, travel time as "tail" intervals, a cumulative on the day
axis for the daily maximum, and the spacing rules between consecutive lessons (maximum gap
on the paused-day axis, through an element constraint).

Modes: ``plan`` (all hard, finish series early), ``replan`` (hard, except the maximum gap
which may stretch at a high price; fewest moved sessions) and ``relax`` (explanations: the
rules that can fail get slack and the model minimises the violations).
OR-Tools is imported lazily, inside functions.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from wishdesk.core.scheduling.prepare import DAY, Prepared, grid_unit
from wishdesk.core.scheduling.problem import Id, SessionKind

STRETCH_WEIGHT = 1000


@dataclass
class Violation:
    """A relaxed rule that had to give in ``relax``/``replan`` mode."""

    rule: str  # "max_gap", "min_gap", "parent_evening", "showcase", "max_per_day", "travel_time"
    amount: int
    session_ids: tuple[Id, ...] = ()
    person_id: Id | None = None


@dataclass
class SolveOutcome:
    status: str  # "optimal", "feasible", "infeasible", "unknown", "cancelled"
    starts: dict[Id, int] = field(default_factory=dict)
    violations: list[Violation] = field(default_factory=list)
    moved: list[Id] = field(default_factory=list)


def _improvements(cp):  # noqa: ANN001, ANN202 - cp_model is loaded lazily, so is the callback's base class
    """A solution callback that knows when the objective last got better (monotonic seconds)."""

    class Callback(cp.CpSolverSolutionCallback):
        def __init__(self) -> None:
            super().__init__()
            self.best: float | None = None
            self.last: float | None = None
            self.count = 0

        def on_solution_callback(self) -> None:
            self.count += 1
            value = self.objective_value
            if self.best is None or value < self.best - 1e-6:
                self.best, self.last = value, time.monotonic()

        def stalled_for(self) -> float:
            return 0.0 if self.last is None else time.monotonic() - self.last

    return Callback()


class ComponentModel:
    def __init__(self, prep: Prepared, session_ids: list[Id], mode: str = "plan",
                 previous: dict[Id, int] | None = None, hint: dict[Id, int] | None = None,
                 ignore_moves: tuple[Id, ...] = ()) -> None:
        from wishdesk.core.scheduling.cpsat import load_cp_model

        cp_model = load_cp_model()
        self.cp = cp_model
        self.prep, self.mode = prep, mode
        self.ids = list(session_ids)
        self.model = cp_model.CpModel()
        self.x: dict[Id, object] = {}
        self.d: dict[Id, object] = {}
        self.slacks: list[tuple[object, Violation]] = []
        self.moved: dict[Id, object] = {}
        self.cancelled = False
        self.hint: dict[Id, int] = {}
        self._block_groups: dict[tuple, list[Id]] = {}
        self._cores: dict[Id, object] = {}
        self._build(previous or {}, hint or {}, set(ignore_moves))

    # ------------------------------------------------------------------ variables
    def _build(self, previous: dict[Id, int], hint: dict[Id, int], ignore_moves: set[Id]) -> None:
        """Time is counted in grid units (``slot_minutes``, see ``grid_unit``). A session starting off the
        grid (a held lesson at 08:40, an evening at 19:10) keeps its offset and occupies the
        grid cells it touches, which is conservative."""
        prep, m = self.prep, self.model
        unit = self.unit = grid_unit(prep.problem)
        per_day = self.per_day = DAY // unit
        self.offset: dict[Id, int] = {}
        self.units: dict[Id, int] = {}
        for sid in self.ids:
            if sid in prep.fixed:
                start = prep.fixed[sid]
                self.offset[sid] = start % unit
                self.x[sid] = start // unit
                self.d[sid] = start // DAY
            else:
                starts = prep.starts[sid]
                offset = self.offset[sid] = starts[0] % unit if starts else 0
                values = [(v - offset) // unit for v in starts if v % unit == offset]
                if not values:
                    m.add_bool_or([])  # no legal moment at all: explain.py says why
                    values = [0]
                x, d = self._start_var(sid, values)
                rest = m.new_int_var(0, per_day - 1, f"r{sid}")
                m.add(x == per_day * d + rest)
                self.x[sid], self.d[sid] = x, d
                if sid in hint and (hint[sid] - offset) % unit == 0:
                    self.hint[sid] = hint[sid]
                    value = (hint[sid] - offset) // unit
                    m.add_hint(x, value)
                    m.add_hint(d, value // per_day)
                    m.add_hint(rest, value % per_day)
                if self.mode == "replan" and sid not in ignore_moves:
                    moved = m.new_bool_var(f"moved{sid}")
                    old = previous.get(sid)
                    if old is not None and old in prep.start_sets(sid):
                        m.add(x == (old - offset) // unit).only_enforce_if(~moved)
                        m.add_hint(moved, 0)
                    else:
                        m.add(moved == 1)
                    self.moved[sid] = moved
            self.units[sid] = -(-(self.offset[sid] + prep.duration[sid]) // unit)
        self._add_blocks()
        self._resources()
        self._spacing()
        self._objective()

    def _start_var(self, sid: Id, values: list[int]):
        """Start and day variables with plain bounds; the holes (closed days, hours outside the
        windows) become fixed 'blocked' intervals in a NoOverlap (see ``_add_blocks``).

        Domains with hundreds of holes made CP-SAT's presolve spend seconds on the spacing
        constraints; fixed intervals are what its scheduling propagators handle best. When two
        runs of starts are so close that a session could straddle them, the exact domain is
        kept instead."""
        m, cp, per_day = self.model, self.cp, self.per_day
        units = -(-(self.offset[sid] + self.prep.duration[sid]) // self.unit)
        runs: list[list[int]] = []
        for v in values:
            if runs and v == runs[-1][1] + 1:
                runs[-1][1] = v
            else:
                runs.append([v, v])
        exact = any(b[0] <= a[1] + units for a, b in zip(runs, runs[1:], strict=False))
        if exact:
            x = m.new_int_var_from_domain(cp.Domain.from_values(values), f"x{sid}")
        else:
            x = m.new_int_var(values[0], values[-1], f"x{sid}")
            prep = self.prep
            key = (units, prep.school[sid], prep.teacher[sid], prep.specialist[sid], tuple(map(tuple, runs)))
            self._block_groups.setdefault(key, []).append(sid)
        d = m.new_int_var(values[0] // per_day, values[-1] // per_day, f"d{sid}")
        return x, d

    def _add_blocks(self) -> None:
        """One NoOverlap per set of sessions with the same legal starts: their own intervals
        plus fixed intervals covering everything between the runs of legal starts. Sessions
        sharing legal starts share school, teacher and specialist, so they may not overlap
        each other anyway."""
        m = self.model
        for (units, *_, runs), members in self._block_groups.items():
            blocks = [
                m.new_fixed_size_interval_var(a[1] + units, b[0] - a[1] - units, "blocked")
                for a, b in zip(runs, runs[1:], strict=False)
            ]
            if blocks:
                m.add_no_overlap([*blocks, *(self._core(s) for s in members)])

    def _core(self, sid: Id):
        if sid not in self._cores:
            self._cores[sid] = self.model.new_fixed_size_interval_var(self.x[sid], self.units[sid], f"i{sid}")
        return self._cores[sid]

    def _after(self, a: Id, b: Id) -> None:
        """Session b starts after session a has ended (exact on the minute)."""
        gap = self.offset[a] + self.prep.duration[a] - self.offset[b]
        self.model.add(self.x[b] >= self.x[a] + -(-gap // self.unit))

    def _slack(self, rule: str, upper: int, session_ids: tuple[Id, ...] = (), person: Id | None = None):
        var = self.model.new_int_var(0, upper, f"slack_{rule}_{len(self.slacks)}")
        self.slacks.append((var, Violation(rule, 0, session_ids, person)))
        return var

    # ------------------------------------------------------------------ resources
    def _resources(self) -> None:
        prep, m = self.prep, self.model
        sessions = prep.problem.sessions_by_id
        core = {sid: self._core(sid) for sid in self.ids}
        by_specialist: dict[Id, list[Id]] = defaultdict(list)
        by_teacher: dict[Id, list[Id]] = defaultdict(list)
        by_group: dict[Id, list[Id]] = defaultdict(list)
        for sid in self.ids:
            if prep.specialist[sid] is not None:
                by_specialist[prep.specialist[sid]].append(sid)
            by_teacher[prep.teacher[sid]].append(sid)
            by_group[sessions[sid].group_id].append(sid)
        seen: set[frozenset] = set()
        for table in (by_specialist, by_teacher, by_group):
            for members in table.values():
                key = frozenset(members)
                if len(members) > 1 and key not in seen:
                    seen.add(key)
                    m.add_no_overlap([core[s] for s in members])
        for specialist, members in by_specialist.items():
            self._travel(specialist, members, core)
            lessons = [s for s in members if sessions[s].kind == SessionKind.LESSON]
            days = [m.new_fixed_size_interval_var(self.d[s], 1, f"day{s}") for s in lessons]
            capacity = prep.problem.max_per_day(specialist)
            if self.mode == "relax":
                capacity = capacity + self._slack("max_per_day", len(lessons), person=specialist)
            if days:
                m.add_cumulative(days, [1] * len(days), capacity)

    def _travel(self, specialist: Id, members: list[Id], core: dict) -> None:
        """Sessions at different schools need travel time between them.

        For school A and travel time t, the 'tails' [end, end + t) of A's sessions may not
        overlap the sessions at the other schools that are t minutes away. Tails of A are
        disjoint themselves when t <= A's shortest session, so one NoOverlap suffices; else
        one NoOverlap per session keeps the rule exact."""
        prep, m = self.prep, self.model
        by_school: dict[Id, list[Id]] = defaultdict(list)
        for sid in members:
            by_school[prep.school[sid]].append(sid)
        if len(by_school) < 2:
            return
        present = None
        if self.mode == "relax":
            present = m.new_bool_var(f"travel{specialist}")
            off = self._slack("travel_time", 1, person=specialist)
            m.add(off + present == 1)
        for school, own in by_school.items():
            by_travel: dict[int, list[Id]] = defaultdict(list)
            for other, theirs in by_school.items():
                t = -(-prep.problem.travel(school, other) // self.unit) if other != school else 0
                if t > 0:
                    by_travel[t].extend(theirs)
            for t, theirs in by_travel.items():
                tails = []
                for sid in own:
                    start = self.x[sid] + self.units[sid]
                    if present is None:
                        tails.append(m.new_fixed_size_interval_var(start, t, f"tail{sid}_{t}"))
                    else:
                        tails.append(m.new_optional_fixed_size_interval_var(start, t, present, f"tail{sid}_{t}"))
                others = [core[s] for s in theirs]
                if t <= min(self.units[s] for s in own):
                    m.add_no_overlap(tails + others)
                else:
                    for tail in tails:
                        m.add_no_overlap([tail, *others])

    # ------------------------------------------------------------------ spacing
    def _paused(self, sid: Id):
        """The session's day on the paused axis (school holidays not counted).

        Between two holidays the paused index is ``day - holiday days so far``: one boolean per
        holiday-free stretch the session may fall in keeps this linear (an element constraint
        over all days made presolve expand a full value encoding)."""
        prep = self.prep
        counts = prep.paused[prep.school[sid]]
        if sid in prep.fixed:
            return counts[self.d[sid]]
        if not hasattr(self, "_e"):
            self._e: dict[Id, object] = {}
        if sid not in self._e:
            segments: dict[int, list[int]] = defaultdict(list)
            for day in prep.days_of(sid):
                segments[day - counts[day]].append(day)  # holiday days before ``day``
            if len(segments) == 1:
                (offset,) = segments
                self._e[sid] = self.d[sid] - offset
            else:
                picks = []
                for offset, days in segments.items():
                    pick = self.model.new_bool_var(f"seg{sid}_{offset}")
                    if sid in self.hint:
                        self.model.add_hint(pick, days[0] <= self.hint[sid] // DAY <= days[-1])
                    self.model.add(self.d[sid] >= days[0]).only_enforce_if(pick)
                    self.model.add(self.d[sid] <= days[-1]).only_enforce_if(pick)
                    picks.append((offset, pick))
                self.model.add_exactly_one(pick for _, pick in picks)
                self._e[sid] = self.d[sid] - sum(offset * pick for offset, pick in picks)
        return self._e[sid]

    def _spacing(self) -> None:
        prep, m, rules = self.prep, self.model, self.prep.problem.rules
        inside = set(self.ids)
        relax = self.mode == "relax"
        horizon = prep.ndays
        for a, b in prep.chains:
            if a not in inside or (a in prep.fixed and b in prep.fixed):
                continue
            self._after(a, b)
            gap = self.d[b] - self.d[a]
            if relax:
                m.add(gap + self._slack("min_gap", rules.min_gap_days, (a, b)) >= rules.min_gap_days)
            else:
                m.add(gap >= rules.min_gap_days)
            paused_gap = self._paused(b) - self._paused(a)
            if self.mode in ("relax", "replan"):
                m.add(paused_gap - self._slack("max_gap", horizon, (a, b)) <= rules.max_gap_days)
            else:
                m.add(paused_gap <= rules.max_gap_days)
        windows = [
            (prep.before, "parent_evening", rules.parent_evening_min_days_before,
             rules.parent_evening_max_days_before),
            (prep.after, "showcase", rules.showcase_min_days_after, rules.showcase_max_days_after),
        ]
        for pairs, rule, low, high in windows:
            for a, b in pairs:
                if a not in inside or (a in prep.fixed and b in prep.fixed):
                    continue
                self._after(a, b)
                gap = self.d[b] - self.d[a]
                if relax:
                    m.add(gap + self._slack(rule, low, (a, b)) >= low)
                    m.add(gap - self._slack(rule, horizon, (a, b)) <= high)
                else:
                    m.add(gap >= low)
                    m.add(gap <= high)

    # ------------------------------------------------------------------ objective
    def _objective(self) -> None:
        prep = self.prep
        sessions = prep.problem.sessions_by_id
        slack = sum(var for var, _ in self.slacks)
        if self.mode == "relax":
            self.model.minimize(slack)
        elif self.mode == "replan":
            self.model.minimize(STRETCH_WEIGHT * slack + sum(self.moved.values()))
        else:
            # Finish every series early (leaves room for cancellations late in the year).
            lasts = prep.series_ends()
            ends = [self.d[s] for s in self.ids if s in lasts and s not in prep.fixed]
            if not ends:
                ends = [self.d[s] for s in self.ids
                        if s not in prep.fixed and sessions[s].kind == SessionKind.LESSON]
            if ends:
                self.model.minimize(sum(ends))

    # ------------------------------------------------------------------ solve
    def solve(self, time_limit: float, workers: int = 2,
              cancel: Callable[[], bool] | None = None, patience: float | None = None) -> SolveOutcome:
        """Solve within ``time_limit`` seconds. With ``patience``, stop as soon as that many seconds
        passed without a better solution: on these models CP-SAT finds nearly all of its gain in the
        first few hundred milliseconds and then spends seconds for a fraction of a percent."""
        solver = self.cp.CpSolver()
        solver.parameters.max_time_in_seconds = max(0.05, time_limit)
        solver.parameters.num_workers = workers
        solver.parameters.random_seed = 7
        # Probing in presolve took most of a one-second budget on these models and found little.
        solver.parameters.cp_model_probing_level = 0
        progress = _improvements(self.cp)
        done = threading.Event()
        watcher = None
        if cancel is not None or patience is not None:
            def watch() -> None:
                while not done.wait(0.02):
                    if cancel is not None and cancel():
                        self.cancelled = True
                        solver.stop_search()
                        return
                    if patience is not None and progress.stalled_for() > patience:
                        solver.stop_search()
                        return
            watcher = threading.Thread(target=watch, daemon=True)
            watcher.start()
        try:
            code = solver.solve(self.model, progress)
        finally:
            done.set()
            if watcher is not None:
                watcher.join()
        self.solutions = progress.count
        cp = self.cp
        if code not in (cp.OPTIMAL, cp.FEASIBLE):
            status = "infeasible" if code == cp.INFEASIBLE else "unknown"
            return SolveOutcome("cancelled" if self.cancelled else status)
        outcome = SolveOutcome("optimal" if code == cp.OPTIMAL else "feasible")
        outcome.starts = {
            sid: self.prep.fixed[sid] if sid in self.prep.fixed
            else int(solver.value(x)) * self.unit + self.offset[sid]
            for sid, x in self.x.items()
        }
        for var, template in self.slacks:
            amount = int(solver.value(var))
            if amount:
                outcome.violations.append(Violation(template.rule, amount, template.session_ids, template.person_id))
        outcome.moved = [sid for sid, var in self.moved.items() if solver.value(var)]
        if self.cancelled:
            outcome.status = "cancelled"
        return outcome
