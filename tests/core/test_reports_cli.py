"""`wishdesk report` through wishdesk.cli.main, on a copy of the demo database with some lessons held."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from tests.core.test_reports import TODAY, assert_no_names, every_name, make_activity
from tests.printing.pdfcheck import page_text
from wishdesk import cli
from wishdesk.core.models import School
from wishdesk.core.opening import open_database


@pytest.fixture
def db_path(demo_db_path: Path) -> Path:
    db = open_database(demo_db_path)
    make_activity(db)
    db.close()
    return demo_db_path


@pytest.fixture
def run(monkeypatch, db_path: Path):  # noqa: ANN001, ANN201
    monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "wishdesk.commands.reports"))

    def wishdesk(*args: str) -> int:
        return cli.main(["report", "--db", str(db_path), "--on", TODAY.isoformat(), *args])

    return wishdesk


@pytest.fixture
def names(db_path: Path) -> set[str]:
    db = open_database(db_path)
    try:
        return every_name(db)
    finally:
        db.close()


def test_json_to_stdout(run, names, capsys) -> None:  # noqa: ANN001
    assert run("--json", "--year", "2026-2027") == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    key = {r["label"]: r["values"][0] for r in data["tables"][0]["rows"]}
    assert data["year"] == "2026-2027" and key["Groepen met minstens één gegeven les"] == 6
    assert key["Retourstrookjes: gedaan"] is None  # nothing came back yet: 0 is hidden too (null)
    for table in data["tables"]:
        assert set(table) == {"title", "columns", "rows", "total"}
        assert all(set(row) == {"label", "values"} and len(row["values"]) == len(table["columns"])
                   for row in table["rows"])
    assert_no_names(out, names)


def test_text_summary_and_one_school(run, db_path, capsys) -> None:  # noqa: ANN001
    assert run() == 0
    out = capsys.readouterr().out
    assert "Leerlingen bereikt" in out and "Per school" in out and "Totaal" in out
    first = json.loads(_json(run, capsys))["tables"][1]["rows"][0]["label"]
    db = open_database(db_path)
    with db.session() as s:
        school_id = s.scalar(select(School.id).where(School.name == first))
    db.close()
    assert run("--school", str(school_id), "--json") == 0
    one = json.loads(capsys.readouterr().out)
    assert one["school_id"] == school_id and [r["label"] for r in one["tables"][1]["rows"]] == [first]
    assert one["tables"][1]["total"] is None


def _json(run, capsys) -> str:  # noqa: ANN001
    assert run("--json") == 0
    return capsys.readouterr().out


def test_pdf_and_excel_files(run, names, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    pdf = tmp_path / "rapportage.pdf"
    assert run("-o", str(pdf)) == 0
    assert "pagina's" in capsys.readouterr().out
    reader = PdfReader(pdf)
    text = "\n".join(page_text(reader, i) for i in range(len(reader.pages)))
    assert "WIsH-rapportage" in text and "Per school" in text
    assert_no_names(text, names)
    xlsx = tmp_path / "rapportage.xlsx"
    assert run("-o", str(xlsx)) == 0
    assert load_workbook(xlsx).sheetnames == ["Kerncijfers", "Per school", "Welbevinden per vraag",
                                              "Welbevinden per school", "Duo", "Toelichting"]


def test_user_errors_are_one_line(run, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    assert run("-o", str(tmp_path / "rapportage.docx")) == 1
    assert ".pdf of .xlsx" in capsys.readouterr().err
    assert run("--school", "9999") == 1
    assert "School 9999 bestaat niet" in capsys.readouterr().err
    assert run("--year", "2030-2031") == 1
    assert "2030-2031" in capsys.readouterr().err
    assert run("--year", "volgend jaar") == 1
    assert "geen schooljaar" in capsys.readouterr().err
