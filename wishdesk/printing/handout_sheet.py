"""Layout of one home-activity sheet (A4 or A5), computed once per language and kept as a form XObject.

Everything that is the same for every family with the same language (header, class summary, QR code,
both activity texts, tip, the tear-off slip) goes into one form; a page then costs one ``doForm`` plus
the few personal words (the name in the heading and on the slip). When the content is too long for the
page, the whole sheet is laid out again with a slightly smaller type size, down to a readable minimum.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, A5

from wishdesk.core.print_data import DUTCH, HandoutLesson, HomeActivityText

from . import draw, fonts
from .bidi import is_rtl
from .handout_parts import (
    Op,
    _activity_box_op,
    _activity_cell,
    _bilingual_heading_op,
    _block_op,
    _bullet_op,
    _heading_op,
    _qr_box,
    _tip_op,
)
from .labels import dutch_date, dutch_week, family_date, family_week, label
from .personal import SheetLayout, bilingual
from .text import block, draw_line, single_line, text_width


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


#: Running text (class summary, what the child practises, the activity, the tip) is never smaller than this.
MIN_TEXT = 8.5

A4_SHEET = Geometry("a4", A4[0], A4[1], 40, 28, 22, 10.5, MIN_TEXT, 80, 3)
A5_SHEET = Geometry("a5", A5[0], A5[1], 18, 16, 14, 9.0, MIN_TEXT, 58, 2)

#: Where the second A5 half starts on the landscape A4 page (the page is cut in the middle). A bilingual sheet
#: that does not fit one A5 half at `MIN_TEXT` continues there: the front half has what the class did, the
#: second half the home activity and the return slip.
SECOND_HALF_X = A4[1] / 2


def _text_size(size: float) -> float:
    return max(size, MIN_TEXT)


def family_language(lesson: HandoutLesson, language: str) -> str:
    """The second language on the sheet; Dutch when the family speaks Dutch or no translation exists."""
    if language != DUTCH and lesson.activity(language) is not None:
        return language
    return DUTCH


def column_order(fam: str) -> list[str]:
    """Languages of two-column sections, left to right: the family language on the right for right-to-left
    scripts (it reads from the right edge), on the left otherwise; Dutch alone for Dutch families."""
    if fam == DUTCH:
        return [DUTCH]
    return [DUTCH, fam] if is_rtl(fam) else [fam, DUTCH]


def _section_texts(lesson: HandoutLesson, lang: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(title, class summary, practice items) in ``lang``; None when the lesson has no such translation."""
    if lang == DUTCH:
        return lesson.lesson_title, lesson.class_summary, tuple(i for i in lesson.child_practice if i.strip())
    section = lesson.section(lang)
    if section is None or not section.class_summary.strip():
        return None
    return section.lesson_title, section.class_summary, tuple(i for i in section.child_practice if i.strip())


def compose_sheet(lesson: HandoutLesson, language: str, geo: Geometry, body: float, split: bool = False):
    """Lay the sheet out at ``body`` size; returns (ops, slots, fits). ``split``: over two A5 halves (the home
    activity and the slip on the second, drawn `SECOND_HALF_X` to the right)."""
    ops: list[Op] = []
    W, H, x0 = geo.width, geo.height, geo.margin_x
    cw = W - 2 * x0
    small, h2, heading = body * 0.82, body * 1.15, body * 1.5
    fam = language
    fam_rtl = is_rtl(fam)
    other = (lambda key, **v: label(key, fam, **v)) if fam != DUTCH else (lambda key, **v: "")
    title = f"{label('lesson')} {lesson.lesson_number} – {lesson.lesson_title}"
    fam_texts = _section_texts(lesson, fam) if fam != DUTCH else None
    section_langs = column_order(fam) if fam_texts else [DUTCH]

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
    pupil_label = label("pupil") + (" / " + other("pupil") if fam != DUTCH else "") + ":"
    pupil_w = text_width(pupil_label + " ", fonts.SANS, body)

    def slip(c) -> None:
        cut = label("cut_here") + (" · " + other("cut_here") if fam != DUTCH else "")
        draw.cut_line(c, cut_y, W, cut, body)
        due = label("hand_in_by", date=dutch_date(lesson.return_by, year=False)) if lesson.return_by else ""
        # the slip's title gives way to the hand-in day on its right (long family-language titles shrink)
        room = cw - (text_width(due, fonts.SANS, small) + body if due else 0.0)
        title_w = text_width(label("return_slip"), fonts.SANS_BOLD, 1.0) + text_width(" / ", fonts.SANS, 1.0) + (
            text_width(other("return_slip"), fonts.primary_font(fam, True), 1.0) if fam != DUTCH else 0.0)
        title_size = max(h2 * 0.7, min(h2, room / max(title_w, 1e-6)))
        bilingual(c, label("return_slip"), other("return_slip"), x0, b_title, title_size, fam, bold=True,
                  color=draw.ACCENT)
        c.setFillColor(draw.MUTED)
        if lesson.return_by is not None:
            draw_line(c, single_line(due, fonts.SANS, small), x0, b_title, small, cw, "right")
            if fam != DUTCH:
                fam_due = other("hand_in_by", date=family_date(lesson.return_by, fam, year=False))
                size = draw.fit_size(fam_due, fonts.primary_font(fam), small, cw * 0.45, small * 0.7)
                draw_line(c, single_line(fam_due, fonts.primary_font(fam), size, fam_rtl), x0, b_name, size, cw,
                          "right")
        c.setFillColor(draw.INK)
        draw_line(c, single_line(pupil_label, fonts.SANS, body), x0, b_name, body)
        x = x0
        for key in ("done", "not_done"):
            box = body * 1.15
            draw.checkbox(c, x, b_check, box)
            x += box + body * 0.6
            x = bilingual(c, label(key), other(key), x, b_check, body, fam)
            x += body * 4
        end = bilingual(c, label("comment"), other("comment"), x0, b_comment, body, fam)
        c.setFillColor(draw.MUTED)
        hint = " " + label("comment_hint") + ":"
        draw_line(c, single_line(hint, fonts.SANS, small), end, b_comment, small)
        if fam != DUTCH:  # "(you may write in your own language)" in the language the parent reads
            room = x0 + cw - (end + text_width(hint, fonts.SANS, small) + body)
            fam_hint = other("comment_hint")
            size = draw.fit_size(fam_hint, fonts.primary_font(fam), small, room, small * 0.55)
            draw_line(c, single_line(fam_hint, fonts.primary_font(fam), size, fam_rtl), x0, b_comment, size, cw,
                      "right")
        for i in range(geo.comment_lines):
            draw.rule(c, x0, b_comment - body * 2.3 * (i + 1) + body * 0.6, cw)
        ref = f"{label('group')} {lesson.group_name} · {title}"
        ref_size = draw.fit_size(ref, fonts.SANS, small, cw * 0.4, small * 0.8)
        ref = draw.ellipsize(ref, fonts.SANS, ref_size, cw * 0.4)
        draw_line(c, single_line(ref, fonts.SANS, ref_size), x0, b_sign, ref_size)
        sign = label("signature") + (" / " + other("signature") if fam != DUTCH else "") + ":"
        sign_size = draw.fit_size(sign, fonts.SANS, small, cw * 0.3, small * 0.7)
        sign_w = text_width(sign, fonts.SANS, sign_size)
        c.setFillColor(draw.INK)
        sign_x = x0 + cw - cw * 0.26 - sign_w - body * 0.4
        draw_line(c, single_line(sign, fonts.SANS, sign_size), sign_x, b_sign, sign_size)
        draw.rule(c, x0 + cw - cw * 0.26, b_sign - body * 0.15, cw * 0.26)

    ops.append(slip)

    # ---- header band ---------------------------------------------------------------------------------
    top = H - geo.margin_top
    subline = " · ".join(p for p in (lesson.theme, f"{label('group')} {lesson.group_name}") if p)
    week = dutch_week(lesson.lesson_date) if lesson.lesson_date else ""
    second = None
    if fam != DUTCH:
        fam_title = f"{other('lesson')} {lesson.lesson_number} – {fam_texts[0] if fam_texts else lesson.lesson_title}"
        second = (fam_title, family_week(lesson.lesson_date, fam) if lesson.lesson_date else "", fam)
    band_h = body * (7.4 + (1.9 if second else 0.0))
    ops.append(lambda c: draw.header_band(
        c, x0, top, cw, band_h, kicker=lesson.school_name.upper(), title=title, subline=subline,
        right_text=week, badge=label("home_activity").upper(), body=body, second=second))
    y = top - band_h - body * 1.7
    heading_baseline = y - heading
    rule_y = heading_baseline - heading * 0.5

    def heading_rule(c) -> None:
        c.setFillColor(draw.ORANGE)
        c.rect(x0, rule_y - 1.2, body * 4.4, 2.4, stroke=0, fill=1)

    ops.append(heading_rule)
    y = rule_y - body * 1.7

    # ---- what we did (per language) + QR box; "what your child practises" below or beside the QR ----
    video = lesson.video_url
    box_w = geo.qr + body * 2.4 if video else 0.0
    left_w = cw - (box_w + body * 1.6 if video else 0.0)
    gap = body * 1.2
    section_top = y
    summary_bottom = section_top
    sub_w = (left_w - gap * (len(section_langs) - 1)) / len(section_langs)
    for i, lang in enumerate(section_langs):
        col_x = x0 + i * (sub_w + gap)
        texts = _section_texts(lesson, lang)
        if len(section_langs) == 1:
            ops.append(_bilingual_heading_op("what_we_did", fam, col_x, section_top, h2))
        else:
            ops.append(_heading_op(label("what_we_did", lang), col_x, section_top, h2, lang, sub_w))
        summary = block(texts[1], fonts.primary_font(lang), body, sub_w, is_rtl(lang))
        summary_top = section_top - h2 * 1.55
        ops.append(_block_op(summary, col_x, summary_top, sub_w, draw.INK))
        summary_bottom = min(summary_bottom, summary_top - summary.height)
    left_bottom = summary_bottom
    practice = [(lang, _section_texts(lesson, lang)[2]) for lang in section_langs]
    if video:
        box_h, qr_op = _qr_box(lesson, fam, geo.qr, body, x0 + cw - box_w, section_top, box_w)
        ops.append(qr_op)
        qr_bottom = section_top - box_h
        below_top = min(left_bottom, qr_bottom) - body * 1.5
        below_ops, below_h = _practice(practice, fam, x0, below_top, cw, body)
        beside_ops, beside_h = _practice(practice, fam, x0, left_bottom - body * 1.2, left_w, body)
        if min(left_bottom - body * 1.2 - beside_h, qr_bottom) > below_top - below_h:
            ops += beside_ops
            y = min(left_bottom - body * 1.2 - beside_h, qr_bottom) - body * 1.5
        else:
            ops += below_ops
            y = below_top - below_h - (body * 1.5 if below_h else 0.0)
    else:
        practice_ops, practice_h = _practice(practice, fam, x0, left_bottom - body * 1.5, cw, body)
        ops += practice_ops
        y = left_bottom - body * 1.5 - practice_h - (body * 1.5 if practice_h else 0.0)

    # ---- home activity: family language beside Dutch ----------------------------------------------
    first_half_bottom, second_from = y, len(ops)
    if split:  # the second half starts at its top with the lesson's title, then the activity
        y = H - geo.margin_top
        ops.append(_second_half_title(lesson, fam, fam_texts, x0, y, cw, h2))
        y -= h2 * (3.6 if fam != DUTCH else 2.0)
    def activity_heading(c, base=y - h2) -> None:
        end = bilingual(c, label("home_activity"), other("home_activity"), x0, base, h2, fam, bold=True,
                        color=draw.ACCENT)
        if lesson.activity_minutes:
            c.setFillColor(draw.MUTED)
            hint = label("duration", minutes=lesson.activity_minutes)
            draw_line(c, single_line(hint, fonts.SANS, small), end + body, base, small)

    ops.append(activity_heading)
    y -= h2 * 1.7
    dutch = lesson.dutch_activity
    columns_data: list[tuple[str, HomeActivityText]] = [(DUTCH, dutch)]
    if fam != DUTCH:
        columns_data = [(lang, lesson.activity(lang)) for lang in column_order(fam)]
    col_w = (cw - gap * (len(columns_data) - 1)) / len(columns_data)
    pad = body * 1.0
    inner = col_w - 2 * pad
    minutes = lesson.activity_minutes
    cells = [_activity_cell(lang, act, inner, body, minutes if lang != DUTCH else None) for lang, act in columns_data]
    box_h = max(cell[0] for cell in cells) + 2 * pad
    box_top = y
    for i, (lang, _act) in enumerate(columns_data):
        ops.append(_activity_box_op(cells[i], lang, x0 + i * (col_w + gap), box_top, col_w, box_h, pad))
    y = box_top - box_h - body * 0.9

    tips = [(lang, act.tip.strip()) for lang, act in columns_data]
    if any(tip for _, tip in tips):
        tip_blocks = [
            block(f"{label('tip', lang)}: {tip}", fonts.primary_font(lang), _text_size(body * 0.9), inner, is_rtl(lang), 1.3)
            if tip else None
            for lang, tip in tips
        ]
        tip_h = max(b.height for b in tip_blocks if b) + body * 0.3
        ops.append(_tip_op(tip_blocks, x0, y, tip_h, col_w + gap, pad, inner, body))
        y = y - tip_h - body * 0.6

    fits = y >= cut_y + body * 0.8
    shift = 0.0
    if split:
        fits = fits and first_half_bottom >= geo.margin_bottom
        shift = SECOND_HALF_X
        ops = [_shifted(ops[0], shift), *ops[1:second_from], *(_shifted(op, shift) for op in ops[second_from:])]
    slots = dict(heading_x=x0, heading_baseline=heading_baseline, heading_width=cw, heading_size=heading,
                 slip_name_x=x0 + pupil_w + shift, slip_baseline=b_name, slip_size=body, halves=2 if split else 1,
                 slip_shift=shift)
    return ops, slots, fits


def _shifted(op: Op, dx: float) -> Op:
    def moved(c) -> None:
        c.saveState()
        c.translate(dx, 0)
        op(c)
        c.restoreState()

    return moved


def _second_half_title(lesson: HandoutLesson, fam: str, fam_texts, x0: float, top: float, width: float,
                       size: float) -> Op:
    """The second half of a split sheet: which lesson it belongs to, in Dutch and the family language."""
    dutch = f"{label('home_activity')} · {label('lesson')} {lesson.lesson_number} – {lesson.lesson_title}"
    other = ""
    if fam != DUTCH:
        other = f"{label('home_activity', fam)} · {label('lesson', fam)} {lesson.lesson_number} – " \
                f"{fam_texts[0] if fam_texts else lesson.lesson_title}"

    def op(c) -> None:
        c.setFillColor(draw.ACCENT)
        first = draw.ellipsize(dutch, fonts.SANS_BOLD, size, width)
        draw_line(c, single_line(first, fonts.SANS_BOLD, size), x0, top - size, size)
        if other:
            rtl = is_rtl(fam)
            font = fonts.primary_font(fam, True)
            line = single_line(draw.ellipsize(other, font, size, width), font, size, rtl)
            draw_line(c, line, x0, top - size * 2.5, size, width, "right" if rtl else "left")
        c.setFillColor(draw.ORANGE)
        bottom = top - size * (3.2 if other else 1.7)
        c.rect(x0, bottom, size * 3.8, 2.0, stroke=0, fill=1)

    return op


def _practice(practice: list[tuple[str, tuple[str, ...]]], fam: str, x0: float, top: float, width: float,
              body: float) -> tuple[list[Op], float]:
    """"Wat oefent uw kind?" per language column with its bullets; returns (ops, height).

    One column (Dutch only): the heading is bilingual and the bullets spread over up to three columns.
    """
    if not any(items for _lang, items in practice):
        return [], 0.0
    h2 = body * 1.15
    gap = body * 1.4
    indent = body * 0.9
    ops: list[Op] = []
    if len(practice) == 1:
        items = practice[0][1]
        ops.append(_bilingual_heading_op("child_practice", fam, x0, top, h2))
        y = top - h2 * 1.55
        columns = max(1, min(3, len(items), int(width // (body * 12))))
        col_w = (width - gap * (columns - 1)) / columns
        for start in range(0, len(items), columns):
            row = [block(t, fonts.SANS, _text_size(body * 0.95), col_w - indent) for t in items[start:start + columns]]
            for i, cell in enumerate(row):
                ops.append(_bullet_op(cell, x0 + i * (col_w + gap), y, indent, col_w - indent))
            y -= max(cell.height for cell in row) + body * 0.35
        return ops, top - y
    col_w = (width - gap * (len(practice) - 1)) / len(practice)
    bottom = top
    for i, (lang, items) in enumerate(practice):
        col_x = x0 + i * (col_w + gap)
        ops.append(_heading_op(label("child_practice", lang), col_x, top, h2, lang, col_w))
        y = top - h2 * 1.55
        for text in items:
            cell = block(text, fonts.primary_font(lang), _text_size(body * 0.95), col_w - indent, is_rtl(lang))
            ops.append(_bullet_op(cell, col_x, y, indent, col_w - indent))
            y -= cell.height + body * 0.35
        bottom = min(bottom, y)
    return ops, top - bottom


def fit_sheet(lesson: HandoutLesson, language: str, geo: Geometry):
    """The largest type size (down to ``geo.min_body``) at which the sheet fits; on A5 a sheet that does not
    fit one half at the minimum continues on the second half (split). Returns (ops, slots, fits, body)."""
    fam = family_language(lesson, language)
    for split in (False, True) if geo.name == "a5" else (False,):
        body = geo.body + (1.0 if split else 0.0)  # two halves have room for a larger type
        while True:
            ops, slots, fits = compose_sheet(lesson, fam, geo, body, split)
            if fits or body <= geo.min_body:
                break
            body = max(geo.min_body, round(body - 0.25, 2))
        if fits:
            break
    return ops, slots, fits, body


def prepare_sheet(canv, lesson: HandoutLesson, language: str, geo: Geometry) -> SheetLayout:
    """Lay out the sheet for ``language`` (see `fit_sheet`) and define its form on ``canv``."""
    fam = family_language(lesson, language)
    ops, slots, fits, body = fit_sheet(lesson, fam, geo)
    forms: dict = canv.__dict__.setdefault("_wd_sheet_forms", {})
    name = f"wdsheet_{geo.name}_{len(forms)}"
    if lesson.video_url:
        draw.ensure_qr_form(canv, lesson.video_url)  # define the shared QR before the sheet uses it
    width = geo.width + (slots["slip_shift"] if slots["halves"] == 2 else 0.0)
    canv.beginForm(name, 0, 0, width, geo.height)
    for op in ops:
        op(canv)
    canv.endForm()
    forms[name] = True
    return SheetLayout(form=name, language=fam, body=body, fits=fits, **slots)
