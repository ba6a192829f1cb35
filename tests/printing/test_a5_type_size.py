"""A5 two-up sheets keep running text (class summary, what the child practises, the home activity, the tip) at
8.5 pt or more, measured in the PDF for the language with the longest texts; a bilingual sheet that does not
fit one A5 half continues on the second half of its page."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.printing.langcheck import logical
from tests.printing.pdfcheck import pieces
from tests.printing.test_languages import SPEC, sheet_lesson
from wishdesk.core import languages
from wishdesk.core.print_data import HandoutBatch, Recipient
from wishdesk.printing.handouts import render_handouts, split_languages

MIN_TEXT = 8.5


def _running_texts(index: int, code: str) -> list[str]:
    spec = SPEC.lessons[index]
    home = spec.home_activity
    return [t for lang in ("nl", code) for t in (spec.class_summary[lang], spec.child_practice[lang],
                                                  home.text[lang], home.tip.get(lang, ""))]


def _longest_language() -> str:
    return max((c for c in languages.CODES if c != "nl"),
               key=lambda c: sum(len(t) for i in range(len(SPEC.lessons)) for t in _running_texts(i, c)))


def _sizes_of_running_text(path: Path, texts: list[str]) -> list[float]:
    """The type size of every drawn line that is part of one of ``texts`` (compared in logical order)."""
    haystack = " ".join(" ".join(t.split()) for t in texts)
    reader = PdfReader(path)
    found = []
    for page in range(len(reader.pages)):
        for piece in pieces(reader, page):
            line = " ".join(logical(w) for w in piece.text.split())
            if len(line) >= 12 and line in haystack:  # a wrapped line of running text, not a label
                found.append(piece.size)
    return found


def test_a5_running_text_is_at_least_8_5_pt_for_the_longest_language(tmp_path: Path) -> None:
    code = _longest_language()
    for index, spec in enumerate(SPEC.lessons):
        lesson = sheet_lesson(index=index)
        batch = HandoutBatch(lesson, (Recipient("nl", ("Sam",)), Recipient(code, ("Amira",)),
                                      Recipient("nl", ("Noor",))))
        path = tmp_path / f"a5-{spec.number}.pdf"
        pages = render_handouts(batch, path, "a5x2")
        sizes = _sizes_of_running_text(path, _running_texts(index, code))
        assert len(sizes) > 10, (spec.number, code)  # the measurement found the running text
        assert min(sizes) >= MIN_TEXT, (spec.number, code, min(sizes))
        assert split_languages(batch) == [code]  # the bilingual sheet takes both halves of its page...
        assert pages == 3  # ...so: Sam (half a page), that family (a page of its own), Noor


def test_a5_dutch_sheet_stays_on_one_half(tmp_path: Path) -> None:
    batch = HandoutBatch(sheet_lesson(), (Recipient("nl", ("Sam",)), Recipient("nl", ("Noor",))))
    path = tmp_path / "nl.pdf"
    assert render_handouts(batch, path, "a5x2") == 1 and split_languages(batch) == []
    assert min(_sizes_of_running_text(path, _running_texts(0, "nl"))) >= MIN_TEXT
