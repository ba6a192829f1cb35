"""Class-list import into a real group: preview writes nothing, apply is one transaction after a backup,
undo/redo keep ids, the CLI prints the same report, and no byte sequence crashes or writes anything."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from wishdesk import cli
from wishdesk.core.errors import ValidationError, WishDeskError
from wishdesk.core.models import Guardian, Pupil
from wishdesk.core.services import (
    pupil_import,
    setup_groups,
    setup_guardians,
    setup_pupils,
    setup_schools,
    setup_years,
)

PARNASSYS = (
    "\ufeffKlassenlijst groep 6X;;;;;;\nGeëxporteerd uit ParnasSys;;;;;;\n\n"
    "Roepnaam;Achternaam;Groep;Geslacht;BSN;Taal ouders;Contactvoorkeur\n"
    "Zoë;de Vries;6X;V;123456782;Nederlands;Ouderportaal\n"
    "  Daan ;van Dijk; Groep 6X ;M;987654321;Turks ;papier\n"
    "Mila;Jansen;6X;V;;Arabisch;e-mail\n"
    "mila;Jansen;6X;V;;;\n"
    "Lotte;Bakker;6Y;V;;;\n"
    ";Peters;6X;M;;;\n"
    "Sem;de Jong;6X;;;;\n"
).encode()

PARNASSYS_REPORT = """\
Klassenlijst 'parnassys.csv' (CSV, UTF-8 met BOM, scheidingsteken puntkomma, kopregel op regel 4)
Groep: 6X
Gebruikte kolommen: Roepnaam → voornaam; Groep → groep; Geslacht → jongen/meisje; Taal ouders → taal ouders; \
Contactvoorkeur → contactvoorkeur ouders
Genegeerde kolommen (niet ingelezen):
  - Achternaam: achternaam: niet opgeslagen; alleen gebruikt om kinderen met dezelfde voornaam uit elkaar te houden (privacy)
  - BSN: burgerservicenummer of ander persoonsnummer: wordt nooit opgeslagen (privacy)
regel 5: nieuw — Zoë (meisjes; ouder: Nederlands, ouderportaal)
regel 6: bijwerken — Daan: ouder taal: Nederlands → Turks; ouder contact: ouderportaal → papier
regel 7: nieuw — Mila (meisjes; ouder: Arabisch, e-mail)
regel 8: afgewezen — mila: dubbel in bestand, zie regel 7
regel 9: afgewezen — Lotte: hoort bij groep '6Y', niet bij groep '6X'
regel 10: afgewezen: voornaam ontbreekt
regel 11: ongewijzigd — Sem
Niet in het bestand (blijven in de groep): Noor
Totaal: 2 nieuw, 1 bijwerken, 1 ongewijzigd, 3 afgewezen."""


ESIS_REPORT = """\
Klassenlijst 'esis.xlsx' (Excel, werkblad 'Leerlingen', kopregel op regel 3)
Groep: 6X
Gebruikte kolommen: Voornaam → voornaam; Jongen/Meisje → jongen/meisje; Naam ouder 1 → naam ouder 1; \
Taal ouder 1 → taal ouder 1; Naam ouder 2 → naam ouder 2
Genegeerde kolommen (niet ingelezen):
  - Achternaam: achternaam: niet opgeslagen; alleen gebruikt om kinderen met dezelfde voornaam uit elkaar te houden (privacy)
regel 4: nieuw — Yusuf (jongens; ouder 1: Hatice, Turks; ouder 2: Mehmet)
regel 5: bijwerken — Sem: jongen/meisje: leeg → jongens
regel 6: afgewezen: voornaam lijkt een e-mailadres of nummer; alleen een voornaam of pseudoniem is toegestaan \
(privacy)
Niet in het bestand (blijven in de groep): Daan, Noor
Totaal: 1 nieuw, 1 bijwerken, 0 ongewijzigd, 1 afgewezen."""


@pytest.fixture
def group(demo_db):  # noqa: ANN001, ANN201
    """Group 6X with Daan (boys, one Dutch guardian on the parent platform), Sem and Noor."""
    school = setup_schools.list_schools(demo_db)[0]
    year = setup_years.list_years(demo_db)[0]
    made = setup_groups.create_group(demo_db, setup_groups.GroupData(school.id, year.id, "6X"))
    daan = setup_pupils.create_pupil(demo_db, made.id, setup_pupils.PupilData("Daan", "boys"))
    setup_guardians.add_guardian(demo_db, daan.id, setup_pupils.GuardianData(None, "nl", "platform"))
    setup_pupils.create_pupil(demo_db, made.id, setup_pupils.PupilData("Sem"))
    setup_pupils.create_pupil(demo_db, made.id, setup_pupils.PupilData("Noor", "girls"))
    return made


def _state(db) -> tuple:  # noqa: ANN001
    """Everything an import could touch, to prove that nothing changed."""
    with db.session() as s:
        pupils = sorted(s.execute(select(Pupil.id, Pupil.group_id, Pupil.first_name, Pupil.subgroup)).all())
        guardians = sorted(s.execute(select(Guardian.id, Guardian.name, Guardian.language,
                                            Guardian.contact_preference)).all())
    return tuple(pupils), tuple(guardians)


def test_messy_parnassys_export_exact_report_and_refusal(demo_db, group) -> None:  # noqa: ANN001
    before = _state(demo_db)
    preview = pupil_import.preview_import(demo_db, group.id, PARNASSYS, "parnassys.csv")
    assert preview.report == PARNASSYS_REPORT
    # 2 new, 1 update, and unchanged Sem whose surname gives him his match key (written, not shown)
    assert (preview.rejected, preview.to_write) == (3, 4)
    assert not preview.can_apply(False) and preview.can_apply(True)
    with pytest.raises(ValidationError, match="3 regels zijn afgewezen; er is niets geïmporteerd"):
        pupil_import.apply_import(demo_db, preview)
    assert _state(demo_db) == before


def test_skip_invalid_writes_in_one_go_after_backup(demo_db, group, tmp_path: Path) -> None:  # noqa: ANN001
    preview = pupil_import.preview_import(demo_db, group.id, PARNASSYS, "parnassys.csv")
    result = pupil_import.apply_import(demo_db, preview, skip_invalid=True, backup_dir=tmp_path / "bk")
    assert (result.created, result.updated, result.unchanged, result.skipped) == (2, 1, 1, 3)
    assert result.summary() == "2 nieuw, 1 bijgewerkt, 1 ongewijzigd, 3 afgewezen regels overgeslagen."
    assert result.backup is not None and result.backup.parent == tmp_path / "bk" and result.backup.exists()
    pupils = {p.first_name: p for p in setup_pupils.list_pupils(demo_db, group.id)}
    assert set(pupils) == {"Daan", "Mila", "Noor", "Sem", "Zoë"}
    assert [(g.data.language, g.data.contact_preference) for g in pupils["Daan"].guardians] == [("tr", "paper")]
    assert [(g.data.language, g.data.contact_preference) for g in pupils["Mila"].guardians] == [("ar", "email")]
    assert pupils["Zoë"].data.subgroup == "girls"
    again = pupil_import.preview_import(demo_db, group.id, PARNASSYS, "parnassys.csv")
    assert again.plan.counts == {"new": 0, "update": 0, "unchanged": 4, "rejected": 3}


def test_undo_and_redo_of_an_import_keep_ids(demo_db, group, tmp_path: Path) -> None:  # noqa: ANN001
    before = _state(demo_db)
    preview = pupil_import.preview_import(demo_db, group.id, PARNASSYS, "parnassys.csv")
    result = pupil_import.apply_import(demo_db, preview, skip_invalid=True, backup_dir=tmp_path)
    after = _state(demo_db)
    pupil_import.undo_import(demo_db, result)
    assert _state(demo_db) == before
    pupil_import.redo_import(demo_db, result)
    assert _state(demo_db) == after


def test_xlsx_with_title_rows_and_an_info_sheet(demo_db, group, tmp_path: Path) -> None:  # noqa: ANN001
    book = openpyxl.Workbook()
    info = book.active
    info.title = "Info"
    info.append(["Export Esis", "2025-09-02"])
    sheet = book.create_sheet("Leerlingen")
    sheet.append(["Leerlingen groep 6X"])
    sheet.append([])
    sheet.append(["Voornaam", "Achternaam", "Jongen/Meisje", "Naam ouder 1", "Taal ouder 1", "Naam ouder 2"])
    sheet.append(["Yusuf", "Demir", "Jongen", "Hatice", "Turks", "Mehmet"])
    sheet.append(["Sem", "de Jong", "jongen", None, None, None])
    sheet.append([1234, None, None, None, None, None])
    book.active = 1
    path = tmp_path / "esis.xlsx"
    book.save(path)
    preview = pupil_import.preview_file(demo_db, group.id, path)
    assert preview.report == ESIS_REPORT
    rows = {r.line: r for r in preview.plan.rows}
    assert rows[4].status == "new" and rows[5].status == "update" and rows[6].status == "rejected"
    assert "Yusuf" in preview.report and "Demir" not in preview.report
    result = pupil_import.apply_import(demo_db, preview, skip_invalid=True, backup_dir=tmp_path / "bk")
    assert (result.created, result.updated) == (1, 1)
    yusuf = next(p for p in setup_pupils.list_pupils(demo_db, group.id) if p.first_name == "Yusuf")
    assert [(g.data.name, g.data.language) for g in yusuf.guardians] == [("Hatice", "tr"), ("Mehmet", "nl")]


EXCEL_UNICODE_REPORT = """\
Klassenlijst 'leerlingen.txt' (CSV, UTF-16, scheidingsteken tab, kopregel op regel 1)
Groep: 6X
Gebruikte kolommen: Leerling → voornaam; M/V → jongen/meisje; Groep → groep; Moedertaal ouders → taal ouders
Genegeerde kolommen (niet ingelezen):
  - Adres: adresgegevens: worden niet opgeslagen (privacy)
Let op: De voornaam komt uit kolom 'Leerling'; controleer dat daar geen achternamen in staan (alleen voornaam of \
pseudoniem bewaren).
regel 2: bijwerken — Sem: jongen/meisje: leeg → jongens; ouder toegevoegd (Nederlands)
regel 3: bijwerken — Noor: ouder toegevoegd (Berbers)
regel 4: nieuw — Ayoub (jongens; ouder: Arabisch)
regel 6: nieuw — Selam (meisjes; ouder: Tigrinya)
Niet in het bestand (blijven in de groep): Daan
Totaal: 2 nieuw, 2 bijwerken, 0 ongewijzigd, 0 afgewezen."""


def test_excel_unicode_text_with_tabs_blank_row_and_address(demo_db, group, tmp_path: Path) -> None:  # noqa: ANN001
    text = ("Leerling\tM/V\tGroep\tMoedertaal ouders\tAdres\r\n"
            "Sem\tM\t6\tNederlands\tKerkstraat 4\r\n"
            "Noor \tV\t6\tTamazight\t\r\n"
            "Ayoub\tm\t6\tMarokkaans Arabisch\t\r\n"
            "  \t\t\t\t\r\n"
            "Selam\tV\t6\tTigrinya\t\r\n")
    preview = pupil_import.preview_import(demo_db, group.id, text.encode("utf-16"), "leerlingen.txt")
    assert preview.report == EXCEL_UNICODE_REPORT
    assert "Kerkstraat" not in preview.report
    result = pupil_import.apply_import(demo_db, preview, backup_dir=tmp_path)
    assert (result.created, result.updated, result.skipped) == (2, 2, 0)
    pupils = {p.first_name: p for p in setup_pupils.list_pupils(demo_db, group.id)}
    assert [g.data.language for g in pupils["Noor"].guardians] == ["ber"]
    assert pupils["Sem"].data.subgroup == "boys" and pupils["Selam"].data.subgroup == "girls"


def test_stale_preview_is_refused_as_a_whole(demo_db, group, tmp_path: Path) -> None:  # noqa: ANN001
    data = b"Voornaam;Geslacht\nTess;meisje\nFinn;jongen\n"
    preview = pupil_import.preview_import(demo_db, group.id, data, "lijst.csv")
    setup_pupils.create_pupil(demo_db, group.id, setup_pupils.PupilData("Finn"))  # someone else was quicker
    before = _state(demo_db)
    with pytest.raises(ValidationError, match="veranderd sinds het voorbeeld"):
        pupil_import.apply_import(demo_db, preview, backup_dir=tmp_path)
    assert _state(demo_db) == before


@pytest.mark.parametrize(("data", "name"), [(b"", "leeg.csv"), (b"\x00\x01\x02PK", "kapot.xlsx"),
                                            (b"Achternaam;Adres\nJansen;Straat 1\n", "geen_voornaam.csv")])
def test_unusable_files_are_refused_with_a_message(demo_db, group, data: bytes, name: str) -> None:  # noqa: ANN001
    with pytest.raises(ValueError) as err:
        pupil_import.preview_import(demo_db, group.id, data, name)
    assert str(err.value) and "Traceback" not in str(err.value)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=600),
                      st.text(max_size=300).map(lambda t: ("Voornaam;Groep;Taal\n" + t).encode("utf-8", "replace"))),
       name=st.sampled_from(["lijst.csv", "lijst.xlsx", "lijst.txt", "lijst", "LIJST.XLS"]))
def test_no_byte_sequence_crashes_or_writes_without_confirmation(demo_db, group, data: bytes,  # noqa: ANN001
                                                                 name: str) -> None:
    before = _state(demo_db)
    try:
        preview = pupil_import.preview_import(demo_db, group.id, data, name)
    except (WishDeskError, ValueError) as exc:
        assert str(exc)
    else:
        assert preview.report.startswith(f"Klassenlijst '{name}'")
        assert sum(preview.plan.counts.values()) == len(preview.plan.rows)
    assert _state(demo_db) == before


def _cli(monkeypatch, *args: str) -> int:  # noqa: ANN001
    if "wishdesk.commands.importing" not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "wishdesk.commands.importing"))
    return cli.main(list(args))


def test_cli_refuses_rejected_rows_then_imports_with_skip_invalid(demo_db_path, demo_db, group, tmp_path,  # noqa: ANN001
                                                                  monkeypatch, capsys) -> None:
    file = tmp_path / "parnassys.csv"
    file.write_bytes(PARNASSYS)
    before = _state(demo_db)
    assert _cli(monkeypatch, "import-pupils", "--db", str(demo_db_path), "--group", str(group.id), str(file)) == 1
    out, err = capsys.readouterr()
    assert out.strip() == PARNASSYS_REPORT
    assert "3 regels zijn afgewezen; er is niets geïmporteerd" in err and "Traceback" not in err
    assert _state(demo_db) == before
    code = _cli(monkeypatch, "import-pupils", "--db", str(demo_db_path), "--group", str(group.id), str(file),
                "--skip-invalid", "--json")
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["imported"] is True and (report["created"], report["updated"], report["skipped"]) == (2, 1, 3)
    assert [r["status"] for r in report["rows"]] == ["new", "update", "new", "rejected", "rejected", "rejected",
                                                      "unchanged"]
    assert Path(report["backup"]).exists()
    assert {p.first_name for p in setup_pupils.list_pupils(demo_db, group.id)} == {"Daan", "Mila", "Noor", "Sem",
                                                                                  "Zoë"}


def test_cli_clean_file_imports_and_missing_file_is_one_line(demo_db_path, demo_db, group, tmp_path,  # noqa: ANN001
                                                             monkeypatch, capsys) -> None:
    file = tmp_path / "schoon.csv"
    file.write_text("Voornaam\tJongen/meisje\nTess\tmeisje\n", encoding="utf-8")
    assert _cli(monkeypatch, "import-pupils", "--db", str(demo_db_path), "--group", str(group.id), str(file),
                "--dry-run") == 0
    assert "Proefrun" in capsys.readouterr().out
    assert "Tess" not in {p.first_name for p in setup_pupils.list_pupils(demo_db, group.id)}
    assert _cli(monkeypatch, "import-pupils", "--db", str(demo_db_path), "--group", str(group.id), str(file)) == 0
    out = capsys.readouterr().out
    assert "regel 2: nieuw — Tess (meisjes)" in out and "1 nieuw, 0 bijgewerkt, 0 ongewijzigd." in out
    assert _cli(monkeypatch, "import-pupils", "--db", str(demo_db_path), "--group", str(group.id),
                str(tmp_path / "weg.csv")) == 1
    assert "Bestand niet gevonden" in capsys.readouterr().err
    assert _cli(monkeypatch, "import-pupils", "--db", str(demo_db_path), "--group", "99999", str(file)) == 1
    assert "Groep 99999 bestaat niet" in capsys.readouterr().err
    with demo_db.session() as s:
        assert s.scalar(select(func.count(Pupil.id)).where(Pupil.first_name == "Tess",
                                                           Pupil.group_id == group.id)) == 1
