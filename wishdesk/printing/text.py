"""Small text engine: per-character font fallback, measuring, greedy wrapping, and drawing lines.

Why not Platypus paragraphs: the sheets need per-character fallback (Noto Sans Arabic has no Latin
brackets, Noto Sans Ethiopic no digits), per-line bidi after wrapping, and a layout that is computed
once per language and then reused for thousands of pages. A few hundred lines of our own keep that
predictable and fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from .bidi import shape, visual
from .fonts import font_for_char, register_fonts

# Bidi marks and zero-width characters have no glyph in our fonts; after reordering they are noise.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of one line drawn in one font (visual order)."""

    font: str
    text: str
    width: float


@dataclass(frozen=True, slots=True)
class Line:
    runs: tuple[Run, ...]
    width: float

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True, slots=True)
class TextBlock:
    """Wrapped lines plus the metrics needed to place them; ``height`` is top of first line to bottom."""

    lines: tuple[Line, ...]
    size: float
    leading: float
    rtl: bool = False

    @property
    def height(self) -> float:
        if not self.lines:
            return 0.0
        return self.size * 1.25 + (len(self.lines) - 1) * self.leading


@lru_cache(maxsize=8192)
def runs(text: str, font: str, size: float) -> tuple[Run, ...]:
    """Split ``text`` (already in drawing order) into runs, each in the first font that has its glyphs."""
    register_fonts()
    text = _INVISIBLE.sub("", text)
    pieces: list[tuple[str, list[str]]] = []
    for char in text:
        if char == " " and pieces:
            pieces[-1][1].append(char)  # every font has a space; do not split runs for it
            continue
        chosen = font_for_char(char, font)
        if pieces and pieces[-1][0] == chosen:
            pieces[-1][1].append(char)
        else:
            pieces.append((chosen, [char]))
    return tuple(
        Run(name, "".join(chars), stringWidth("".join(chars), name, size)) for name, chars in pieces
    )


@lru_cache(maxsize=16384)
def text_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` in points, with the same fallback as drawing uses."""
    return sum(run.width for run in runs(text, font, size))


@lru_cache(maxsize=8192)
def single_line(text: str, font: str, size: float, rtl: bool = False) -> Line:
    """One line without wrapping (labels, names): shaped and reordered when needed (cached, like `block`)."""
    drawn = visual(shape(text), rtl)
    parts = runs(drawn, font, size)
    return Line(parts, sum(run.width for run in parts))


def _split_long_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Break a word wider than the column (a URL, a long compound) at character boundaries."""
    pieces, current = [], ""
    for char in word:
        if current and text_width(current + char, font, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, font: str, size: float, width: float, rtl: bool = False) -> list[Line]:
    """Greedy word wrap of ``text`` (``\\n`` starts a new paragraph) into lines at most ``width`` wide.

    Arabic is shaped over the whole paragraph first, wrapped in logical order, and each line is then
    put into visual order with the paragraph direction (see ``bidi``).
    """
    lines: list[Line] = []
    space = text_width(" ", font, size)
    for paragraph in text.replace("\t", " ").split("\n"):
        words: list[str] = []
        for word in shape(paragraph).split():
            if text_width(word, font, size) > width:
                words.extend(_split_long_word(word, font, size, width))
            else:
                words.append(word)
        if not words:
            lines.append(Line((), 0.0))
            continue
        current: list[str] = []
        current_width = 0.0
        for word in words:
            word_width = text_width(word, font, size)
            if current and current_width + space + word_width > width:
                lines.append(_make_line(current, font, size, rtl))
                current, current_width = [], 0.0
            current_width += word_width + (space if current else 0.0)
            current.append(word)
        lines.append(_make_line(current, font, size, rtl))
    return lines


def _make_line(words: list[str], font: str, size: float, rtl: bool) -> Line:
    parts = runs(visual(" ".join(words), rtl), font, size)
    return Line(parts, sum(run.width for run in parts))


@lru_cache(maxsize=4096)
def block(text: str, font: str, size: float, width: float, rtl: bool = False, leading: float = 1.35) -> TextBlock:
    """Wrap ``text`` into a TextBlock; ``leading`` is a factor of the font size.

    Cached (a TextBlock is immutable): a print run lays out the same lesson texts at the same widths for
    every group, so each (text, font, size, width) is wrapped once per process."""
    return TextBlock(tuple(wrap(text, font, size, width, rtl)), size, size * leading, rtl)


def draw_line(canv, line: Line, x: float, baseline: float, size: float, width: float = 0.0,
              align: str = "left") -> None:
    """Draw one line; ``x``/``width`` is the column, ``align`` left, right or center."""
    if align == "right":
        x += width - line.width
    elif align == "center":
        x += (width - line.width) / 2
    for run in line.runs:
        canv.setFont(run.font, size)
        canv.drawString(x, baseline, run.text)
        x += run.width


def draw_block(canv, text_block: TextBlock, x: float, top: float, width: float, align: str | None = None) -> float:
    """Draw a block with its first line's top at ``top``; returns the y just below it.

    ``align`` defaults to right for right-to-left blocks, left otherwise.
    """
    align = align or ("right" if text_block.rtl else "left")
    baseline = top - text_block.size
    for line in text_block.lines:
        draw_line(canv, line, x, baseline, text_block.size, width, align)
        baseline -= text_block.leading
    return top - text_block.height
