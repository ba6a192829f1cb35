"""The municipality report PDF, from plain dataclasses (no database), read back with pypdf."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from tests.printing.pdfcheck import font_objects, is_embedded, page_text, rows
from tests.printing.pdfcheck import pieces as drawn
from wishdesk.core.report_data import (
    SCHOOL_COLUMNS,
    Figures,
    LanguageCount,
    MeetingFigures,
    MunicipalityReport,
    SchoolLine,
)
from wishdesk.printing.report import render_report


def figures(**values: object) -> Figures:
    base = dict(schools=1, groups=2, groups_reached=2, pupils_reached=51, lessons_total=32, lessons_held=12,
                lessons_planned=8, lessons_unplanned=12, lessons_cancelled=1, attendance_rate=0.9412,
                reflections=11, climate_average=3.64, handout_sets=4, handout_sheets=98, slips_done=23,
                slips_not_done=None, parent_events_held=2, families_attending=17)
    base.update(values)
    return Figures(**base)


def sample_report(schools: int = 3) -> MunicipalityReport:
    lines = tuple(SchoolLine(i + 1, f"Basisschool Nummer {i + 1:02d}", figures())
                  for i in range(schools))
    return MunicipalityReport(
        title="WIsH-rapportage Gemeente Voorbeeld · schooljaar 2026-2027", municipality="Gemeente Voorbeeld",
        year="2026-2027", year_start=date(2026, 8, 1), year_end=date(2027, 7, 31), school_id=None, school_name=None,
        generated_on=date(2027, 7, 1), totals=figures(schools=schools, groups=2 * schools, pupils_reached=51 * schools),
        schools=lines,
        languages=(LanguageCount("nl", "Nederlands", 12), LanguageCount("other", "Andere talen", None)),
        meetings=(MeetingFigures("intervision", "Intervisie", 2, 9, 34.5),),
        notes=("Alleen totalen: dit overzicht bevat geen namen.", "Aantallen onder de 5 staan er als “<5”."),
    )


def _render(report: MunicipalityReport) -> tuple[PdfReader, int, bytes]:
    buffer = io.BytesIO()
    pages = render_report(report, buffer)
    return PdfReader(io.BytesIO(buffer.getvalue())), pages, buffer.getvalue()


def drawn_lines(reader: PdfReader) -> list[str]:
    """Every line of every page as drawn (pieces on one baseline joined, left to right)."""
    return ["".join(p.text for p in row) for i in range(len(reader.pages)) for row in rows(drawn(reader, i))]


def test_title_key_figures_table_and_notes() -> None:
    report = sample_report()
    reader, pages, _ = _render(report)
    assert pages == len(reader.pages)
    text = "\n".join(drawn_lines(reader))
    for expected in (report.title, "GEMEENTE VOORBEELD", "Alle scholen", "RAPPORTAGE", "Kerncijfers",
                     "Leerlingen bereikt", "153", "94%", "3,6", "Andere talen<5 sets",
                     "2 keer, 9 trainers, 34,5 uur", "Per school", "Totaal", "Toelichting",
                     "Alleen totalen: dit overzicht bevat geen namen.", "1 juli 2027"):
        assert expected in text, expected
    assert reader.metadata.title == report.title


def test_each_school_is_one_row_with_suppressed_counts_as_less_than_five() -> None:
    report = sample_report()
    reader, pages, _ = _render(report)
    school_line = next(line for line in drawn_lines(reader) if line.startswith("Basisschool Nummer 01"))
    # name, then the figures in column order: groups 2, pupils 51, ..., slips not done <5, events 2, families 17
    assert school_line.endswith("2513212194%113,69823<5217")
    assert len(SCHOOL_COLUMNS) == 13


def test_many_schools_run_over_pages_with_the_header_repeated() -> None:
    reader, pages, _ = _render(sample_report(schools=55))
    assert pages >= 3
    last = page_text(reader, pages - 1)
    assert "Groepen" in last and "Strookjes" in last  # the table header again
    assert "Basisschool Nummer 55" in "\n".join(page_text(reader, i) for i in range(pages))


def test_one_school_has_no_total_row() -> None:
    report = sample_report(schools=1)
    report = replace(report, school_id=1, school_name=report.schools[0].school_name)
    reader, pages, _ = _render(report)
    text = "\n".join(page_text(reader, i) for i in range(pages))
    assert "Totaal" not in text and "Basisschool Nummer 01" in text


def test_fonts_embedded_no_helvetica_and_same_bytes_each_time() -> None:
    reader, _, data = _render(sample_report())
    assert all(is_embedded(font) for font in font_objects(reader))
    assert b"Helvetica" not in data
    assert _render(sample_report())[2] == data


def _page_texts(report: MunicipalityReport) -> list[str]:
    reader, pages, _ = _render(report)
    assert pages == len(reader.pages)
    return [page_text(reader, i) for i in range(pages)]


@pytest.mark.parametrize("schools", [1, 3, 4, 5, 6, 12, 24, 25, 26, 27, 40])
def test_every_heading_is_on_the_page_of_its_first_row_and_no_page_holds_only_the_notes(schools: int) -> None:
    texts = _page_texts(sample_report(schools))
    (school_page,) = [i for i, text in enumerate(texts) if "Per school" in text]
    assert "Basisschool Nummer 01" in texts[school_page]
    (notes_page,) = [i for i, text in enumerate(texts) if "Toelichting" in text]
    assert "Alleen totalen" in texts[notes_page]
    (figures_page,) = [i for i, text in enumerate(texts) if "Kerncijfers" in text]
    assert "Scholen met groep 6" in texts[figures_page]
    last = texts[-1]
    # the last page carries more than the notes: school rows or the whole report
    assert len(texts) == 1 or "Basisschool Nummer" in last or "Kerncijfers" in last


@pytest.mark.parametrize(("schools", "pages"), [(3, 1), (5, 1), (25, 2)])
def test_a_few_lines_more_than_a_page_do_not_make_a_page_of_their_own(schools: int, pages: int) -> None:
    assert len(_page_texts(sample_report(schools))) == pages
