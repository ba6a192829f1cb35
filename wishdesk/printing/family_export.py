"""The family's data on request (AVG right of access) as a PDF: bilingual headings, the data as plain rows.

Headings and explanations are in Dutch with the family language beside them (as on every parent document);
the stored values themselves are printed as stored.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from wishdesk.core.print_data import DUTCH, FamilyExportData

from . import draw, fonts
from .bidi import is_rtl
from .labels import dutch_date, family_date, label
from .personal import bilingual
from .text import block, draw_block, draw_line, single_line

MARGIN = 40.0
BODY = 10.0


def render_family_export(data: FamilyExportData, out: Path | str | BinaryIO) -> int:
    """Write the export to ``out``; returns the page count."""
    fonts.register_fonts()
    fam = data.language
    other = (lambda key, **v: label(key, fam, **v)) if fam != DUTCH else (lambda key, **v: "")
    canv = Canvas(out if not isinstance(out, Path) else str(out), pagesize=A4, initialFontName=fonts.SANS,
                  initialFontSize=BODY, invariant=True, pageCompression=1, lang="nl")
    canv.setTitle(f"Gegevens over {data.pupil_name}")
    canv.setAuthor("WIsH Desk")
    width, height = A4
    cw = width - 2 * MARGIN
    pages = 1
    second = (other("export_title"), family_date(data.made_on, fam), fam) if fam != DUTCH else None
    band_h = BODY * (7.4 + (1.9 if second else 0.0))
    draw.header_band(canv, MARGIN, height - MARGIN, cw, band_h, kicker=data.school_name.upper(),
                     title=label("export_title"), subline=f"{label('group')} {data.group_name} · {data.pupil_name}",
                     right_text=dutch_date(data.made_on), badge="AVG", body=BODY, second=second)
    y = height - MARGIN - band_h - BODY * 1.5
    intros = [(DUTCH, label("export_intro", name=data.pupil_name))]
    if fam != DUTCH:
        intros.append((fam, other("export_intro", name=data.pupil_name)))
    if not data.concerns_included:  # why (who exported it) in Dutch; where to ask in both languages
        intros.append((DUTCH, data.concerns_note or label("concerns_left_out")))
        if data.concerns_note:
            intros.append((DUTCH, label("concerns_left_out")))
        if fam != DUTCH:
            intros.append((fam, other("concerns_left_out")))
    for lang, text in intros:
        part = block(text, fonts.primary_font(lang), BODY, cw, is_rtl(lang))
        canv.setFillColor(draw.INK)
        y = draw_block(canv, part, MARGIN, y, cw) - BODY * 0.4

    def new_page() -> float:
        nonlocal pages
        canv.showPage()
        pages += 1
        return height - MARGIN

    for section in data.sections:
        if y < MARGIN + BODY * 6:
            y = new_page()
        y -= BODY * 1.6
        bilingual(canv, label(section.key), other(section.key), MARGIN, y, BODY * 1.15, fam, bold=True,
                  color=draw.ACCENT)
        y -= BODY * 1.5
        canv.setFillColor(draw.MUTED)
        draw_line(canv, single_line(" · ".join(section.columns), fonts.SANS, BODY * 0.85), MARGIN, y, BODY * 0.85)
        rows = section.rows or ((f"{label('none')}" + (f" / {other('none')}" if fam != DUTCH else ""),),)
        canv.setFillColor(draw.INK)
        for row in rows:
            text_block = block(" · ".join(v for v in row), fonts.SANS, BODY, cw)
            if y - text_block.height < MARGIN:
                y = new_page()
                canv.setFillColor(draw.INK)
            y = draw_block(canv, text_block, MARGIN, y - BODY * 0.35, cw, "left")
    canv.showPage()
    canv.save()
    return pages
