"""The personal part of a sheet (who it is for) and bilingual labels, shared by handouts and invitations.

A sheet's fixed content lives in a form XObject; ``SheetLayout`` records where the few personal words go,
and ``draw_personal`` writes them on each page.
"""

from __future__ import annotations

from dataclasses import dataclass

from wishdesk.core.print_data import DUTCH, Recipient

from . import draw, fonts
from .bidi import is_rtl
from .labels import join_names, label
from .text import draw_line, single_line, text_width


@dataclass(frozen=True)
class SheetLayout:
    """A laid-out sheet: the form to draw and where the personal words go."""

    form: str
    language: str  # the family language shown beside Dutch, or "nl"
    body: float
    heading_x: float
    heading_baseline: float
    heading_width: float
    heading_size: float
    slip_name_x: float
    slip_baseline: float
    slip_size: float
    fits: bool
    halves: int = 1  # 2: a sheet over both A5 halves of a two-up page (home activity and slip on the second)
    slip_shift: float = 0.0  # how far right the slip is drawn (the second half)


def bilingual(c, dutch: str, other: str, x: float, baseline: float, size: float, language: str,
              bold: bool = False, color=None) -> float:
    """Draw "dutch / other" (other in its own script and direction); returns the x after it.

    ``color`` defaults to the current ink; the slash is muted.
    """
    color = color or draw.INK
    c.setFillColor(color)
    first = single_line(dutch, fonts.SANS_BOLD if bold else fonts.SANS, size)
    draw_line(c, first, x, baseline, size)
    x += first.width
    if other:
        c.setFillColor(draw.MUTED)
        slash = single_line(" / ", fonts.SANS, size)
        draw_line(c, slash, x, baseline, size)
        x += slash.width
        c.setFillColor(color)
        second = single_line(other, fonts.primary_font(language, bold), size, is_rtl(language))
        draw_line(c, second, x, baseline, size)
        x += second.width
    return x


def draw_personal(canv, layout: SheetLayout, recipient: Recipient, group_name: str) -> None:
    """The only per-page text: whom the sheet is for (heading, family-language subtitle) and the slip name.

    Shared by handouts and invitations (both use ``SheetLayout`` slots).
    """
    fam = layout.language
    width = layout.heading_width
    if recipient.is_generic:
        prefix, names = label("for_parents_generic", group=group_name), ""
    else:
        prefix, names = label("for_parents_of").split("{name}")[0], join_names(recipient.pupil_names)
    heading_w = text_width(prefix, fonts.SANS, 1.0) + text_width(names, fonts.SANS_BOLD, 1.0)  # per point
    size = layout.heading_size
    sub_line = None
    if fam != DUTCH:
        # the family-language subtitle takes at most 45 % of the line; it is always printed (shrunk when long)
        # because it is the first thing a parent who reads no Dutch looks for
        if recipient.is_generic:
            sub = label("for_parents_generic", fam, group=group_name)
        else:
            sub = label("for_parents_of", fam, name=join_names(recipient.pupil_names, fam))
        sub_size = layout.body * 0.95
        sub_font = fonts.primary_font(fam)
        sub_size = draw.fit_size(sub, sub_font, sub_size, width * 0.45, sub_size * 0.55)
        sub_line = single_line(sub, sub_font, sub_size, is_rtl(fam))
    available = width - (sub_line.width + layout.body * 1.5 if sub_line else 0.0)
    size = min(size, max(size * 0.45, available / max(heading_w, 1e-6)))
    if sub_line is not None:
        canv.setFillColor(draw.MUTED)
        draw_line(canv, sub_line, layout.heading_x, layout.heading_baseline, sub_size, width,
                  "right")
    canv.setFillColor(draw.INK)
    first = single_line(prefix, fonts.SANS, size)
    draw_line(canv, first, layout.heading_x, layout.heading_baseline, size)
    if names:
        canv.setFillColor(draw.ACCENT)
        draw_line(canv, single_line(names, fonts.SANS_BOLD, size), layout.heading_x + first.width,
                  layout.heading_baseline, size)
    # the slip: the name(s), kept within the left half so the lesson reference on the right stays clear
    canv.setFillColor(draw.INK)
    room = width * 0.5 - (layout.slip_name_x - layout.slip_shift - layout.heading_x)
    if recipient.is_generic:
        draw.rule(canv, layout.slip_name_x + 2, layout.slip_baseline - 2, room * 0.8, draw.INK)
    else:
        slip_size = draw.fit_size(names, fonts.SANS_BOLD, layout.slip_size, room, layout.slip_size * 0.6)
        draw_line(canv, single_line(names, fonts.SANS_BOLD, slip_size), layout.slip_name_x, layout.slip_baseline,
                  slip_size)
