"""Shared drawing pieces: palette, header band, boxes, check boxes, the cut line and QR forms.

Colours are chosen to survive black-and-white printing: dark teal prints as dark grey (white text on
it stays readable), the box tints print as a very light grey, and nothing carries meaning by colour
alone. Every text call names one of our embedded fonts.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.colors import HexColor, white

from . import fonts
from .text import draw_line, single_line, text_width

INK = HexColor("#1a1a1a")
MUTED = HexColor("#555555")
ACCENT = HexColor("#1b637d")
ACCENT_LIGHT = HexColor("#d7e6ee")
ORANGE = HexColor("#e0922a")
TINT_FAMILY = HexColor("#e7f0f5")
TINT_DUTCH = HexColor("#f0f1f2")
RULE = HexColor("#9a9a9a")
WHITE = white

SCISSORS = "\u2702"


def fit_size(text: str, font: str, size: float, width: float, minimum: float) -> float:
    """The largest size <= ``size`` (down to ``minimum``) at which ``text`` fits in ``width``."""
    measured = text_width(text, font, size)
    if measured <= width or measured == 0:
        return size
    return max(minimum, size * width / measured)


def ellipsize(text: str, font: str, size: float, width: float) -> str:
    """Cut ``text`` with "…" so it fits ``width`` (for headers only; body text always wraps)."""
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def header_band(canv, x: float, top: float, width: float, height: float, *, kicker: str, title: str,
                subline: str, right_text: str, badge: str, body: float,
                second: tuple[str, str, str] | None = None) -> None:
    """The dark header: school name (kicker), big title, subline; a white badge and a date on the right.

    ``second`` = (title, date text, language): the title and date again in the family language, on a line
    of their own under the title (the caller makes the band about 1.9 body sizes taller for it); for a
    right-to-left language the title stands on the right and the date on the left.
    """
    canv.setFillColor(ACCENT)
    canv.roundRect(x, top - height, width, height, body * 0.75, stroke=0, fill=1)
    pad = body * 1.6
    small = body * 0.82
    # badge (right, top)
    badge_size = small * 0.95
    badge_w = text_width(badge, fonts.SANS_BOLD, badge_size) + body * 2.4
    badge_h = badge_size * 2.1
    badge_x = x + width - pad - badge_w
    badge_y = top - pad * 0.95 - badge_h
    canv.setFillColor(WHITE)
    canv.roundRect(badge_x, badge_y, badge_w, badge_h, badge_h / 2, stroke=0, fill=1)
    canv.setFillColor(ACCENT)
    draw_line(canv, single_line(badge, fonts.SANS_BOLD, badge_size), badge_x, badge_y + badge_h * 0.34,
              badge_size, badge_w, "center")
    text_w = badge_x - x - pad - body
    # kicker with a small orange bar
    kicker_base = top - pad - small * 0.5
    canv.setFillColor(ORANGE)
    canv.rect(x + pad, kicker_base - small * 0.1, small * 0.35, small * 1.05, stroke=0, fill=1)
    canv.setFillColor(WHITE)
    kicker_size = fit_size(kicker, fonts.SANS_BOLD, small, text_w - small, small * 0.8)
    kicker = ellipsize(kicker, fonts.SANS_BOLD, kicker_size, text_w - small)
    draw_line(canv, single_line(kicker, fonts.SANS_BOLD, kicker_size), x + pad + small * 0.8, kicker_base,
              kicker_size)
    # title, shrunk when long; it must stay clear of the badge above its right end
    title_size = fit_size(title, fonts.SANS_BOLD, body * 1.95, text_w, body * 1.2)
    title = ellipsize(title, fonts.SANS_BOLD, title_size, text_w)
    title_base = kicker_base - body * 0.6 - title_size
    draw_line(canv, single_line(title, fonts.SANS_BOLD, title_size), x + pad, title_base, title_size)
    if second is not None:
        _second_title(canv, x + pad, title_base - body * 1.75, width - 2 * pad, second, body)
    # subline and date
    canv.setFillColor(ACCENT_LIGHT)
    sub_base = top - height + pad * 0.7
    right_w = text_width(right_text, fonts.SANS, small)
    sub_size = fit_size(subline, fonts.SANS, small, width - 2 * pad - right_w - body, small * 0.8)
    subline = ellipsize(subline, fonts.SANS, sub_size, width - 2 * pad - right_w - body)
    draw_line(canv, single_line(subline, fonts.SANS, sub_size), x + pad, sub_base, sub_size)
    draw_line(canv, single_line(right_text, fonts.SANS, small), x + pad, sub_base, small, width - 2 * pad,
              "right")


def _second_title(canv, x: float, baseline: float, width: float, second: tuple[str, str, str], body: float) -> None:
    from .bidi import is_rtl

    text, date_text, language = second
    rtl = is_rtl(language)
    size = body * 1.15
    small = body * 0.82
    date_w = text_width(date_text, fonts.primary_font(language), small) if date_text else 0.0
    room = width - date_w - body
    bold = fonts.primary_font(language, True)
    size = fit_size(text, bold, size, room, size * 0.7)
    text = ellipsize(text, bold, size, room)
    canv.setFillColor(WHITE)
    draw_line(canv, single_line(text, bold, size, rtl), x, baseline, size, width, "right" if rtl else "left")
    if date_text:
        canv.setFillColor(ACCENT_LIGHT)
        draw_line(canv, single_line(date_text, fonts.primary_font(language), small, rtl), x, baseline, small, width,
                  "left" if rtl else "right")


def checkbox(canv, x: float, baseline: float, size: float) -> float:
    """An empty square check box sitting on ``baseline``; returns its width."""
    canv.setStrokeColor(INK)
    canv.setLineWidth(0.9)
    canv.roundRect(x, baseline - size * 0.18, size, size, size * 0.18, stroke=1, fill=0)
    return size


def cut_line(canv, y: float, page_width: float, label: str, size: float) -> None:
    """A dashed line across the page with scissors and a label, for the tear-off slip."""
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.6)
    canv.setDash(4, 3)
    start = size * 2
    label_x = start + size * 3.2
    label_w = text_width(label, fonts.SANS, size * 0.85)
    canv.line(0, y, start, y)
    canv.line(label_x + label_w + size * 0.6, y, page_width, y)
    canv.setDash()
    canv.setFillColor(MUTED)
    draw_line(canv, single_line(SCISSORS, fonts.SYMBOLS, size * 1.3), start + size * 0.5, y - size * 0.42,
              size * 1.3)
    draw_line(canv, single_line(label, fonts.SANS, size * 0.85), label_x, y - size * 0.3, size * 0.85)


def rule(canv, x: float, y: float, width: float, color=RULE, line_width: float = 0.6) -> None:
    canv.setStrokeColor(color)
    canv.setLineWidth(line_width)
    canv.line(x, y, x + width, y)


# --- QR codes ------------------------------------------------------------------------------------

QUIET_ZONE = 2  # modules of white border; the tinted box around it adds more margin


def _qrencoder():  # noqa: ANN202 - the module reportlab.graphics.barcode.qrencoder
    """ReportLab's QR encoder on its own. A plain import first runs the ``reportlab.graphics.barcode`` package,
    which registers every barcode widget (0.1-0.3 s of a one-class print, most of it ``graphics.shapes``); the
    encoder is a self-contained module (re, itertools), so it is loaded under a stand-in for its package that is
    taken away again at once. The same module, so the same codes, byte for byte."""
    import importlib
    import importlib.util
    import sys
    import types

    name, package = "reportlab.graphics.barcode.qrencoder", "reportlab.graphics.barcode"
    if name in sys.modules or package in sys.modules:
        return importlib.import_module(name)
    try:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise ImportError(package)
        stand_in = types.ModuleType(package)
        stand_in.__path__ = list(spec.submodule_search_locations)
        sys.modules[package] = stand_in
        try:
            return importlib.import_module(name)
        finally:
            if sys.modules.get(package) is stand_in:
                del sys.modules[package]
    except ImportError:  # a packaging where that does not work: the plain import
        sys.modules.pop(name, None)
        return importlib.import_module(name)


@lru_cache(maxsize=64)
def qr_matrix(url: str) -> tuple[tuple[bool, ...], ...]:
    """Encode ``url`` once (error correction M); rows of dark/light modules."""
    qrencoder = _qrencoder()
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(url)
    code.make()
    count = code.getModuleCount()
    return tuple(tuple(bool(code.isDark(r, c)) for c in range(count)) for r in range(count))


def ensure_qr_form(canv, url: str) -> tuple[str, int]:
    """Define the QR code for ``url`` as a form XObject on this canvas once; returns (name, modules).

    The form is one unit per module (quiet zone included), so callers scale it to any size and every
    page of a class references the same object instead of re-encoding and re-drawing it.
    """
    forms: dict = canv.__dict__.setdefault("_wd_qr_forms", {})
    if url in forms:
        return forms[url]
    matrix = qr_matrix(url)
    modules = len(matrix) + 2 * QUIET_ZONE
    name = f"wdqr{len(forms)}"
    canv.beginForm(name, 0, 0, modules, modules)
    canv.setFillColor(WHITE)
    canv.rect(0, 0, modules, modules, stroke=0, fill=1)
    canv.setFillColor(INK)
    path = canv.beginPath()
    for row_index, row in enumerate(matrix):
        y = modules - QUIET_ZONE - row_index - 1
        column = 0
        while column < len(row):  # merge horizontal runs: far fewer path segments
            if row[column]:
                start = column
                while column < len(row) and row[column]:
                    column += 1
                path.rect(QUIET_ZONE + start, y, column - start, 1)
            else:
                column += 1
    canv.drawPath(path, stroke=0, fill=1)
    canv.endForm()
    forms[url] = (name, modules)
    return forms[url]


def draw_qr(canv, url: str, x: float, y: float, size: float) -> None:
    """Draw the (cached) QR form for ``url`` with its lower-left corner at (x, y)."""
    name, modules = ensure_qr_form(canv, url)
    canv.saveState()
    canv.translate(x, y)
    canv.scale(size / modules, size / modules)
    canv.doForm(name)
    canv.restoreState()
