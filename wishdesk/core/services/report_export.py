"""The municipality report as JSON and as an Excel workbook (the report itself: ``services/reports.py``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import BinaryIO

from ..report_data import (
    SCHOOL_COLUMNS,
    SUPPRESSED,
    MunicipalityReport,
    key_figures,
    school_rows,
    table_to_jsonable,
)


def _jsonable(report: MunicipalityReport) -> dict:
    return {"title": report.title, "municipality": report.municipality, "year": report.year,
            "year_start": report.year_start.isoformat(), "year_end": report.year_end.isoformat(),
            "school_id": report.school_id, "school_name": report.school_name,
            "generated_on": report.generated_on.isoformat(),
            "tables": [table_to_jsonable(t) for t in report.tables], "notes": list(report.notes)}


def report_to_json(report: MunicipalityReport) -> str:
    """The report as JSON: each published table as {"title", "columns", "rows": [{"label", "values"}],
    "total": {"values"}}, hidden cells as null."""
    return json.dumps(_jsonable(report), ensure_ascii=False, indent=2)


#: A cell text starting with one of these would be read as a formula (or DDE) by a spreadsheet program.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _append(ws, values: list) -> None:  # noqa: ANN001 - openpyxl worksheet
    """Append a row; text that starts like a formula is stored as text (type "s"), never as a formula."""
    ws.append(values)
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
            cell.data_type = "s"


def _cell(text: str) -> int | float | str:
    """Excel cells hold numbers where a number is shown, so the municipality can add them up."""
    if text.isdigit():
        return int(text)
    if text.endswith("%") and text[:-1].isdigit():
        return int(text[:-1]) / 100
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return text


def report_to_xlsx(report: MunicipalityReport, out: Path | str | BinaryIO) -> None:
    """Write the report as an Excel workbook: key figures, the per-school table, the well-being tables and
    the notes. Numbers are numbers (so they add up); hidden cells are "<5" or empty."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Kerncijfers"
    _append(sheet, [report.title])
    sheet["A1"].font = Font(bold=True, size=14)
    _append(sheet, [report.school_name or "Alle scholen", f"gemaakt op {report.generated_on:%d-%m-%Y}"])
    _append(sheet, [])
    _append(sheet, ["Onderdeel", "Kengetal", "Waarde"])
    for figure in key_figures(report):
        _append(sheet, [figure.section, figure.label, _cell(figure.value)])
    table = book.create_sheet("Per school")
    _append(table, ["School", *(header for _, header in SCHOOL_COLUMNS)])
    for row in school_rows(report):
        _append(table, [row[0], *(_cell(v) for v in row[1:])])
    for name, (column, _header) in zip("BCDEFGHIJKLMN", SCHOOL_COLUMNS, strict=True):
        if column == "attendance_rate":
            for cell in table[name][1:]:
                cell.number_format = "0%"
    extra = [t for t in report.tables if t.key.startswith(("wellbeing", "duo"))]
    for published, title in zip(extra, ("Welbevinden per vraag", "Welbevinden per school", "Duo"), strict=False):
        ws = book.create_sheet(title)
        _append(ws, [published.title])
        ws["A1"].font = Font(bold=True)
        _append(ws, ["", *published.columns])
        for row in [*published.rows, *([published.total] if published.total else [])]:
            _append(ws, [row.label, *(_xlsx_value(v, k) for v, k in zip(row.values, published.kinds, strict=True))])
        ws.column_dimensions["A"].width = 34
    notes = book.create_sheet("Toelichting")
    for note in report.notes:
        _append(notes, [note])
        notes.cell(notes.max_row, 1).alignment = Alignment(wrap_text=True)
    for ws, widths in ((sheet, (28, 44, 34)), (table, (34, *([14] * len(SCHOOL_COLUMNS)))), (notes, (110,))):
        for index, width in enumerate(widths):
            ws.column_dimensions[chr(65 + index)].width = width
        for cell in ws[1 if ws is not sheet else 4]:
            cell.font = Font(bold=True)
    book.save(out)


def _xlsx_value(value: int | float | None, kind: str) -> int | float | str:
    if value is None:
        return SUPPRESSED if kind == "people" else "–"
    return value
