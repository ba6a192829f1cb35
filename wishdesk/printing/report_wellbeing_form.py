"""The child-friendly well-being check on paper: one A4 page per pupil, the pupil's first name only, each
question with five smileys (very sad to very happy) to colour in. The teacher types the answers in later
with the entry grid. Plain data in (`core.report_data.WellbeingForm`).

Public API: ``render_wellbeing_form(form, out) -> int`` (page count).
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas

from wishdesk.core.report_data import WellbeingForm

from . import draw, fonts
from .document import Output, write_output

PAGE = A4
MARGIN = 18 * mm
FACE = 9 * mm  # radius of a smiley: big enough for a child to colour in
MOUTHS = (-1.0, -0.5, 0.0, 0.5, 1.0)  # very sad ... very happy: the curve of the mouth


def _smiley(c: pdfcanvas.Canvas, x: float, y: float, r: float, mood: float, number: int) -> None:
    c.setStrokeColor(draw.INK)
    c.setLineWidth(1.4)
    c.setFillColor(draw.WHITE)
    c.circle(x, y, r, stroke=1, fill=1)
    c.setFillColor(draw.INK)
    for dx in (-0.35, 0.35):
        c.circle(x + dx * r, y + 0.25 * r, 0.09 * r, stroke=0, fill=1)
    path = c.beginPath()
    width, depth, base = 0.5 * r, 0.25 * r * mood, y - 0.35 * r
    path.moveTo(x - width, base + depth / 2)
    path.curveTo(x - width / 2, base - depth, x + width / 2, base - depth, x + width, base + depth / 2)
    c.drawPath(path, stroke=1, fill=0)
    c.setFont(fonts.SANS, 8)
    c.setFillColor(draw.MUTED)
    c.drawCentredString(x, y - r - 10, str(number))


def _page(c: pdfcanvas.Canvas, form: WellbeingForm, name: str) -> None:
    width, height = PAGE
    c.setFillColor(draw.ACCENT)
    c.setFont(fonts.SANS_BOLD, 22)
    c.drawString(MARGIN, height - MARGIN - 10, "Hoe gaat het met jou?")
    c.setFont(fonts.SANS, 12)
    c.setFillColor(draw.INK)
    c.drawString(MARGIN, height - MARGIN - 34, f"Naam: {name}")
    c.drawRightString(width - MARGIN, height - MARGIN - 34, f"Groep {form.group_name} · {form.moment_label}")
    c.setFont(fonts.SANS, 10)
    c.setFillColor(draw.MUTED)
    c.drawString(MARGIN, height - MARGIN - 54, "Kleur bij elke zin het gezichtje dat past bij hoe jij je voelt. "
                 "Er zijn geen foute antwoorden.")
    top = height - MARGIN - 80
    row = (top - MARGIN - 20) / max(1, len(form.items))
    for index, item in enumerate(form.items):
        y = top - index * row
        c.setFillColor(draw.INK)
        c.setFont(fonts.SANS_BOLD, 13)
        c.drawString(MARGIN, y - 14, f"{index + 1}. {item}")
        step = (width - 2 * MARGIN) / 5
        for n, mood in enumerate(MOUTHS):
            _smiley(c, MARGIN + step * (n + 0.5), y - 14 - FACE - 12, FACE, mood, n + 1)
    c.setFont(fonts.SANS, 7.5)
    c.setFillColor(draw.MUTED)
    c.drawString(MARGIN, MARGIN / 2, f"WIsH Desk · welbevinden {form.moment_label} · {form.school_name}")


def render_wellbeing_form(form: WellbeingForm, out: Output) -> int:
    """One page per pupil; returns the page count."""
    fonts.register_fonts()
    buffer = io.BytesIO()
    c = pdfcanvas.Canvas(buffer, pagesize=PAGE, invariant=1, initialFontName=fonts.SANS, lang="nl")
    c.setTitle(f"Welbevinden groep {form.group_name}")
    c.setAuthor("WIsH Desk")
    names = form.first_names or ("",)
    for name in names:
        _page(c, form, name)
        c.showPage()
    c.save()
    write_output(buffer.getvalue(), out)
    return len(names)
