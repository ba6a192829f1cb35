"""Every sheet language, end to end: a home-activity sheet and an invitation from the shipped curriculum,
read back from the PDF (right-to-left words in logical order), fonts embedded, QR codes decodable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.printing.langcheck import decode_qr_codes, fonts_embedded, logical, missing_words, page_tokens
from wishdesk.core import languages
from wishdesk.core.curriculum_file import load_curriculum
from wishdesk.core.print_data import (
    HandoutBatch,
    HandoutLesson,
    HomeActivityText,
    InvitationBatch,
    InvitationData,
    InvitationText,
    LessonSectionText,
    Recipient,
)
from wishdesk.printing.handouts import render_handouts
from wishdesk.printing.invitations import render_invitations
from wishdesk.printing.labels import LABELS, family_date, family_week, label

SPEC = load_curriculum()
URL = "https://ouderportaal.example.nl/groep-6a/video/les-1?code=K7Q2"
LESSON_DATE, RETURN_BY = dt.date(2025, 3, 14), dt.date(2025, 3, 21)
EVENT_DATE = dt.date(2025, 3, 18)

#: Every label a sheet carries (in the family language beside the Dutch one).
SHEET_KEYS = ("language_name", "for_parents_of", "what_we_did", "child_practice", "home_activity", "duration",
              "tip", "watch_video", "cut_here", "return_slip", "hand_in_by", "pupil", "lesson", "done",
              "not_done", "comment", "comment_hint", "signature")
INVITATION_KEYS = ("language_name", "for_parents_of", "invitation", "invitation_intro", "date", "time", "place",
                   "reply_slip", "we_come", "persons", "we_cannot", "reply_by", "question", "parent_name", "regards",
                   "cut_here", "pupil", "notes")


def sheet_lesson(video_url: str | None = URL, index: int = 0) -> HandoutLesson:
    spec = SPEC.lessons[index]
    home = spec.home_activity
    return HandoutLesson(
        school_name="Basisschool De Regenboog", group_name="6A", lesson_number=spec.number,
        lesson_title=spec.title["nl"], class_summary=spec.class_summary["nl"],
        child_practice=(spec.child_practice["nl"],),
        activities=tuple(HomeActivityText(c, home.title[c], home.text[c], home.tip.get(c, "")) for c in home.title),
        sections=tuple(LessonSectionText(c, spec.title.get(c, spec.title["nl"]), spec.class_summary[c],
                                         (spec.child_practice[c],))
                       for c in spec.class_summary if c != "nl"),
        lesson_date=LESSON_DATE, return_by=RETURN_BY, activity_minutes=10, video_url=video_url, video_kind="lesson",
    )


def invitation(notes: str = "Neem gerust iemand mee die voor u kan tolken.") -> InvitationData:
    event = next(e for e in SPEC.parent_events if e.kind == "parent_evening")
    return InvitationData(
        school_name="Basisschool De Regenboog", group_name="6A", event_date=EVENT_DATE, start_time=dt.time(19, 0),
        end_time=dt.time(20, 30), place="Aula", reply_by=dt.date(2025, 3, 11), contact="Juf Sanne",
        texts=tuple(InvitationText(c, event.title.get(c, event.title["nl"]), event.description[c])
                    for c in event.description),
        notes=notes,
    )


def _values(key: str, code: str) -> dict:
    return {"name": "Amira", "group": "6A", "minutes": 10, "week": 11,
            "date": family_date(RETURN_BY if key == "hand_in_by" else dt.date(2025, 3, 11), code, year=False)}


def _check_labels(tokens: set[str], keys: tuple[str, ...], code: str) -> dict[str, list[str]]:
    problems = {}
    for key in keys:
        text = LABELS[code][key]
        text = text.format(**_values(key, code)) if "{" in text else text
        gone = missing_words(text, tokens)
        if gone:
            problems[key] = gone
    return problems


@pytest.mark.parametrize("code", [c for c in languages.CODES if c != "nl"])
def test_sheet_and_invitation_carry_every_text_in_the_family_language(code: str, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.pdf"
    render_handouts(HandoutBatch(sheet_lesson(), (Recipient(code, ("Amira",)),)), sheet)
    tokens = page_tokens(PdfReader(sheet), 0)
    assert _check_labels(tokens, SHEET_KEYS, code) == {}
    spec = SPEC.lessons[0]
    home = spec.home_activity
    for text in (spec.class_summary[code], spec.child_practice[code], spec.title[code], home.title[code],
                 home.text[code], home.tip[code], family_week(LESSON_DATE, code)):
        assert missing_words(text, tokens) == [], text
    # Dutch stays beside it
    assert missing_words(spec.class_summary["nl"] + " " + label("return_slip"), tokens) == []

    letter = tmp_path / "invitation.pdf"
    render_invitations(InvitationBatch(invitation(), (Recipient(code, ("Amira",)),)), letter)
    tokens = page_tokens(PdfReader(letter), 0)
    assert _check_labels(tokens, INVITATION_KEYS, code) == {}
    event = next(e for e in SPEC.parent_events if e.kind == "parent_evening")
    for text in (event.description[code], event.title[code], family_date(EVENT_DATE, code)):
        assert missing_words(text, tokens) == [], text
    assert missing_words("Neem gerust iemand mee die voor u kan tolken.", tokens) == []  # the event's notes
    for path in (sheet, letter):
        fonts = fonts_embedded(path)
        assert fonts and all(emb == "yes" for _, emb in fonts), fonts
        assert not any("Helvetica" in name for name, _ in fonts)


@pytest.mark.parametrize("code", [c for c in languages.CODES if c != "nl"])
def test_every_lesson_sheet_shows_its_family_language_summary(code: str, tmp_path: Path) -> None:
    """Not only lesson 1: every lesson's sheet carries its class summary and what the child practises in the
    family language (machine-made, so the curriculum marks them unchecked), beside the Dutch ones."""
    assert len(SPEC.lessons) == 8
    for index, spec in enumerate(SPEC.lessons):
        assert spec.class_summary.get(code) and spec.child_practice.get(code), (spec.number, code)
        assert spec.home_activity.is_checked(code) is (code == "en"), (spec.number, code)  # only English was checked
        path = tmp_path / f"lesson{spec.number}.pdf"
        render_handouts(HandoutBatch(sheet_lesson(None, index), (Recipient(code, ("Amira",)),)), path)
        tokens = page_tokens(PdfReader(path), 0)
        for text in (spec.class_summary[code], spec.child_practice[code], spec.title[code],
                     spec.class_summary["nl"], spec.child_practice["nl"]):
            assert missing_words(text, tokens) == [], (spec.number, text)


def test_persian_uses_noto_sans_arabic_and_cyrillic_and_romanian_letters_print(tmp_path: Path) -> None:
    path = tmp_path / "three.pdf"
    batch = HandoutBatch(sheet_lesson(), (Recipient("fa", ("Dara",)), Recipient("bg", ("Ivan",)),
                                          Recipient("ro", ("Ioana",))))
    render_handouts(batch, path)
    reader = PdfReader(path)
    from tests.printing.pdfcheck import pieces

    persian = [p for p in pieces(reader, 0) if "\u06cc" in logical(p.text) or "\ufbfc" in p.text]
    assert persian and {p.font for p in persian} <= {"NotoSansArabic-Regular", "NotoSansArabic-Bold"}
    assert "какво" in page_tokens(reader, 1) and "ș" in "".join(page_tokens(reader, 2))
    assert "\ufffd" not in "".join(p.text for i in range(3) for p in pieces(reader, i))  # every glyph mapped


def test_arabic_vowel_marks_shadda_and_tanwin_are_kept(tmp_path: Path) -> None:
    lesson = sheet_lesson(None)
    word_shadda, word_tanwin = "محمّد", "شكرًا"
    activities = tuple(a if a.language != "ar" else HomeActivityText("ar", a.title, f"{word_tanwin} يا {word_shadda}.")
                       for a in lesson.activities)
    path = tmp_path / "marks.pdf"
    render_handouts(HandoutBatch(HandoutLesson(**{**lesson.__dict__, "activities": activities}),
                                 (Recipient("ar", ("Adam",)),)), path)
    tokens = page_tokens(PdfReader(path), 0)
    assert word_shadda in tokens and "\u0651" in word_shadda
    assert word_tanwin in tokens and "\u064b" in word_tanwin


@pytest.mark.parametrize(("layout", "codes", "expected"), [
    ("a4", ("nl",), 1), ("a4", ("ar",), 1), ("a4", ("fa",), 1), ("a5x2", ("nl", "nl"), 2),
    ("a5x2", ("ar",), 1)])  # an Arabic A5 sheet takes both halves of its page: one QR code
def test_qr_codes_decode_from_rendered_pages(layout: str, codes: tuple[str, ...], expected: int,
                                             tmp_path: Path) -> None:
    path = tmp_path / "qr.pdf"
    render_handouts(HandoutBatch(sheet_lesson(), tuple(Recipient(c, ("Sam",)) for c in codes)), path, layout)
    assert decode_qr_codes(path, 0, tmp_path) == [URL] * expected


def test_caption_says_whose_video(tmp_path: Path) -> None:
    for kind, key in (("lesson", "watch_video"), ("group", "watch_group_video")):
        lesson = HandoutLesson(**{**sheet_lesson().__dict__, "video_kind": kind})
        path = tmp_path / f"{kind}.pdf"
        render_handouts(HandoutBatch(lesson, (Recipient("en", ("Sam",)),)), path)
        tokens = page_tokens(PdfReader(path), 0)
        assert missing_words(label(key) + " " + label(key, "en"), tokens) == []
