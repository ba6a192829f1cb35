"""The shipped lesson programme and the loader/validator that guards every curriculum file."""

from __future__ import annotations

import copy
import json
import re
import sys
from pathlib import Path

import pytest

from wishdesk.core.curriculum_file import (
    EVENT_MOMENTS,
    LESSON_KINDS,
    PARENT_EVENT_KINDS,
    STEP_LEADS,
    CurriculumError,
    default_curriculum_path,
    dump_curriculum,
    load_curriculum,
    localized,
    parse_curriculum,
    save_curriculum,
    validate,
)

ALL_LANGUAGES = ["nl", "en", "tr", "ar", "pl", "uk", "ti", "fa", "so", "fr", "es", "ro", "bg"]
THEMES = ["stevig staan", "grenzen aangeven", "lichaamstaal", "pesten", "groepsdruk", "hulp vragen",
          "machtsmisbruik", "zelfvertrouwen"]
ARABIC = re.compile(r"[\u0600-\u06FF]")
ETHIOPIC = re.compile(r"[\u1200-\u137F]")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


@pytest.fixture(scope="module")
def shipped() -> dict:
    return json.loads(default_curriculum_path().read_text(encoding="utf-8"))


def write(tmp_path: Path, data: object, name: str = "curriculum.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def text_objects(node: object, key: str = ""):
    """Every {language: text} object in the document (recognised by having an 'nl' key)."""
    if isinstance(node, dict):
        if "nl" in node and key not in ("checked",):
            yield key, node
        else:
            for child_key, child in node.items():
                yield from text_objects(child, child_key)
    elif isinstance(node, list):
        for child in node:
            yield from text_objects(child, key)


# ----------------------------------------------------------------------------- the shipped programme


def test_shipped_file_validates_and_loads(shipped: dict) -> None:
    assert validate(shipped) == []
    spec = load_curriculum()
    assert spec.name["nl"] == "WIsH weerbaarheidstraining groep 6"
    assert list(spec.languages) == ALL_LANGUAGES


def test_shipped_file_has_eight_duo_lessons_of_90_minutes() -> None:
    spec = load_curriculum()
    assert [lesson.number for lesson in spec.lessons] == list(range(1, 9))
    for lesson in spec.lessons:
        assert lesson.kind == "practice"
        assert lesson.duration_minutes == 90
        assert lesson.step_minutes == 90, lesson.number
        assert 4 <= len(lesson.steps) <= 7, lesson.number
        for lang in ("nl", "en"):
            assert 2 <= len(lesson.goals[lang]) <= 4, lesson.number
            assert lesson.materials[lang], lesson.number
        assert {step.lead for step in lesson.steps} <= set(STEP_LEADS)
        # A duo lesson: both trainers lead part of it.
        leads = {step.lead for step in lesson.steps}
        assert "both" in leads or {"teacher", "specialist"} <= leads, lesson.number
    assert [lesson.theme["nl"].lower() for lesson in spec.lessons] == THEMES


def test_every_text_is_in_dutch_and_english(shipped: dict) -> None:
    found = list(text_objects(shipped))
    assert len(found) > 100
    for key, texts in found:
        for lang in ("nl", "en"):
            value = texts.get(lang)
            assert value, (key, texts)


def test_every_home_activity_has_all_languages_in_their_own_script() -> None:
    for lesson in load_curriculum().lessons:
        activity = lesson.home_activity
        assert list(activity.languages) == ALL_LANGUAGES, lesson.number
        for part in (activity.title, activity.text, activity.tip):
            assert all(part[lang].strip() for lang in ALL_LANGUAGES)
            assert ARABIC.search(part["ar"]), (lesson.number, part["ar"])
            assert ETHIOPIC.search(part["ti"]), (lesson.number, part["ti"])
            assert CYRILLIC.search(part["uk"]), (lesson.number, part["uk"])
            # No translation may be a forgotten copy of the Dutch or English text.
            others = [part[lang] for lang in ALL_LANGUAGES]
            assert len(set(others)) == len(others), lesson.number
        sentences = len(re.findall(r"[.!?](\s|$)", activity.text["nl"]))
        assert 2 <= sentences <= 4, lesson.number
        assert activity.is_checked("nl") and activity.is_checked("en")
        assert not any(activity.is_checked(lang) for lang in ("tr", "ar", "pl", "uk", "ti"))


def test_stranger_activity_from_the_article_is_in_the_programme() -> None:
    texts = [lesson.home_activity.text["nl"] for lesson in load_curriculum().lessons]
    assert any("vreemde op straat" in text for text in texts)


def test_shipped_parent_events() -> None:
    evening, showcase = load_curriculum().parent_events
    assert (evening.kind, evening.when, evening.duration_minutes) == ("parent_evening", "before_first", 90)
    assert (showcase.kind, showcase.when, showcase.duration_minutes) == ("showcase", "after_last", 60)
    assert evening.lessons_before(8) == 0 and showcase.lessons_before(8) == 8
    for event in (evening, showcase):
        assert event.title["nl"] and event.title["en"] and event.description["nl"] and event.description["en"]


def test_vocabularies_match_the_database_models() -> None:
    from wishdesk.core.models import vocab

    assert STEP_LEADS == vocab.STEP_LEADS
    assert LESSON_KINDS == vocab.LESSON_KINDS
    assert set(PARENT_EVENT_KINDS) == set(vocab.PARENT_EVENT_KINDS)
    assert EVENT_MOMENTS == ("before_first", "after_last")


# ----------------------------------------------------------------------------- round trip and locating


def test_dump_reproduces_the_shipped_document(shipped: dict) -> None:
    assert dump_curriculum(load_curriculum()) == shipped


def test_round_trip_through_a_file(tmp_path: Path) -> None:
    spec = load_curriculum()
    path = tmp_path / "copy.json"
    save_curriculum(spec, path)
    assert load_curriculum(path) == spec
    assert "ጓና" in path.read_text(encoding="utf-8")  # stored readable, not as \u escapes
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_theory_lesson_kind_survives_the_round_trip(shipped: dict, tmp_path: Path) -> None:
    data = copy.deepcopy(shipped)
    data["lessons"][0]["kind"] = "theory"
    spec = load_curriculum(write(tmp_path, data))
    assert spec.lesson(1).kind == "theory"
    assert dump_curriculum(spec) == data


def test_byte_order_mark_is_accepted(shipped: dict, tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(shipped).encode("utf-8"))
    assert len(load_curriculum(path).lessons) == 8


def test_frozen_bundle_uses_meipass(shipped: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "resources" / "curriculum" / "default.json"
    target.parent.mkdir(parents=True)
    changed = copy.deepcopy(shipped)
    changed["name"]["nl"] = "Gebundeld programma"
    target.write_text(json.dumps(changed), encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert default_curriculum_path() == target
    assert load_curriculum().name["nl"] == "Gebundeld programma"


def test_localized_falls_back_to_dutch() -> None:
    lesson = load_curriculum().lesson(7)
    assert localized(lesson.home_activity.title, "ar") == lesson.home_activity.title["ar"]
    assert localized(lesson.title, "de") == lesson.title["nl"]
    with pytest.raises(KeyError):
        load_curriculum().lesson(9)


# ----------------------------------------------------------------------------- validation errors


def _set(path: tuple, value: object):
    def change(data: dict) -> None:
        node = data
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return change


def _delete(path: tuple):
    def change(data: dict) -> None:
        node = data
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
    return change


def _swap_lessons(data: dict) -> None:
    data["lessons"][1]["number"], data["lessons"][2]["number"] = 3, 2


CASES = {
    "wrong format": (_set(("format",), "something-else"),
                     "Dit is geen WIsH Desk-lesprogramma: het veld 'format' moet \"wishdesk-curriculum\" zijn."),
    "newer version": (_set(("format_version",), 2), "formaatversie 2; deze versie van WIsH Desk kan alleen versie 1"),
    "missing nl title": (_delete(("lessons", 2, "title", "nl")), "Les 3, titel: de Nederlandse tekst (nl) ontbreekt."),
    "empty nl step text": (_set(("lessons", 0, "steps", 1, "description", "nl"), "  "),
                           "Les 1, stap 2, beschrijving: de Nederlandse tekst (nl) ontbreekt."),
    "missing nl home tip": (_delete(("lessons", 5, "home_activity", "tip", "nl")),
                            "Les 6, thuisopdracht, tip: de Nederlandse tekst (nl) ontbreekt."),
    "empty goals": (_set(("lessons", 3, "goals", "nl"), []), "Les 4, doelen: de Nederlandse lijst (nl) is leeg."),
    "bad lead": (_set(("lessons", 1, "steps", 0, "lead"), "leraar"),
                 "Les 2, stap 1: wie de stap leidt ('lead') moet \"teacher\", \"specialist\" of \"both\" zijn, "
                 "niet \"leraar\"."),
    "numbers out of order": (_swap_lessons,
                             "Les 2: heeft nummer 3, maar moet nummer 2 hebben (de lessen zijn in volgorde "
                             "genummerd van 1 tot en met 8)."),
    "minutes do not sum": (_set(("lessons", 2, "steps", 0, "minutes"), 5),
                           "Les 3: de stappen duren samen 85 minuten in plaats van 90."),
    "minutes not a number": (_set(("lessons", 0, "steps", 0, "minutes"), "15"),
                             "Les 1, stap 1: 'minutes' ontbreekt of is geen positief geheel getal (nu: \"15\")."),
    "boolean minutes": (_set(("lessons", 0, "steps", 0, "minutes"), True),
                        "Les 1, stap 1: 'minutes' ontbreekt of is geen positief geheel getal (nu: true)."),
    "no steps": (_set(("lessons", 7, "steps"), []), "Les 8: er zijn geen stappen"),
    "no lessons": (_set(("lessons",), []), "Het lesprogramma bevat geen lessen"),
    "undeclared language": (_set(("lessons", 0, "title", "de"), "Stehen"),
                            "Les 1, titel: taal 'de' staat niet in de lijst 'languages'."),
    "typo in key": (_set(("lessons", 0, "steps", 0, "titel"), {"nl": "x"}),
                    "Les 1, stap 1: onbekend veld 'titel' (tikfout?)."),
    "bad checked": (_set(("lessons", 0, "checked", "tr"), "nee"), "Les 1: 'checked' moet per taal true of false zijn"),
    "bad event kind": (_set(("parent_events", 1, "kind"), "feest"),
                       "Ouderbijeenkomst 2: soort ('kind') \"feest\" is onbekend"),
    "bad event moment": (_set(("parent_events", 0, "when"), "halfway"),
                         "Ouderbijeenkomst 1: moment ('when') \"halfway\" is onbekend"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_problem_gives_its_dutch_message(case: str, shipped: dict, tmp_path: Path) -> None:
    change, expected = CASES[case]
    data = copy.deepcopy(shipped)
    change(data)
    problems = validate(data)
    assert any(expected in problem for problem in problems), problems
    with pytest.raises(CurriculumError) as caught:
        load_curriculum(write(tmp_path, data))
    assert any(expected in problem for problem in caught.value.problems)
    assert expected in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_all_problems_are_reported_at_once(shipped: dict) -> None:
    data = copy.deepcopy(shipped)
    data["lessons"][0]["steps"][0]["lead"] = "nobody"
    data["lessons"][4]["steps"][0]["minutes"] += 1
    problems = validate(data)
    assert len(problems) == 2
    assert problems[1] == "Les 5: de stappen duren samen 91 minuten in plaats van 90."


def test_invalid_json_reports_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, '{\n  "format": "wishdesk-curriculum",\n  "lessons": [,]\n}')
    with pytest.raises(CurriculumError) as caught:
        load_curriculum(path)
    assert caught.value.problems[0].startswith("Het bestand is geen geldige JSON: fout in regel 3, kolom")
    assert caught.value.path == path


def test_missing_file_and_non_utf8(tmp_path: Path) -> None:
    with pytest.raises(CurriculumError, match="bestaat niet"):
        load_curriculum(tmp_path / "nope.json")
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"format": "wishdesk-curriculum", "name": "één"}'.encode("latin-1"))
    with pytest.raises(CurriculumError, match="UTF-8"):
        load_curriculum(latin)


def test_not_an_object() -> None:
    assert validate([1, 2, 3]) == [
        "Het bestand bevat geen lesprogramma: verwacht een JSON-object ({...}) als geheel."
    ]
    with pytest.raises(CurriculumError):
        parse_curriculum("text")
