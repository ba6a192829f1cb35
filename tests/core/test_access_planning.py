"""Role scope (core/access.py) on the planning, parent events, return slips and the reports, on a real demo
file: a teacher of school A neither sees nor changes school B's lessons, events, slips or figures; the
programme coordinator sees and changes everything; no person (a plain file) means no scope."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import select

from tests.core.test_access import Cast, cast  # noqa: F401 - the fixture
from tests.core.test_parent_events import _event as new_event
from tests.core.test_planning_service import SUMMER, plan_now
from wishdesk.core.access import PermissionDenied
from wishdesk.core.models import Group, LessonTemplate, ReturnSlip, Session
from wishdesk.core.services import dashboard, parent_events, planning_edits, reports, sessions
from wishdesk.core.services.parent_events import SlipMark
from wishdesk.core.services.planning_views import ics_for, open_items, plan_items, planning_choices


@pytest.fixture
def planned(demo_db, cast: Cast):  # noqa: ANN001, ANN201, F811
    plan_now(demo_db, use_cp=False)
    return demo_db


def _lesson_of(db, group_id: int) -> sessions.SessionView:  # noqa: ANN001 - the group's first planned lesson
    with db.session() as s:
        session_id = s.scalar(select(Session.id).where(Session.group_id == group_id, Session.status == "planned")
                              .order_by(Session.date, Session.start_time))
    return sessions.get_session(db, session_id)


def _schools(items) -> set[int]:  # noqa: ANN001
    return {i.school_id for i in items}


@pytest.mark.parametrize("role", ["teacher", "care", "specialist", "coordinator"])
def test_the_planning_shows_only_the_schools_one_works_at(planned, cast: Cast, role: str) -> None:  # noqa: ANN001, F811
    me = getattr(cast, role)
    choices = planning_choices(planned, as_staff=me)
    everything = plan_items(planned, choices.first_day, choices.last_day, today=SUMMER, as_staff=me)
    sees_other = role == "coordinator"
    assert cast.own_school in {c.id for c in choices.schools}
    assert (cast.other_school in {c.id for c in choices.schools}) is sees_other
    assert cast.own_school in _schools(everything) and (cast.other_school in _schools(everything)) is sees_other
    # asking for the other school by id gives nothing either (a stale combo box, a hand-made call)
    theirs = plan_items(planned, choices.first_day, choices.last_day, school_id=cast.other_school, as_staff=me)
    assert bool(theirs) is sees_other
    with planned.session() as s:
        other_name = s.get(Group, cast.other_group).school.name
    assert (other_name.encode() in ics_for(planned, as_staff=me)) is sees_other
    assert other_name.encode() in ics_for(planned)  # no person: no scope


def test_a_teacher_may_not_move_pin_or_replan_another_schools_lesson(planned, cast: Cast) -> None:  # noqa: ANN001, F811
    theirs, mine = _lesson_of(planned, cast.other_group), _lesson_of(planned, cast.own_group)
    before = sessions.get_session(planned, theirs.id)
    later = datetime.combine(theirs.date + timedelta(days=1), time(9, 0))
    for attempt in (
        lambda: planning_edits.move_session_to(planned, f"s{theirs.id}", later, today=SUMMER, as_staff=cast.teacher),
        lambda: planning_edits.set_pinned(planned, f"s{theirs.id}", True, as_staff=cast.teacher),
        lambda: planning_edits.next_free_slot(planned, f"s{theirs.id}", today=SUMMER, as_staff=cast.teacher),
        lambda: planning_edits.replan_after_cancel(planned, theirs.id, "Ziek", today=SUMMER, as_staff=cast.teacher),
    ):
        with pytest.raises(PermissionDenied, match="hoort niet bij uw school"):
            attempt()
    assert sessions.get_session(planned, theirs.id) == before  # nothing changed
    # their own school's lesson: allowed
    outcome = planning_edits.move_session_to(planned, f"s{mine.id}", datetime.combine(mine.date, time(10, 0)),
                                             today=SUMMER, as_staff=cast.teacher)
    assert sessions.get_session(planned, mine.id).start_time == time(10, 0)
    planning_edits.undo_move(planned, outcome)
    planning_edits.set_pinned(planned, f"s{theirs.id}", True, as_staff=cast.coordinator)  # the coordinator may


def test_parent_events_of_another_school_are_neither_listed_nor_changed(demo_db, cast: Cast) -> None:  # noqa: ANN001, F811
    db, teacher = demo_db, cast.teacher
    own = new_event(db, cast.own_group, cast.own_school)
    theirs = new_event(db, cast.other_group, cast.other_school)
    school_wide = new_event(db, None, cast.other_school, kind="showcase", title="Toonmoment")
    listed = {e.id for e in parent_events.list_parent_events(db, as_staff=teacher)}
    assert own in listed and theirs not in listed and school_wide not in listed
    assert {theirs, school_wide} <= {e.id for e in parent_events.list_parent_events(db, as_staff=cast.coordinator)}
    assert own in {e.id for e in parent_events.list_parent_events(db, group_id=cast.own_group, as_staff=teacher)}
    record = parent_events._record  # noqa: SLF001 - the record as the edit dialog would send it
    with db.session() as s:
        from wishdesk.core.models import ParentEvent

        their_record = record(s.get(ParentEvent, theirs))
        own_record = record(s.get(ParentEvent, own))
    for attempt in (
        lambda: parent_events.list_parent_events(db, group_id=cast.other_group, as_staff=teacher),
        lambda: parent_events.list_parent_events(db, school_id=cast.other_school, as_staff=teacher),
        lambda: parent_events.get_parent_event(db, school_wide, as_staff=teacher),
        lambda: parent_events.event_families(db, theirs, as_staff=teacher),
        lambda: parent_events.save_parent_event(db, replace(their_record, title="Overgenomen"), as_staff=teacher),
        lambda: parent_events.delete_parent_event(db, theirs, as_staff=teacher),
        lambda: parent_events.replace_event_attendance(db, theirs, [], as_staff=teacher),
        lambda: parent_events.create_parent_event(db, replace(their_record, id=0), as_staff=teacher),
        # nor moved from their own school into another school's group
        lambda: parent_events.save_parent_event(db, replace(own_record, school_id=cast.other_school,
                                                            group_id=cast.other_group), as_staff=teacher),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    assert parent_events.get_parent_event(db, theirs).title == their_record.title  # still there, unchanged
    assert parent_events.get_parent_event(db, own).school_id == cast.own_school
    parent_events.save_parent_event(db, replace(own_record, title="Eigen avond"), as_staff=teacher)  # own: allowed
    assert parent_events.get_parent_event(db, own, as_staff=teacher).title == "Eigen avond"


def test_return_slips_of_another_school_are_neither_shown_nor_recorded(demo_db, cast: Cast) -> None:  # noqa: ANN001, F811
    db, teacher = demo_db, cast.teacher
    with db.session() as s:
        template_id = s.scalar(select(LessonTemplate.id).order_by(LessonTemplate.id))
    assert parent_events.return_slips(db, cast.own_group, template_id, as_staff=teacher)
    with pytest.raises(PermissionDenied):
        parent_events.return_slips(db, cast.other_group, template_id, as_staff=teacher)
    with pytest.raises(PermissionDenied):
        parent_events.slip_summary(db, cast.other_group, template_id, as_staff=teacher)
    marks = [SlipMark(cast.own_pupil, "done"), SlipMark(cast.other_pupil, "done")]
    with pytest.raises(PermissionDenied):
        parent_events.replace_return_slips(db, template_id, marks, as_staff=teacher)
    with db.session() as s:  # all or nothing: not even their own pupil's slip was written
        assert not s.scalars(select(ReturnSlip).where(ReturnSlip.template_id == template_id)).all()
    parent_events.replace_return_slips(db, template_id, marks[:1], as_staff=teacher)
    parent_events.replace_return_slips(db, template_id, marks[1:], as_staff=cast.coordinator)


@pytest.mark.parametrize("role", ["teacher", "care", "specialist"])
def test_reports_are_of_ones_own_school_unless_one_coordinates(demo_db, cast: Cast, role: str) -> None:  # noqa: ANN001, F811
    me = getattr(cast, role)
    own = reports.municipality_report(demo_db, school_id=cast.own_school, as_staff=me)
    assert own.school_id == cast.own_school
    assert dashboard.dashboard(demo_db, own.year, cast.own_school, as_staff=me)
    for school in (None, cast.other_school):
        with pytest.raises(PermissionDenied):
            reports.municipality_report(demo_db, school_id=school, as_staff=me)
        with pytest.raises(PermissionDenied):
            dashboard.dashboard(demo_db, own.year, school, as_staff=me)
    with pytest.raises(PermissionDenied):
        dashboard.dashboard(demo_db, own.year, None, cast.other_group, as_staff=me)
    assert reports.municipality_report(demo_db, as_staff=cast.coordinator).school_id is None


def test_open_lessons_follow_the_scope(demo_db, cast: Cast) -> None:  # noqa: ANN001, F811
    """Lessons without a date (here: one cancelled in each school): a teacher's list names only their own."""
    plan_now(demo_db, use_cp=False)
    with demo_db.session() as s:
        names = {g.id: g.school.name for g in s.scalars(select(Group))}
    for group in (cast.own_group, cast.other_group):
        sessions.cancel_session(demo_db, _lesson_of(demo_db, group).id, "Ziek")
    mine = {i.school_name for i in open_items(demo_db, as_staff=cast.teacher)}
    assert mine == {names[cast.own_group]}
    assert names[cast.other_group] in {i.school_name for i in open_items(demo_db)}
