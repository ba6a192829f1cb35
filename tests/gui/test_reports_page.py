"""The Rapportage page: key figures and the per-school table, the school filter, PDF preview and Excel export."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt

from tests.core.test_reports import assert_no_names, every_name, make_activity
from tests.gui.test_accessibility import _unnamed
from tests.printing.pdfcheck import page_text
from wishdesk.gui.context import AppContext
from wishdesk.gui.operations import Operations
from wishdesk.gui.pages.reports import ReportsPage


def _page(qtbot, db) -> ReportsPage:  # noqa: ANN001
    page = ReportsPage(AppContext(db=db, ops=Operations()))
    qtbot.addWidget(page)
    page.resize(1300, 860)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(qtbot, demo_db) -> ReportsPage:  # noqa: ANN001
    make_activity(demo_db)
    return _page(qtbot, demo_db)


def _cells(model) -> list[str]:  # noqa: ANN001
    return [str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole))
            for r in range(model.rowCount()) for c in range(model.columnCount())]


def test_key_figures_and_one_row_per_school_with_total(page, inline_operations) -> None:  # noqa: ANN001
    report = page.report
    assert page.title() == "Reports" and report is not None
    assert page.year.currentText() == report.year == "2026-2027"
    values = {row.label: row.value for row in page.key_rows()}
    assert values["Pupils reached"] == str(report.totals.pupils_reached)
    assert values["Given"] == str(report.totals.lessons_held)
    assert values["Return slips: done"] == "<5"  # none came back: 0 is below 5 too
    assert values["Nederlands (nl)"].endswith("sets")
    rows = page.school_model.rows()
    assert [r.name for r in rows[:-1]] == [line.school_name for line in report.schools]
    assert rows[-1].total and rows[-1].figures == report.totals
    header = page.school_model.headerData(2, Qt.Orientation.Horizontal)
    assert header == "Pupils\nreached"
    assert page.pdf_button.isEnabled() and page.excel_button.isEnabled()
    assert inline_operations == []


def test_school_filter_shows_that_school_only(page) -> None:  # noqa: ANN001
    school_id = page.report.schools[1].school_id
    page.school.setCurrentIndex(page.school.findData(school_id))
    assert page.report.school_id == school_id
    assert [r.name for r in page.school_model.rows()] == [page.report.school_name]  # no total row for one school
    page.school.setCurrentIndex(0)  # all schools again
    assert page.report.school_id is None and page.school_model.rowCount() == len(page.report.schools) + 1


def test_no_names_on_screen(page, demo_db) -> None:  # noqa: ANN001
    texts = _cells(page.school_model)
    for model, _view in page.cards.values():
        texts += _cells(model)
    assert_no_names("\n".join(texts), every_name(demo_db))


def test_pdf_preview_and_excel_export(page, demo_db, tmp_path, qtbot) -> None:  # noqa: ANN001
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    dialog = page.pdf_dialog
    assert dialog is not None and dialog.isVisible()
    data = dialog.preview.pdf_bytes()
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page_text(reader, i) for i in range(len(reader.pages)))
    assert page.report.schools[0].school_name in text
    assert_no_names(text, every_name(demo_db))
    dialog.close()
    page.export_excel(str(tmp_path / "rapportage"))
    assert page.last_export == str(tmp_path / "rapportage.xlsx")
    book = load_workbook(page.last_export)
    assert book.sheetnames[:2] == ["Kerncijfers", "Per school"]
    assert book["Per school"].max_row == len(page.report.schools) + 2
    assert page.last_export in page.status.text()


def test_every_control_has_an_accessible_name(page) -> None:  # noqa: ANN001
    assert _unnamed(page) == []


def test_without_a_school_year_the_page_says_so(qtbot, empty_db, inline_operations) -> None:  # noqa: ANN001
    page = _page(qtbot, empty_db)
    assert page.report is None and page.year.count() == 0
    assert "no school year" in page.summary.text()
    assert not page.pdf_button.isEnabled() and not page.excel_button.isEnabled()
    assert inline_operations == []
