"""The command line on the encrypted demo: a teacher signed in (--user) reaches only their own school's pupils.

Attack, as the teacher: every command that shows or changes pupils or their families is pointed at another
school's group or pupil. Each refuses with exit 1 and one Dutch line, and nothing is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wishdesk.cli import main
from wishdesk.core import access
from wishdesk.core.security import keyfile


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WISHDESK_KDF", "fast")
    monkeypatch.setenv("WISHDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("WISHDESK_PASSWORD", "demo")
    monkeypatch.delenv("WISHDESK_USER", raising=False)
    yield
    keyfile.forget_all()


def _json(capsys, *args: str) -> object:  # noqa: ANN001
    capsys.readouterr()
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import os

    os.environ["WISHDESK_KDF"] = "fast"
    path = tmp_path_factory.mktemp("scope-demo") / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--schools", "3", "--no-plan"]) == 0
    keyfile.forget_all()
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    import shutil

    for file in demo_template.parent.glob("demo.sqlite*"):
        shutil.copyfile(file, tmp_path / file.name)
    return tmp_path / "demo.sqlite"


@pytest.fixture
def cast(demo: Path, capsys) -> dict:  # noqa: ANN001
    """As the programme coordinator (the default account): a teacher, their school and another school."""
    db = str(demo)
    staff = _json(capsys, "list", "staff", "--db", db, "--json")
    groups = _json(capsys, "list", "groups", "--db", db, "--json")
    teacher = next(p for p in staff if p["roles"] == ["teacher"])
    own = next(g for g in groups if teacher["name"] in g["teachers"])
    other = next(g for g in groups if g["school_id"] != own["school_id"])
    own_pupil = _json(capsys, "list", "pupils", "--db", db, "--group", str(own["id"]), "--json")[0]
    other_pupil = _json(capsys, "list", "pupils", "--db", db, "--group", str(other["id"]), "--json")[0]
    return {"db": db, "teacher": str(teacher["id"]), "own": own, "other": other, "own_pupil": own_pupil["id"],
            "other_pupil": other_pupil["id"], "schools": {g["school_id"] for g in groups},
            "own_groups": sum(1 for g in groups if g["school_id"] == own["school_id"]), "all_groups": len(groups)}


def _refused(capsys, *args: str) -> str:  # noqa: ANN001
    capsys.readouterr()
    assert main(list(args)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Traceback" not in err[0], err
    return err[0]


def test_a_teacher_lists_only_their_own_school(cast: dict, capsys) -> None:  # noqa: ANN001
    me, db = cast["teacher"], cast["db"]
    schools = _json(capsys, "--user", me, "list", "schools", "--db", db, "--json")
    groups = _json(capsys, "--user", me, "list", "groups", "--db", db, "--json")
    assert {s["id"] for s in schools} == {cast["own"]["school_id"]} and len(cast["schools"]) == 3
    assert {g["school_id"] for g in groups} == {cast["own"]["school_id"]}
    assert _json(capsys, "--user", me, "list", "pupils", "--db", db, "--group", str(cast["own"]["id"]), "--json")


def test_every_command_refuses_another_schools_pupils_to_a_teacher(cast: dict, capsys, tmp_path: Path) -> None:  # noqa: ANN001
    me, db, other = cast["teacher"], cast["db"], str(cast["other"]["id"])
    before = _json(capsys, "list", "pupils", "--db", db, "--group", other, "--json")
    class_list = tmp_path / "lijst.csv"
    class_list.write_text("voornaam;jongen/meisje\nIndringer;jongen\n", encoding="utf-8")
    lines = [
        _refused(capsys, "--user", me, "list", "pupils", "--db", db, "--group", other),
        _refused(capsys, "--user", me, "family-export", "--db", db, "--pupil", str(cast["other_pupil"]),
                 "-o", str(tmp_path / "gezin.json")),
        _refused(capsys, "--user", me, "import-pupils", "--db", db, "--group", other, str(class_list)),
        _refused(capsys, "--user", me, "import-pupils", "--db", db, "--group", other, str(class_list), "--dry-run"),
        _refused(capsys, "--user", me, "handouts", "--db", db, "--group", other, "--lesson", "1",
                 "-o", str(tmp_path / "bladen.pdf")),
        _refused(capsys, "--user", me, "invitations", "--db", db, "--group", other, "-o", str(tmp_path / "u.pdf")),
    ]
    assert set(lines) <= {"wishdesk: " + access.NOT_YOUR_GROUP, "wishdesk: " + access.NOT_YOUR_PUPIL,
                          access.NOT_YOUR_GROUP, access.NOT_YOUR_PUPIL}, lines
    assert not (tmp_path / "gezin.json").exists() and not (tmp_path / "bladen.pdf").exists()
    assert _json(capsys, "list", "pupils", "--db", db, "--group", other, "--json") == before  # nothing imported


def test_a_teacher_prints_all_handouts_only_for_their_school(cast: dict, capsys, tmp_path: Path) -> None:  # noqa: ANN001
    folder = tmp_path / "map"
    capsys.readouterr()
    assert main(["--user", cast["teacher"], "handouts", "--db", cast["db"], "--all", "--lesson", "1",
                 "-o", str(folder), "--proef", "--quiet"]) == 0
    made = sorted(p.name for p in folder.glob("*.pdf"))
    assert len(made) == cast["own_groups"] < cast["all_groups"], made


def test_a_teacher_does_not_plan_and_a_coordinator_does(cast: dict, capsys) -> None:  # noqa: ANN001
    line = _refused(capsys, "--user", cast["teacher"], "plan", "--db", cast["db"], "--quiet")
    assert "programmacoördinator" in line


def test_a_teacher_exports_their_own_pupils_family(cast: dict, capsys, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "gezin.json"
    assert main(["--user", cast["teacher"], "family-export", "--db", cast["db"], "--pupil", str(cast["own_pupil"]),
                 "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["school_name"] == cast["own"]["school"]
