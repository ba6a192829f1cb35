"""The text engine, font fallback and the label table, without writing PDFs."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.printing import samples
from wishdesk.printing import fonts
from wishdesk.printing.bidi import shape, visual
from wishdesk.printing.labels import (
    CHECKED_BY_PERSON,
    LABELS,
    LANGUAGES,
    dutch_date,
    dutch_week,
    join_names,
    label,
)
from wishdesk.printing.text import runs, text_width, wrap


def _uncovered(text: str, language: str) -> set[str]:
    """Characters that no font in the language's fallback chain can draw (they would print as boxes)."""
    primary = fonts.primary_font(language)
    missing = set()
    for char in shape(text):
        if char.isspace():
            continue
        if not any(ord(char) in fonts.coverage(name) for name in fonts.fallback_chain(primary)):
            missing.add(char)
    return missing


def test_every_language_has_every_label_and_none_is_marked_checked():
    keys = set(LABELS["nl"])
    assert set(LANGUAGES) == set(LABELS) == {"nl", "en", "tr", "ar", "pl", "uk", "ti", "fa", "so", "fr", "es", "ro",
                                             "bg"}
    for code in LANGUAGES:
        assert set(LABELS[code]) == keys, code
        assert all(value.strip() for value in LABELS[code].values()), code
        # placeholders must survive translation
        for key, value in LABELS["nl"].items():
            for placeholder in ("{name}", "{group}", "{minutes}", "{date}", "{week}"):
                assert (placeholder in value) == (placeholder in LABELS[code][key]), (code, key)
    assert not any(CHECKED_BY_PERSON.values())


@pytest.mark.parametrize("code", LANGUAGES)
def test_bundled_fonts_cover_all_labels_and_sample_texts(code):
    texts = list(LABELS[code].values())
    activity = samples.ACTIVITIES.get(code)
    if activity is not None:
        texts += [activity.title, activity.text, activity.tip]
    texts.append("✂")
    for text in texts:
        assert _uncovered(text, code) == set(), (code, text)


def test_fallback_puts_latin_punctuation_and_digits_in_noto_sans():
    fonts.register_fonts()
    arabic = runs(visual(shape("هل ينظر إليكم (وليس إلى الأرض)؟"), True), fonts.ARABIC, 10)
    assert {r.font for r in arabic} == {fonts.ARABIC, fonts.SANS}
    assert all(r.font == fonts.SANS for r in arabic if set(r.text.strip()) <= set("()"))
    ethiopic = runs("እዚ ኣስታት 10 ደቒቕ ይወስድ።", fonts.ETHIOPIC, 10)
    assert [r.text.strip() for r in ethiopic if r.font == fonts.SANS] == ["10"]
    assert runs("✂", fonts.SANS, 10)[0].font == fonts.SYMBOLS


@pytest.mark.parametrize("code", ["nl", "ar", "ti", "uk"])
def test_wrap_keeps_every_word_and_respects_the_width(code):
    text = samples.ACTIVITIES[code].text
    rtl = code == "ar"
    font = fonts.primary_font(code)
    lines = wrap(text, font, 10, 160, rtl)
    assert len(lines) > 4
    assert all(line.width <= 160 + 0.01 for line in lines)
    if not rtl:
        assert [w for line in lines for w in line.text.split()] == text.split()
    assert sum(len(line.text.replace(" ", "")) for line in lines) == len(shape(text).replace(" ", ""))


def test_arabic_lines_are_reordered_after_wrapping():
    """Each wrapped line is in right-to-left visual order and the first line holds the first words."""
    text = samples.ACTIVITIES["ar"].text
    lines = wrap(text, fonts.ARABIC, 10, 150, rtl=True)
    first_word = shape(text).split()[0]
    assert lines[0].text.endswith(first_word[::-1])  # rightmost on the top line
    assert any("10" in line.text for line in lines)  # digits keep their own order


def test_text_width_matches_sum_of_runs_and_names_join_per_language():
    assert text_width("Zoë", fonts.SANS, 12) > text_width("Zo", fonts.SANS, 12)
    assert join_names(("Zoë",)) == "Zoë"
    assert join_names(("Zoë", "Daan")) == "Zoë en Daan"
    assert join_names(("Zoë", "Daan", "Sem"), "en") == "Zoë, Daan and Sem"
    assert label("for_parents_of", "nl", name="Zoë") == "Voor de ouders van Zoë"
    assert label("duration", "xx", minutes=10) == "ca. 10 minuten, samen met uw kind"  # unknown → Dutch


def test_dutch_dates_do_not_depend_on_the_locale():
    assert dutch_date(dt.date(2025, 3, 21)) == "vrijdag 21 maart 2025"
    assert dutch_date(dt.date(2025, 3, 21), year=False) == "vrijdag 21 maart"
    assert dutch_week(dt.date(2025, 3, 11)) == "week 11 · maart 2025"
