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


def _session_rows(db):  # noqa: ANN001, ANN202
    from sqlalchemy import select

    from wishdesk.core.models import Session

    with db.session() as s:
        return {r.id: (r.status, r.date, r.start_time, r.end_time, r.version) for r in s.scalars(select(Session))}


def test_bulk_write_new_rows_with_their_moments_moved_rows_bump_version_and_undo_redo(demo_db) -> None:  # noqa: ANN001
    """The plan's bulk write: a group without lessons gets rows inserted planned; a lesson whose date is gone is
    updated with its version checked and bumped; undo puts both back (the new rows stay, unplanned), redo again."""
    from datetime import date

    from sqlalchemy import delete, func, select, update

    from wishdesk.core.models import Group, ParentEvent, Session, SessionChange
    from wishdesk.core.progress import drive
    from wishdesk.core.services import planning
    from wishdesk.core.services.planning_changes import reapply_changes, revert_changes

    summer = date(2026, 8, 1)
    assert drive(planning.plan_year(demo_db, today=summer, time_limit=2)).ok
    with demo_db.write() as s:
        s.execute(delete(SessionChange))
        fresh, other = s.scalars(select(Group.id).order_by(Group.id).limit(2)).all()
        s.execute(delete(Session).where(Session.group_id == fresh))
        s.execute(delete(ParentEvent).where(ParentEvent.group_id == fresh))
        moved = s.scalar(select(Session.id).where(Session.group_id == other).order_by(Session.id).limit(1))
        s.execute(update(Session).where(Session.group_id == other).values(status="unplanned", date=None,
                                                                          start_time=None, end_time=None))
    before = _session_rows(demo_db)
    outcome = drive(planning.plan_year(demo_db, today=summer, time_limit=2))
    after = _session_rows(demo_db)
    assert outcome.ok and outcome.planned > 0
    new_ids = set(after) - set(before)
    assert new_ids and all(after[i][0] == "planned" and after[i][1] is not None and after[i][4] == 1
                           for i in new_ids)
    assert after[moved][0] == "planned" and after[moved][4] == before[moved][4] + 1
    with demo_db.session() as s:
        assert s.scalar(select(func.count(SessionChange.id))) == len(
            [c for c in outcome.changes.items if c.audit_kind]) > len(new_ids)
        assert s.scalar(select(func.count(ParentEvent.id)).where(ParentEvent.group_id == fresh,
                                                                   ParentEvent.date.is_not(None))) == 2
    revert_changes(demo_db, outcome.changes)
    undone = _session_rows(demo_db)
    assert set(undone) == set(after)  # the created rows stay, without a date
    assert all(undone[i][:4] == ("unplanned", None, None, None) for i in new_ids)
    assert undone[moved][:4] == before[moved][:4]
    with demo_db.session() as s:
        assert s.scalar(select(func.count(SessionChange.id))) == 0
    reapply_changes(demo_db, outcome.changes)
    assert {k: v[:4] for k, v in _session_rows(demo_db).items()} == {k: v[:4] for k, v in after.items()}


def test_plan_command_turns_the_garbage_collector_back_on(demo_db_path: Path, capsys, monkeypatch) -> None:  # noqa: ANN001
    import gc

    monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "wishdesk.commands.planning"))
    assert cli.main(["plan", "--db", str(demo_db_path), "--year", "2026-2027", "--quiet"]) == 0
    assert gc.isenabled()
    assert cli.main(["plan", "--db", str(demo_db_path), "--year", "1999-2000", "--quiet"]) == 1  # no such year
    assert gc.isenabled() and "1999-2000" in capsys.readouterr().err
