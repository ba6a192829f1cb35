"""With the English interface, the core's Dutch messages reach people in English; with Dutch, as raised."""

from __future__ import annotations

import pytest

from wishdesk.core.calendar import CalendarError, HolidayRegion
from wishdesk.core.errors import NotFound, ValidationError
from wishdesk.gui import errors
from wishdesk.gui.i18n import install_translators


@pytest.fixture
def english():  # noqa: ANN201
    errors.set_message_language("en")
    yield
    errors.set_message_language("nl")


def test_user_message_is_english(english) -> None:  # noqa: ANN001
    assert errors.user_message(ValidationError("Vul de naam van de school in.", "name")) == (
        "Fill in the name of the school.")
    assert errors.user_message(NotFound("Lesmoment 41 bestaat niet.")) == "Lesson 41 does not exist."


def test_a_real_core_error_keeps_its_value(english) -> None:  # noqa: ANN001
    with pytest.raises(CalendarError) as caught:
        HolidayRegion.parse("West-Brabant")
    assert errors.user_message(caught.value) == (
        "Unknown holiday region 'West-Brabant'. Choose north (noord), central (midden) or south (zuid).")


def test_unknown_text_is_shown_as_raised(english) -> None:  # noqa: ANN001
    assert errors.user_message(ValidationError("Een melding die nog geen Engels heeft.")) == (
        "Een melding die nog geen Engels heeft.")


def test_switching_the_interface_switches_the_messages(qapp) -> None:  # noqa: ANN001
    message = ValidationError("Het bestand is leeg.")
    try:
        install_translators(qapp, "en")
        assert errors.user_message(message) == "The file is empty."
        install_translators(qapp, "nl")
        assert errors.user_message(message) == "Het bestand is leeg."
    finally:
        errors.set_message_language("nl")


def test_a_file_system_error_is_english_and_names_the_file(english, tmp_path) -> None:  # noqa: ANN001
    missing = tmp_path / "klassenlijst 6B.csv"
    with pytest.raises(OSError) as caught:
        missing.read_bytes()
    assert errors.user_message(caught.value) == f"File or folder does not exist: {missing}"
