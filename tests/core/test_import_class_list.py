"""Class-list import: messy school exports → a plan of new / update / unchanged / rejected rows."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wishdesk.core.importers.class_list import (
    ExistingPupil,
    GuardianRow,
    ImportFileError,
    PupilRow,
    format_report,
    plan_import,
    plan_to_json,
    read_table,
)
from wishdesk.core.importers.headers import classify
from wishdesk.core.importers.values import parse_contact, parse_language, parse_subgroup

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "class_lists"


def fixture_plan(name: str, existing: list[ExistingPupil], group: str | None):
    data = (FIXTURES / name).read_bytes()
    return plan_import(read_table(data, name), existing, group)


def write_xlsx(path: Path, sheets: list[tuple[str, list[list[object]], str]], active: int = 0) -> bytes:
    """Build a real workbook: ``sheets`` = [(title, rows, state)], rows written from A1."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows, state in sheets:
        sheet = book.create_sheet(title)
        sheet.sheet_state = state
        for row in rows:
            sheet.append(row)
    book.active = active
    book.save(path)
    return path.read_bytes()


# --- exact reports for each messy fixture ------------------------------------------------------

PARNASSYS_REPORT = """\
Klassenlijst 'parnassys_bom_semicolon.csv' (CSV, UTF-8 met BOM, scheidingsteken puntkomma, kopregel op regel 4)
Groep: 6A
Gebruikte kolommen: Roepnaam → voornaam; Voornamen → voornaam (als de eerste voornaamkolom leeg is); \
Groep → groep; Geslacht → jongen/meisje; Taal ouders → taal ouders; Contactvoorkeur → contactvoorkeur ouders
Genegeerde kolommen (niet ingelezen):
  - Leerlingnummer: leerlingnummer: niet nodig, wordt niet opgeslagen (privacy)
  - Tussenvoegsel: achternaam of volledige naam: alleen de voornaam of een pseudoniem wordt bewaard (privacy)
  - Achternaam: achternaam: niet opgeslagen; alleen gebruikt om kinderen met dezelfde voornaam uit elkaar te houden (privacy)
  - Geboortedatum: geboortedatum: niet opgeslagen; alleen gebruikt om kinderen met dezelfde naam uit elkaar te houden (privacy)
  - BSN: burgerservicenummer of ander persoonsnummer: wordt nooit opgeslagen (privacy)
  - Straat: adresgegevens: worden niet opgeslagen (privacy)
  - Huisnummer: adresgegevens: worden niet opgeslagen (privacy)
  - Postcode: adresgegevens: worden niet opgeslagen (privacy)
  - Woonplaats: adresgegevens: worden niet opgeslagen (privacy)
  - Telefoon ouder: telefoonnummer: wordt niet opgeslagen (privacy)
  - E-mail ouder 1: e-mailadres: wordt niet opgeslagen (privacy)
regel 5: nieuw — Zoë (meisjes; ouder: Nederlands, ouderportaal)
regel 6: ongewijzigd — Ömer
regel 8: bijwerken — Daan: jongen/meisje: leeg → jongens
regel 9: nieuw — Johannes Petrus (jongens; ouder: Nederlands)
regel 11: afgewezen — Daan: dubbel in bestand, zie regel 8 (een ander kind? voeg een kolom achternaam of geboortedatum toe, of schrijf bijv. “Daan B.”)
regel 12: afgewezen — Lotte: hoort bij groep '6B', niet bij groep '6A'
regel 13: nieuw — Noor (meisjes; ouder: Berbers, ouderportaal) \
[let op: taal: meerdere waarden 'Berbers/Nederlands'; 'Berbers' gekozen]
regel 14: afgewezen: voornaam ontbreekt
Niet in het bestand (blijven in de groep): Sem
Totaal: 3 nieuw, 1 bijwerken, 1 ongewijzigd, 3 afgewezen."""


def test_parnassys_export_with_bom_semicolons_title_lines_and_privacy_columns():
    existing = [ExistingPupil(11, "Ömer", "boys"), ExistingPupil(12, "Daan", None), ExistingPupil(13, "Sem")]
    plan = fixture_plan("parnassys_bom_semicolon.csv", existing, "6A")
    assert format_report(plan) == PARNASSYS_REPORT
    by_line = {r.line: r for r in plan.rows}
    assert by_line[8].existing_id == 12 and by_line[8].changes == ("jongen/meisje: leeg → jongens",)
    assert by_line[11].duplicate_of == 8
    assert by_line[5].pupil == PupilRow("Zoë", "girls", (GuardianRow(None, "nl", "platform"),))
    assert [r.first_name for r in plan.not_in_file] == ["Sem"]
    assert [r.line for r in plan.to_write] == [5, 8, 9, 13]


WINDOWS1252_REPORT = """\
Klassenlijst 'windows1252_comma.csv' (CSV, Windows-1252, scheidingsteken komma, kopregel op regel 1)
Groep: Groep 6A
Gebruikte kolommen: Voornaam → voornaam; Jongen/Meisje → jongen/meisje; Naam ouder → naam ouder; \
Taal → taal ouders; Contact → contactvoorkeur ouders
Genegeerde kolommen (niet ingelezen):
  - Adres: adresgegevens: worden niet opgeslagen (privacy)
  - Opmerking: vrije tekst kan gevoelige gegevens bevatten: wordt niet ingelezen (privacy)
regel 2: nieuw — Chloë (meisjes; ouder: Fatma, Turks, papier)
regel 3: nieuw — François (jongens; ouder: Marie-Thérèse, Frans, e-mail)
regel 4: ongewijzigd — Noël
regel 5: bijwerken — Zoë: naam: Zoe → Zoë
regel 6: nieuw — Anaïs (ouder: Olena, Oekraïens, ouderportaal) \
[let op: jongen/meisje 'X': geen subgroep, kies die later zelf]
regel 7: nieuw — Björn (jongens; ouder: Piet) \
[let op: taal 'Klingon' niet herkend; leeg gelaten; contactvoorkeur 'telefonisch' niet herkend; leeg gelaten]
Totaal: 4 nieuw, 1 bijwerken, 1 ongewijzigd, 0 afgewezen."""


def test_windows1252_comma_file_with_quoted_commas_and_unknown_values():
    existing = [ExistingPupil(21, "Zoe", "girls"), ExistingPupil(22, "Noël", "boys")]
    plan = fixture_plan("windows1252_comma.csv", existing, "Groep 6A")
    assert format_report(plan) == WINDOWS1252_REPORT
    zoe = next(r for r in plan.rows if r.line == 5)
    assert zoe.existing_id == 21 and zoe.pupil is not None and zoe.pupil.first_name == "Zoë"


ENGLISH_REPORT = """\
Klassenlijst 'english_tabs.txt' (CSV, UTF-8, scheidingsteken tab, kopregel op regel 1)
Groep: 6A
Gebruikte kolommen: First name → voornaam; Group → groep; Sex → jongen/meisje; Guardian 1 → naam ouder 1; \
Guardian 1 language → taal ouder 1; Guardian 2 → naam ouder 2; Guardian 2 language → taal ouder 2; \
Contact preference → contactvoorkeur ouders
Genegeerde kolommen (niet ingelezen):
  - Date of birth: geboortedatum: niet opgeslagen; alleen gebruikt om kinderen met dezelfde naam uit elkaar te houden (privacy)
  - Phone: telefoonnummer: wordt niet opgeslagen (privacy)
regel 2: nieuw — محمد (jongens; ouder 1: Khadija, Arabisch, ouderportaal; ouder 2: Youssef, Nederlands, ouderportaal)
regel 3: nieuw — فاطمة (meisjes; ouder: Amina, Arabisch, e-mail)
regel 4: bijwerken — أحمد: naam: احمد → أحمد
regel 5: nieuw — Selam (meisjes; ouder: Meron, Tigrinya, ouderportaal)
regel 6: nieuw — Zoë (meisjes; ouder: Sanne, Nederlands, papier)
regel 7: afgewezen — Yusuf: hoort bij groep '6B', niet bij groep '6A'
regel 8: afgewezen: voornaam lijkt een e-mailadres of nummer; alleen een voornaam of pseudoniem is toegestaan (privacy)
regel 9: nieuw — Mila (meisjes; ouder 1: Oksana, Oekraïens, papier; ouder 2: Taras, Oekraïens, papier) \
[let op: regel heeft meer cellen dan kolommen; de extra cellen zijn genegeerd]
Totaal: 5 nieuw, 1 bijwerken, 0 ongewijzigd, 2 afgewezen."""


def test_english_tab_file_with_arabic_names_and_two_guardians():
    existing = [ExistingPupil(31, "احمد", "boys", (GuardianRow(None, "ar", "paper"),))]
    plan = fixture_plan("english_tabs.txt", existing, "6A")
    assert format_report(plan) == ENGLISH_REPORT
    first = plan.rows[0].pupil
    assert first == PupilRow("محمد", "boys", (GuardianRow("Khadija", "ar", "platform"),
                                              GuardianRow("Youssef", "nl", "platform")))
    # Decomposed "Zoe\u0308" in the file is stored composed; bidi marks around أحمد are gone.
    assert plan.rows[4].pupil is not None and plan.rows[4].pupil.first_name == "Zo\u00eb"
    assert plan.rows[2].pupil is not None and plan.rows[2].pupil.first_name == "أحمد"


UTF16_REPORT = """\
Klassenlijst 'excel_unicode_utf16.txt' (CSV, UTF-16, scheidingsteken tab, kopregel op regel 1)
Groep: Groep 6B
Gebruikte kolommen: Roepnaam → voornaam; Groep → groep; J/M → jongen/meisje; Taal ouder 1 → taal ouder 1; \
Taal ouder 2 → taal ouder 2; Contactvoorkeur → contactvoorkeur ouders
regel 2: nieuw — Ayşe (meisjes; ouder 1: Turks, ouderportaal; ouder 2: Nederlands, ouderportaal)
regel 3: nieuw — Олена (meisjes; ouder: Oekraïens, papier)
regel 4: nieuw — Amira (meisjes; ouder 1: Arabisch, papier; ouder 2: Berbers, papier)
regel 5: nieuw — Sem (jongens; ouder: Nederlands, e-mail)
Totaal: 4 nieuw, 0 bijwerken, 0 ongewijzigd, 0 afgewezen."""


def test_excel_unicode_text_utf16_where_m_means_meisje_and_bare_year_fits_group():
    plan = fixture_plan("excel_unicode_utf16.txt", [], "Groep 6B")
    assert format_report(plan) == UTF16_REPORT


NAMES_ONLY_REPORT = """\
Klassenlijst 'names_only.csv' (CSV, UTF-8, kopregel op regel 1)
Gebruikte kolommen: Naam → voornaam
Let op: De voornaam komt uit kolom 'Naam'; controleer dat daar geen achternamen in staan \
(alleen voornaam of pseudoniem bewaren).
regel 2: nieuw — Sem
regel 4: nieuw — Lotte
regel 5: afgewezen — sem: dubbel in bestand, zie regel 2 (een ander kind? voeg een kolom achternaam of geboortedatum toe, of schrijf bijv. “sem B.”)
regel 6: nieuw — Jan de Vries [let op: naam lijkt een achternaam te bevatten; bewaar alleen de voornaam \
of een pseudoniem (privacy)]
Totaal: 3 nieuw, 0 bijwerken, 0 ongewijzigd, 1 afgewezen."""


def test_single_column_list_with_blank_lines_stray_spaces_and_case_duplicates():
    plan = fixture_plan("names_only.csv", [], None)
    assert format_report(plan) == NAMES_ONLY_REPORT


XLSX_REPORT = """\
Klassenlijst 'klas.xlsx' (Excel, werkblad 'Groep 6A', kopregel op regel 3)
Groep: Groep 6A
Gebruikte kolommen: Voornaam → voornaam; Klas → groep; Geslacht → jongen/meisje; Taal ouder/verzorger → \
taal ouders; Contactvoorkeur ouders → contactvoorkeur ouders; Naam ouder/verzorger → naam ouder
Genegeerde kolommen (niet ingelezen):
  - Achternaam: achternaam: niet opgeslagen; alleen gebruikt om kinderen met dezelfde voornaam uit elkaar te houden (privacy)
  - Geboortedatum: geboortedatum: niet opgeslagen; alleen gebruikt om kinderen met dezelfde naam uit elkaar te houden (privacy)
regel 4: ongewijzigd — Zoë
regel 5: bijwerken — Ömer: jongen/meisje: leeg → jongens
regel 7: nieuw — يوسف (jongens; ouder: Fatima, Arabisch, e-mail)
regel 8: afgewezen — Ömer: dubbel in bestand, zie regel 5 (een ander kind? voeg een kolom achternaam of geboortedatum toe, of schrijf bijv. “Ömer B.”)
regel 9: afgewezen: voornaam ontbreekt
regel 10: afgewezen — Lotte: hoort bij groep '6B', niet bij groep 'Groep 6A'
regel 11: afgewezen: voornaam lijkt een e-mailadres of nummer; alleen een voornaam of pseudoniem is \
toegestaan (privacy)
Niet in het bestand (blijven in de groep): Bram
Totaal: 1 nieuw, 1 bijwerken, 1 ongewijzigd, 4 afgewezen."""


def test_xlsx_with_info_sheet_hidden_sheet_title_rows_and_numbers(tmp_path):
    birth = dt.date(2015, 3, 12)
    data = write_xlsx(tmp_path / "klas.xlsx", [
        ("Info", [["Export uit ESIS"], ["Schooljaar 2025-2026"]], "visible"),
        ("Verborgen", [["Voornaam"], ["Geheim"]], "hidden"),
        ("Groep 6A", [
            ["Klassenlijst 6A"],
            [],
            ["Voornaam", "Achternaam", "Klas", "Geslacht", "Geboortedatum", "Taal ouder/verzorger",
             "Contactvoorkeur ouders", "Naam ouder/verzorger"],
            ["Zoë", "de Vries", 6, "V", birth, "Nederlands", "Ouderportaal", "Sanne"],
            ["Ömer", "Yılmaz", "6A", "M", birth, "Turks", "Papier", "Ayşe"],
            [],
            ["يوسف", "El Amrani", 6.0, "M", birth, "Arabisch", "e-mail", "Fatima"],
            [" Ömer ", "Demir", 6, "M", birth],
            [None, "Bakker", 6, "V"],
            ["Lotte", "", "6B", "V"],
            [1234567, "Nummer", 6, "V"],
        ], "visible"),
    ])
    existing = [
        ExistingPupil(5, "Ömer", None, (GuardianRow("Ayşe", "tr", "paper"),)),
        ExistingPupil(6, "Zoë", "girls", (GuardianRow("Sanne", "nl", "platform"),)),
        ExistingPupil(7, "Bram", "boys", ()),
    ]
    plan = plan_import(read_table(data, "klas.xlsx"), existing, "Groep 6A")
    assert format_report(plan) == XLSX_REPORT
    assert "Geheim" not in format_report(plan)


# --- privacy -----------------------------------------------------------------------------------

def test_values_of_privacy_columns_never_reach_table_plan_report_or_json():
    data = (FIXTURES / "parnassys_bom_semicolon.csv").read_bytes()
    table = read_table(data, "x.csv")
    plan = plan_import(table, [], "6A")
    everything = repr(table) + format_report(plan) + json.dumps(plan_to_json(plan), ensure_ascii=False)
    for secret in ("123456782", "Dorpsstraat", "5211 AB", "0612345678", "example.nl", "Yılmaz",
                   "Vries", "12-03-2015", "1001", "Hertogenbosch"):
        assert secret not in everything
    assert all(c.privacy for c in plan.ignored_columns)


def test_personal_data_typed_into_kept_columns_is_not_echoed():
    data = (b"Voornaam;Taal;Contactvoorkeur;Ouder\n"
            b"Sem;0612345678;jan@example.nl;piet@example.nl\n")
    plan = plan_import(read_table(data, "x.csv"), [], None)
    report = format_report(plan)
    assert "0612345678" not in report and "example.nl" not in report
    assert plan.rows[0].pupil == PupilRow("Sem")
    assert plan.rows[0].warnings == (
        "taal bevat een e-mailadres of nummer; niet overgenomen (privacy)",
        "contactvoorkeur bevat een e-mailadres of nummer; niet overgenomen (privacy)",
        "naam ouder bevat een e-mailadres of nummer; niet overgenomen (privacy)",
    )


@pytest.mark.parametrize(("header", "field", "guardian", "privacy"), [
    ("Voornaam", "first_name", 0, False),
    ("ROEPNAAM ", "first_name", 0, False),
    ("First Name", "first_name", 0, False),
    ("groep", "group", 0, False),
    ("Group", "group", 0, False),
    ("jongen/meisje", "subgroup", 0, False),
    ("Geslacht (M/V)", "subgroup", 0, False),
    ("gender", "subgroup", 0, False),
    ("taal ouders", "language", 0, False),
    ("Voorkeurstaal ouder/verzorger 2", "language", 2, False),
    ("Language guardian 1", "language", 1, False),
    ("contactvoorkeur", "contact", 0, False),
    ("Contactvoorkeur (e-mail/papier)", "contact", 0, False),
    ("naam ouder 2", "guardian_name", 2, False),
    ("2e ouder", "guardian_name", 2, False),
    ("Guardian", "guardian_name", 0, False),
    ("BSN", None, 0, True),
    ("Burgerservicenummer", None, 0, True),
    ("Adres", None, 0, True),
    ("postcode", None, 0, True),
    ("Geb.datum", None, 0, True),
    ("Date of birth", None, 0, True),
    ("Achternaam", None, 0, True),
    ("Geslachtsnaam", None, 0, True),
    ("Surname", None, 0, True),
    ("Telefoon", None, 0, True),
    ("Tel.", None, 0, True),
    ("E-mail", None, 0, True),
    ("E-mailadres ouder 1", None, 0, True),
    ("Klassenfoto", None, 0, False),
])
def test_header_classification(header, field, guardian, privacy):
    guess = classify(header)
    assert (guess.field, guess.guardian, guess.privacy) == (field, guardian, privacy)


@pytest.mark.parametrize(("value", "code"), [
    ("Nederlands", "nl"), ("NL", "nl"), ("nl-BE", "nl"), ("Dutch", "nl"), ("Turks", "tr"),
    ("Turkse", "tr"), ("Arabisch", "ar"), ("العربية", "ar"), ("Tigrinya", "ti"), ("Tigrinja", "ti"),
    ("Oekraïens", "uk"), ("oekraiens", "uk"), ("Pools", "pl"), ("Somalisch", "so"), ("Spaans", "es"),
    ("Frans", "fr"), ("Duits", "de"), ("English", "en"), ("ti", "ti"), (" Engels ", "en"),
])
def test_language_names_and_codes(value, code):
    assert parse_language(value) == (code, None)


def test_choice_values_and_their_warnings():
    assert parse_language("Klingon") == (None, "taal 'Klingon' niet herkend; leeg gelaten")
    assert parse_language("onbekend") == (None, None)
    assert parse_contact("per e-mail") == ("email", None)
    assert parse_contact("Parro") == ("platform", None)
    assert parse_contact("op papier") == ("paper", None)
    assert parse_subgroup("M") == ("boys", None)
    assert parse_subgroup("M", m_means_girl=True) == ("girls", None)
    assert parse_subgroup("Meisje") == ("girls", None)


# --- matching ----------------------------------------------------------------------------------

def test_guardian_changes_are_compared_only_when_loaded_and_empty_cells_never_clear():
    data = b"Voornaam;Geslacht;Taal;Contact\nSem;;Arabisch;\nLina;M;;\n"
    table = read_table(data, "x.csv")
    loaded = [ExistingPupil(1, "Sem", "boys", (GuardianRow("Piet", "nl", "paper"),)),
              ExistingPupil(2, "Lina", "boys", ())]
    plan = plan_import(table, loaded, None)
    assert [(r.status, r.reason) for r in plan.rows] == [
        ("update", "ouder taal: Nederlands → Arabisch"),
        ("unchanged", None),
    ]
    not_loaded = [ExistingPupil(1, "sem", "boys"), ExistingPupil(2, "Lina", "girls")]
    plan = plan_import(table, not_loaded, None)
    assert [(r.status, r.reason) for r in plan.rows] == [
        ("update", "naam: sem → Sem"),
        ("update", "jongen/meisje: meisjes → jongens"),
    ]


def test_name_twice_in_the_group_is_ambiguous():
    table = read_table(b"Voornaam\nDaan\n", "x.csv")
    plan = plan_import(table, [ExistingPupil(1, "Daan"), ExistingPupil(2, "daan")], "6A")
    assert plan.rows[0].status == "rejected"
    assert plan.rows[0].reason == "naam komt 2 keer voor in de groep; pas deze leerling in de app aan"


def test_no_target_group_accepts_every_group_but_warns():
    table = read_table(b"Voornaam,Groep\nSem,6A\nLina,6B\n", "x.csv")
    plan = plan_import(table, [], None)
    assert [r.status for r in plan.rows] == ["new", "new"]
    assert plan.warnings == ("Het bestand bevat 2 verschillende groepen; kies bij het importeren de groep, "
                             "anders komen alle leerlingen in één groep.",)


def test_roepnaam_falls_back_to_voornaam_and_numbered_guardian_columns_pair_up():
    data = (b"Voornaam;Roepnaam;Ouder;Taal;Ouder;Taal;Contactvoorkeur\n"
            b"Mohammed Amin;Amin;Khadija;Arabisch;Karim;Berbers;Ouderportaal\n"
            b"Sara;;;;Jan;Nederlands;\n")
    plan = plan_import(read_table(data, "x.csv"), [], None)
    assert plan.rows[0].pupil == PupilRow("Amin", None, (GuardianRow("Khadija", "ar", "platform"),
                                                         GuardianRow("Karim", "ber", "platform")))
    assert plan.rows[1].pupil == PupilRow("Sara", None, (GuardianRow("Jan", "nl"),))


def test_plain_naam_next_to_voornaam_is_taken_for_a_surname():
    table = read_table(b"Voornaam;Naam;Leerling\nSem;Jansen;Sem Jansen\n;Bakker;Lina Bakker\n", "x.csv")
    plan = plan_import(table, [], None)
    assert [(c.header, c.privacy) for c in plan.ignored_columns] == [("Naam", True), ("Leerling", True)]
    assert [(r.status, r.reason) for r in plan.rows] == [("new", None), ("rejected", "voornaam ontbreekt")]
    assert "Jansen" not in repr(table) and "Bakker" not in repr(table)


def test_names_without_letters_are_rejected():
    plan = plan_import(read_table("Voornaam\n-\n\u200d\nZoë\n".encode(), "x.csv"), [], None)
    assert [(r.status, r.reason) for r in plan.rows] == [
        ("rejected", "voornaam bevat geen letters"), ("rejected", "voornaam bevat geen letters"), ("new", None)]


def test_plan_to_json_is_serialisable_and_complete():
    plan = fixture_plan("english_tabs.txt", [], "6A")
    data = plan_to_json(plan)
    assert json.loads(json.dumps(data)) == data
    assert data["counts"] == {"new": 6, "update": 0, "unchanged": 0, "rejected": 2}
    assert data["rows"][0]["pupil"]["guardians"][1] == {"name": "Youssef", "language": "nl",
                                                        "contact": "platform"}
    assert data["ignored_columns"][0] == {"header": "Date of birth", "privacy": True,
                                          "reason": "geboortedatum: niet opgeslagen; alleen gebruikt om kinderen "
                                                    "met dezelfde naam uit elkaar te houden (privacy)"}


# --- file-level variants -----------------------------------------------------------------------

def test_excel_sep_hint_utf16_without_bom_and_undefined_cp1252_bytes():
    table = read_table(b"sep=,\nVoornaam,Groep\nSem,6A\n", "x.csv")
    assert (table.delimiter, table.header_line, table.rows[0].line) == (",", 2, 3)
    table = read_table("Voornaam\tGroep\r\nZoë\t6A\r\n".encode("utf-16-le"), "x.txt")
    assert (table.encoding, table.rows[0].cells[0]) == ("UTF-16", "Zoë")
    table = read_table(b"Voornaam;Taal\nNo\xebl\x81;Frans\n", "x.csv")
    assert (table.encoding, table.rows[0].cells[0]) == ("Windows-1252", "Noël")


def test_csv_saved_as_xls_is_still_read():
    table = read_table(b"Voornaam;Groep\r\nSem;6A\r\n", "export.xls")
    assert (table.kind, table.rows[0].cells[0]) == ("csv", "Sem")


def test_renamed_xlsx_is_read_by_signature(tmp_path):
    data = write_xlsx(tmp_path / "a.xlsx", [("Blad1", [["First name"], ["Ömer"]], "visible")])
    plan = plan_import(read_table(data, "klassenlijst.csv"), [], None)
    assert [r.pupil.first_name for r in plan.rows if r.pupil] == ["Ömer"]


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "filename", "message"), [
    (b"", "x.csv", "Het bestand is leeg."),
    (codecs.BOM_UTF8 + b" \r\n\r\n", "x.csv", "Het bestand is leeg."),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "x.xls", "Dit is een oud Excel-bestand (.xls)."),
    (b"Voornaam\nSem\n", "x.xlsx", "Het bestand heet .xlsx maar is geen geldig Excel-bestand."),
    (b"<html><table><tr><td>Voornaam</td></tr></table></html>", "x.xls", "Dit is een webpagina- of XML-bestand"),
    (b"%PDF-1.7\n...", "x.pdf", "Dit is een PDF-bestand."),
    (b"PK\x03\x04garbage", "x.xlsx", "Het bestand is geen geldig Excel-bestand (beschadigd zip-bestand)."),
    (_zip({"word/document.xml": b"<w/>"}), "x.docx", "Dit zip-bestand is geen Excel-werkmap (.xlsx)."),
    (_zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}), "x.ods",
     "Dit is een OpenDocument-bestand (.ods)."),
    (_zip({"xl/workbook.xml": b"<not a workbook"}), "x.xlsx", "Het Excel-bestand kan niet worden gelezen;"),
    (bytes(range(256)) * 4, "x.csv", "Het bestand bevat binaire gegevens en is geen klassenlijst."),
    (b"\xef\xbb\xbfZo\xc3", "x.csv", "Het bestand zegt UTF-8 met BOM te zijn maar bevat ongeldige tekens"),
])
def test_unreadable_files_are_refused_with_a_dutch_message(data, filename, message):
    with pytest.raises(ImportFileError) as caught:
        read_table(data, filename)
    assert str(caught.value).startswith(message)


@pytest.mark.parametrize(("name", "message"), [
    ("no_first_name_column.csv", "Geen kolom met de voornaam gevonden."),
    ("header_only.csv", "Het bestand bevat geen leerlingen: onder de kopregel (regel 1) staan geen gegevens."),
    ("unclosed_quote.csv", 'Regel 2: een aanhalingsteken (") wordt niet afgesloten'),
])
def test_unusable_fixtures_are_refused(name, message):
    with pytest.raises(ImportFileError) as caught:
        read_table((FIXTURES / name).read_bytes(), name)
    assert str(caught.value).startswith(message)


def test_xlsx_without_rows_or_without_first_name_column(tmp_path):
    empty = write_xlsx(tmp_path / "empty.xlsx", [("Blad1", [], "visible")])
    with pytest.raises(ImportFileError, match="Het Excel-bestand bevat geen rijen met gegevens."):
        read_table(empty, "empty.xlsx")
    no_name = write_xlsx(tmp_path / "n.xlsx", [("Blad1", [["Achternaam", "BSN"], ["Jansen", 1]], "visible")])
    with pytest.raises(ImportFileError, match="Geen kolom met de voornaam gevonden."):
        read_table(no_name, "n.xlsx")


# --- robustness: no input crashes with anything but ImportFileError ------------------------------

def _survives(data: bytes, filename: str) -> None:
    try:
        table = read_table(data, filename)
    except ImportFileError as exc:
        assert str(exc)
        return
    existing = [ExistingPupil(1, "Zoë", "girls", (GuardianRow("x", "nl", "paper"),)), ExistingPupil(2, "Sem")]
    for group in ("6A", None):
        plan = plan_import(table, existing, group)
        assert len(plan.rows) == len(table.rows)
        assert sum(plan.counts.values()) == len(plan.rows)
        format_report(plan)
        json.dumps(plan_to_json(plan))


FILENAMES = st.sampled_from(["lijst.csv", "lijst.txt", "lijst.xlsx", "lijst.xls", "lijst"])


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000), FILENAMES)
def test_arbitrary_bytes_never_crash(data, filename):
    _survives(data, filename)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=500))
def test_bytes_behind_a_zip_signature_never_crash(data):
    _survives(b"PK\x03\x04" + data, "lijst.xlsx")


HEADER_WORDS = ["Voornaam", "Roepnaam", "first name", "Naam", "Groep", "group", "Geslacht", "J/M",
                "gender", "Taal ouders", "taal ouder 2", "language", "Contactvoorkeur", "contact",
                "Naam ouder", "ouder 1", "Guardian 2", "BSN", "Adres", "Postcode", "Achternaam",
                "E-mail", "Telefoon", "", "sep=;", "Opmerking"]
CELL_TEXT = st.one_of(
    st.sampled_from(["Zoë", "Ömer", "محمد", "6A", "6B", "6", "M", "V", "J", "X", "Nederlands", "Turks",
                     "Arabisch", "Tigrinya", "papier", "Parro", "e-mail", "", " ", '"', '""', "a\nb",
                     "\u200fأحمد", "Zoe\u0308", "0612345678", "a@b.nl", ";", ",", "\t"]),
    st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=12),
    st.text(max_size=4),  # now and then control characters too
)
ROW = st.lists(CELL_TEXT, min_size=1, max_size=8)
# Mostly with a first-name column somewhere, so most examples get past the header search.
HEADER_ROW = st.builds(
    lambda first, rest: [first, *rest],
    st.sampled_from(["Voornaam", "Roepnaam", "first name", "Naam", "Klas"]),
    st.lists(st.sampled_from(HEADER_WORDS), max_size=7),
).flatmap(st.permutations)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "utf-16-le"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ROW, max_size=4), HEADER_ROW, st.lists(ROW, max_size=12),
       st.sampled_from([";", ",", "\t", "|"]), st.sampled_from(["\n", "\r\n", "\r"]), ENCODINGS,
       st.booleans())
def test_structured_near_csv_text_never_crashes(before, header, body, delimiter, newline, encoding, quote):
    def line(cells: list[str]) -> str:
        if quote:
            cells = ['"' + c.replace('"', '""') + '"' for c in cells]
        return delimiter.join(cells)

    text = newline.join(line(r) for r in [*before, header, *body])
    _survives(text.encode(encoding, errors="replace"), "lijst.csv")


@pytest.fixture(scope="module")
def good_xlsx(tmp_path_factory) -> bytes:
    # Built once: openpyxl stamps the current time, and Hypothesis needs the same bytes every run.
    path = tmp_path_factory.mktemp("xlsx") / "klas.xlsx"
    return write_xlsx(path, [("Blad1", [["Voornaam", "Groep", "Taal"], ["Zoë", "6A", "Turks"],
                                        ["محمد", 6, "Arabisch"]], "visible")])


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_damaged_xlsx_never_crashes(good_xlsx, data):
    _survives(good_xlsx, "klas.xlsx")
    position = data.draw(st.integers(0, len(good_xlsx) - 1))
    mode = data.draw(st.sampled_from(["truncate", "flip", "zero"]))
    if mode == "truncate":
        damaged = good_xlsx[:position]
    else:
        value = (good_xlsx[position] ^ 0xFF) if mode == "flip" else 0
        damaged = good_xlsx[:position] + bytes([value]) + good_xlsx[position + 1:]
    _survives(damaged, "klas.xlsx")
