"""Canvas creation, the page loop shared by sheets and invitations, and writing the finished PDF.

The page loop is a generator yielding ``(done, total)`` so a GUI can show progress and cancel simply by
not asking for the next value (``close()``): the PDF is only written after the last sheet, so a
cancelled run leaves no half-written file behind.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Generator, Sequence
from pathlib import Path
from typing import BinaryIO, TypeVar

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from ..core.atomic_write import write_atomically
from ..core.errors import ValidationError
from . import draw, fonts

T = TypeVar("T")
L = TypeVar("L")
Output = Path | str | BinaryIO
Progress = Callable[[int, int], object]


def new_canvas(target, pagesize: tuple[float, float], title: str) -> Canvas:
    """A canvas whose initial font is our embedded sans, so Helvetica is never referenced.

    ``invariant`` makes the output byte-identical for identical input (no timestamps), which makes
    reprints and tests reproducible.
    """
    fonts.register_fonts()
    canv = Canvas(target, pagesize=pagesize, initialFontName=fonts.SANS, initialFontSize=10,
                  invariant=True, pageCompression=1, lang="nl")
    canv.setTitle(title)
    canv.setAuthor("WIsH Desk")
    canv.setCreator("WIsH Desk")
    return canv


def write_output(data: bytes, out: Output) -> None:
    """Write the PDF to a path (atomically: temp file + replace) or to an open binary stream."""
    if isinstance(out, str | os.PathLike):
        write_atomically(Path(out), data)
    else:
        out.write(data)


def iter_pages(items: Sequence[T], out: Output, *, sheet_size: tuple[float, float], two_up: bool,
               prepare: Callable[[Canvas, T], L], draw_item: Callable[[Canvas, L, T], None],
               title: str) -> Generator[tuple[int, int], None, int]:
    """Draw one sheet per item; two A5 sheets per landscape A4 page when ``two_up`` (a layout with
    ``halves == 2`` fills a page of its own; a half left over before it stays empty).

    ``prepare`` returns the (cached) layout for an item, ``draw_item`` draws the item with its lower-left
    corner at the origin. Yields (done, total); the final (total, total) comes after the PDF is written.
    Returns the number of pages.
    """
    if not items:
        raise ValidationError("Er zijn geen bladen om te printen")
    buffer = io.BytesIO()
    pagesize = landscape(A4) if two_up else sheet_size
    canv = new_canvas(buffer, pagesize, title)
    total, pages = len(items), 0
    half = pagesize[0] / 2
    dx = (half - sheet_size[0]) / 2
    dy = (pagesize[1] - sheet_size[1]) / 2
    used = 0  # halves used on the current two-up page
    for index, item in enumerate(items):
        layout = prepare(canv, item)
        if not two_up:
            if index:
                canv.showPage()
            pages += 1
            draw_item(canv, layout, item)
        else:
            span = 2 if getattr(layout, "halves", 1) == 2 else 1  # a split sheet takes both halves of one page
            if used and used + span > 2:
                canv.showPage()
                used = 0
            if used == 0:
                pages += 1
                _fold_guide(canv, half, pagesize[1])
            canv.saveState()
            canv.translate(used * half + dx, dy)
            draw_item(canv, layout, item)
            canv.restoreState()
            used += span
        if index + 1 < total:
            yield index + 1, total
    canv.showPage()
    canv.save()
    write_output(buffer.getvalue(), out)
    yield total, total
    return pages


def _fold_guide(canv: Canvas, x: float, height: float) -> None:
    """A light dashed line between the two A5 halves, where the page is cut."""
    canv.setStrokeColor(draw.RULE)
    canv.setLineWidth(0.4)
    canv.setDash(2, 4)
    canv.line(x, 6, x, height - 6)
    canv.setDash()


def run_to_end(pages: Generator[tuple[int, int], None, int], progress: Progress | None = None) -> int:
    """Drive a page generator to the end, reporting each step; returns its page count."""
    while True:
        try:
            done, total = next(pages)
        except StopIteration as stop:
            return int(stop.value)
        if progress is not None:
            progress(done, total)
