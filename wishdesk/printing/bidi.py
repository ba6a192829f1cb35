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
# Arabic vowel marks (harakat: fatha, shadda, tanwin, ...). Zero-width in Noto Sans Arabic and drawn back over
# the glyph before them, so in visual order a mark must come right after its letter (see ``visual``).
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
_MARKS_BEFORE_LETTER = re.compile(f"([{_MARKS}]+)([^{_MARKS}])")


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

    drawn = get_display(line, base_dir="R" if rtl else "L")
    # Reversal put each mark before its letter; ReportLab draws marks at the pen position with a negative
    # offset onto the glyph drawn just before, so move every mark back behind its own letter.
    return _MARKS_BEFORE_LETTER.sub(r"\2\1", drawn)
