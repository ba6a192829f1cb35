"""`wishdesk plan`, `conflicts`, `ics` and `holidays-import`: exit codes and Dutch messages."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from wishdesk import cli
from wishdesk.core.ics_export import ics_to_events
from wishdesk.core.models import Group, School, Session
from wishdesk.core.opening import open_database

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "calendar" / "schoolvakanties_2030-2031_voorbeeld.json"


@pytest.fixture(autouse=True)
def planning_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "wishdesk.commands.planning"))


def run(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _edit(path: Path, change) -> None:  # noqa: ANN001
    db = open_database(path)
    try:
        with db.write() as s:
            change(s)
    finally:
        db.close()


def test_plan_then_no_conflicts_then_a_conflict(demo_db_path: Path, capsys) -> None:  # noqa: ANN001
    code, out, err = run(capsys, "plan", "--db", str(demo_db_path), "--year", "2026-2027", "--all",
                         "--time-limit", "1.5", "--json")
    data = json.loads(out)
    assert code == 0 and data["ok"] and data["planned"] > 0 and data["year"] == "2026-2027"
    assert "changes" not in data and err == ""
    code, out, _ = run(capsys, "conflicts", "--db", str(demo_db_path), "--year", "2026-2027")
    assert code == 0 and "Geen conflicten" in out

    def clash(s) -> None:  # noqa: ANN001 - two lessons of one specialist at the same moment
        first, second = s.scalars(select(Session).where(Session.status == "planned").order_by(Session.id)).all()[:2]
        second.date, second.start_time, second.end_time = first.date, first.start_time, first.end_time

    _edit(demo_db_path, clash)
    code, out, err = run(capsys, "conflicts", "--db", str(demo_db_path), "--year", "2026-2027")
    assert code == 1 and "tegelijk" in out and "conflict" in err
    code, out, _ = run(capsys, "conflicts", "--db", str(demo_db_path), "--year", "2026-2027", "--json")
    rows = json.loads(out)
    assert code == 1 and "specialist_double_booked" in {r["rule"] for r in rows}
    assert rows[0]["schools"] and rows[0]["session_ids"]


def test_plan_explains_why_not(demo_db_path: Path, capsys) -> None:  # noqa: ANN001
    def no_lesson_times(s) -> None:  # noqa: ANN001
        for school in s.scalars(select(School)):
            for window in list(school.lesson_windows):
                s.delete(window)

    _edit(demo_db_path, no_lesson_times)
    code, out, err = run(capsys, "plan", "--db", str(demo_db_path), "--year", "2026-2027", "--time-limit", "1",
                         "--quiet")
    assert code == 1
    assert "0 lesmomenten nieuw gepland" in out
    assert err.startswith("wishdesk: ") and "lestijd" in err


def test_ics_for_everything_and_for_one_person(demo_db_path: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    assert run(capsys, "plan", "--db", str(demo_db_path), "--year", "2026-2027", "--time-limit", "1",
               "--quiet")[0] == 0
    target = tmp_path / "alles.ics"
    code, out, _ = run(capsys, "ics", "--db", str(demo_db_path), "--year", "2026-2027", "-o", str(target))
    everything = ics_to_events(target.read_bytes())
    assert code == 0 and f"{len(everything)} afspraken" in out and everything
    db = open_database(demo_db_path)
    with db.session() as s:
        teacher_id = s.scalar(select(Group).order_by(Group.id)).teachers[0].id
    db.close()
    mine = tmp_path / "leerkracht.ics"
    assert run(capsys, "ics", "--db", str(demo_db_path), "--person", str(teacher_id), "-o", str(mine))[0] == 0
    events = ics_to_events(mine.read_bytes())
    assert 0 < len(events) < len(everything) and all(e.teacher.id == str(teacher_id) for e in events)
    assert all(isinstance(e.start, datetime) for e in events)
    code, _, err = run(capsys, "ics", "--db", str(demo_db_path), "-o", str(tmp_path / "agenda.txt"))
    assert code == 1 and ".ics" in err
    code, _, err = run(capsys, "ics", "--db", str(demo_db_path), "--person", "99999", "-o", str(mine))
    assert code == 1 and "bestaat niet" in err


def test_holidays_import(demo_db_path: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    code, _, err = run(capsys, "holidays-import", "--db", str(demo_db_path), str(EXAMPLE))
    assert code == 1 and "geen vakanties" in err  # the demo only has 2026-2027

    def add_year(s) -> None:  # noqa: ANN001
        from wishdesk.core.services.years import create_school_year

        create_school_year(s, 2030)

    _edit(demo_db_path, add_year)
    code, out, _ = run(capsys, "holidays-import", "--db", str(demo_db_path), str(EXAMPLE))
    assert code == 0 and "2030-2031" in out and "toegevoegd" in out
    broken = tmp_path / "kapot.json"
    broken.write_text("{ dit is geen json", encoding="utf-8")
    code, _, err = run(capsys, "holidays-import", "--db", str(demo_db_path), str(broken))
    assert code == 1 and "JSON" in err and "\n" == err[-1] and err.count("\n") == 1
    code, _, err = run(capsys, "holidays-import", "--db", str(demo_db_path), str(tmp_path / "weg.json"))
    assert code == 1 and "bestaat niet" in err


def test_plan_progress_is_one_line_per_step(demo_db_path: Path, capsys) -> None:  # noqa: ANN001
    code, out, err = run(capsys, "plan", "--db", str(demo_db_path), "--year", "2026-2027", "--time-limit", "1")
    lines = err.splitlines()
    assert code == 0 and out.startswith("Schooljaar 2026-2027: ")
    assert lines[0] == "[  0%] Scholen, groepen en agenda's ophalen…"
    assert lines[-2:] == ["[ 92%] De planning opslaan…", "[100%] Klaar"]
    assert len(lines) == len(set(lines)) and all(line.startswith("[") for line in lines)
