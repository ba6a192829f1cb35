"""The default (fast) plan of issue 19: greedy and group-order search without CP-SAT, optionally in forked
processes; CP-SAT only with `plan --grondig`. Timings are in benchmarks/run_all.py, not here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from wishdesk import cli
from wishdesk.core.scheduling import solver, synthetic
from wishdesk.core.scheduling.conflicts import find_conflicts
from wishdesk.core.scheduling.problem import RuleCode


def _drive(steps):  # noqa: ANN001, ANN202
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value


@pytest.fixture(scope="module")
def town():  # noqa: ANN201 - Problem
    return synthetic.municipality(schools=10, groups=16, specialists=3)


def test_fast_plan_has_no_conflicts_and_processes_give_the_same_plan(town) -> None:  # noqa: ANN001
    # A generous limit: the trial cap, not the clock, ends each order search, so both runs are deterministic.
    alone = _drive(solver.plan_steps(town, 60.0, use_cp=False))
    forked = _drive(solver.plan_steps(town, 60.0, use_cp=False, processes=2))
    assert alone.ok and not alone.unplanned and not alone.notes
    assert [c for c in find_conflicts(town, alone.assignments) if c.rule != RuleCode.UNPLANNED] == []
    assert {k: a.start for k, a in forked.assignments.items()} == {k: a.start for k, a in alone.assignments.items()}


def test_order_search_is_no_worse_than_plain_greedy(town) -> None:  # noqa: ANN001
    from wishdesk.core.scheduling.prepare import prepare

    prep = prepare(town)
    ids = [s.id for s in town.sessions]
    plain = _drive(solver.plan_steps(town, 60.0, use_cp=False, order_trials=0))
    searched = _drive(solver.plan_steps(town, 60.0, use_cp=False))
    cost = lambda result: prep.cost({k: prep.to_minute(a.start) for k, a in result.assignments.items()}, ids)  # noqa: E731
    assert cost(searched) <= cost(plain)


def test_fast_plan_does_not_load_or_tools() -> None:
    code = ("import sys\n"
            "from wishdesk.core.scheduling import solver, synthetic\n"
            "p = synthetic.municipality(schools=6, groups=8, specialists=2)\n"
            "r = solver.plan(p, 30.0, use_cp=False)\n"
            "assert r.ok, r\n"
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith('ortools'))))\n").replace(
        "import sys\n", "import sys, json\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []


def test_plan_grondig_uses_cp_sat_and_plans_everything(demo_db_path: Path, capsys, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "wishdesk.commands.planning"))
    code = cli.main(["plan", "--db", str(demo_db_path), "--year", "2026-2027", "--all", "--grondig",
                     "--time-limit", "2", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["ok"] and data["not_planned"] == 0
    assert "ortools.sat.python.cp_model" in sys.modules
