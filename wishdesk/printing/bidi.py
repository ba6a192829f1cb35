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


@lru_cache(maxsize=1)
def _reshaper():
    import arabic_reshaper

    # Harakat kept (shadda, tanwin change meaning and help new readers); only lam-alef ligatures, which the
    # bundled Noto Sans Arabic has.
    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def shape(text: str) -> str:
    """Join Arabic letters into their contextual forms; other text is returned unchanged."""
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
    from bidi.algorithm import get_display

    # Vowel marks (shadda, tanwin) end up just before their letter in visual order; Noto Sans Arabic draws a
    # mark with zero advance over the glyph that follows it, which is exactly that letter (checked by eye on
    # rendered pages), so no reordering is needed.
    return get_display(line, base_dir="R" if rtl else "L")
