"""Drawing pieces of a home-activity sheet: the QR box, headings, bullets, the activity boxes and the tip bar.

Each function returns an ``Op`` (a function of the canvas) or the measured parts of one; ``handout_sheet``
decides where they go.
"""

from __future__ import annotations

from collections.abc import Callable

from wishdesk.core.print_data import DUTCH, HandoutLesson, HomeActivityText

from . import draw, fonts
from .bidi import is_rtl
from .labels import label
from .personal import bilingual
from .text import block, draw_block, draw_line, single_line

Op = Callable[[object], None]


def video_caption_key(lesson: HandoutLesson) -> str:
    return "watch_video" if lesson.video_kind == "lesson" else "watch_group_video"


def _qr_box(lesson: HandoutLesson, fam: str, qr: float, body: float, bx: float, top: float,
            box_w: float) -> tuple[float, Op]:
    """The tinted box with the video QR code and its caption (Dutch, plus the family language), saying whether
    it is the video of this lesson or the group's own class video."""
    small = body * 0.82
    pad = body * 1.2
    inner = box_w - pad
    key = video_caption_key(lesson)
    caption = block(label(key), fonts.SANS_BOLD, small, inner, leading=1.25)
    fam_caption = None
    if fam != DUTCH:
        fam_caption = block(label(key, fam), fonts.primary_font(fam), small, inner, is_rtl(fam), 1.25)
    box_h = pad + qr + pad * 0.6 + caption.height + pad * 0.8
    if fam_caption:
        box_h += fam_caption.height + small * 0.3
    url = lesson.video_url or ""

    def op(c) -> None:
        c.setFillColor(draw.TINT_FAMILY)
        c.rect(bx, top - box_h, box_w, box_h, stroke=0, fill=1)
        draw.draw_qr(c, url, bx + (box_w - qr) / 2, top - pad - qr, qr)
        c.setFillColor(draw.INK)
        after = draw_block(c, caption, bx + pad / 2, top - pad - qr - pad * 0.6, inner, "center")
        if fam_caption:
            c.setFillColor(draw.MUTED)
            draw_block(c, fam_caption, bx + pad / 2, after - small * 0.3, inner, "center")

    return box_h, op


def _tip_op(tip_blocks, x0: float, top: float, height: float, step: float, pad: float, inner: float,
            body: float) -> Op:
    """An orange bar with each column's tip under its activity box."""

    def op(c) -> None:
        c.setFillColor(draw.ORANGE)
        c.rect(x0, top - height, 2.6, height + body * 0.2, stroke=0, fill=1)
        c.setFillColor(draw.MUTED)
        for i, tip_block in enumerate(tip_blocks):
            if tip_block:
                draw_block(c, tip_block, x0 + i * step + pad, top - body * 0.1, inner)

    return op


def _heading_op(text: str, x: float, top: float, size: float, lang: str = DUTCH, width: float = 0.0) -> Op:
    """A section heading in one language (right-aligned in its column for right-to-left scripts)."""
    rtl = is_rtl(lang)
    font = fonts.primary_font(lang, True)
    fitted = draw.fit_size(text, font, size, width, size * 0.7) if width else size  # never into the next column
    line = single_line(text, font, fitted, rtl)

    def op(c) -> None:
        c.setFillColor(draw.ACCENT)
        draw_line(c, line, x, top - size, fitted, width, "right" if rtl else "left")

    return op


def _bilingual_heading_op(key: str, fam: str, x: float, top: float, size: float) -> Op:
    """"Wat deden we in de klas? / <family language>" for a section printed in Dutch only."""

    def op(c) -> None:
        bilingual(c, label(key), label(key, fam) if fam != DUTCH else "", x, top - size, size, fam, bold=True,
                  color=draw.ACCENT)

    return op


def _block_op(text_block, x: float, top: float, width: float, color) -> Op:
    def op(c) -> None:
        c.setFillColor(color)
        draw_block(c, text_block, x, top, width)

    return op


def _bullet_op(cell, x: float, top: float, indent: float, width: float) -> Op:
    """A bullet point; for right-to-left text the bullet stands at the right and the text ends before it."""

    def op(c) -> None:
        c.setFillColor(draw.ORANGE)
        bullet = single_line("•", fonts.SANS, cell.size)
        if cell.rtl:
            draw_line(c, bullet, x + width + indent - bullet.width, top - cell.size, cell.size)
            c.setFillColor(draw.INK)
            draw_block(c, cell, x, top, width)
        else:
            draw_line(c, bullet, x, top - cell.size, cell.size)
            c.setFillColor(draw.INK)
            draw_block(c, cell, x + indent, top, width)

    return op


def _activity_cell(lang: str, act: HomeActivityText, inner: float, body: float, minutes: int | None = None):
    rtl = is_rtl(lang)
    small = body * 0.82
    name = block(label("language_name", lang).upper(), fonts.primary_font(lang, True), small, inner, rtl)
    title = block(f"{label('home_activity', lang)}: {act.title}", fonts.primary_font(lang, True), body * 1.05,
                  inner, rtl, 1.3)
    duration = block(label("duration", lang, minutes=minutes), fonts.primary_font(lang), small, inner, rtl) \
        if minutes else None
    text = block(act.text, fonts.primary_font(lang), body, inner, rtl)
    height = name.height + small * 0.4 + title.height + body * 0.45 + text.height
    if duration:
        height += duration.height + small * 0.3
    return height, name, title, duration, text


def _activity_box_op(cell, lang: str, x: float, top: float, width: float, height: float, pad: float) -> Op:
    _, name, title, duration, text = cell

    def op(c) -> None:
        c.setFillColor(draw.TINT_DUTCH if lang == DUTCH else draw.TINT_FAMILY)
        c.rect(x, top - height, width, height, stroke=0, fill=1)
        inner_x, inner_w = x + pad, width - 2 * pad
        c.setFillColor(draw.ACCENT)
        y = draw_block(c, name, inner_x, top - pad, inner_w) - name.size * 0.4
        c.setFillColor(draw.INK)
        y = draw_block(c, title, inner_x, y, inner_w)
        if duration:
            c.setFillColor(draw.MUTED)
            y = draw_block(c, duration, inner_x, y - duration.size * 0.3, inner_w)
            c.setFillColor(draw.INK)
        draw_block(c, text, inner_x, y - text.size * 0.45, inner_w)

    return op
