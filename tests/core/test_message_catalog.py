"""The English catalog of the core's Dutch messages: every message in the code has English, real errors
raised by the real services come out in English with their values intact, unknown text passes through."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from wishdesk.core.message_catalog import PLACEHOLDER, load_catalog, translate_message
from wishdesk.devtools import messages as tool

DUTCH_WORDS = {"de", "het", "een", "niet", "geen", "kies", "vul", "bestaat", "ligt", "bij"}


def _dutch_left(english: str, *values: str) -> set[str]:
    """Dutch stop words in ``english`` outside the values that were put into the message."""
    for value in values:
        english = english.replace(value, " ")
    return set(re.findall(r"\w+", english.lower())) & DUTCH_WORDS


def _english(exc: BaseException) -> str:
    text = translate_message(str(exc), "en")
    assert text != str(exc), f"not translated: {exc}"
    return text


# ----------------------------------------------------------------------------- (a) coverage


def test_every_message_in_the_code_has_english() -> None:
    missing = tool.missing()
    assert not missing, "untranslated core messages; run `python -m wishdesk.devtools.messages missing`:\n" + (
        tool.pasteable(missing))


def test_the_scanner_finds_a_new_message_and_the_labels_put_into_it(tmp_path: Path) -> None:
    # A stand-in core module, as someone might add it tomorrow: the coverage test above must then fail.
    (tmp_path / "new_service.py").write_text(textwrap.dedent('''
        from ..errors import ValidationError, WishDeskError

        class PlanError(WishDeskError):
            pass

        def check_label(value, label):
            if not value:
                raise ValidationError(f"Zet {label} eerst klaar.")

        def plan(group, n):
            check_label(group, "het nieuwe rooster")
            message = f"Groep {group.name} heeft {n} lessen te veel."
            if n > 3:
                raise PlanError(message)
            raise PlanError(f"Ongeldig: {group.school.name}{'!' if n else ''}")
    '''), encoding="utf-8")
    found = {f.template: f for f in tool.missing((tmp_path,))}
    assert set(found) == {"Zet {label} eerst klaar.", "het nieuwe rooster", "Groep {group_name} heeft {n} lessen te veel.",
                          "Ongeldig: {group_school_name}"}
    assert found["het nieuwe rooster"].kind == "term"
    pasted = tool.pasteable(list(found.values()))
    assert '  "Groep {group_name} heeft {n} lessen te veel.": "",' in pasted.splitlines()


def test_missing_command_prints_nothing_and_exits_0_when_complete(capsys: pytest.CaptureFixture[str]) -> None:
    assert tool.main(["missing"]) == 0
    assert capsys.readouterr().out == ""


# ----------------------------------------------------------------------------- (b) real errors, real values


def test_empty_school_name(empty_db) -> None:  # noqa: ANN001
    from wishdesk.core.errors import ValidationError
    from wishdesk.core.services.setup_schools import SchoolData, create_school

    with pytest.raises(ValidationError) as caught:
        create_school(empty_db, SchoolData(name="  "))
    assert _english(caught.value) == "Fill in the name of the school."


def test_too_long_name_keeps_the_number_and_translates_the_label(empty_db) -> None:  # noqa: ANN001
    from wishdesk.core.errors import ValidationError
    from wishdesk.core.services.setup_schools import SchoolData, create_school

    with pytest.raises(ValidationError) as caught:
        create_school(empty_db, SchoolData(name="x" * 1000))
    limit = re.search(r"\d+", str(caught.value)).group(0)
    english = _english(caught.value)
    assert english == f"The name of the school is too long (at most {limit} characters)."


def test_duplicate_school_keeps_a_dutch_name_unchanged(empty_db) -> None:  # noqa: ANN001
    from wishdesk.core.errors import ValidationError
    from wishdesk.core.services.setup_schools import SchoolData, create_school

    create_school(empty_db, SchoolData(name="De Regenboog"))
    with pytest.raises(ValidationError) as caught:
        create_school(empty_db, SchoolData(name="De Regenboog"))
    english = _english(caught.value)
    assert english == "There is already a school named 'De Regenboog'."


def test_school_in_use_lists_what_belongs_to_it_in_english(demo_db) -> None:  # noqa: ANN001
    from wishdesk.core.services import setup_common
    from wishdesk.core.services.setup_schools import delete_school, list_schools

    school = list_schools(demo_db)[0]
    with pytest.raises(setup_common.InUse) as caught:
        delete_school(demo_db, school.id)
    english = _english(caught.value)
    assert english.startswith(f"School '{school.name}' cannot be deleted because other records still belong to it: ")
    assert english.endswith(". Archive it instead.")
    assert re.search(r"\b\d+ groups?: ", english), english
    assert not _dutch_left(english, school.name), english


def test_calendar_errors_keep_their_values() -> None:
    from wishdesk.core.calendar import CalendarError, HolidayRegion, SchoolYear

    with pytest.raises(CalendarError) as caught:
        HolidayRegion.parse("oost")
    english = _english(caught.value)
    assert "'oost'" in english and not _dutch_left(english, "oost", "noord", "midden", "zuid")
    with pytest.raises(CalendarError) as caught:
        SchoolYear.from_label("2025/26x")
    assert _english(caught.value) == "'2025/26x' is not a school year; expected for example 2025-2026."


def test_open_data_error_with_a_prefix_built_from_several_pieces() -> None:
    from wishdesk.core.calendar import OpenDataError, parse_open_data_holidays

    document = ('{"content": [{"schoolyear": "2025-2026", "vacations": [{"type": "Herfstvakantie", '
                '"regions": [{"region": "zuid", "startdate": "2025-10-20", "enddate": "2025-10-10"}]}]}]}')
    with pytest.raises(OpenDataError) as caught:
        parse_open_data_holidays(document)
    english = _english(caught.value)
    assert "2025-2026" in english and "is before the start date" in english, english
    assert not _dutch_left(english), english


def test_importer_empty_file() -> None:
    from wishdesk.core.importers.errors import ImportFileError
    from wishdesk.core.importers.tables import read_table

    with pytest.raises(ImportFileError) as caught:
        read_table(b"", "klas 6a.csv")
    assert _english(caught.value) == "The file is empty."


def test_demo_school_count(empty_db) -> None:  # noqa: ANN001
    from wishdesk.core.demo import MAX_SCHOOLS, build_demo
    from wishdesk.core.errors import ValidationError

    with pytest.raises(ValidationError) as caught, empty_db.write() as session:
        list(build_demo(session, schools=MAX_SCHOOLS + 5))
    english = _english(caught.value)
    assert english == f"Choose between 1 and {MAX_SCHOOLS} schools."
    assert not _dutch_left(english)


def test_missing_lesson_moment(empty_db) -> None:  # noqa: ANN001
    from wishdesk.core.errors import NotFound
    from wishdesk.core.services.sessions import get_session

    with pytest.raises(NotFound) as caught:
        get_session(empty_db, 987654)
    assert _english(caught.value) == "Lesson 987654 does not exist."


def test_curriculum_file_problems_line_by_line(tmp_path: Path) -> None:
    from wishdesk.core.curriculum_file import CurriculumError, load_curriculum

    path = tmp_path / "programma.json"
    path.write_text('{"format": "wishdesk-curriculum", "format_version": 1, "languages": ["nl"], '
                    '"name": {"nl": "Test"}, "lessons": [{"number": 2}]}', encoding="utf-8")
    with pytest.raises(CurriculumError) as caught:
        load_curriculum(path)
    english = _english(caught.value)
    assert english.startswith(f"The lesson programme {path} cannot be used:\n- Lesson 1: "), english
    assert not _dutch_left(english, str(path)), english


def test_joined_and_prefixed_messages() -> None:
    joined = "Het bestand is leeg. Lesmoment 12 bestaat niet."
    assert translate_message(joined, "en") == "The file is empty. Lesson 12 does not exist."
    partly = "Het bestand is leeg. Iets wat de catalogus niet kent."
    assert translate_message(partly, "en") == "The file is empty. Iets wat de catalogus niet kent."
    prefixed = "Regel 4: het bestand kan niet als CSV worden gelezen (x). Controleer aanhalingstekens en scheidingstekens."
    assert translate_message(prefixed, "en").startswith("Line 4: the file cannot be read as CSV (x).")


# ----------------------------------------------------------------------------- (c) unknown text, other languages


@pytest.mark.parametrize("text", ["Iets heel anders.", "", "Les", "Database niet gevonden", "12"])
def test_unknown_text_passes_through(text: str) -> None:
    expected = "Lesson" if text == "Les" else text  # "Les" is itself a catalog entry
    assert translate_message(text, "en") == expected


def test_dutch_and_other_languages_are_left_alone() -> None:
    assert translate_message("Het bestand is leeg.", "nl") == "Het bestand is leeg."
    assert translate_message("Het bestand is leeg.", "tr") == "Het bestand is leeg."


# ----------------------------------------------------------------------------- (d) the catalog itself


def test_every_entry_keeps_its_placeholders_and_has_english() -> None:
    wrong = {dutch: english for dutch, english in load_catalog().items()
             if not english or set(PLACEHOLDER.findall(dutch)) != set(PLACEHOLDER.findall(english))}
    assert not wrong


def _filled(template: str, values: dict[str, str]) -> str:
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], template).replace("{{", "{").replace("}}", "}")


def test_every_entry_round_trips_with_made_up_values() -> None:
    """Each template, filled with values no entry knows, comes back as its own English with the same
    values: no other entry takes it over."""
    catalog = load_catalog()
    wrong = []
    for dutch, english in catalog.items():
        names = PLACEHOLDER.findall(dutch)
        values = {name: f"Qx{index}" for index, name in enumerate(dict.fromkeys(names))}
        message, expected = _filled(dutch, values), _filled(english, values)
        if translate_message(message, "en") != expected:
            wrong.append((message, translate_message(message, "en"), expected))
    assert not wrong


def test_an_unreadable_catalog_leaves_messages_in_dutch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from wishdesk.core import message_catalog

    broken = tmp_path / "core_messages_en.json"
    broken.write_text("{ not json", encoding="utf-8")
    monkeypatch.setattr(message_catalog, "CATALOG_PATH", broken)
    message_catalog.reset_cache()
    try:
        assert translate_message("Het bestand is leeg.", "en") == "Het bestand is leeg."
    finally:
        monkeypatch.undo()
        message_catalog.reset_cache()
    assert translate_message("Het bestand is leeg.", "en") == "The file is empty."
