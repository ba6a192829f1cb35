"""Charts of the municipality report (ReportLab graphics), the same as the dashboard shows: well-being per
item before and after, lessons per school (held / still to give), and home-activity sets per language.

Plain data in: the report's published tables (suppression already applied; a hidden value is drawn as 0
with no label, never guessed). Every label uses a bundled font, so no Helvetica sneaks into the PDF.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String

from wishdesk.core.report_data import PublishedTable

from . import draw, fonts

BEFORE, AFTER = draw.RULE, draw.ACCENT


def _drawing(width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    d.initialFontName = fonts.SANS  # the renderer's first setFont; its default would be Helvetica
    return d


def _title(d: Drawing, text: str, width: float, height: float) -> None:
    d.add(String(0, height - 11, text, fontName=fonts.SANS_BOLD, fontSize=9, fillColor=draw.ACCENT))


def _wrap(label: str, width: int = 14) -> str:
    """A category label on at most two lines, so neighbouring labels never run into each other."""
    words, lines = label.split(), [""]
    for word in words:
        if lines[-1] and len(lines[-1]) + 1 + len(word) > width and len(lines) < 2:
            lines.append(word)
        else:
            lines[-1] = f"{lines[-1]} {word}".strip()
    return "\n".join(lines)


def _style_axes(chart) -> None:  # noqa: ANN001
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = fonts.SANS
        axis.labels.fontSize = 7
    chart.barLabels.fontName = fonts.SANS
    chart.barLabels.fontSize = 6


def _legend(d: Drawing, x: float, y: float, pairs: list) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = fonts.SANS, 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.deltax = 80
    legend.colorNamePairs = pairs
    d.add(legend)


def wellbeing_chart(table: PublishedTable, width: float, height: float = 150) -> Drawing:
    """Grouped bars: the mean per item before (grey) and after (blue) the lessons, 1-5."""
    d = _drawing(width, height)
    _title(d, "Welbevinden per vraag: gemiddelde vóór en na de lessen (1-5)", width, height)
    before = [row.values[1] or 0 for row in table.rows]
    after = [row.values[3] or 0 for row in table.rows]
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 28, 30, width - 40, height - 70
    chart.data = [before, after]
    chart.categoryAxis.categoryNames = [_wrap(row.label) for row in table.rows]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 5, 1
    chart.bars[0].fillColor, chart.bars[1].fillColor = BEFORE, AFTER
    chart.bars.strokeWidth = 0
    _style_axes(chart)
    d.add(chart)
    _legend(d, 4, height - 22, [(BEFORE, "vóór les 1"), (AFTER, "na de laatste les")])
    return d


def lessons_chart(table: PublishedTable, width: float, height: float | None = None) -> Drawing:
    """Horizontal stacked bars per school: lessons given and lessons still to give."""
    held_at, total_at = table.columns.index("Lessen gegeven"), table.columns.index("Lessen totaal")
    rows = table.rows
    height = height or 44 + 13 * len(rows)
    d = _drawing(width, height)
    _title(d, "Lessen per school: gegeven en nog te geven", width, height)
    held = [row.values[held_at] or 0 for row in rows]
    rest = [max(0, (row.values[total_at] or 0) - h) for row, h in zip(rows, held, strict=True)]
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 150, 16, width - 170, height - 44
    chart.data = [held[::-1], rest[::-1]]
    chart.categoryAxis.categoryNames = [draw.ellipsize(r.label, fonts.SANS, 7, 140) for r in rows][::-1]
    chart.categoryAxis.style = "stacked"
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor, chart.bars[1].fillColor = AFTER, draw.ACCENT_LIGHT
    chart.bars.strokeWidth = 0
    _style_axes(chart)
    d.add(chart)
    _legend(d, width - 160, height - 8, [(AFTER, "gegeven"), (draw.ACCENT_LIGHT, "nog te geven")])
    return d


def languages_chart(table: PublishedTable, width: float, height: float = 130) -> Drawing:
    """Sets of home-activity sheets per language (a hidden count is drawn as 0)."""
    d = _drawing(width, height)
    _title(d, "Sets thuisopdrachten per taal", width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 28, 30, width - 40, height - 50
    chart.data = [[row.values[0] or 0 for row in table.rows]]
    chart.categoryAxis.categoryNames = [row.label.split(" (")[0] for row in table.rows]
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = AFTER
    chart.bars.strokeWidth = 0
    _style_axes(chart)
    d.add(chart)
    return d
