"""Home-activity sheets, read back from the PDF."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from bidi.algorithm import get_display
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.printing import samples
from tests.printing.pdfcheck import Piece, font_objects, form_names, is_embedded, page_text, pieces, rows
from wishdesk.core.print_data import HandoutBatch, HomeActivityText, Recipient
from wishdesk.printing import fonts
from wishdesk.printing.bidi import shape
from wishdesk.printing.handouts import (
    iter_render_handouts,
    overflowing_languages,
    render_handouts,
    split_languages,
)


@pytest.fixture(scope="module")
def class_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("handouts") / "groep6a-les2.pdf"
    batch = samples.class_batch(30)
    pages = render_handouts(batch, path)
    return batch, pages, PdfReader(path), path


def test_one_page_per_pupil_with_the_name_on_heading_and_slip(class_pdf):
    batch, pages, reader, _ = class_pdf
    assert pages == len(reader.pages) == 30
    for index, recipient in enumerate(batch.recipients):
        name = recipient.pupil_names[0]
        texts = [p.text for p in pieces(reader, index)]
        # "Voor de ouders van <name>", "Leerling: <name>" (and maybe a run of the family-language subtitle)
        assert texts.count(name) >= 2, name
        assert "Voor de ouders van " in texts
        assert all(other.pupil_names[0] not in texts for other in batch.recipients if other is not recipient)


def test_each_page_has_dutch_and_the_family_language(class_pdf):
    batch, _, reader, _ = class_pdf
    for index, recipient in enumerate(batch.recipients):
        text = page_text(reader, index)
        assert "Thuisopdracht: Zeg het met je lijf" in text
        assert "Strookje terug naar school" in text
        code = recipient.language
        other_titles = {c: a.title for c, a in samples.ACTIVITIES.items() if c not in ("nl", code)}
        if code == "ar":
            assert shape("قلها بجسمك")[::-1] in text
        elif code != "nl":
            assert samples.ACTIVITIES[code].title in text, code
        for other_code, title in other_titles.items():
            if other_code != "ar":
                assert title not in text, (code, other_code)


def test_family_language_labels_beside_dutch_on_the_slip(class_pdf):
    batch, _, reader, _ = class_pdf
    index = next(i for i, r in enumerate(batch.recipients) if r.language == "tr")
    text = page_text(reader, index)
    assert "gedaan" in text and "yapıldı" in text and "yapılmadı" in text and "Açıklama" in text
    dutch_index = next(i for i, r in enumerate(batch.recipients) if r.language == "nl")
    assert "yapıldı" not in page_text(reader, dutch_index)


def test_fonts_are_embedded_and_helvetica_never_referenced(class_pdf):
    _, _, reader, path = class_pdf
    found = font_objects(reader)
    names = {str(f["/BaseFont"]).split("+")[-1] for f in found}
    assert {"NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Regular", "NotoSansEthiopic-Regular",
            "DejaVuSans"} <= names
    assert all(is_embedded(f) for f in found)
    raw = path.read_bytes()
    assert b"Helvetica" not in raw and b"ZapfDingbats" not in raw


def _arabic_paragraph_rows(reader, index) -> list[list[Piece]]:
    """The drawn lines of the Arabic activity paragraph, matched word by word against the source.

    Walking the paragraph's words in order, every drawn line (top to bottom) must be exactly the
    right-to-left visual form of the next run of words: so the lines are in reading order and each
    line was reordered on its own (not the paragraph as a whole, which would swap the lines).
    """
    words = shape(samples.ACTIVITIES["ar"].text).split()
    drawn = rows(pieces(reader, index), x_min=595.28 / 2)
    texts = ["".join(p.text for p in row) for row in drawn]
    start = next(i for i, line in enumerate(texts) if line.endswith(words[0][::-1]))
    position, matched = 0, []
    for row, line in zip(drawn[start:], texts[start:], strict=False):
        if position == len(words):
            break
        for count in range(1, len(words) - position + 1):
            if get_display(" ".join(words[position:position + count]), base_dir="R") == line:
                position += count
                matched.append(row)
                break
        else:
            pytest.fail(f"line {len(matched) + 1} is not the next words in visual order: {line!r}")
    assert position == len(words)
    return matched


def test_arabic_paragraph_reads_in_the_right_order_over_many_lines(class_pdf):
    batch, _, reader, _ = class_pdf
    index = next(i for i, r in enumerate(batch.recipients) if r.language == "ar")
    matched = _arabic_paragraph_rows(reader, index)
    assert len(matched) >= 5  # really a multi-line paragraph
    assert any("10" in "".join(p.text for p in row) for row in matched)  # digits not reversed
    # brackets come from Noto Sans (fallback), the letters from Noto Sans Arabic
    fonts_used = {p.font for row in matched for p in row if p.text.strip()}
    assert fonts_used == {"NotoSansArabic-Regular", "NotoSans-Regular"}


def test_arabic_paragraph_is_right_aligned(class_pdf):
    batch, _, reader, _ = class_pdf
    index = next(i for i, r in enumerate(batch.recipients) if r.language == "ar")
    registered = {"NotoSansArabic-Regular": fonts.ARABIC, "NotoSans-Regular": fonts.SANS}
    edges = set()
    for row in _arabic_paragraph_rows(reader, index):
        last = row[-1]
        edges.add(round(last.x + stringWidth(last.text, registered[last.font], last.size), 1))
    assert len(edges) == 1
    lefts = {row[0].x for row in _arabic_paragraph_rows(reader, index)}
    assert len(lefts) > 3  # ragged left edge


def test_class_qr_code_is_one_shared_form(class_pdf):
    _, _, reader, _ = class_pdf
    names = form_names(reader)
    assert sum(name.startswith("/FormXob.wdqr") for name in names) == 1
    # one sheet form per language in the class, not one per page
    sheets = [name for name in names if name.startswith("/FormXob.wdsheet")]
    assert len(sheets) == len({r.language for r in samples.class_batch(30).recipients})


def test_no_qr_without_video_url(tmp_path):
    batch = samples.class_batch(4, video_url=None)
    path = tmp_path / "zonder-video.pdf"
    render_handouts(batch, path)
    reader = PdfReader(path)
    assert not any(name.startswith("/FormXob.wdqr") for name in form_names(reader))
    assert "Bekijk de video" not in page_text(reader, 0)


def test_a5_two_up_halves_the_page_count_on_landscape_a4(tmp_path):
    from tests.printing.test_languages import sheet_lesson

    # Dutch sheets of a shipped lesson take one half each; a sheet too long for one half at 8.5 pt (here every
    # bilingual one) takes a page of its own (tests/printing/test_a5_type_size.py)
    mixed = replace(samples.class_batch(7), lesson=sheet_lesson())
    batch = replace(mixed, recipients=tuple(replace(r, language="nl") for r in mixed.recipients))
    path = tmp_path / "a5.pdf"
    pages = render_handouts(batch, path, layout="a5x2")
    reader = PdfReader(path)
    assert pages == len(reader.pages) == 4
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert width == pytest.approx(841.89, abs=0.5) and height == pytest.approx(595.28, abs=0.5)
    first = [p for p in pieces(reader, 0) if p.text in ("Zoë", "Daan")]
    assert {p.text for p in first if p.x < 421} == {"Zoë"}
    assert {p.text for p in first if p.x > 421} == {"Daan"}
    last = [p for p in pieces(reader, 3) if p.text in samples.FIRST_NAMES]
    assert {p.text for p in last} == {"Oksana"} and all(p.x < 421 for p in last)  # odd count: half empty
    split = set(split_languages(mixed))
    halves = used = 0
    for r in mixed.recipients:  # a whole page per split sheet; a half left over before it stays empty
        span = 2 if r.language in split else 1
        if used and used + span > 2:
            halves, used = halves + 1, 0
        used += span
    assert render_handouts(mixed, tmp_path / "mixed.pdf", layout="a5x2") == halves + 1


def test_generic_sheet_per_language_and_family_sheet_for_siblings(tmp_path):
    lesson = samples.lesson()
    batch = HandoutBatch.generic(lesson)
    batch = replace(batch, recipients=batch.recipients + (Recipient("nl", ("Zoë", "Daan")),))
    path = tmp_path / "generiek.pdf"
    assert render_handouts(batch, path) == 8
    reader = PdfReader(path)
    for index in range(7):
        assert "Voor de ouders van een leerling uit groep 6A" in page_text(reader, index)
    assert "Zoë en Daan" in page_text(reader, 7)


def test_missing_translation_prints_dutch_only(tmp_path):
    lesson = samples.lesson(languages=("nl", "ar"))
    path = tmp_path / "uk.pdf"
    render_handouts(HandoutBatch(lesson, (Recipient("uk", ("Oksana",)),)), path)
    text = page_text(PdfReader(path), 0)
    assert "Thuisopdracht: Zeg het met je lijf" in text and "Oksana" in text
    assert "Українська".upper() not in text and "виконано" not in text


def test_progress_generator_reports_each_sheet_and_cancel_writes_nothing(tmp_path):
    batch = samples.class_batch(5)
    cancelled = tmp_path / "geannuleerd.pdf"
    steps = iter_render_handouts(batch, cancelled)
    assert next(steps) == (1, 5)
    steps.close()
    assert not cancelled.exists()
    assert list(tmp_path.iterdir()) == []

    done = tmp_path / "klaar.pdf"
    seen = []
    assert render_handouts(batch, done, progress=lambda d, t: seen.append((d, t, done.exists()))) == 5
    assert [(d, t) for d, t, _ in seen] == [(i, 5) for i in range(1, 6)]
    assert [exists for *_, exists in seen] == [False] * 4 + [True]  # (total, total) = file written


def test_stream_output_and_identical_bytes_for_identical_input():
    batch = samples.class_batch(3)
    first, second = io.BytesIO(), io.BytesIO()
    render_handouts(batch, first)
    render_handouts(batch, second)
    assert first.getvalue().startswith(b"%PDF") and first.getvalue() == second.getvalue()


def test_errors_for_empty_batch_and_unknown_layout(tmp_path):
    with pytest.raises(ValueError, match="geen bladen"):
        render_handouts(HandoutBatch(samples.lesson(), ()), tmp_path / "leeg.pdf")
    with pytest.raises(ValueError, match="opmaak"):
        render_handouts(samples.class_batch(1), tmp_path / "x.pdf", layout="a3")
    assert not list(tmp_path.iterdir())


def test_overflow_is_reported_for_a_text_that_cannot_fit():
    assert overflowing_languages(samples.class_batch(30)) == []
    lesson = samples.lesson(languages=("nl", "en"))
    huge = HomeActivityText("en", "Too long", " ".join([samples.ACTIVITIES["en"].text] * 6))
    lesson = replace(lesson, activities=(lesson.dutch_activity, huge))
    batch = HandoutBatch(lesson, (Recipient("en", ("Sophie",)), Recipient("nl", ("Zoë",))))
    assert overflowing_languages(batch) == ["en"]
