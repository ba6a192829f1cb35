"""`wishdesk handouts` and `wishdesk lesson-plan` through wishdesk.cli.main, on a copy of the demo database."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.core.test_handout_service import family_rows, fonts_on_page, group_with, has_language, pages_with
from tests.printing.pdfcheck import page_text
from wishdesk import cli
from wishdesk.core.languages import CODES as SHEET_LANGUAGES
from wishdesk.core.opening import open_database
from wishdesk.core.services import handouts


@pytest.fixture
def run(monkeypatch, demo_db_path: Path):  # noqa: ANN001, ANN201
    monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "wishdesk.commands.handouts"))

    def wishdesk(*args: str) -> int:
        return cli.main([args[0], "--db", str(demo_db_path), *args[1:]])

    return wishdesk


@pytest.fixture
def db(demo_db_path: Path):  # noqa: ANN201
    database = open_database(demo_db_path)
    yield database
    database.close()


def test_one_group_a4_each_family_in_its_language(run, db, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    gid = group_with(db, has_language("ar"))
    out = tmp_path / "groep.pdf"
    assert run("handouts", "--group", str(gid), "--lesson", "2", "-o", str(out)) == 0
    families = family_rows(db, gid)
    reader = PdfReader(out)
    assert len(reader.pages) == len(families)
    for names, languages in families:
        (page,) = set.union(*(pages_with(reader, name) for name in names))
        assert any("Arabic" in f for f in fonts_on_page(reader, page)) == ("ar" in languages)
    printed = capsys.readouterr()
    assert f"{len(families)} bladen" in printed.out and "talen nl" in printed.out
    assert "nog niet nagekeken door een mens" in printed.err
    (row,) = handouts.list_deliveries(db, gid)
    assert row.sheet_count == len(families) and row.layout == "a4" and "ar" in row.languages


def test_a5_two_up_and_forced_language(run, db, tmp_path: Path) -> None:  # noqa: ANN001
    gid = group_with(db, lambda g: True)
    families = family_rows(db, gid)
    out = tmp_path / "a5.pdf"
    assert run("handouts", "--group", str(gid), "--lesson", "3", "-o", str(out), "--layout", "a5x2",
               "--lang", "PL") == 0
    reader = PdfReader(out)
    assert len(reader.pages) == len(families)  # a Polish A5 sheet does not fit one half at 8.5 pt: a page each
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape A4, two A5 sheets
    assert all("Zadanie domowe" in page_text(reader, i) for i in range(len(reader.pages)))  # Polish everywhere
    text = "\n".join(page_text(reader, i) for i in range(len(reader.pages)))
    assert all(name in text for names, _ in families for name in names)  # still personal
    (row,) = handouts.list_deliveries(db, gid)
    assert row.languages == ("pl",) and row.layout == "a5x2"


def test_generic_sheets(run, db, tmp_path: Path) -> None:  # noqa: ANN001
    gid = group_with(db, lambda g: True)
    out = tmp_path / "los.pdf"
    assert run("handouts", "--group", str(gid), "--lesson", "1", "--generic", "-o", str(out)) == 0
    reader = PdfReader(out)
    assert len(reader.pages) == len(SHEET_LANGUAGES)  # one loose sheet per language of the home activity
    assert "Voor de ouders van een leerling uit groep" in page_text(reader, 0)


def test_school_and_all_write_a_folder(run, db, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    school_groups = handouts.batch_group_ids(db, school_id=1)
    assert run("handouts", "--school", "1", "--lesson", "4", "-o", str(tmp_path / "school")) == 0
    assert len(list((tmp_path / "school").glob("*.pdf"))) == len(school_groups)
    assert f"{len(school_groups)} PDF-bestanden" in capsys.readouterr().out
    everyone = handouts.batch_group_ids(db)
    assert run("handouts", "--all", "--lesson", "4", "-o", str(tmp_path / "all"), "--quiet") == 0
    files = sorted((tmp_path / "all").glob("*.pdf"))
    assert len(files) == len(everyone) and all(" - les 4 - " in f.name for f in files)
    assert len(handouts.list_deliveries(db)) == len(school_groups) + len(everyone)


@pytest.mark.parametrize(("args", "message"), [
    (("--group", "1", "--lesson", "2", "-o", "uit.txt"), "eindigt op .pdf"),
    (("--group", "1", "--lesson", "12", "-o", "uit.pdf"), "Les 12 bestaat niet"),
    (("--group", "1", "--lesson", "2", "-o", "uit.pdf", "--lang", "xx"), "geen thuisopdracht in taal 'xx'"),
    (("--school", "1", "--lesson", "2", "-o", "uit.pdf"), "geef met -o een map"),
])
def test_user_errors_are_one_dutch_line(run, tmp_path: Path, monkeypatch, capsys, args, message) -> None:  # noqa: ANN001
    monkeypatch.chdir(tmp_path)
    assert run("handouts", *args) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("wishdesk: ") and message in err and "\n" not in err
    assert not list(tmp_path.glob("*.pdf"))


def test_help_documents_the_language_choice(run, capsys) -> None:  # noqa: ANN001
    with pytest.raises(SystemExit):
        run("handouts", "--help")
    text = capsys.readouterr().out
    assert "--lang" in text and "elk blad in taal XX" in text and "a5x2" in text


def test_lesson_plan_command(run, db, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    gid = group_with(db, lambda g: True)
    out = tmp_path / "plan.pdf"
    assert run("lesson-plan", "--group", str(gid), "--lesson", "5", "-o", str(out)) == 0
    text = page_text(PdfReader(out), 0)
    assert "Les 5" in text and "Lesverloop" in text
    assert "Lesplan les 5" in capsys.readouterr().out
    assert run("lesson-plan", "--group", str(gid), "-o", str(out)) == 1
    assert run("lesson-plan", "--session", "999999", "-o", str(out)) == 1


def test_a_trial_print_is_not_counted_in_the_report_and_a_real_one_is(run, db, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    from wishdesk.core.services import reports

    gid = group_with(db, lambda g: True)
    before = reports.municipality_report(db).totals
    assert run("handouts", "--group", str(gid), "--lesson", "3", "-o", str(tmp_path / "proef.pdf"), "--proef") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "Proefafdruk: niet vastgelegd voor de rapportage."
    assert handouts.list_deliveries(db, gid) == []
    assert reports.municipality_report(db).totals.handout_sets == before.handout_sets
    assert run("handouts", "--school", "1", "--lesson", "3", "-o", str(tmp_path / "proef"), "--trial", "--quiet") == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Proefafdruk: niet vastgelegd voor de rapportage."
    assert reports.municipality_report(db).totals.handout_sets == before.handout_sets

    assert run("handouts", "--group", str(gid), "--lesson", "3", "-o", str(tmp_path / "echt.pdf")) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Vastgelegd als uitgedeeld voor de rapportage."
    (row,) = handouts.list_deliveries(db, gid)
    assert row.lesson_number == 3
    # the sets count; the sheet total is a people count and may be hidden (small numbers) in the report
    assert reports.municipality_report(db).totals.handout_sets == before.handout_sets + 1


def test_one_sheet_and_one_page_are_singular(run, db, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    gid = group_with(db, lambda g: True)
    job = handouts.build_handouts(db, gid, 2, language="nl", generic=True)
    out = tmp_path / "los.pdf"
    assert run("handouts", "--group", str(gid), "--lesson", "2", "-o", str(out), "--lang", "nl", "--generic") == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == (f"1 blad (1 pagina) voor groep {job.group_name} van {job.school_name}, les 2, taal nl: {out}")


def test_batch_progress_names_each_group_once(run, db, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    from wishdesk.core.models import Group

    ids = handouts.batch_group_ids(db, school_id=1)
    with db.session() as s:
        names = [(s.get(Group, i).school.name, s.get(Group, i).name) for i in ids]
    assert run("handouts", "--school", "1", "--lesson", "4", "-o", str(tmp_path / "school"), "--proef") == 0
    captured = capsys.readouterr()
    progress = [line for line in captured.err.splitlines() if line.startswith("[")]
    assert progress == [f"[{n}/{len(ids)}] {school}, groep {group}" for n, (school, group) in enumerate(names, 1)]
    assert captured.out.splitlines()[0] == f"{len(ids)} PDF-bestanden met samen " + \
        f"{sum(handouts.build_handouts(db, i, 4).sheet_count for i in ids)} bladen in {tmp_path / 'school'}"
