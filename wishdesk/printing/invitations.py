"""Invitation letters (parent evening, showcase): one A4 page per family, in their language beside Dutch.

Public API: ``render_invitations(batch, out, progress=None) -> int`` and the generator
``iter_render_invitations(batch, out)`` yielding ``(done, total)`` (stop iterating to cancel).

Each page: the school header, whom it is for, the key facts (date, time, place) with bilingual labels,
the invitation text in the family language and in Dutch side by side, the school's own note for the event,
and a tear-off reply slip
(coming with how many people / cannot come / a question) that parents hand back to school.
As with the handouts, each language's page is a form XObject; only the names are drawn per page.
"""

from __future__ import annotations

from collections.abc import Callable, Generator

from reportlab.lib.pagesizes import A4

from wishdesk.core.print_data import DUTCH, InvitationBatch, InvitationData, InvitationText, Recipient

from . import draw, fonts
from .bidi import is_rtl
from .document import Output, Progress, iter_pages, run_to_end
from .labels import clock, dutch_date, family_date, label
from .personal import SheetLayout, bilingual, draw_personal
from .text import block, draw_block, draw_line, single_line, text_width

Op = Callable[[object], None]
WIDTH, HEIGHT = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 40.0, 28.0, 22.0
BODY, MIN_BODY = 12.0, 8.5  # short texts: start larger than the handouts


def family_language(invitation: InvitationData, language: str) -> str:
    return language if language != DUTCH and invitation.text(language) is not None else DUTCH


def _time_range(invitation: InvitationData) -> str:
    text = clock(invitation.start_time)
    if invitation.end_time is not None:
        text += f" – {clock(invitation.end_time)}"
    return text


def compose_invitation(invitation: InvitationData, fam: str, body: float):
    """Lay out the invitation page for family language ``fam`` at ``body`` size: (ops, slots, fits)."""
    ops: list[Op] = []
    x0, cw = MARGIN_X, WIDTH - 2 * MARGIN_X
    small, h2, heading = body * 0.82, body * 1.15, body * 1.5
    dutch = invitation.text(DUTCH)

    # ---- reply slip, from the bottom -------------------------------------------------------------
    rows = [body * 1.6 + h2 * 0.8, body * 1.9, body * 2.4, body * 2.2, body * 2.3, body * 2.3, body * 2.3,
            body * 2.5]
    cut_y = MARGIN_BOTTOM + sum(rows) + body * 0.6
    base = [cut_y - sum(rows[: i + 1]) for i in range(len(rows))]
    ops.append(_reply_slip(invitation, fam, body, cut_y, base))

    # ---- header ------------------------------------------------------------------------------------
    top = HEIGHT - MARGIN_TOP
    second = None
    if fam != DUTCH:
        second = (f"{label('invitation', fam)}: {invitation.text(fam).title}",
                  family_date(invitation.event_date, fam), fam)
    band_h = body * (7.4 + (1.9 if second else 0.0))
    ops.append(lambda c: draw.header_band(
        c, x0, top, cw, band_h, kicker=invitation.school_name.upper(), title=dutch.title,
        subline=f"{label('group')} {invitation.group_name}", right_text=dutch_date(invitation.event_date),
        badge=label("invitation").upper(), body=body, second=second))
    y = top - band_h - body * 1.7
    heading_baseline = y - heading
    rule_y = heading_baseline - heading * 0.5
    ops.append(lambda c: (c.setFillColor(draw.ORANGE), c.rect(x0, rule_y - 1.2, body * 4.4, 2.4, stroke=0, fill=1)))
    y = rule_y - body * 1.8

    # ---- key facts: date, time, place ------------------------------------------------------------
    facts = [
        ("date", dutch_date(invitation.event_date), family_date(invitation.event_date, fam) if fam != DUTCH else ""),
        ("time", _time_range(invitation), ""),
        ("place", invitation.place, ""),
    ]
    widths = [cw * 0.36, cw * 0.22, cw * 0.42]
    pad = body
    value_size = body
    cells = [block(value, fonts.SANS_BOLD, value_size, w - 2 * pad, leading=1.25) for (_, value, _), w in zip(facts, widths, strict=True)]
    facts_h = pad + small * 1.5 + max(cell.height for cell in cells) + small * 1.4 + pad * 0.6
    ops.append(_facts_op(facts, widths, cells, fam, x0, y, facts_h, pad, body))
    y -= facts_h + body * 1.4

    # ---- the letter: family language beside Dutch ------------------------------------------------
    columns: list[tuple[str, InvitationText]] = [(DUTCH, dutch)]
    if fam != DUTCH:
        other = invitation.text(fam)
        columns = [(DUTCH, dutch), (fam, other)] if is_rtl(fam) else [(fam, other), (DUTCH, dutch)]
    gap = body * 1.2
    col_w = (cw - gap * (len(columns) - 1)) / len(columns)
    inner = col_w - 2 * pad
    letters = [_letter_cell(lang, text, invitation.contact, inner, body) for lang, text in columns]
    box_h = max(cell[0] for cell in letters) + 2 * pad
    for i, (lang, _text) in enumerate(columns):
        ops.append(_letter_op(letters[i], lang, x0 + i * (col_w + gap), y, col_w, box_h, pad))
    y -= box_h

    if invitation.notes.strip():  # the school's own words for this evening (Dutch), under a bilingual heading
        y -= body * 1.2
        note = block(invitation.notes.strip(), fonts.SANS, body, cw - 2 * pad)
        note_top = y
        ops.append(lambda c: bilingual(c, label("notes"), label("notes", fam) if fam != DUTCH else "", x0,
                                       note_top - h2, h2, fam, bold=True, color=draw.ACCENT))
        ops.append(lambda c: (c.setFillColor(draw.INK), draw_block(c, note, x0, note_top - h2 * 1.5, cw)))
        y -= h2 * 1.5 + note.height

    fits = y >= cut_y + body * 1.2
    pupil_label = label("pupil") + (" / " + label("pupil", fam) if fam != DUTCH else "") + ": "
    slots = dict(heading_x=x0, heading_baseline=heading_baseline, heading_width=cw, heading_size=heading,
                 slip_name_x=x0 + text_width(pupil_label, fonts.SANS, body),
                 slip_baseline=base[1], slip_size=body)
    return ops, slots, fits


def _facts_op(facts, widths, cells, fam: str, x0: float, top: float, height: float, pad: float,
              body: float) -> Op:
    small = body * 0.82

    def op(c) -> None:
        c.setFillColor(draw.TINT_DUTCH)
        c.rect(x0, top - height, sum(widths), height, stroke=0, fill=1)
        x = x0
        for (key, _value, extra), width, cell in zip(facts, widths, cells, strict=True):
            c.setFillColor(draw.MUTED)
            dutch_label = label(key)
            other = label(key, fam) if fam != DUTCH else ""
            _small_bilingual(c, dutch_label, other, x + pad, top - pad - small, small, fam)
            c.setFillColor(draw.INK)
            after = draw_block(c, cell, x + pad, top - pad - small * 1.5, width - 2 * pad)
            if extra and fam != DUTCH:
                c.setFillColor(draw.MUTED)
                font = fonts.primary_font(fam)
                size = draw.fit_size(extra, font, small, width - 2 * pad, small * 0.7)
                draw_line(c, single_line(extra, font, size, is_rtl(fam)), x + pad, after - small * 1.1, size,
                          width - 2 * pad, "right" if is_rtl(fam) else "left")
            x += width

    return op


def _small_bilingual(c, dutch: str, other: str, x: float, baseline: float, size: float, fam: str) -> None:
    line = single_line(dutch, fonts.SANS, size)
    draw_line(c, line, x, baseline, size)
    if other:
        rest = single_line(" · ", fonts.SANS, size)
        draw_line(c, rest, x + line.width, baseline, size)
        draw_line(c, single_line(other, fonts.primary_font(fam), size, is_rtl(fam)), x + line.width + rest.width,
                  baseline, size)


def _letter_cell(lang: str, text: InvitationText, contact: str, inner: float, body: float):
    rtl = is_rtl(lang)
    regular, bold = fonts.primary_font(lang), fonts.primary_font(lang, True)
    parts = [
        block(label("language_name", lang).upper(), bold, body * 0.82, inner, rtl),
        block(label("invitation_intro", lang), regular, body, inner, rtl),
        block(text.title, bold, body * 1.1, inner, rtl, 1.3),
        block(text.programme, regular, body, inner, rtl),
        block(label("regards", lang), regular, body, inner, rtl),
    ]
    if contact:
        parts.append(block(contact, fonts.SANS, body, inner))
    height = sum(part.height for part in parts) + body * 0.5 * (len(parts) - 1)
    return height, parts


def _letter_op(cell, lang: str, x: float, top: float, width: float, height: float, pad: float) -> Op:
    _, parts = cell

    def op(c) -> None:
        c.setFillColor(draw.TINT_DUTCH if lang == DUTCH else draw.TINT_FAMILY)
        c.rect(x, top - height, width, height, stroke=0, fill=1)
        y = top - pad
        for index, part in enumerate(parts):
            c.setFillColor(draw.ACCENT if index == 0 else draw.INK)
            align = "right" if is_rtl(lang) else "left"  # the Latin contact line follows the column
            y = draw_block(c, part, x + pad, y, width - 2 * pad, align) - part.size * 0.5

    return op


def _reply_slip(invitation: InvitationData, fam: str, body: float, cut_y: float, base: list[float]) -> Op:
    x0, cw = MARGIN_X, WIDTH - 2 * MARGIN_X
    small, h2 = body * 0.82, body * 1.15
    other = (lambda key: label(key, fam)) if fam != DUTCH else (lambda key: "")

    def op(c) -> None:
        draw.cut_line(c, cut_y, WIDTH, label("cut_here") + (" · " + other("cut_here") if fam != DUTCH else ""), body)
        bilingual(c, label("reply_slip"), other("reply_slip"), x0, base[0], h2, fam, bold=True, color=draw.ACCENT)
        c.setFillColor(draw.MUTED)
        if invitation.reply_by is not None:
            due = label("reply_by", date=dutch_date(invitation.reply_by, year=False))
            draw_line(c, single_line(due, fonts.SANS, small), x0, base[0], small, cw, "right")
            if fam != DUTCH:
                due = label("reply_by", fam, date=family_date(invitation.reply_by, fam, year=False))
                draw_line(c, single_line(due, fonts.primary_font(fam), small, is_rtl(fam)), x0, base[1], small, cw,
                          "right")
        c.setFillColor(draw.INK)
        pupil = label("pupil") + (" / " + other("pupil") if fam != DUTCH else "") + ":"
        draw_line(c, single_line(pupil, fonts.SANS, body), x0, base[1], body)
        box = body * 1.15
        draw.checkbox(c, x0, base[2], box)
        x = bilingual(c, label("we_come"), other("we_come"), x0 + box + body * 0.6, base[2], body, fam)
        x += body * 2
        c.setFillColor(draw.MUTED)
        x = bilingual(c, label("persons"), other("persons"), x, base[2], small, fam, color=draw.MUTED) + body * 0.4
        draw.rule(c, x, base[2] - 2, body * 4, draw.INK)
        draw.checkbox(c, x0, base[3], box)
        bilingual(c, label("we_cannot"), other("we_cannot"), x0 + box + body * 0.6, base[3], body, fam)
        x = bilingual(c, label("question"), other("question"), x0, base[4], body, fam)
        draw_line(c, single_line(":", fonts.SANS, body), x, base[4], body)
        draw.rule(c, x0, base[5] + body * 0.6, cw)
        draw.rule(c, x0, base[6] + body * 0.6, cw)
        x = bilingual(c, label("parent_name"), other("parent_name"), x0, base[7], body, fam)
        draw_line(c, single_line(":", fonts.SANS, body), x, base[7], body)
        draw.rule(c, x + body, base[7] - 2, cw * 0.45, draw.INK)

    return op


def prepare_invitation(canv, invitation: InvitationData, fam: str) -> SheetLayout:
    """Lay out (shrinking type until it fits) and define the form for one family language."""
    body = BODY
    while True:
        ops, slots, fits = compose_invitation(invitation, fam, body)
        if fits or body <= MIN_BODY:
            break
        body = max(MIN_BODY, round(body - 0.25, 2))
    forms: dict = canv.__dict__.setdefault("_wd_invitation_forms", {})
    name = f"wdinvite{len(forms)}"
    canv.beginForm(name, 0, 0, WIDTH, HEIGHT)
    for op in ops:
        op(canv)
    canv.endForm()
    forms[name] = True
    return SheetLayout(form=name, language=fam, body=body, fits=fits, **slots)


def iter_render_invitations(batch: InvitationBatch, out: Output) -> Generator[tuple[int, int], None, int]:
    """Render one invitation page per recipient, yielding (done, total); returns the page count."""
    invitation = batch.invitation
    layouts: dict[str, SheetLayout] = {}

    def prepare(canv, recipient: Recipient) -> SheetLayout:
        key = family_language(invitation, recipient.language)
        if key not in layouts:
            layouts[key] = prepare_invitation(canv, invitation, key)
        return layouts[key]

    def draw_item(canv, layout: SheetLayout, recipient: Recipient) -> None:
        canv.doForm(layout.form)
        draw_personal(canv, layout, recipient, invitation.group_name)

    title = f"Uitnodiging – groep {invitation.group_name}"
    return (yield from iter_pages(batch.recipients, out, sheet_size=A4, two_up=False, prepare=prepare,
                                  draw_item=draw_item, title=title))


def render_invitations(batch: InvitationBatch, out: Output, progress: Progress | None = None) -> int:
    """Write the invitations of ``batch`` to ``out`` (path or binary stream); returns the page count."""
    return run_to_end(iter_render_invitations(batch, out), progress)
