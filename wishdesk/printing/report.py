"""The municipality report as an A4 PDF (landscape, so the per-school table has room for its columns).

Public API: ``render_report(report, out) -> int`` (returns the page count). Plain data in
(``core.report_data.MunicipalityReport``), which holds aggregates only: the core has already applied the
small-numbers rule, so this module only prints what it gets, with "<5" where a count was suppressed.

Like the lesson plan it is built with Platypus, and every style and table names one of the bundled
fonts, so ReportLab never falls back to (non-embedded) Helvetica.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from wishdesk.core.report_data import (
    SCHOOL_COLUMNS,
    MunicipalityReport,
    PublishedTable,
    key_figures,
    school_rows,
    value_text,
)

from . import draw, fonts, report_charts
from .document import Output, write_output
from .labels import dutch_date

PAGE = landscape(A4)
MARGIN = 14 * mm
BODY = 9.5
FOOTER = "WIsH Desk – rapportage voor de gemeente · alleen totalen; aantallen onder 5 staan er als <5"


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("wd-body", fontName=fonts.SANS, fontSize=BODY, leading=BODY * 1.35, textColor=draw.INK,
                          bulletFontName=fonts.SANS, bulletFontSize=BODY)
    return {
        "body": base,
        "h2": ParagraphStyle("wd-h2", parent=base, fontName=fonts.SANS_BOLD, fontSize=BODY * 1.3,
                             leading=BODY * 1.6, textColor=draw.ACCENT, spaceBefore=BODY * 0.8,
                             spaceAfter=BODY * 0.4),
        "h3": ParagraphStyle("wd-h3", parent=base, fontName=fonts.SANS_BOLD, fontSize=BODY, leading=BODY * 1.3,
                             textColor=draw.ACCENT),
        "cell": ParagraphStyle("wd-cell", parent=base, fontSize=BODY * 0.88, leading=BODY * 1.1),
        "num": ParagraphStyle("wd-num", parent=base, fontSize=BODY * 0.88, leading=BODY * 1.1, alignment=2),
        "head": ParagraphStyle("wd-head", parent=base, fontName=fonts.SANS_BOLD, fontSize=BODY * 0.8,
                               leading=BODY * 0.98, textColor=draw.WHITE),
        "headnum": ParagraphStyle("wd-headnum", parent=base, fontName=fonts.SANS_BOLD, fontSize=BODY * 0.8,
                                  leading=BODY * 0.98, textColor=draw.WHITE, alignment=2),
        "bullet": ParagraphStyle("wd-bullet", parent=base, leftIndent=BODY * 1.3, bulletIndent=BODY * 0.2,
                                 spaceAfter=BODY * 0.2),
    }


class _Header(Flowable):
    """The dark header band of all WIsH Desk prints."""

    def __init__(self, report: MunicipalityReport, width: float) -> None:
        super().__init__()
        self.report, self.width, self.height = report, width, BODY * 7.2

    def draw(self) -> None:
        r = self.report
        scope = r.school_name or "Alle scholen"
        period = f"{r.year_start:%d-%m-%Y} t/m {r.year_end:%d-%m-%Y}"
        draw.header_band(self.canv, 0, self.height, self.width, self.height, kicker=r.municipality.upper(),
                         title=r.title, subline=f"{scope} · {period}",
                         right_text=f"gemaakt op {dutch_date(r.generated_on, weekday=False)}", badge="RAPPORTAGE",
                         body=BODY)


def _grid(rows: list[list], widths: list[float], *, header: bool, total: bool = False) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),  # never let a cell fall back to Helvetica
        ("FONTSIZE", (0, 0), (-1, -1), BODY * 0.88),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, draw.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), draw.ACCENT), ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                  ("ROWBACKGROUNDS", (0, 1), (-1, -1), [draw.WHITE, draw.TINT_DUTCH])]
    if total:
        style += [("LINEABOVE", (0, -1), (-1, -1), 1.0, draw.INK), ("BACKGROUND", (0, -1), (-1, -1), draw.ACCENT_LIGHT)]
    table.setStyle(TableStyle(style))
    return table


def _key_figures(report: MunicipalityReport, styles: dict, width: float) -> list:
    """The key figures in side-by-side blocks, one per section (reach, lessons, home and parents, ...)."""
    sections: dict[str, list] = {}
    for figure in key_figures(report):
        sections.setdefault(figure.section, []).append(figure)
    blocks = []
    for section, items in sections.items():
        rows = [[Paragraph(escape(section), styles["h3"]), ""]]
        rows += [[Paragraph(escape(f.label), styles["cell"]), Paragraph(escape(f.value), styles["num"])]
                 for f in items]
        blocks.append((max(len(f.value) for f in items) > 12, rows))  # wide: "2 keer, 5 trainers, 7,5 uur"
    gap = 6 * mm
    per_row = 3
    inner = (width - gap * (per_row - 1)) / per_row
    out: list = []
    for start in range(0, len(blocks), per_row):
        cells, widths = [], []
        for wide, rows in blocks[start:start + per_row]:
            value_w = inner * (0.46 if wide else 0.22)
            table = _grid(rows, [inner - value_w, value_w], header=False)
            table.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0)), ("LINEBELOW", (0, 0), (-1, 0), 1.0, draw.ACCENT)]))
            cells += [table, ""]
            widths += [inner, gap]
        outer = Table([cells[:-1]], colWidths=widths[:-1], hAlign="LEFT")
        outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("FONTNAME", (0, 0), (-1, -1), fonts.SANS)]))
        out += [outer, Spacer(1, BODY * 0.8)]
    return out


def _school_table(report: MunicipalityReport, styles: dict, width: float) -> Table:
    head = [Paragraph("School", styles["head"])]
    head += [Paragraph(escape(header), styles["headnum"]) for _, header in SCHOOL_COLUMNS]
    rows = [head]
    has_total = len(report.schools) != 1
    texts = school_rows(report)
    for index, row in enumerate(texts):
        bold = has_total and index == len(texts) - 1
        rows.append([Paragraph(_bold(row[0], bold), styles["cell"])]
                    + [Paragraph(_bold(value, bold), styles["num"]) for value in row[1:]])
    # Each number column is as wide as the longest word of its header (headers wrap only between words);
    # the school name takes the rest.
    head_style = styles["headnum"]
    widths = [max(40.0, 8 + max(stringWidth(word, head_style.fontName, head_style.fontSize) for word in header.split()))
              for _, header in SCHOOL_COLUMNS]
    return _grid(rows, [width - sum(widths), *widths], header=True, total=has_total)


def _published(table: PublishedTable, styles: dict, width: float) -> Table:
    """A published table as it is: label column, then one right-aligned column per value, total in bold."""
    head = [Paragraph("", styles["head"])] + [Paragraph(escape(c), styles["headnum"]) for c in table.columns]
    rows = [head]
    for row, bold in [*((r, False) for r in table.rows), *([(table.total, True)] if table.total else [])]:
        rows.append([Paragraph(_bold(row.label, bold), styles["cell"])]
                    + [Paragraph(_bold(value_text(v, k), bold), styles["num"])
                       for v, k in zip(row.values, table.kinds, strict=True)])
    value_w = min(70.0, (width * 0.62) / max(1, len(table.columns)))
    return _grid(rows, [width - value_w * len(table.columns), *[value_w] * len(table.columns)], header=True,
                 total=table.total is not None)


def _monitoring(report: MunicipalityReport, styles: dict, width: float) -> list:
    """Charts, then the well-being tables (and the duo's own check, per municipality only)."""
    tables = {t.key: t for t in report.tables}
    out: list = []
    charts = []
    if "schools" in tables and len(tables["schools"].rows) > 1:
        charts.append(report_charts.lessons_chart(tables["schools"], width))
    if tables.get("languages") and tables["languages"].rows:
        charts.append(report_charts.languages_chart(tables["languages"], width / 2))
    if "wellbeing_items" in tables:
        charts.append(report_charts.wellbeing_chart(tables["wellbeing_items"], width / 2 if charts else width))
    if charts:
        out += [CondPageBreak(BODY * 20), Paragraph("In beeld", styles["h2"])]
        big = [c for c in charts if c.width >= width]
        small = [c for c in charts if c.width < width]
        out += big
        for start in range(0, len(small), 2):
            pair = small[start:start + 2]
            row = Table([pair], colWidths=[width / 2] * len(pair), hAlign="LEFT")
            row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("FONTNAME", (0, 0), (-1, -1), fonts.SANS)]))
            out += [Spacer(1, BODY * 0.6), row]
    for key in ("wellbeing_items", "wellbeing_schools", "duo"):
        if key in tables:
            table = tables[key]
            out.append(KeepTogether([Paragraph(escape(table.title), styles["h2"]), _published(table, styles, width)]))
    return out


def _bold(text: str, bold: bool) -> str:
    return f"<b>{escape(text)}</b>" if bold else escape(text)


def _story(report: MunicipalityReport, styles: dict, width: float) -> list:
    story: list = [_Header(report, width), Spacer(1, BODY * 0.6)]
    story.append(Paragraph("Kerncijfers", styles["h2"]))
    story += _key_figures(report, styles, width)
    story.append(CondPageBreak(BODY * 12))
    story.append(Paragraph("Per school", styles["h2"]))
    if report.schools:
        story.append(_school_table(report, styles, width))
    else:
        story.append(Paragraph("In dit schooljaar zijn nog geen groepen ingericht.", styles["body"]))
    story += _monitoring(report, styles, width)
    notes = [Paragraph(escape(note), styles["bullet"], bulletText="•") for note in report.notes]
    story.append(KeepTogether([Paragraph("Toelichting", styles["h2"]), *notes[:2]]))  # no lone heading
    story += notes[2:]
    return story


def _footer(canv, doc) -> None:  # noqa: ANN001 - ReportLab callback
    canv.saveState()
    canv.setFillColor(draw.MUTED)
    canv.setFont(fonts.SANS, 7.5)
    canv.drawString(MARGIN, MARGIN / 2, FOOTER)
    canv.drawRightString(PAGE[0] - MARGIN, MARGIN / 2, f"pagina {doc.page}")
    canv.restoreState()


def render_report(report: MunicipalityReport, out: Output) -> int:
    """Write the report to ``out`` (a path or a binary stream); returns the page count."""
    fonts.register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, initialFontName=fonts.SANS, invariant=True, lang="nl",
                            title=report.title, author="WIsH Desk", creator="WIsH Desk",
                            subject="Rapportage voor de gemeente (alleen totalen)")
    doc.build(_story(report, styles, doc.width), onFirstPage=_footer, onLaterPages=_footer)
    write_output(buffer.getvalue(), out)
    return doc.page
