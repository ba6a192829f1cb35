"""Parent events with attendance per family, return slips (two-way communication) and invitation data."""

from __future__ import annotations

import dataclasses
from datetime import date, time

import pytest
from sqlalchemy import select

from wishdesk.core.errors import ValidationError
from wishdesk.core.models import Guardian, Pupil
from wishdesk.core.services import directory, parent_events, sessions
from wishdesk.core.services.parent_events import ParentEventRecord, SlipMark

from .test_sessions import TODAY, plan_group


def _event(db, group_id: int | None, school_id: int, **extra) -> int:  # noqa: ANN001
    values = dict(id=0, kind="parent_evening", school_id=school_id, group_id=group_id, date=date(2026, 10, 6),
                  start_time=time(19, 0), end_time=time(20, 30), location="Aula", title="Ouderavond weerbaarheid",
                  notes=None)
    values.update(extra)
    return parent_events.create_parent_event(db, ParentEventRecord(**values))


def _group(db, group_id: int) -> directory.GroupRow:  # noqa: ANN001
    return next(g for g in directory.list_groups(db) if g.id == group_id)


def test_families_group_siblings_and_attendance_per_family(demo_db) -> None:  # noqa: ANN001
    group = directory.list_groups(demo_db)[0]
    with demo_db.write() as s:  # make two pupils siblings: they share a guardian
        a, b = s.scalars(select(Pupil).where(Pupil.group_id == group.id).order_by(Pupil.id).limit(2)).all()
        b.guardians = list(a.guardians)
    event_id = _event(demo_db, group.id, group.school_id)
    families = parent_events.event_families(demo_db, event_id)
    assert len(families) == group.pupils - 1
    siblings = next(f for f in families if len(f.pupil_names) == 2)
    assert siblings.present is None
    marks = [(f.guardian_ids, f is siblings) for f in families]
    assert parent_events.replace_event_attendance(demo_db, event_id, marks) == ()
    view = parent_events.get_parent_event(demo_db, event_id)
    assert (view.families, view.families_present, view.attendance_recorded) == (group.pupils - 1, 1, True)
    again = parent_events.event_families(demo_db, event_id)
    assert [f.present for f in again if f.guardian_ids == siblings.guardian_ids] == [True]
    assert all(f.present is False for f in again if f.guardian_ids != siblings.guardian_ids)
    parent_events.replace_event_attendance(demo_db, event_id, ())  # undo
    assert not parent_events.get_parent_event(demo_db, event_id).attendance_recorded


def test_school_wide_event_invites_every_group_and_lists_with_group(demo_db) -> None:  # noqa: ANN001
    groups = directory.list_groups(demo_db)
    school_id = next(g.school_id for g in groups if sum(x.school_id == g.school_id for x in groups) > 1)
    mine = [g for g in groups if g.school_id == school_id]
    wide = _event(demo_db, None, school_id, kind="showcase", title="Toonmoment")
    own = _event(demo_db, mine[0].id, school_id)
    _event(demo_db, mine[1].id, school_id)
    assert len(parent_events.event_families(demo_db, wide)) <= sum(g.pupils for g in mine)
    assert {f.group_name for f in parent_events.event_families(demo_db, wide)} == {g.name for g in mine}
    assert [e.id for e in parent_events.list_parent_events(demo_db, group_id=mine[0].id)] == [wide, own]
    assert len(parent_events.list_parent_events(demo_db, school_id=school_id)) == 3


def test_edit_delete_and_undo(demo_db) -> None:  # noqa: ANN001
    group = directory.list_groups(demo_db)[0]
    event_id = _event(demo_db, group.id, group.school_id)
    families = parent_events.event_families(demo_db, event_id)
    parent_events.replace_event_attendance(demo_db, event_id, [(f.guardian_ids, True) for f in families])
    view = parent_events.get_parent_event(demo_db, event_id)
    record = ParentEventRecord(view.id, "walk_in", view.school_id, view.group_id, view.date, time(8, 15),
                               time(9, 0), "Klas", "Inloop", "Koffie")
    before = parent_events.save_parent_event(demo_db, record)
    assert parent_events.get_parent_event(demo_db, event_id).title == "Inloop"
    parent_events.save_parent_event(demo_db, before)
    assert parent_events.get_parent_event(demo_db, event_id).kind == "parent_evening"
    deleted = parent_events.delete_parent_event(demo_db, event_id)
    assert parent_events.list_parent_events(demo_db, group_id=group.id) == []
    assert parent_events.create_parent_event(demo_db, deleted) == event_id  # undo keeps id and attendance
    assert parent_events.get_parent_event(demo_db, event_id).families_present == len(families)
    with pytest.raises(ValidationError, match="eindtijd"):
        parent_events.save_parent_event(demo_db, dataclasses.replace(record, end_time=time(8, 0)))
    other_school = next(g for g in directory.list_groups(demo_db) if g.school_id != group.school_id)
    with pytest.raises(ValidationError, match="hoort niet bij"):
        _event(demo_db, other_school.id, group.school_id)


def test_return_slips_recorded_and_summarised_for_the_duo(demo_db) -> None:  # noqa: ANN001
    plan = plan_group(demo_db)
    lesson1 = sessions.get_session(demo_db, plan.session_ids[0])
    slips = parent_events.return_slips(demo_db, plan.group_id, lesson1.template_id)
    assert all(r.status is None for r in slips)
    first, second = slips[0].pupil_id, slips[1].pupil_id
    before = parent_events.replace_return_slips(demo_db, lesson1.template_id, [
        SlipMark(first, "done", "Leuk gesprek!"), SlipMark(second, "not_done")], today=TODAY)
    assert before == (SlipMark(first, None), SlipMark(second, None))
    summary = parent_events.slip_summary(demo_db, plan.group_id, lesson1.template_id)
    assert (summary.lesson_number, summary.done, summary.not_done, summary.missing) == (1, 1, 1, len(slips) - 2)
    assert summary.comments == ((slips[0].first_name, "Leuk gesprek!"),)
    assert parent_events.return_slips(demo_db, plan.group_id, lesson1.template_id)[0].received_on == TODAY
    parent_events.replace_return_slips(demo_db, lesson1.template_id, before)  # undo
    assert all(r.status is None for r in parent_events.return_slips(demo_db, plan.group_id, lesson1.template_id))
    with pytest.raises(ValidationError, match="status"):
        parent_events.replace_return_slips(demo_db, lesson1.template_id, [SlipMark(first, "maybe")])


def test_invitation_letters_in_family_languages(demo_db) -> None:  # noqa: ANN001
    from wishdesk.core.services.print_jobs import invitation_batch

    group = directory.list_groups(demo_db)[0]
    event_id = _event(demo_db, group.id, group.school_id)
    batch = invitation_batch(demo_db, event_id, today=date(2026, 9, 1))
    info = batch.invitation
    assert (info.school_name, info.group_name, info.event_date, info.start_time) == (
        group.school, group.name, date(2026, 10, 6), time(19, 0))
    assert info.texts[0].language == "nl" and info.texts[0].title == "Ouderavond weerbaarheid"
    assert "maken ouders kennis" in info.texts[0].programme  # the programme's own description of the parent evening
    assert "en" in {t.language for t in info.texts}
    assert len(batch.recipients) == len(parent_events.event_families(demo_db, event_id))
    with demo_db.session() as s:
        languages = {g.language for g in s.scalars(select(Guardian).join(Guardian.pupils).where(
            Pupil.group_id == group.id))}
    assert {r.language for r in batch.recipients} <= languages
    assert group.specialist in info.contact and all(t in info.contact for t in group.teachers)
    no_date = _event(demo_db, group.id, group.school_id, date=None, start_time=None, end_time=None)
    with pytest.raises(ValidationError, match="datum en begintijd"):
        invitation_batch(demo_db, no_date)


@pytest.fixture
def demo_db(backend_demo_db):  # noqa: ANN001, ANN201 - every test of this file runs on SQLite and on PostgreSQL
    return backend_demo_db
