"""Home-activity sheets (thuisopdracht) for one lesson and one group: one per pupil or family.

Public API:

* ``render_handouts(batch, out, layout="a4", progress=None) -> int`` – write the PDF, return pages.
* ``iter_render_handouts(batch, out, layout="a4")`` – the same as a generator of ``(done, total)``
  for a GUI progress bar; stop iterating (``close()``) to cancel – nothing is written then.
* ``overflowing_languages(batch, layout)`` – languages whose texts do not fit even at the smallest
  type size, so the caller can warn before printing.
* ``split_languages(batch, layout)`` – languages whose A5 sheet takes both halves of a page.

Layouts: ``"a4"`` (one A4 portrait sheet per page) and ``"a5x2"`` (two A5 sheets side by side on a
landscape A4 page, for cheaper printing; the page is cut in half). Running text stays at 8.5 pt or more: a
bilingual sheet that does not fit one A5 half continues on the second half of its page (the home activity
and the slip), so that family gets both halves.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Literal

from wishdesk.core.print_data import HandoutBatch, Recipient

from ..core.errors import ValidationError
from .document import Output, Progress, iter_pages, run_to_end
from .handout_sheet import A4_SHEET, A5_SHEET, Geometry, family_language, fit_sheet, prepare_sheet
from .personal import SheetLayout, draw_personal

Layout = Literal["a4", "a5x2"]
LAYOUTS: tuple[str, ...] = ("a4", "a5x2")


def _geometry(layout: str) -> Geometry:
    if layout == "a4":
        return A4_SHEET
    if layout == "a5x2":
        return A5_SHEET
    raise ValidationError(f"Onbekende opmaak {layout!r}; kies uit {', '.join(LAYOUTS)}")


def iter_render_handouts(batch: HandoutBatch, out: Output, layout: Layout = "a4") -> Generator[tuple[int, int], None, int]:
    """Render the batch, yielding (sheets done, total sheets); returns the page count.

    The layout of each language is computed once and stored as a form XObject (with the class QR code
    as a nested form, encoded once); each page adds only the family's name.
    """
    geo = _geometry(layout)
    lesson = batch.lesson
    layouts: dict[str, SheetLayout] = {}

    def prepare(canv, recipient: Recipient) -> SheetLayout:
        key = family_language(lesson, recipient.language)
        if key not in layouts:
            layouts[key] = prepare_sheet(canv, lesson, key, geo)
        return layouts[key]

    def draw_item(canv, sheet: SheetLayout, recipient: Recipient) -> None:
        canv.doForm(sheet.form)
        draw_personal(canv, sheet, recipient, lesson.group_name)

    title = f"Thuisopdracht les {lesson.lesson_number} – groep {lesson.group_name}"
    return (yield from iter_pages(batch.recipients, out, sheet_size=(geo.width, geo.height),
                                  two_up=layout == "a5x2", prepare=prepare, draw_item=draw_item, title=title))


def render_handouts(batch: HandoutBatch, out: Output, layout: Layout = "a4", progress: Progress | None = None) -> int:
    """Write the home-activity sheets of ``batch`` to ``out`` (path or binary stream); returns pages.

    ``progress(done, total)`` is called after every sheet; (total, total) means the file is written.
    """
    return run_to_end(iter_render_handouts(batch, out, layout), progress)


def overflowing_languages(batch: HandoutBatch, layout: Layout = "a4") -> list[str]:
    """Languages (codes) whose sheet does not fit on the page even at the smallest type size."""
    geo = _geometry(layout)
    result = []
    for key in sorted({family_language(batch.lesson, r.language) for r in batch.recipients}):
        _ops, _slots, fits, _body = fit_sheet(batch.lesson, key, geo)
        if not fits:
            result.append(key)
    return result


def split_languages(batch: HandoutBatch, layout: Layout = "a5x2") -> list[str]:
    """Languages whose A5 sheet continues on the second half of the page (both halves go to that family), so
    the caller can say so; none on A4."""
    geo = _geometry(layout)
    keys = sorted({family_language(batch.lesson, r.language) for r in batch.recipients})
    return [key for key in keys if fit_sheet(batch.lesson, key, geo)[1]["halves"] == 2]
