"""Curriculum editor service: edit, add, remove, reorder and duplicate lessons of a year's own copy."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from wishdesk.core.errors import ValidationError
from wishdesk.core.models import Session
from wishdesk.core.services import curriculum_edit as ce
from wishdesk.core.services import setup_groups, setup_years
from wishdesk.core.services.setup_common import InUse


def _info(db) -> ce.CurriculumInfo:  # noqa: ANN001
    year = next(y for y in setup_years.list_years(db) if y.name == "2026-2027")
    return ce.year_curriculum(db, year.id)


def test_year_programme_and_summaries(demo_db) -> None:  # noqa: ANN001
    info = _info(demo_db)
    assert [lesson.number for lesson in info.lessons] == list(range(1, 9))
    first = info.lessons[0]
    assert first.title == "Stevig staan" and first.step_minutes == first.duration_minutes == 90
    assert "nl" in first.languages and "nl" not in first.unchecked


def test_save_lesson_round_trip_and_validation(demo_db) -> None:  # noqa: ANN001
    lesson = ce.get_lesson(demo_db, _info(demo_db).lessons[2].id)
    d = lesson.draft
    new = replace(d, title={**d.title, "nl": "  Grenzen   aangeven "}, goals={"nl": ("Nee zeggen", " ", "Stop")},
                  checked={**d.checked, "en": True},
                  home=(*d.home[:1], ce.HomeDraft("tr", "Evde", "Birlikte konuşun.", None, True)))
    saved = ce.save_lesson(demo_db, lesson.id, new)
    assert saved.draft.title["nl"] == "Grenzen aangeven" and saved.draft.goals == {"nl": ("Nee zeggen", "Stop")}
    assert [h.language for h in saved.draft.home] == [d.home[0].language, "tr"]
    assert ce.save_lesson(demo_db, lesson.id, d).draft == d  # undo puts it back exactly
    for bad, field in [(replace(d, title={"en": "x"}), "title"), (replace(d, duration_minutes=5), "duration_minutes"),
                       (replace(d, steps=(ce.StepDraft(0, "both", {"nl": "x"}),)), "steps"),
                       (replace(d, steps=(ce.StepDraft(10, "parent", {"nl": "x"}),)), "steps"),
                       (replace(d, home=(ce.HomeDraft("nl", "Titel", ""),)), "home")]:
        with pytest.raises(ValidationError) as err:
            ce.save_lesson(demo_db, lesson.id, bad)
        assert err.value.field == field
    assert ce.get_lesson(demo_db, lesson.id).draft == d


def test_warnings_are_hints_not_errors() -> None:
    draft = ce.LessonDraft({"nl": "Les"}, duration_minutes=90, steps=(ce.StepDraft(80, "both", {"nl": "Alles"}),))
    assert ce.lesson_warnings(draft) == (
        "De stappen duren samen 80 minuten; de les duurt 90 minuten.",
        "Er is nog geen Nederlandse thuisopdracht; ouders krijgen dan geen blad mee.",
    )


def test_add_duplicate_move_remove_restore(demo_db) -> None:  # noqa: ANN001
    info = _info(demo_db)
    ids = [lesson.id for lesson in info.lessons]
    added = ce.add_lesson(demo_db, info.id, at=2)
    assert [lesson.id for lesson in _info(demo_db).lessons] == [ids[0], added.id, *ids[1:]]
    snapshot = ce.remove_lesson(demo_db, added.id)
    assert [lesson.id for lesson in _info(demo_db).lessons] == ids
    ce.restore_lesson(demo_db, snapshot)
    assert [lesson.id for lesson in _info(demo_db).lessons] == [ids[0], added.id, *ids[1:]]
    ce.remove_lesson(demo_db, added.id)
    copy = ce.duplicate_lesson(demo_db, ids[3])
    after = _info(demo_db).lessons
    assert after[4].id == copy.id and after[4].title == after[3].title + " (kopie)"
    assert ce.get_lesson(demo_db, copy.id).draft.steps == ce.get_lesson(demo_db, ids[3]).draft.steps
    old_place = ce.move_lesson(demo_db, ids[0], 9)
    assert old_place == 1 and _info(demo_db).lessons[-1].id == ids[0]
    ce.move_lesson(demo_db, ids[0], old_place)
    assert _info(demo_db).lessons[0].id == ids[0]
    assert [lesson.number for lesson in _info(demo_db).lessons] == list(range(1, 10))


def test_next_year_copy_keeps_history(demo_db) -> None:  # noqa: ANN001
    current = _info(demo_db)
    group = setup_groups.list_groups(demo_db)[0]
    template_id = current.lessons[0].id
    with demo_db.write() as s:
        s.add(Session(group_id=group.id, template_id=template_id, date=date(2026, 10, 1), status="held"))
    with pytest.raises(InUse, match="1 lesmoment"):
        ce.remove_lesson(demo_db, template_id)
    assert _info(demo_db).held_sessions == 1
    next_year = setup_years.create_year(demo_db, 2027)
    info = ce.year_curriculum(demo_db, next_year.id)
    assert info.id != current.id and info.held_sessions == 0
    edited = ce.get_lesson(demo_db, info.lessons[0].id)
    ce.save_lesson(demo_db, edited.id, replace(edited.draft, title={"nl": "Stevig staan 2.0"}))
    ce.remove_lesson(demo_db, info.lessons[1].id)
    assert ce.get_lesson(demo_db, template_id).draft.title["nl"] == "Stevig staan"
    assert len(_info(demo_db).lessons) == 8


def test_shared_programme_is_copied_before_editing(demo_db) -> None:  # noqa: ANN001
    current = next(y for y in setup_years.list_years(demo_db) if y.name == "2026-2027")
    other = setup_years.create_year(demo_db, 2030)
    from wishdesk.core.models import SchoolYear

    with demo_db.write() as s:
        s.get(SchoolYear, other.id).curriculum_id = current.curriculum_id
    shared = ce.year_curriculum(demo_db, other.id)
    assert shared.id == current.curriculum_id and shared.shared_with == ("2026-2027",) and not shared.editable
    own = ce.make_own_copy(demo_db, other.id)
    info = ce.year_curriculum(demo_db, other.id)
    assert info.id == own != current.curriculum_id and info.editable and len(info.lessons) == 8
    assert ce.make_own_copy(demo_db, other.id) == own


def test_programme_readable_before_any_school_year(empty_db) -> None:  # noqa: ANN001
    info = ce.programme_without_year(empty_db)
    assert info is not None and info.year_id is None and not info.editable
    assert [lesson.number for lesson in info.lessons] == list(range(1, 9))
