"""Complementary suppression: no hidden value of any published table can be worked out by subtraction, the
small-numbers rule holds at its boundary (4 hidden, 5 shown), and no name reaches the PDF, XLSX or JSON."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select, update

from tests.core.test_reports import TODAY, _pupils, _template, assert_no_names, every_name, make_activity
from tests.printing.pdfcheck import page_text
from wishdesk.core.models import Group, School
from wishdesk.core.report_data import table_to_jsonable
from wishdesk.core.services import parent_events, reports
from wishdesk.core.services import wellbeing as wb
from wishdesk.core.services.municipality import set_municipality_name
from wishdesk.core.services.parent_events import SlipMark
from wishdesk.core.suppression import protect_column, recoverable
from wishdesk.printing.report import render_report

ADDITIVE = ("people", "count")


def attack(table) -> list[tuple[str, int]]:  # noqa: ANN001 - PublishedTable
    """Every subtraction a reader can do: per column with a shown total, total minus the shown cells, with
    every hidden cell taken as 0-4 (what "<5" says). Returns the (column, row) of each value recovered."""
    found = []
    if table.total is None:
        return found
    for c, (column, kind) in enumerate(zip(table.columns, table.kinds, strict=True)):
        if kind not in ADDITIVE:
            continue
        values = [row.values[c] for row in table.rows]
        found += [(column, i) for i in recoverable(values, table.total.values[c])]
    return found


@pytest.mark.parametrize(("values", "total", "hidden", "total_hidden"), [
    ([4, 20, 30], 54, {0, 1}, False),  # a single 4 would be 54 - 20 - 30: the smallest other is hidden too
    ([5, 20, 30], 55, set(), False),  # 5 is shown
    ([0, 0, 12], 12, {0, 1, 2}, True),  # two zeros (12 - 12 = 0), then 12 = 4 x 3: only hiding the total helps
    ([0, 0, 12, 9], 21, {0, 1, 3}, False),  # two zeros: 21 - 12 - 9 = 0 would reveal them
    ([4, 4, 9], 17, {0, 1, 2}, False),  # two 4s: 17 - 9 = 8 = 4 x 2 would reveal them
    ([4, 4], 8, {0, 1}, True),  # nothing left to hide: the total goes
    ([3, 2, 20, 30], 55, {0, 1}, False),  # 5 left for two hidden cells: 1+4, 2+3, ... not one answer
    ([7], 7, set(), False),
    ([3, 1], 4, {0, 1}, True),
])
def test_protect_column(values, total, hidden, total_hidden) -> None:  # noqa: ANN001
    got, got_total = protect_column(values, total)
    assert (got, got_total) == (hidden, total_hidden)
    published = [None if i in got else v for i, v in enumerate(values)]
    assert recoverable(published, None if got_total else total) == []


def test_recoverable_finds_what_naive_suppression_leaks() -> None:
    assert recoverable([None, 20, 30], 53) == [0]  # one hidden cell: 3
    assert recoverable([None, None, 30], 30) == [0, 1]  # both 0
    assert recoverable([None, None, 30], 38) == [0, 1]  # both 4
    assert recoverable([None, None, 30], 35) == []


def _checks(db, group_id: int, count: int, moment: str, score: int) -> None:  # noqa: ANN001
    rows = [wb.PupilCheckRecord(p, moment, date(2026, 9, 20), tuple((code, score) for code in wb.PUPIL_ITEM_CODES))
            for p in _pupils(db, group_id)[:count]]
    wb.save_group_checks(db, rows)


@pytest.fixture
def scenario(demo_db):  # noqa: ANN001, ANN201
    """Small numbers on purpose: slips of 3, 6, 7, 8; well-being checks of 4 and 5 pupils and two big groups;
    a school named like a spreadsheet formula."""
    make_activity(demo_db, reached=0)
    with demo_db.session() as s:
        firsts: dict[int, int] = {}
        for group_id, school_id in s.execute(select(Group.id, Group.school_id).order_by(Group.id)):
            firsts.setdefault(school_id, group_id)
    schools = sorted(firsts)
    for school_id, count in zip(schools, (3, 6, 7, 8), strict=True):
        group_id = firsts[school_id]
        marks = [SlipMark(p, "not_done" if i < count else "done") for i, p in enumerate(_pupils(demo_db, group_id))]
        parent_events.replace_return_slips(demo_db, _template(demo_db, group_id), marks, today=TODAY)
    for school_id, count in zip(schools, (4, 5, 20, 22), strict=True):
        _checks(demo_db, firsts[school_id], count, "before", 3)
        _checks(demo_db, firsts[school_id], count, "after", 4)
    with demo_db.write() as s:
        s.execute(update(School).where(School.id == schools[0]).values(name='=HYPERLINK("http://x.invalid","klik")'))
    set_municipality_name(demo_db, "'s-Hertogenbosch")
    return demo_db, schools


def test_no_subtraction_recovers_a_hidden_value_in_any_table(scenario) -> None:  # noqa: ANN001
    db, schools = scenario
    for school_id in (None, *schools):
        report = reports.municipality_report(db, school_id=school_id, today=TODAY)
        data = json.loads(reports.report_to_json(report))
        assert data["tables"] == [table_to_jsonable(t) for t in report.tables]  # what is published is this
        for table in report.tables:
            assert attack(table) == [], (school_id, table.title)
        # the key figures are the per-school totals: the same values, the same hidden cells
        key = {r.label: r.values[0] for r in report.tables[0].rows}
        if school_id is None:
            per_school = report.tables[1]
            assert per_school.total.values[per_school.columns.index("Strookjes niet gedaan")] == \
                key["Retourstrookjes: niet gedaan"] == 24


def test_wellbeing_boundary_four_hidden_five_shown(scenario) -> None:  # noqa: ANN001
    db, schools = scenario
    for school_id, n in zip(schools[:2], (4, 5), strict=True):
        report = reports.municipality_report(db, school_id=school_id, today=TODAY)
        items = next(t for t in report.tables if t.key == "wellbeing_items")
        for row in items.rows:
            if n == 4:
                assert row.values == (None, None, None, None, None)  # a mean over 4 pupils is not shown
            else:
                assert row.values == (5, 3.0, 5, 4.0, 1.0)
    everything = reports.municipality_report(db, today=TODAY)
    per_school = next(t for t in everything.tables if t.key == "wellbeing_schools")
    rows = {r.label: r.values for r in per_school.rows}
    names = {line.school_id: line.school_name for line in everything.schools}
    assert rows[names[schools[0]]][0] is None  # 4 pupils
    assert rows[names[schools[1]]][0] is None  # 5, hidden too: else 51 - 20 - 22 - 5 gives the 4 back
    assert rows[names[schools[2]]][:2] == (20, 3.0) and per_school.total.values[0] == 51


def test_spreadsheet_text_is_never_a_formula_and_no_names_anywhere(scenario, tmp_path) -> None:  # noqa: ANN001
    db, _schools = scenario
    names = every_name(db)
    report = reports.municipality_report(db, today=TODAY)
    assert report.title == "WIsH-rapportage Gemeente 's-Hertogenbosch · schooljaar 2026-2027"
    assert "de gemeente" not in report.title
    text = reports.report_to_json(report)
    assert_no_names(text, names)
    out = tmp_path / "r.xlsx"
    reports.report_to_xlsx(report, out)
    with zipfile.ZipFile(out) as archive:
        xml = " ".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/"))
    assert "<f>" not in xml and "<f " not in xml  # no formula anywhere
    book = load_workbook(out)
    cells = [c for ws in book for row in ws.iter_rows() for c in row if c.value is not None]
    risky = [c for c in cells if str(c.value).startswith("=")]
    assert risky and all(c.data_type == "s" for c in risky)
    assert_no_names(" ".join(str(c.value) for c in cells), names)
    buffer = io.BytesIO()
    render_report(report, buffer)
    reader = PdfReader(buffer)
    pdf_text = "\n".join(page_text(reader, i) for i in range(len(reader.pages)))
    assert_no_names(pdf_text, names)
    assert "'s-Hertogenbosch" in pdf_text
    assert "In beeld" in pdf_text and "Welbevinden leerlingen per vraag" in pdf_text  # charts and tables
    assert b"Helvetica" not in buffer.getvalue()  # the charts use the bundled fonts too


def test_dashboard_drill_down_recovers_no_hidden_pupil_count(scenario) -> None:  # noqa: ANN001
    """On screen too: a school's (or group's) well-being count is never the parent's minus the others."""
    from wishdesk.core.services.dashboard import dashboard

    db, schools = scenario

    def check(view) -> None:  # noqa: ANN001
        for index, parent in enumerate(view.figures.wellbeing):
            for attr in ("n_before", "n_after"):
                values = [getattr(line.figures.wellbeing[index], attr) for line in view.children]
                assert recoverable(values, getattr(parent, attr)) == [], (view.title, parent.item, attr)

    top = dashboard(db, today=TODAY)
    check(top)
    names = {line.id: line.figures for line in top.children}
    assert names[schools[0]].wellbeing[0].n_before is None  # 4 pupils
    assert names[schools[1]].wellbeing[0].n_before is None  # 5, hidden so the 4 cannot be worked out
    assert names[schools[2]].wellbeing[0].n_before == 20
    for school_id in schools:
        view = dashboard(db, school_id=school_id, today=TODAY)
        # what the municipality view hid stays hidden one level down
        assert [i.n_before for i in view.figures.wellbeing] == [i.n_before for i in names[school_id].wellbeing]
        check(view)


def test_a_rate_never_multiplies_back_to_a_small_count() -> None:
    from wishdesk.core.suppression import protect_rates, rate_is_safe, safe_rate

    assert safe_rate(5, 10) == 0.5 and safe_rate(4, 10) is None  # part at the boundary
    assert safe_rate(15, 20) == 0.75 and safe_rate(16, 20) is None  # rest (20 - 16 = 4) at the boundary
    assert safe_rate(20, 20) is None and safe_rate(0, 20) is None  # 100 % says "0 not returned"
    assert not rate_is_safe(12, 40, 8, 4)  # 12 slips back, 4 of them "not done": published apart in the report
    assert rate_is_safe(12, 40, 7, 5)
    # one school hidden among shown ones: the total's part minus the others' would give it back
    parts, wholes = [3, 10, 12], [20, 20, 30]
    hidden = protect_rates(parts, wholes, {0}, total_shown=True)
    assert len(hidden) >= 2 and 0 in hidden
    shown_rest = sum(p for i, p in enumerate(parts) if i not in hidden)
    assert sum(parts) - shown_rest > parts[0]  # what is left covers more than the small school
    assert protect_rates(parts, wholes, {0}, total_shown=False) == {0}  # nothing to subtract from


def test_a_count_hidden_to_protect_another_is_not_called_below_five(scenario) -> None:  # noqa: ANN001
    """Slips not done 3, 6, 7, 8: the 3 is "<5"; the 6 is hidden too (else 24 - 6 - 7 - 8 gives the 3 back),
    but a "<5" there would be untrue, so it reads "•" with a footnote, in every output."""
    from wishdesk.core.report_data import PROTECTED, PROTECTED_NOTE, SUPPRESSED, figure_value, school_rows

    db, schools = scenario
    report = reports.municipality_report(db, today=TODAY)
    by_id = {line.school_id: line for line in report.schools}
    small, protected = by_id[schools[0]].figures, by_id[schools[1]].figures
    assert small.slips_not_done is None and "slips_not_done" not in small.protected
    assert protected.slips_not_done is None and "slips_not_done" in protected.protected
    assert figure_value(small, "slips_not_done") == SUPPRESSED
    assert figure_value(protected, "slips_not_done") == PROTECTED
    assert PROTECTED_NOTE in report.notes
    table = next(t for t in report.tables if t.key == "schools")
    column = table.columns.index("Strookjes niet gedaan")
    texts = {row.label: row.texts(table.kinds)[column] for row in table.rows}
    assert texts[by_id[schools[1]].school_name] == PROTECTED and texts[by_id[schools[0]].school_name] == SUPPRESSED
    assert any(PROTECTED in row for row in school_rows(report))
    pdf = io.BytesIO()
    render_report(report, pdf)
    reader = PdfReader(io.BytesIO(pdf.getvalue()))
    text = " ".join(page_text(reader, i) for i in range(len(reader.pages)))
    assert PROTECTED in text and "terug te rekenen" in text
