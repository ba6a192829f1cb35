"""Right-to-left text: Arabic shaping and the Unicode bidi algorithm, applied per wrapped line.

ReportLab draws glyphs left to right exactly as given and does no shaping, so Arabic must be turned
into joined presentation forms first (arabic-reshaper) and then into visual order (python-bidi).
The order matters: shape the whole paragraph (so letters join across the text), wrap the *logical*
shaped text into lines, and only then reorder each line with a right-to-left base direction.
Reordering the whole paragraph before wrapping puts the lines in the wrong order.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wishdesk.core.languages import RTL_CODES as RTL_LANGUAGES

# Hebrew, Arabic, Syriac, Thaana, NKo, Arabic supplements and presentation forms.
_RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ARABIC_CHARS = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def is_rtl(language: str) -> bool:
    """Whether ``language`` (ISO 639-1) is written right to left."""
    return language in RTL_LANGUAGES


def has_rtl(text: str) -> bool:
    return _RTL_CHARS.search(text) is not None


# First-strong isolate ... pop directional isolate (Unicode 6.3). A Latin name put into Arabic text is
# isolated, so that its full stop stays with it: "Noah I." printed as ".Noah I" without.
_ISOLATES = re.compile("[\u2066-\u2069]")
FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """``text`` as a directional isolate (for a name or number put into right-to-left text)."""
    return f"{FSI}{text}{PDI}" if text else text


@lru_cache(maxsize=1)
def _reshaper():
    import arabic_reshaper

    # Harakat kept (shadda, tanwin change meaning and help new readers); only lam-alef ligatures, which the
    # bundled Noto Sans Arabic has.
    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


@lru_cache(maxsize=4096)
def shape(text: str) -> str:
    """Join Arabic letters into their contextual forms; other text is returned unchanged.

    Cached: every group's sheets of a lesson carry the same paragraphs, and reshaping is pure Python."""
    if _ARABIC_CHARS.search(text) is None:
        return text
    return _reshaper().reshape(text)


@lru_cache(maxsize=2048)
def visual(line: str, rtl: bool) -> str:
    """The visual (left-to-right drawing) order of one already wrapped, already shaped line.

    ``rtl`` is the paragraph direction; brackets are mirrored in right-to-left runs. A left-to-right
    line without any right-to-left character is returned as is (fast path for Dutch text).
    """
    if not rtl and not has_rtl(line):
        return line
    if _ISOLATES.search(line):
        # python-bidi's older pure-Python algorithm knows no isolates; its Rust one does (and keeps the
        # isolate marks, which `text.runs` drops before drawing)
        from bidi import get_display as get_display_isolates

        return get_display_isolates(line, base_dir="R" if rtl else "L")
    from bidi.algorithm import get_display

    # Vowel marks (shadda, tanwin) end up just before their letter in visual order; Noto Sans Arabic draws a
    # mark with zero advance over the glyph that follows it, which is exactly that letter (checked by eye on
    # rendered pages), so no reordering is needed.
    return get_display(line, base_dir="R" if rtl else "L")
