"""The lesson plan the duo takes into the classroom: steps with minutes and who leads, goals, materials.

Public API: ``render_lesson_plans(plans, out) -> int`` (one plan or several, each starting on a new
page; returns the page count). Dutch only – the plan is for the teacher and the specialist.

Built with Platypus because a plan can run over a page: the steps table repeats its header row on
each page. Every style, table and bullet names an embedded font (Platypus would otherwise fall back to
Helvetica, which would be referenced but not embedded).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from wishdesk.core.print_data import LessonPlanData

from ..core.errors import ValidationError
from . import draw, fonts
from .document import Output, write_output
from .labels import clock, dutch_date

LEAD_LABELS = {"teacher": "leerkracht", "specialist": "specialist", "both": "samen"}
MARGIN = 16 * mm
BODY = 10.5


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("wd-body", fontName=fonts.SANS, fontSize=BODY, leading=BODY * 1.35,
                          textColor=draw.INK, bulletFontName=fonts.SANS, bulletFontSize=BODY)
    return {
        "body": base,
        "small": ParagraphStyle("wd-small", parent=base, fontSize=BODY * 0.85, leading=BODY * 1.15,
                                textColor=draw.MUTED),
        "h2": ParagraphStyle("wd-h2", parent=base, fontName=fonts.SANS_BOLD, fontSize=BODY * 1.2,
                             leading=BODY * 1.5, textColor=draw.ACCENT, spaceBefore=BODY * 0.9,
                             spaceAfter=BODY * 0.3),
        "bullet": ParagraphStyle("wd-bullet", parent=base, leftIndent=BODY * 1.3, bulletIndent=BODY * 0.2),
        "box": ParagraphStyle("wd-box", parent=base, leftIndent=BODY * 1.6, bulletIndent=0,
                              bulletFontName=fonts.SYMBOLS),
        "cell": ParagraphStyle("wd-cell", parent=base, fontSize=BODY * 0.95, leading=BODY * 1.25),
        "head": ParagraphStyle("wd-head", parent=base, fontName=fonts.SANS_BOLD, fontSize=BODY * 0.85,
                               leading=BODY * 1.1, textColor=draw.WHITE),
    }


class _Header(Flowable):
    """The same dark header band as on the parents' sheets, drawn as a flowable at the top of a plan."""

    def __init__(self, plan: LessonPlanData, width: float) -> None:
        super().__init__()
        self.plan, self.width, self.height = plan, width, BODY * 7.4

    def draw(self) -> None:
        plan = self.plan
        parts = [plan.theme, f"Groep {plan.group_name}", plan.subgroup]
        when = dutch_date(plan.session_date) if plan.session_date else ""
        if plan.start_time is not None:
            end = _add_minutes(plan.start_time, plan.total_minutes)
            when = f"{when} · {clock(plan.start_time)}–{clock(end)}".strip(" ·")
        draw.header_band(self.canv, 0, self.height, self.width, self.height,
                         kicker=plan.school_name.upper(), title=f"Les {plan.lesson_number} – {plan.lesson_title}",
                         subline=" · ".join(p for p in parts if p), right_text=when, badge="LESPLAN", body=BODY)


def _add_minutes(start: dt.time, minutes: int) -> dt.time:
    moment = dt.datetime.combine(dt.date(2000, 1, 1), start) + dt.timedelta(minutes=minutes)
    return moment.time()


def _steps_table(plan: LessonPlanData, styles: dict, width: float) -> Table:
    head = styles["head"]
    rows = [[Paragraph("Tijd", head), Paragraph("Min.", head), Paragraph("Onderdeel", head),
             Paragraph("Wie", head)]]
    offset = 0
    for step in plan.steps:
        if plan.start_time is not None:
            when = f"{clock(_add_minutes(plan.start_time, offset))}"
        else:
            when = f"{offset // 60}:{offset % 60:02d}"
        text = f"<b>{escape(step.title)}</b>"
        if step.description:
            text += f"<br/>{escape(step.description)}"
        lead = LEAD_LABELS[step.lead]
        rows.append([Paragraph(when, styles["cell"]), Paragraph(str(step.minutes), styles["cell"]),
                     Paragraph(text, styles["cell"]),
                     Paragraph(f"<b>{lead}</b>" if step.lead == "both" else lead, styles["cell"])])
        offset += step.minutes
    rows.append([Paragraph("", styles["cell"]), Paragraph(f"<b>{plan.total_minutes}</b>", styles["cell"]),
                 Paragraph("<b>Totaal</b>", styles["cell"]), Paragraph("", styles["cell"])])
    widths = [width * 0.1, width * 0.08, width * 0.64, width * 0.18]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),  # never let a cell fall back to Helvetica
        ("FONTSIZE", (0, 0), (-1, -1), BODY * 0.95),
        ("BACKGROUND", (0, 0), (-1, 0), draw.ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, draw.RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [draw.WHITE, draw.TINT_DUTCH]),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def _plan_story(plan: LessonPlanData, styles: dict, width: float) -> list:
    story: list = [_Header(plan, width), Spacer(1, BODY)]
    duo = []
    if plan.teacher_name:
        duo.append(f"{escape(plan.teacher_name)} (leerkracht)")
    if plan.specialist_name:
        duo.append(f"{escape(plan.specialist_name)} (specialist)")
    facts = [f"<b>Duo:</b> {' en '.join(duo)}"] if duo else []
    facts.append(f"<b>Duur:</b> {plan.total_minutes} minuten")
    story.append(Paragraph(" · ".join(facts), styles["body"]))
    if plan.goals:
        story.append(Paragraph("Doelen", styles["h2"]))
        story += [Paragraph(escape(goal), styles["bullet"], bulletText="•") for goal in plan.goals]
    if plan.materials:
        story.append(Paragraph("Materialen", styles["h2"]))
        story += [Paragraph(escape(item), styles["box"], bulletText="\u2610") for item in plan.materials]
    story.append(CondPageBreak(BODY * 10))
    story.append(Paragraph("Lesverloop", styles["h2"]))
    story.append(_steps_table(plan, styles, width))
    if plan.home_activity_title:
        story.append(KeepTogether([
            Paragraph("Thuisopdracht", styles["h2"]),
            Paragraph(f"{escape(plan.home_activity_title)} – meegeven aan het eind van de les.", styles["body"]),
        ]))
    notes = [Paragraph("Aantekeningen", styles["h2"])]
    if plan.notes:
        notes.append(Paragraph(escape(plan.notes), styles["body"]))
    notes.append(_Lines(width, 4))
    story.append(KeepTogether(notes))
    return story


class _Lines(Flowable):
    """Ruled lines for handwritten notes during the lesson."""

    def __init__(self, width: float, count: int) -> None:
        super().__init__()
        self.width, self.count, self.height = width, count, count * BODY * 2.2

    def draw(self) -> None:
        for i in range(self.count):
            draw.rule(self.canv, 0, self.height - (i + 1) * BODY * 2.2 + 2, self.width)


def _footer(canv, doc) -> None:
    canv.saveState()
    canv.setFillColor(draw.MUTED)
    canv.setFont(fonts.SANS, 8)
    canv.drawString(MARGIN, MARGIN / 2, "WIsH Desk – lesplan voor het duo")
    canv.drawRightString(A4[0] - MARGIN, MARGIN / 2, f"pagina {doc.page}")
    canv.restoreState()


def render_lesson_plans(plans: LessonPlanData | Sequence[LessonPlanData], out: Output) -> int:
    """Write one or more lesson plans (each from a new page) to ``out``; returns the page count."""
    if isinstance(plans, LessonPlanData):
        plans = [plans]
    if not plans:
        raise ValidationError("Er zijn geen lesplannen om te printen")
    fonts.register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    first = plans[0]
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, initialFontName=fonts.SANS, invariant=True, lang="nl",
                            title=f"Lesplan les {first.lesson_number} – groep {first.group_name}",
                            author="WIsH Desk", creator="WIsH Desk")
    story: list = []
    for index, plan in enumerate(plans):
        if index:
            story.append(PageBreak())
        story += _plan_story(plan, styles, doc.width)
    doc.build(story, onFirstPage=_footer, onLaterPages=_footer)
    write_output(buffer.getvalue(), out)
    return doc.page
