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
    ActionFlowable,
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
    PROTECTED_NOTE,
    SCHOOL_COLUMNS,
    MunicipalityReport,
    PublishedTable,
    key_figures,
    school_rows,
)

from . import draw, fonts, report_charts
from .document import Output, write_output
from .labels import dutch_date

PAGE = landscape(A4)
MARGIN = 14 * mm
BODY = 9.5
FOOTER = "WIsH Desk – rapportage voor de gemeente · alleen totalen; aantallen onder 5 staan er als <5"


def _styles(compact: bool = False) -> dict[str, ParagraphStyle]:
    """``compact``: less room around headings and notes, tried when the normal layout would leave only the
    notes on a last page."""
    base = ParagraphStyle("wd-body", fontName=fonts.SANS, fontSize=BODY, leading=BODY * 1.35, textColor=draw.INK,
                          bulletFontName=fonts.SANS, bulletFontSize=BODY)
    room = 0.35 if compact else 1.0
    return {
        "body": base,
        # keepWithNext: a heading always starts on the page of the first row of its table
        "h2": ParagraphStyle("wd-h2", parent=base, fontName=fonts.SANS_BOLD, fontSize=BODY * 1.3,
                             leading=BODY * 1.6, textColor=draw.ACCENT, spaceBefore=BODY * 0.8 * room,
                             spaceAfter=BODY * 0.4 * room, keepWithNext=1),
        "h2_split": ParagraphStyle("wd-h2-split", fontName=fonts.SANS_BOLD, fontSize=BODY * 1.3,
                                   leading=BODY * 1.6, textColor=draw.ACCENT, spaceBefore=BODY * 0.8 * room,
                                   spaceAfter=BODY * 0.4 * room),
        "h3": ParagraphStyle("wd-h3", parent=base, fontName=fonts.SANS_BOLD, fontSize=BODY, leading=BODY * 1.3,
                             textColor=draw.ACCENT, keepWithNext=1),
        "cell": ParagraphStyle("wd-cell", parent=base, fontSize=BODY * 0.88, leading=BODY * 1.1),
        "num": ParagraphStyle("wd-num", parent=base, fontSize=BODY * 0.88, leading=BODY * 1.1, alignment=2),
        "head": ParagraphStyle("wd-head", parent=base, fontName=fonts.SANS_BOLD, fontSize=BODY * 0.8,
                               leading=BODY * 0.98, textColor=draw.WHITE),
        "headnum": ParagraphStyle("wd-headnum", parent=base, fontName=fonts.SANS_BOLD, fontSize=BODY * 0.8,
                                  leading=BODY * 0.98, textColor=draw.WHITE, alignment=2),
        "bullet": ParagraphStyle("wd-bullet", parent=base, leftIndent=BODY * 1.3, bulletIndent=BODY * 0.2,
                                 spaceAfter=BODY * 0.2 * room, leading=BODY * (1.2 if compact else 1.35)),
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
        out += [outer, Spacer(1, BODY * (0.3 if styles["compact"] else 0.8))]
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
    table = _grid(rows, [width - sum(widths), *widths], header=True, total=has_total)
    if len(rows) > 4:  # a page never holds just the total row (or one school) of a table that ran over
        table.setStyle(TableStyle([("NOSPLIT", (0, len(rows) - 3), (-1, -1))]))
    return table


def _published(table: PublishedTable, styles: dict, width: float) -> Table:
    """A published table as it is: label column, then one right-aligned column per value, total in bold."""
    head = [Paragraph("", styles["head"])] + [Paragraph(escape(c), styles["headnum"]) for c in table.columns]
    rows = [head]
    for row, bold in [*((r, False) for r in table.rows), *([(table.total, True)] if table.total else [])]:
        rows.append([Paragraph(_bold(row.label, bold), styles["cell"])]
                    + [Paragraph(_bold(text, bold), styles["num"]) for text in row.texts(table.kinds)])
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
    story: list = [_Header(report, width), Spacer(1, BODY * (0.3 if styles["compact"] else 0.6))]
    story.append(Paragraph("Kerncijfers", styles["h2"]))
    story += _key_figures(report, styles, width)
    notes = [Paragraph(escape(note), styles["bullet"], bulletText="•") for note in report.notes]
    heading = Paragraph("Toelichting", styles["h2"])
    heading.wd_tail = True  # render_report checks whether the notes alone make the last page
    tail = [KeepTogether([heading, *notes[:2]]), *notes[2:]]  # no lone heading
    if styles["notes_first"]:
        story += tail
    story.append(CondPageBreak(BODY * 12))
    # Not keepWithNext: a long table then starts under its heading on this page (the CondPageBreak above
    # leaves room for the heading and the first rows) instead of leaving half a page empty.
    story.append(Paragraph("Per school", styles["h2_split"]))
    if report.schools:
        story.append(_school_table(report, styles, width))
        if report.totals.protected or any(line.figures.protected for line in report.schools):
            story.append(Paragraph(escape(PROTECTED_NOTE), styles["cell"]))  # what the "•" in the table means
    else:
        story.append(Paragraph("In dit schooljaar zijn nog geen groepen ingericht.", styles["body"]))
    story += _monitoring(report, styles, width)
    if not styles["notes_first"]:
        story += tail
    return story


class _Doc(SimpleDocTemplate):
    """Remembers the page every top-level flowable ended on (for the widow check in render_report)."""

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.pages_of: list[tuple[int, bool]] = []

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab API
        if isinstance(flowable, (ActionFlowable, Spacer, CondPageBreak)):
            return  # page breaks and spacing: nothing a reader sees
        self.pages_of.append((self.page, bool(getattr(flowable, "wd_tail", False))))

    def only_notes_on_last_page(self) -> bool:
        """True when nothing but the notes block (and notes after it) landed on the last page."""
        at = next((i for i, (_page, tail) in enumerate(self.pages_of) if tail), None)
        if at is None or self.page == 1:
            return False
        return all(page < self.page for page, _tail in self.pages_of[:at]) and self.pages_of[at][0] == self.page


def _footer(canv, doc) -> None:  # noqa: ANN001 - ReportLab callback
    canv.saveState()
    canv.setFillColor(draw.MUTED)
    canv.setFont(fonts.SANS, 7.5)
    canv.drawString(MARGIN, MARGIN / 2, FOOTER)
    canv.drawRightString(PAGE[0] - MARGIN, MARGIN / 2, f"pagina {doc.page}")
    canv.restoreState()


def _build(report: MunicipalityReport, compact: bool, notes_first: bool = False) -> tuple[_Doc, bytes]:
    buffer = io.BytesIO()
    doc = _Doc(buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
               bottomMargin=MARGIN, initialFontName=fonts.SANS, invariant=True, lang="nl",
               title=report.title, author="WIsH Desk", creator="WIsH Desk",
               subject="Rapportage voor de gemeente (alleen totalen)")
    styles: dict = {**_styles(compact), "compact": compact, "notes_first": notes_first}
    doc.build(_story(report, styles, doc.width), onFirstPage=_footer, onLaterPages=_footer)
    return doc, buffer.getvalue()


def render_report(report: MunicipalityReport, out: Output) -> int:
    """Write the report to ``out`` (a path or a binary stream); returns the page count.

    When the normal layout would put only the notes on a last page (a page 2 with four lines), the report
    is laid out once more with less room around headings, and that is used when it saves the page; failing
    that, the notes go before the per-school table, so the last page holds the end of that table."""
    fonts.register_fonts()
    doc, data = _build(report, compact=False)
    if doc.only_notes_on_last_page():
        tight, tight_data = _build(report, compact=True)
        if tight.page < doc.page:
            doc, data = tight, tight_data
        else:
            doc, data = _build(report, compact=False, notes_first=True)
    write_output(data, out)
    return doc.page
