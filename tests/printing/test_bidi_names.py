"""A Latin name in Arabic text keeps its full stop ("Noah I.", not ".Noah I"): names are isolated (FSI…PDI)
before the bidi algorithm, and the isolate marks are never drawn."""

from __future__ import annotations

from wishdesk.printing import fonts
from wishdesk.printing.labels import join_names, label
from wishdesk.printing.text import single_line, wrap


def _drawn(line) -> str:  # noqa: ANN001
    return "".join(run.text for run in line.runs)


def test_a_latin_name_with_an_initial_keeps_its_full_stop_in_arabic() -> None:
    font = fonts.primary_font("ar")
    text = label("for_parents_of", "ar", name=join_names(["Noah I."], "ar"))
    drawn = _drawn(single_line(text, font, 10, True))
    assert drawn.startswith("Noah I. ")  # drawn left to right: the name at the left end, stop included
    assert ".Noah" not in drawn
    assert not any("\u2066" <= ch <= "\u2069" for ch in drawn)


def test_two_names_stay_whole_and_in_order() -> None:
    font = fonts.primary_font("ar")
    text = label("for_parents_of", "ar", name=join_names(["Noah I.", "Sanne B."], "ar"))
    drawn = _drawn(single_line(text, font, 10, True))
    # read right to left: "Noah I." first, then the Arabic "and", then "Sanne B."
    assert drawn.index("Sanne B.") < drawn.index("Noah I.")
    for line in wrap(text, font, 10, 60, True):
        assert not any("\u2066" <= ch <= "\u2069" for ch in _drawn(line))


def test_dutch_labels_are_untouched() -> None:
    assert label("for_parents_of", "nl", name="Noah I.").endswith("Noah I.")
    assert "\u2068" not in label("for_parents_of", "nl", name="Noah I.")
