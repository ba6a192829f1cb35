"""Layout of one home-activity sheet (A4 or A5), computed once per language and kept as a form XObject.

Everything that is the same for every family with the same language (header, class summary, QR code,
both activity texts, tip, the tear-off slip) goes into one form; a page then costs one ``doForm`` plus
the few personal words (the name in the heading and on the slip). When the content is too long for the
page, the whole sheet is laid out again with a slightly smaller type size, down to a readable minimum.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, A5

from wishdesk.core.print_data import DUTCH, HandoutLesson, HomeActivityText

from . import draw, fonts
from .bidi import is_rtl
from .labels import dutch_date, dutch_week, label
from .personal import SheetLayout, bilingual
from .text import block, draw_block, draw_line, single_line, text_width

Op = Callable[[object], None]


@dataclass(frozen=True)
class Geometry:
    """Page size, margins and preferred type size of one sheet format."""

    name: str
    width: float
    height: float
    margin_x: float
    margin_top: float
    margin_bottom: float
    body: float
    min_body: float
    qr: float
    comment_lines: int


A4_SHEET = Geometry("a4", A4[0], A4[1], 40, 28, 22, 10.5, 8.5, 80, 3)
A5_SHEET = Geometry("a5", A5[0], A5[1], 18, 16, 14, 8.6, 7.2, 58, 2)


def family_language(lesson: HandoutLesson, language: str) -> str:
    """The second language on the sheet; Dutch when the family speaks Dutch or no translation exists."""
    if language != DUTCH and lesson.activity(language) is not None:
        return language
    return DUTCH


def compose_sheet(lesson: HandoutLesson, language: str, geo: Geometry, body: float):
    """Lay the sheet out at ``body`` size; returns (ops, slots, fits)."""
    ops: list[Op] = []
    W, H, x0 = geo.width, geo.height, geo.margin_x
    cw = W - 2 * x0
    small, h2, heading = body * 0.82, body * 1.15, body * 1.5
    fam = language
    fam_rtl = is_rtl(fam)
    title = f"{label('lesson')} {lesson.lesson_number} – {lesson.lesson_title}"

    # ---- tear-off slip, measured from the bottom so the cut line sits at a fixed place -------------
    rows = [body * 1.6 + h2 * 0.8, body * 1.9, body * 2.4, body * 2.3]
    rows += [body * 2.3] * geo.comment_lines + [body * 2.4]
    slip_h = sum(rows) + body * 0.6
    cut_y = geo.margin_bottom + slip_h
    b_title = cut_y - rows[0]
    b_name = b_title - rows[1]
    b_check = b_name - rows[2]
    b_comment = b_check - rows[3]
    b_sign = b_comment - sum(rows[4:])

    def slip(c) -> None:
        draw.cut_line(c, cut_y, W, label("cut_here"), body)
        c.setFillColor(draw.ACCENT)
        draw_line(c, single_line(label("return_slip"), fonts.SANS_BOLD, h2), x0, b_title, h2)
        c.setFillColor(draw.MUTED)
        if lesson.return_by is not None:
            due = label("hand_in_by", date=dutch_date(lesson.return_by, year=False))
            draw_line(c, single_line(due, fonts.SANS, small), x0, b_title, small, cw, "right")
        ref = f"{label('group')} {lesson.group_name} · {title}"
        ref_size = draw.fit_size(ref, fonts.SANS, small, cw * 0.45, small * 0.8)
        ref = draw.ellipsize(ref, fonts.SANS, ref_size, cw * 0.45)
        draw_line(c, single_line(ref, fonts.SANS, ref_size), x0, b_name, ref_size, cw, "right")
        c.setFillColor(draw.INK)
        draw_line(c, single_line(f"{label('pupil')}:", fonts.SANS, body), x0, b_name, body)
        x = x0
        for key in ("done", "not_done"):
            box = body * 1.15
            draw.checkbox(c, x, b_check, box)
            x += box + body * 0.6
            x = bilingual(c, label(key), label(key, fam) if fam != DUTCH else "", x, b_check, body, fam)
            x += body * 4
        other = label("comment", fam) if fam != DUTCH else ""
        end = bilingual(c, label("comment"), other, x0, b_comment, body, fam)
        c.setFillColor(draw.MUTED)
        draw_line(c, single_line(" " + label("comment_hint") + ":", fonts.SANS, small), end, b_comment, small)
        for i in range(geo.comment_lines):
            draw.rule(c, x0, b_comment - body * 2.3 * (i + 1) + body * 0.6, cw)
        sign = label("signature") + ":"
        sign_w = text_width(sign, fonts.SANS, small)
        c.setFillColor(draw.INK)
        sign_x = x0 + cw - cw * 0.26 - sign_w - body * 0.4
        draw_line(c, single_line(sign, fonts.SANS, small), sign_x, b_sign, small)
        draw.rule(c, x0 + cw - cw * 0.26, b_sign - body * 0.15, cw * 0.26)

    ops.append(slip)

    # ---- header band ---------------------------------------------------------------------------------
    top = H - geo.margin_top
    band_h = body * 7.4
    subline = " · ".join(p for p in (lesson.theme, f"{label('group')} {lesson.group_name}") if p)
    week = dutch_week(lesson.lesson_date) if lesson.lesson_date else ""
    ops.append(lambda c: draw.header_band(
        c, x0, top, cw, band_h, kicker=lesson.school_name.upper(), title=title, subline=subline,
        right_text=week, badge=label("home_activity").upper(), body=body))
    y = top - band_h - body * 1.7
    heading_baseline = y - heading
    rule_y = heading_baseline - heading * 0.5

    def heading_rule(c) -> None:
        c.setFillColor(draw.ORANGE)
        c.rect(x0, rule_y - 1.2, body * 4.4, 2.4, stroke=0, fill=1)

    ops.append(heading_rule)
    y = rule_y - body * 1.7

    # ---- what we did + QR box; "what your child practises" below it or beside the QR, whichever is shorter
    video = lesson.video_url
    box_w = geo.qr + body * 2.4 if video else 0.0
    left_w = cw - (box_w + body * 1.6 if video else 0.0)
    summary = block(lesson.class_summary, fonts.SANS, body, left_w)
    section_top = y
    ops.append(_heading_op(label("what_we_did"), x0, section_top, h2))
    summary_top = section_top - h2 * 1.55
    ops.append(lambda c: (c.setFillColor(draw.INK), draw_block(c, summary, x0, summary_top, left_w)))
    left_bottom = summary_top - summary.height
    items = tuple(item for item in lesson.child_practice if item.strip())
    if video:
        box_h, qr_op = _qr_box(lesson, fam, geo, body, x0 + cw - box_w, section_top, box_w)
        ops.append(qr_op)
        qr_bottom = section_top - box_h
        below_top = min(left_bottom, qr_bottom) - body * 1.5
        below_ops, below_h = _practice(items, x0, below_top, cw, body)
        beside_ops, beside_h = _practice(items, x0, left_bottom - body * 1.2, left_w, body)
        if min(left_bottom - body * 1.2 - beside_h, qr_bottom) > below_top - below_h:
            ops += beside_ops
            y = min(left_bottom - body * 1.2 - beside_h, qr_bottom) - body * 1.5
        else:
            ops += below_ops
            y = below_top - below_h - (body * 1.5 if items else 0.0)
    else:
        practice_ops, practice_h = _practice(items, x0, left_bottom - body * 1.5, cw, body)
        ops += practice_ops
        y = left_bottom - body * 1.5 - practice_h - (body * 1.5 if items else 0.0)

    # ---- home activity: family language beside Dutch ----------------------------------------------
    def activity_heading(c, base=y - h2) -> None:
        c.setFillColor(draw.ACCENT)
        draw_line(c, single_line(label("home_activity"), fonts.SANS_BOLD, h2), x0, base, h2)
        if lesson.activity_minutes:
            c.setFillColor(draw.MUTED)
            hint = label("duration", minutes=lesson.activity_minutes)
            draw_line(c, single_line(hint, fonts.SANS, small), x0 + text_width(label("home_activity"), fonts.SANS_BOLD, h2) + body, base, small)

    ops.append(activity_heading)
    y -= h2 * 1.7
    dutch = lesson.dutch_activity
    columns_data: list[tuple[str, HomeActivityText]] = [(DUTCH, dutch)]
    if fam != DUTCH:
        family = lesson.activity(fam)
        columns_data = [(DUTCH, dutch), (fam, family)] if fam_rtl else [(fam, family), (DUTCH, dutch)]
    gap = body * 1.2
    col_w = (cw - gap * (len(columns_data) - 1)) / len(columns_data)
    pad = body * 1.0
    inner = col_w - 2 * pad
    cells = [_activity_cell(lang, act, inner, body) for lang, act in columns_data]
    box_h = max(cell[0] for cell in cells) + 2 * pad
    box_top = y
    for i, (lang, _act) in enumerate(columns_data):
        ops.append(_activity_box_op(cells[i], lang, x0 + i * (col_w + gap), box_top, col_w, box_h, pad))
    y = box_top - box_h - body * 0.9

    tips = [(lang, act.tip.strip()) for lang, act in columns_data]
    if any(tip for _, tip in tips):
        tip_blocks = [
            block(f"{label('tip', lang)}: {tip}", fonts.primary_font(lang), body * 0.9, inner, is_rtl(lang), 1.3)
            if tip else None
            for lang, tip in tips
        ]
        tip_h = max(b.height for b in tip_blocks if b) + body * 0.3
        ops.append(_tip_op(tip_blocks, x0, y, tip_h, col_w + gap, pad, inner, body))
        y = y - tip_h - body * 0.6

    fits = y >= cut_y + body * 0.8
    slots = dict(heading_x=x0, heading_baseline=heading_baseline, heading_width=cw, heading_size=heading,
                 slip_name_x=x0 + text_width(f"{label('pupil')}: ", fonts.SANS, body),
                 slip_baseline=b_name, slip_size=body)
    return ops, slots, fits


def _practice(items: tuple[str, ...], x0: float, top: float, width: float, body: float) -> tuple[list[Op], float]:
    """"Wat oefent uw kind?" with its bullets in up to three columns; returns (ops, height)."""
    if not items:
        return [], 0.0
    h2 = body * 1.15
    ops = [_heading_op(label("child_practice"), x0, top, h2)]
    y = top - h2 * 1.55
    columns = max(1, min(3, len(items), int(width // (body * 12))))
    gap = body * 1.4
    col_w = (width - gap * (columns - 1)) / columns
    indent = body * 0.9
    for start in range(0, len(items), columns):
        row = [block(t, fonts.SANS, body * 0.95, col_w - indent) for t in items[start:start + columns]]
        for i, cell in enumerate(row):
            ops.append(_bullet_op(cell, x0 + i * (col_w + gap), y, indent, col_w - indent))
        y -= max(cell.height for cell in row) + body * 0.35
    return ops, top - y


def _qr_box(lesson: HandoutLesson, fam: str, geo: Geometry, body: float, bx: float, top: float,
            box_w: float) -> tuple[float, Op]:
    """The tinted box with the class-video QR code and its caption (Dutch, plus the family language)."""
    small = body * 0.82
    pad = body * 1.2
    inner = box_w - pad
    caption = block(lesson.video_caption, fonts.SANS_BOLD, small, inner, leading=1.25)
    fam_caption = None
    if fam != DUTCH:
        fam_caption = block(label("watch_video", fam), fonts.primary_font(fam), small, inner, is_rtl(fam), 1.25)
    box_h = pad + geo.qr + pad * 0.6 + caption.height + pad * 0.8
    if fam_caption:
        box_h += fam_caption.height + small * 0.3
    url = lesson.video_url or ""

    def op(c) -> None:
        c.setFillColor(draw.TINT_FAMILY)
        c.rect(bx, top - box_h, box_w, box_h, stroke=0, fill=1)
        draw.draw_qr(c, url, bx + (box_w - geo.qr) / 2, top - pad - geo.qr, geo.qr)
        c.setFillColor(draw.INK)
        after = draw_block(c, caption, bx + pad / 2, top - pad - geo.qr - pad * 0.6, inner, "center")
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


def _heading_op(text: str, x: float, top: float, size: float) -> Op:
    def op(c) -> None:
        c.setFillColor(draw.ACCENT)
        draw_line(c, single_line(text, fonts.SANS_BOLD, size), x, top - size, size)

    return op


def _bullet_op(cell, x: float, top: float, indent: float, width: float) -> Op:
    def op(c) -> None:
        c.setFillColor(draw.ORANGE)
        draw_line(c, single_line("•", fonts.SANS, cell.size), x, top - cell.size, cell.size)
        c.setFillColor(draw.INK)
        draw_block(c, cell, x + indent, top, width)

    return op


def _activity_cell(lang: str, act: HomeActivityText, inner: float, body: float):
    rtl = is_rtl(lang)
    small = body * 0.82
    name = block(label("language_name", lang).upper(), fonts.primary_font(lang, True), small, inner, rtl)
    title = block(f"{label('home_activity', lang)}: {act.title}", fonts.primary_font(lang, True), body * 1.05,
                  inner, rtl, 1.3)
    text = block(act.text, fonts.primary_font(lang), body, inner, rtl)
    height = name.height + small * 0.4 + title.height + body * 0.45 + text.height
    return height, name, title, text


def _activity_box_op(cell, lang: str, x: float, top: float, width: float, height: float, pad: float) -> Op:
    _, name, title, text = cell

    def op(c) -> None:
        c.setFillColor(draw.TINT_DUTCH if lang == DUTCH else draw.TINT_FAMILY)
        c.rect(x, top - height, width, height, stroke=0, fill=1)
        inner_x, inner_w = x + pad, width - 2 * pad
        c.setFillColor(draw.ACCENT)
        y = draw_block(c, name, inner_x, top - pad, inner_w) - name.size * 0.4
        c.setFillColor(draw.INK)
        y = draw_block(c, title, inner_x, y, inner_w) - text.size * 0.45
        draw_block(c, text, inner_x, y, inner_w)

    return op


def prepare_sheet(canv, lesson: HandoutLesson, language: str, geo: Geometry) -> SheetLayout:
    """Lay out the sheet for ``language`` (shrinking type until it fits) and define its form on ``canv``."""
    fam = family_language(lesson, language)
    body = geo.body
    while True:
        ops, slots, fits = compose_sheet(lesson, fam, geo, body)
        if fits or body <= geo.min_body:
            break
        body = max(geo.min_body, round(body - 0.25, 2))
    forms: dict = canv.__dict__.setdefault("_wd_sheet_forms", {})
    name = f"wdsheet_{geo.name}_{len(forms)}"
    if lesson.video_url:
        draw.ensure_qr_form(canv, lesson.video_url)  # define the shared QR before the sheet uses it
    canv.beginForm(name, 0, 0, geo.width, geo.height)
    for op in ops:
        op(canv)
    canv.endForm()
    forms[name] = True
    return SheetLayout(form=name, language=fam, body=body, fits=fits, **slots)
