"""The school's partner map as a printable PDF: a simple diagram (the school in the middle, its own people
and its partners around it) on the first page, then the grouped list with contact persons and roles.

Plain data in (``core.services.partners.PartnerMap``), no database, no Qt. Only the bundled TrueType
fonts are used (never Helvetica), and the output is byte-identical for identical input.
"""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from ..core.print_data import MapEntry, PartnerMap
from . import fonts
from .document import write_output

PAGE = landscape(A4)
MARGIN = 36.0
INK = HexColor("#1F2933")
MUTED = HexColor("#52606D")
LINE = HexColor("#9AA5B1")
SCHOOL_FILL = HexColor("#0B6E4F")
OWN_FILL = HexColor("#E3F4EC")
SECTION_FILLS = (HexColor("#FFF3C4"), HexColor("#E0ECFF"), HexColor("#FCE4EC"), HexColor("#EDE7F6"))
MAX_NODES = 14  # more partners than this stay readable only in the list


def _lines(text: str, font: str, size: float, width: float, limit: int | None = None) -> list[str]:
    lines: list[str] = []
    for paragraph in (text or "").splitlines() or [""]:
        lines += simpleSplit(paragraph, font, size, width) or [""]
    if limit is not None and len(lines) > limit:
        lines = lines[:limit]
        while lines[-1] and _width(lines[-1] + "…", font, size) > width:
            lines[-1] = lines[-1][:-1]
        lines[-1] += "…"
    return lines


def _width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


def _header(canv: Canvas, data: PartnerMap, subtitle: str) -> float:
    width, height = PAGE
    canv.setFillColor(SCHOOL_FILL)
    canv.rect(0, height - 70, width, 70, stroke=0, fill=1)
    canv.setFillColor(white)
    canv.setFont(fonts.SANS, 10)
    canv.drawString(MARGIN, height - 26, "PARTNERKAART" + (f" · SCHOOLJAAR {data.year}" if data.year else ""))
    canv.setFont(fonts.SANS_BOLD, 20)
    title = data.school + (f", {data.town}" if data.town else "")
    canv.drawString(MARGIN, height - 52, _lines(title, fonts.SANS_BOLD, 20, width - 2 * MARGIN, 1)[0])
    canv.setFillColor(MUTED)
    canv.setFont(fonts.SANS, 9)
    canv.drawString(MARGIN, height - 86, subtitle)
    return height - 100


def _node(canv: Canvas, entry: MapEntry, cx: float, cy: float, fill: Color, school: str) -> None:
    w, h = 170.0, 58.0
    own = entry.organisation == school
    if own:  # the school's own people: their role is the heading
        role = entry.role or ""
        entry = MapEntry(role[:1].upper() + role[1:], entry.contact, None)
    canv.setFillColor(fill)
    canv.setStrokeColor(LINE)
    canv.setLineWidth(0.8)
    canv.roundRect(cx - w / 2, cy - h / 2, w, h, 8, stroke=1, fill=1)
    canv.setFillColor(INK)
    y = cy + h / 2 - 14
    for text, font, size, limit in ((entry.organisation, fonts.SANS_BOLD, 9, 2 if own else 1),
                                    (entry.contact or "", fonts.SANS, 8.5, 1),
                                    (entry.role or "", fonts.SANS, 7.5, 2)):
        if not text:
            continue
        canv.setFont(font, size)
        canv.setFillColor(INK if font == fonts.SANS_BOLD else MUTED)
        for line in _lines(text, font, size, w - 12, limit):
            canv.drawCentredString(cx, y, line)
            y -= size + 2


def _diagram(canv: Canvas, data: PartnerMap, top: float) -> None:
    width = PAGE[0]
    nodes: list[tuple[MapEntry, Color]] = [(e, OWN_FILL) for e in data.own_people]
    for index, section in enumerate(data.sections):
        nodes += [(e, SECTION_FILLS[index % len(SECTION_FILLS)]) for e in section.entries]
    hidden = max(0, len(nodes) - MAX_NODES)
    nodes = nodes[:MAX_NODES]
    cx, cy = width / 2, (top + MARGIN + 20) / 2
    rx, ry = width / 2 - MARGIN - 95, (top - MARGIN - 20) / 2 - 34
    positions = [(cx + rx * math.cos(math.pi / 2 - 2 * math.pi * i / len(nodes)),
                  cy + ry * math.sin(math.pi / 2 - 2 * math.pi * i / len(nodes))) for i in range(len(nodes))]
    canv.setStrokeColor(LINE)
    canv.setLineWidth(1)
    for x, y in positions:
        canv.line(cx, cy, x, y)
    for (entry, fill), (x, y) in zip(nodes, positions, strict=True):
        _node(canv, entry, x, y, fill, data.school)
    canv.setFillColor(SCHOOL_FILL)
    canv.circle(cx, cy, 62, stroke=0, fill=1)
    canv.setFillColor(white)
    lines = _lines(data.school, fonts.SANS_BOLD, 11, 110, 3)
    y = cy + (len(lines) - 1) * 7
    canv.setFont(fonts.SANS_BOLD, 11)
    for line in lines:
        canv.drawCentredString(cx, y - 4, line)
        y -= 14
    canv.setFillColor(MUTED)
    canv.setFont(fonts.SANS, 8.5)
    if not data.sections:
        canv.drawCentredString(cx, MARGIN + 4, "Nog geen partners buiten de school vastgelegd. "
                                            "Vul de partnerkaart in WIsH Desk aan.")
    if hidden:
        canv.drawCentredString(cx, MARGIN + 4, f"Nog {hidden} partners staan alleen in de lijst op de volgende bladzijde.")
    _legend(canv, data)


def _legend(canv: Canvas, data: PartnerMap) -> None:
    items = [("Eigen school en trainers", OWN_FILL)] + [
        (s.heading, SECTION_FILLS[i % len(SECTION_FILLS)]) for i, s in enumerate(data.sections)]
    x = MARGIN
    canv.setFont(fonts.SANS, 8)
    for label, fill in items:
        canv.setFillColor(fill)
        canv.setStrokeColor(LINE)
        canv.rect(x, MARGIN - 18, 10, 10, stroke=1, fill=1)
        canv.setFillColor(INK)
        canv.drawString(x + 14, MARGIN - 16, label)
        x += 24 + _width(label, fonts.SANS, 8)


def _list_pages(canv: Canvas, data: PartnerMap) -> None:
    """The grouped list: section heading, then per partner organisation / contact / role / notes."""
    width = PAGE[0]
    columns = (MARGIN, MARGIN + 210, MARGIN + 390, MARGIN + 570)
    widths = (200, 170, 170, width - MARGIN - columns[3])
    sections = [("Eigen school en trainers", data.own_people)] + [(s.heading, s.entries) for s in data.sections]
    y = 0.0

    def new_page() -> float:
        canv.showPage()
        return _header(canv, data, "Wie doet wat rond de weerbaarheidstraining: contactpersonen en hun rol.") - 14

    y = new_page()
    for heading, entries in sections:
        if not entries:
            continue
        if y < MARGIN + 60:
            y = new_page()
        canv.setFillColor(SCHOOL_FILL)
        canv.setFont(fonts.SANS_BOLD, 12)
        canv.drawString(MARGIN, y, heading)
        y -= 16
        canv.setFillColor(MUTED)
        canv.setFont(fonts.SANS, 8)
        for x, label in zip(columns, ("Organisatie", "Contactpersoon", "Rol", "Notities"), strict=True):
            canv.drawString(x, y, label)
        y -= 12
        for entry in entries:
            cells = [_lines(text or "", fonts.SANS_BOLD if i == 0 else fonts.SANS, 9, w)
                     for i, (text, w) in enumerate(zip((entry.organisation, entry.contact, entry.role, entry.notes),
                                                       widths, strict=True))]
            needed = max(len(c) for c in cells) * 11 + 6
            if y - needed < MARGIN:
                y = new_page()
            canv.setStrokeColor(LINE)
            canv.setLineWidth(0.4)
            canv.line(MARGIN, y + 8, width - MARGIN, y + 8)
            for i, (x, lines) in enumerate(zip(columns, cells, strict=True)):
                canv.setFont(fonts.SANS_BOLD if i == 0 else fonts.SANS, 9)
                canv.setFillColor(INK)
                for n, line in enumerate(lines):
                    canv.drawString(x, y - 3 - n * 11, line)
            y -= needed
        y -= 10


def render_partner_map(data: PartnerMap, out: Path | str | BinaryIO) -> int:
    """Write the partner map PDF to a path (atomically) or a binary stream; returns the page count."""
    fonts.register_fonts()
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=PAGE, initialFontName=fonts.SANS, initialFontSize=10, invariant=True,
                  pageCompression=1, lang="nl")
    canv.setTitle(f"Partnerkaart {data.school}")
    canv.setAuthor("WIsH Desk")
    canv.setCreator("WIsH Desk")
    top = _header(canv, data, "Het netwerk rond groep 6: wie u kunt bellen, en waarvoor.")
    _diagram(canv, data, top)
    _list_pages(canv, data)
    canv.showPage()
    canv.save()
    pages = canv.getPageNumber() - 1
    write_output(buffer.getvalue(), out)  # atomic for paths, like every other document
    return pages
