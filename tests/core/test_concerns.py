"""Concerns are sensitive: visible only to the author and the care coordinator of the pupil's school,
never leaked by another service, purged after the retention period, with a confirmation list."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from wishdesk.core.errors import NotFound, ValidationError
from wishdesk.core.models import Group, School
from wishdesk.core.services import concerns, directory

from .test_sessions import TODAY, plan_group


def _people(db, plan) -> tuple[int, int, int]:  # noqa: ANN001
    """(care coordinator of the group's school, care coordinator of another school, another teacher)."""
    with db.session() as s:
        school = s.get(School, s.get(Group, plan.group_id).school_id)
        other_school = s.scalar(select(School).where(School.id != school.id).limit(1))
        return school.care_coordinator_id, other_school.care_coordinator_id, plan_group(db, index=1).teacher_id


def _record(db, plan, **extra) -> int:  # noqa: ANN001
    pupil = directory.list_pupils(db, plan.group_id)[0]
    values = dict(observed_on=TODAY, category="wellbeing", observation="Zat de hele les stil in een hoek.",
                  follow_up="care_coordinator", review_date=TODAY + timedelta(weeks=4))
    values.update(extra)
    return concerns.record_concern(db, plan.teacher_id, pupil.id, **values)


def test_only_author_and_schools_care_coordinator_see_a_concern(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db)
    coordinator, other_coordinator, other_teacher = _people(demo_db, plan)
    concern_id = _record(demo_db, plan)
    for viewer in (plan.teacher_id, coordinator):
        [seen] = concerns.visible_concerns(demo_db, viewer)
        assert seen.id == concern_id and seen.observation.startswith("Zat")
        assert concerns.get_concern(demo_db, viewer, concern_id).author_id == plan.teacher_id
    for viewer in (plan.specialist_id, other_coordinator, other_teacher, None):
        assert concerns.visible_concerns(demo_db, viewer) == []
        with pytest.raises(NotFound):
            concerns.get_concern(demo_db, viewer, concern_id)
        with pytest.raises(NotFound):  # the same answer as for a concern that does not exist
            concerns.delete_concern(demo_db, viewer, concern_id)
        with pytest.raises(NotFound):
            concerns.close_concern(demo_db, viewer, concern_id)
    assert len(concerns.visible_concerns(demo_db, coordinator)) == 1


def test_edit_delete_and_undo_by_care_coordinator(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db)
    coordinator, *_ = _people(demo_db, plan)
    concern_id = _record(demo_db, plan)
    view = concerns.get_concern(demo_db, coordinator, concern_id)
    before = concerns.update_concern(demo_db, coordinator, concern_id, observed_on=view.observed_on,
                                     category=view.category, observation=view.observation,
                                     follow_up="talk_parents", review_date=None, closed=True)
    assert concerns.get_concern(demo_db, plan.teacher_id, concern_id).follow_up == "talk_parents"
    concerns.restore_concern(demo_db, coordinator, before)
    assert concerns.get_concern(demo_db, plan.teacher_id, concern_id).follow_up == "care_coordinator"
    record = concerns.delete_concern(demo_db, plan.teacher_id, concern_id)
    assert concerns.visible_concerns(demo_db, plan.teacher_id) == []
    with pytest.raises(NotFound):
        concerns.restore_concern(demo_db, plan.specialist_id, record)  # undo is no back door
    concerns.restore_concern(demo_db, plan.teacher_id, record)
    assert concerns.get_concern(demo_db, coordinator, concern_id).observation == view.observation


def test_validation_messages_are_dutch(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db)
    with pytest.raises(ValidationError, match="Beschrijf"):
        _record(demo_db, plan, observation="   ")
    with pytest.raises(ValidationError, match="evaluatiedatum"):
        _record(demo_db, plan, review_date=TODAY - timedelta(days=1))
    with pytest.raises(ValidationError, match="categorie"):
        _record(demo_db, plan, category="gossip")


def test_due_concerns_are_reminders(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db)
    coordinator, other_coordinator, _ = _people(demo_db, plan)
    due = _record(demo_db, plan, review_date=TODAY)
    _record(demo_db, plan, review_date=TODAY + timedelta(days=1))
    _record(demo_db, plan, review_date=None)
    assert [c.id for c in concerns.due_concerns(demo_db, coordinator, TODAY)] == [due]
    assert concerns.due_concerns(demo_db, other_coordinator, TODAY) == []
    concerns.close_concern(demo_db, plan.teacher_id, due)
    assert concerns.due_concerns(demo_db, plan.teacher_id, TODAY) == []


def test_default_retention_is_end_of_school_year_plus_one(demo_db) -> None:  # noqa: ANN001
    assert concerns.purge_date(date(2026, 11, 4), 1) == date(2028, 7, 31)
    assert concerns.purge_date(date(2027, 7, 31), 1) == date(2028, 7, 31)
    assert concerns.purge_date(date(2027, 8, 1), 1) == date(2029, 7, 31)
    plan = plan_group(demo_db)
    concern_id = _record(demo_db, plan)
    assert concerns.retention_years(demo_db) == 1
    assert concerns.get_concern(demo_db, plan.teacher_id, concern_id).purge_after == date(2028, 7, 31)


def test_retention_setting_recomputes_purge_dates(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db)
    concern_id = _record(demo_db, plan)
    assert concerns.set_retention_years(demo_db, 3) == 1
    assert concerns.get_concern(demo_db, plan.teacher_id, concern_id).purge_after == date(2030, 7, 31)
    newer = _record(demo_db, plan)
    assert concerns.get_concern(demo_db, plan.teacher_id, newer).purge_after == date(2030, 7, 31)
    with pytest.raises(ValidationError, match="bewaartermijn"):
        concerns.set_retention_years(demo_db, 11)
    concerns.set_retention_years(demo_db, 0)
    assert concerns.get_concern(demo_db, plan.teacher_id, concern_id).purge_after == date(2027, 7, 31)


def test_purge_lists_then_deletes_only_what_was_confirmed(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db)
    coordinator, other_coordinator, _ = _people(demo_db, plan)
    old = _record(demo_db, plan, observed_on=date(2025, 3, 1), review_date=None)  # kept until 31-7-2026
    recent = _record(demo_db, plan)
    assert concerns.purge_preview(demo_db, date(2026, 7, 31)) == []  # the last day is still kept
    preview = concerns.purge_preview(demo_db, TODAY, viewer_staff_id=coordinator)
    assert [(p.id, p.purge_after, p.category) for p in preview] == [(old, date(2026, 7, 31), "wellbeing")]
    assert preview[0].pupil_name and preview[0].school_name and preview[0].author_name
    hidden = concerns.purge_preview(demo_db, TODAY, viewer_staff_id=other_coordinator)
    assert (hidden[0].pupil_name, hidden[0].category) == (None, None)  # the list reveals no pupil to others
    assert concerns.purge(demo_db, TODAY) == 0  # nothing confirmed, nothing removed
    assert concerns.purge(demo_db, TODAY, confirmed_ids=[old, recent]) == 1  # a recent one is never purged
    assert [c.id for c in concerns.visible_concerns(demo_db, coordinator)] == [recent]


def test_no_other_module_reads_the_concern_table() -> None:
    """The privacy rule in code: only concerns.py reads concerns. Another module may import the model to
    count them (e.g. "this pupil cannot be deleted: 1 signaal"), never to fetch a row or a column."""
    root = Path(concerns.__file__).resolve().parents[2]
    allowed = {"core/services/concerns.py", "core/models/care.py", "core/models/__init__.py",
               "core/security/sealing.py"}  # sealing only handles ciphertext and keys
    offenders = []
    for path in root.rglob("*.py"):
        rel = path.relative_to(root).as_posix()
        if rel in allowed or "/migrations/" in rel or rel.startswith("gui/"):  # the GUI only calls services
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("#")[0]
            if not re.search(r"\bConcern\b|(?i:\b(?:from|join|into|update)\s+concern\b)", code):
                continue
            if re.search(r"(?i)count\(|select\s+(''|1)\s", code):  # counting reveals no content
                continue
            if re.fullmatch(r"\s*(Concern,|from \S+ import .*\bConcern\b.*)\s*", code):
                continue
            offenders.append(f"{rel}:{number}: {line.strip()}")
    assert offenders == []


@pytest.fixture
def demo_db(backend_demo_db):  # noqa: ANN001, ANN201 - every test of this file runs on SQLite and on PostgreSQL
    return backend_demo_db
