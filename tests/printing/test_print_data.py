"""The plain data the core hands to the printing layer."""

from __future__ import annotations

import dataclasses

import pytest

from tests.printing import samples
from wishdesk.core.print_data import HandoutBatch, HandoutLesson, HomeActivityText, Recipient


def test_dutch_activity_is_required_and_languages_unique():
    lesson = samples.lesson()
    with pytest.raises(ValueError, match="Nederlandse tekst ontbreekt"):
        dataclasses.replace(lesson, activities=(samples.ACTIVITIES["ar"],))
    with pytest.raises(ValueError, match="twee keer"):
        dataclasses.replace(lesson, activities=(samples.ACTIVITIES["nl"], samples.ACTIVITIES["nl"]))


def test_lookup_and_generic_batch():
    lesson = samples.lesson(languages=("nl", "tr"))
    assert lesson.activity("tr").title == "Vücudunla söyle"
    assert lesson.activity("uk") is None
    assert lesson.dutch_activity.language == "nl"
    batch = HandoutBatch.generic(lesson)
    assert [r.language for r in batch.recipients] == ["nl", "tr"]
    assert all(r.is_generic for r in batch.recipients)
    assert not Recipient("nl", ("Zoë",)).is_generic


def test_data_is_frozen():
    lesson = HandoutLesson("School", "6A", 1, "Titel", "Samenvatting", (), (HomeActivityText("nl", "T", "x"),))
    with pytest.raises(dataclasses.FrozenInstanceError):
        lesson.group_name = "6B"  # type: ignore[misc]
