"""Bundled fonts: registered with ReportLab once, lazily, and the per-character fallback chain.

Every PDF of WIsH Desk uses only these embedded TrueType fonts so a sheet prints identically on
every computer; no drawing may fall back to ReportLab's standard (non-embedded) Helvetica, which is
why every canvas/document is created with ``initialFontName=SANS`` and every style names a font.
"""

from __future__ import annotations

import os
import sys
import threading
from functools import cache, lru_cache
from pathlib import Path

SANS = "WD-Sans"
SANS_BOLD = "WD-Sans-Bold"
ARABIC = "WD-Arabic"
ARABIC_BOLD = "WD-Arabic-Bold"
ETHIOPIC = "WD-Ethiopic"
ETHIOPIC_BOLD = "WD-Ethiopic-Bold"
SYMBOLS = "WD-Symbols"

_FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    ETHIOPIC: "NotoSansEthiopic-Regular.ttf",
    ETHIOPIC_BOLD: "NotoSansEthiopic-Bold.ttf",
    SYMBOLS: "DejaVuSans.ttf",
}

#: Primary (regular, bold) font per script family; languages map to a family below.
_FAMILIES = {
    "latin": (SANS, SANS_BOLD),
    "arabic": (ARABIC, ARABIC_BOLD),
    "ethiopic": (ETHIOPIC, ETHIOPIC_BOLD),
}
# Persian/Dari is written in Arabic script (Noto Sans Arabic has its extra letters پ چ ژ گ and ی).
_LANGUAGE_FAMILY = {"ar": "arabic", "fa": "arabic", "ps": "arabic", "ur": "arabic", "ti": "ethiopic",
                    "am": "ethiopic"}

_lock = threading.Lock()
_registered = False


def font_dir() -> Path:
    """Where the TTF files live: $WISHDESK_FONT_DIR, the source tree, or a PyInstaller bundle."""
    override = os.environ.get("WISHDESK_FONT_DIR")
    if override:
        return Path(override)
    source_tree = Path(__file__).resolve().parents[2] / "resources" / "fonts"
    if source_tree.is_dir():
        return source_tree
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "fonts"
    return source_tree


def register_fonts() -> None:
    """Register all bundled fonts with ReportLab (idempotent, thread-safe, cheap after the first call)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = font_dir()
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(f"Lettertype ontbreekt: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # Platypus <b>/<i> markup resolves through these mappings; without them it would pick Helvetica.
        for regular, bold in _FAMILIES.values():
            addMapping(regular, 0, 0, regular)
            addMapping(regular, 1, 0, bold)
            addMapping(regular, 0, 1, regular)
            addMapping(regular, 1, 1, bold)
        _registered = True


def primary_font(language: str, bold: bool = False) -> str:
    """The main font for text in ``language`` (ISO 639-1)."""
    regular, bold_name = _FAMILIES[_LANGUAGE_FAMILY.get(language, "latin")]
    return bold_name if bold else regular


def is_bold(font: str) -> bool:
    return font.endswith("-Bold")


@cache
def fallback_chain(font: str) -> tuple[str, ...]:
    """Fonts tried in order for each character: the primary, Noto Sans, the other scripts' fonts (same
    weight), the symbols font. A Dutch line may then carry a family-language word (an Ethiopic name in a
    heading) and still print it in a font that has it."""
    bold = is_bold(font)
    chain = [font]
    for regular, bold_name in _FAMILIES.values():
        candidate = bold_name if bold else regular
        if candidate not in chain:
            chain.append(candidate)
    chain.append(SYMBOLS)
    return tuple(chain)


@cache
def coverage(font: str) -> frozenset[int]:
    """The code points a registered font has a glyph for."""
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


@lru_cache(maxsize=4096)
def font_for_char(char: str, font: str) -> str:
    """The first font in ``font``'s fallback chain that has ``char`` (the primary when none has it)."""
    code = ord(char)
    for candidate in fallback_chain(font):
        if code in coverage(candidate):
            return candidate
    return font
