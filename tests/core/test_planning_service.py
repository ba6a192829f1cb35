"""Planning on the database: a whole school year, kept dates, explanations, conflicts, edits with undo,
calendars from CalendarEntry rows and the open-data import, and the .ics export."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from wishdesk.core.calendar import HolidayDataMissing
from wishdesk.core.errors import ValidationError
from wishdesk.core.ics_export import ics_to_events
from wishdesk.core.models import (
    CalendarEntry,
    Group,
    LessonWindow,
    ParentEvent,
    School,
    SchoolYear,
    Session,
    SessionChange,
    Setting,
)
from wishdesk.core.services import planning, planning_edits, sessions
from wishdesk.core.services.calendar_setup import import_holiday_file, load_public_calendar
from wishdesk.core.services.planning_problem import build_snapshot, school_calendars
from wishdesk.core.services.planning_views import ics_for, open_items, plan_items, planning_choices
from wishdesk.core.services.years import create_school_year

SUMMER = date(2026, 8, 1)  # before the demo's school year 2026-2027 starts: the whole year is open
EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "calendar" / "schoolvakanties_2030-2031_voorbeeld.json"


def drive(steps):  # noqa: ANN001, ANN201
    """Run a progress generator to its end; returns (steps seen, return value)."""
    seen = []
    while True:
        try:
            seen.append(next(steps))
        except StopIteration as stop:
            return seen, stop.value


def plan_now(db, **kwargs):  # noqa: ANN001, ANN003, ANN201
    kwargs.setdefault("today", SUMMER)
    kwargs.setdefault("time_limit", 1.5)
    return drive(planning.plan_year(db, **kwargs))[1]


def second_specialist(db) -> int:  # noqa: ANN001
    """The 4-school demo has one specialist; give the last school's groups another one."""
    from wishdesk.core.models import Staff, StaffRole

    with db.write() as s:
        person = Staff(name="Yasmina Tahiri", email=None, roles=[StaffRole(role="specialist")])
        s.add(person)
        s.flush()
        school_id = s.scalar(select(School.id).order_by(School.id.desc()))
        for group in s.scalars(select(Group).where(Group.school_id == school_id)):
            group.specialist_id = person.id
        return person.id


def _rows(db):  # noqa: ANN001, ANN202
    with db.session() as s:
        return {r.id: (r.status, r.date, r.start_time, r.end_time, r.pinned)
                for r in s.scalars(select(Session))}


def test_plan_year_plans_every_group_without_conflicts(demo_db) -> None:  # noqa: ANN001
    seen, outcome = drive(planning.plan_year(demo_db, today=SUMMER, time_limit=2))
    assert outcome.ok, outcome.explanations
    assert [s[0] for s in seen] == sorted(s[0] for s in seen) and seen[-1][:2] == (100, 100)
    assert all(isinstance(s[2], str) and s[2] for s in seen)  # Dutch progress messages
    assert outcome.planned == len(outcome.changes) and outcome.not_planned == 0 and outcome.moved == 0
    assert "gepland" in outcome.summary()
    with demo_db.session() as s:
        groups = s.scalars(select(Group)).all()
        rows = s.scalars(select(Session)).all()
        assert {r.status for r in rows} == {"planned"}
        assert all(r.date and r.start_time and r.end_time and r.specialist_id and r.teacher_id for r in rows)
        per_group = {g.id: 16 if g.split_by_gender else 8 for g in groups}
        assert {g: sum(r.group_id == g for r in rows) for g in per_group} == per_group
        for group in groups:
            events = {e.kind: e for e in s.scalars(select(ParentEvent).where(ParentEvent.group_id == group.id))}
            assert set(events) == {"parent_evening", "showcase"}
            first = min(r.date for r in rows if r.group_id == group.id)
            last = max(r.date for r in rows if r.group_id == group.id)
            assert events["parent_evening"].date < first and events["showcase"].date >= last
            assert events["parent_evening"].start_time == time(19, 0)
        audit = s.scalars(select(SessionChange.kind)).all()
        assert set(audit) == {"planned"} and len(audit) == len(rows)
    assert planning.conflicts(demo_db, today=SUMMER) == []
    assert planning.unplanned_count(demo_db) == 0


def test_held_pinned_and_planned_lessons_stay(demo_db) -> None:  # noqa: ANN001
    plan_now(demo_db, use_cp=False)
    with demo_db.session() as s:
        ordered = s.scalars(select(Session).order_by(Session.date, Session.start_time, Session.id)).all()
        held, pinned, cancelled = ordered[0].id, ordered[5].id, ordered[40].id
        cancelled_date = ordered[40].date
    today = cancelled_date - timedelta(days=1)
    with demo_db.write() as s:
        s.get(Session, held).status = "held"
    planning_edits.set_pinned(demo_db, pinned, True)
    sessions.cancel_session(demo_db, cancelled, "Schoolreisje")
    before = _rows(demo_db)
    outcome = plan_now(demo_db, today=today, use_cp=False)
    after = _rows(demo_db)
    assert outcome.ok and outcome.planned == 1 and outcome.moved == 0 and outcome.kept > 0
    changed = {k for k in after if after[k] != before[k]}
    assert changed == {cancelled}
    assert after[cancelled][0] == "planned" and after[cancelled][1] > today
    assert after[held] == before[held] and after[pinned][4] is True


def test_replan_all_moves_planned_but_never_held_or_pinned(demo_db) -> None:  # noqa: ANN001
    plan_now(demo_db, use_cp=False)
    with demo_db.session() as s:
        ordered = s.scalars(select(Session).order_by(Session.date, Session.id)).all()
        held, pinned = ordered[0].id, ordered[3].id
    with demo_db.write() as s:
        s.get(Session, held).status = "held"
    planning_edits.set_pinned(demo_db, pinned, True)
    before = _rows(demo_db)
    outcome = plan_now(demo_db, replan_all=True, time_limit=2)
    after = _rows(demo_db)
    assert outcome.ok
    assert after[held] == before[held] and after[pinned] == before[pinned]
    assert outcome.moved == sum(1 for k in after if after[k][1:4] != before[k][1:4])
    assert planning.conflicts(demo_db, today=SUMMER) == []


def test_cancelled_run_writes_nothing(demo_db) -> None:  # noqa: ANN001
    with demo_db.session() as s:
        counts = (s.scalar(select(func.count(Session.id))), s.scalar(select(func.count(ParentEvent.id))))
    steps = planning.plan_year(demo_db, today=SUMMER, time_limit=1)
    next(steps)
    next(steps)
    steps.close()  # what the GUI's cancel button does
    with demo_db.session() as s:
        assert (s.scalar(select(func.count(Session.id))), s.scalar(select(func.count(ParentEvent.id)))) == counts
        assert s.scalar(select(func.count(SessionChange.id))) == 0


def test_impossible_plan_is_explained_and_the_rest_is_planned(demo_db) -> None:  # noqa: ANN001
    with demo_db.write() as s:
        groups = s.scalars(select(Group).order_by(Group.id)).all()
        blocked = next(g for g in groups if g.school_id != groups[0].school_id)
        school = s.get(School, blocked.school_id)
        for window in list(school.lesson_windows):
            s.delete(window)
        lonely = groups[0]
        lonely.specialist_id = None
        names, blocked_id = (school.name, lonely.name), blocked.id
    outcome = plan_now(demo_db, use_cp=False)
    assert not outcome.ok and outcome.not_planned > 0
    text = " ".join(outcome.explanations)
    assert names[0] in text and "lestijd" in text
    assert f"groep {names[1]}".lower() in text.lower() and "specialist" in text
    with demo_db.session() as s:
        planned = s.scalars(select(Session.group_id).where(Session.status == "planned")).all()
        assert planned and blocked_id not in planned  # the other schools of this specialist are planned


def test_rules_come_from_settings(demo_db) -> None:  # noqa: ANN001
    with demo_db.write() as s:
        s.add(Setting(key="planning.min_gap_days", value="10"))
        s.add(Setting(key="planning.max_gap_days", value="21"))
        s.add(Setting(key="planning.parent_evening_time", value="19:30"))
        s.add(Setting(key="planning.travel_minutes", value="veel"))  # unreadable: the default stays
    with demo_db.session() as s:
        rules = build_snapshot(s, today=SUMMER).problem.rules
    assert (rules.min_gap_days, rules.max_gap_days, rules.parent_evening_time, rules.travel_minutes) == (
        10, 21, time(19, 30), 30)
    plan_now(demo_db, use_cp=False)
    with demo_db.session() as s:
        rows = s.scalars(select(Session).where(Session.subgroup != "girls")).all()
        by_group = {}
        for row in rows:
            by_group.setdefault((row.group_id, row.subgroup), []).append(row.date)
        gaps = [(b - a).days for days in by_group.values()
                for a, b in zip(sorted(days), sorted(days)[1:], strict=False)]
        assert min(gaps) >= 10
        assert {e.start_time for e in s.scalars(select(ParentEvent).where(ParentEvent.kind == "parent_evening"))} == {
            time(19, 30)}


def test_study_day_and_holidays_are_respected(demo_db) -> None:  # noqa: ANN001
    with demo_db.write() as s:
        year = s.scalar(select(SchoolYear))
        school = s.scalar(select(School).order_by(School.id))
        # a whole study week at the start of the year for the first school
        s.add(CalendarEntry(school_year_id=year.id, kind="study_day", name="Studieweek", school_id=school.id,
                            start_date=date(2026, 8, 24), end_date=date(2026, 9, 30)))
        school_id = school.id
    plan_now(demo_db, use_cp=False)
    with demo_db.session() as s:
        days = s.scalars(select(Session.date).join(Group).where(Group.school_id == school_id)).all()
        assert days and min(days) > date(2026, 9, 30)
        every = s.scalars(select(Session.date)).all()
        assert not [d for d in every if date(2026, 12, 19) <= d <= date(2027, 1, 3)]  # Christmas, region zuid
        assert date(2027, 4, 27) not in every  # Koningsdag


def test_holiday_file_completes_a_year_the_package_does_not_know(demo_db) -> None:  # noqa: ANN001
    with demo_db.write() as s:
        year = create_school_year(s, 2030)
        load_public_calendar(s, year)
        added_again = load_public_calendar(s, year)
        schools = s.scalars(select(School)).all()
        with pytest.raises(HolidayDataMissing, match="Importeer"):
            school_calendars(s, year, schools)
    assert added_again == 0  # no double rows
    result = import_holiday_file(demo_db, EXAMPLE, "2030-2031")
    assert result.years == ("2030-2031",) and result.added > 0
    with demo_db.session() as s:
        year = s.scalar(select(SchoolYear).where(SchoolYear.name == "2030-2031"))
        calendars = school_calendars(s, year, s.scalars(select(School)).all())
    closed = next(iter(calendars.values())).closed_days
    assert closed[date(2030, 10, 21)] == "Herfstvakantie" and closed[date(2031, 1, 3)] == "Kerstvakantie"
    again = import_holiday_file(demo_db, EXAMPLE.read_bytes())
    assert again.replaced == result.added  # the same file again replaces instead of doubling
    with pytest.raises(ValidationError, match="geen vakanties"):
        import_holiday_file(demo_db, EXAMPLE, "2026-2027")
    with pytest.raises(ValueError, match="JSON"):
        import_holiday_file(demo_db, b"{niet json", "2030-2031")


def test_move_shows_conflicts_at_once_and_undo(demo_db) -> None:  # noqa: ANN001
    plan_now(demo_db, use_cp=False)
    with demo_db.session() as s:
        group = s.scalar(select(Group).order_by(Group.id))
        ordered = s.scalars(select(Session).where(Session.group_id == group.id).order_by(Session.date)).all()
        first, second = ordered[0], ordered[1]
        target = datetime.combine(second.date, second.start_time)
        key, old = first.id, (first.date, first.start_time)
    before = _rows(demo_db)
    outcome = planning_edits.move_session_to(demo_db, key, target, today=SUMMER)
    rules = {c.rule for c in outcome.conflicts}
    assert rules & {"specialist_double_booked", "group_double_booked", "teacher_double_booked"}
    assert all(f"s{key}" in c.keys for c in outcome.conflicts)
    listed = planning.conflicts(demo_db, today=SUMMER)
    assert listed and all(c.groups and c.schools and c.message for c in listed)
    assert listed[0].day is not None and key in {i for c in listed for i in c.session_ids}
    planning_edits.undo_move(demo_db, outcome)
    assert _rows(demo_db) == before and (before[key][1], before[key][2]) == old
    assert planning.conflicts(demo_db, today=SUMMER) == []
    with pytest.raises(ValidationError, match="dezelfde dag"):
        planning_edits.move_session_to(demo_db, key, datetime.combine(old[0], time(23, 0)))


def test_next_free_slot_fits_every_rule(demo_db) -> None:  # noqa: ANN001
    plan_now(demo_db, use_cp=False)
    with demo_db.session() as s:
        group_id = s.scalar(select(Group.id).order_by(Group.id))
        series = s.scalars(select(Session).where(Session.group_id == group_id).order_by(Session.date)).all()
        key, old = series[3].id, datetime.combine(series[3].date, series[3].start_time)
        later = [(r.id, datetime.combine(r.date, r.start_time)) for r in series]
    sessions.cancel_session(demo_db, key, "Toets")  # back to planning without a date
    slot = planning_edits.next_free_slot(demo_db, key, today=SUMMER)
    assert slot is not None and slot <= old  # its old moment is free again, so it fits at the latest there
    assert planning_edits.move_session_to(demo_db, key, slot, today=SUMMER).conflicts == ()
    for other, current in later:  # for planned lessons: a moment after the current one, or none
        found = planning_edits.next_free_slot(demo_db, other, today=SUMMER)
        if found is not None and found > current:
            outcome = planning_edits.move_session_to(demo_db, other, found, today=SUMMER)
            assert outcome.conflicts == ()
            planning_edits.undo_move(demo_db, outcome)
    edit = planning_edits.set_pinned(demo_db, f"s{key}", True)
    assert _rows(demo_db)[key][4] is True
    assert [c.kind for c in sessions.session_history(demo_db, key)][-1] == "pinned"
    sessions.restore_session(demo_db, edit)
    assert _rows(demo_db)[key][4] is False
    with pytest.raises(ValidationError, match="Alleen lessen"):
        planning_edits.set_pinned(demo_db, "e1", True)


def test_cancel_and_replan_moves_few_and_undoes(demo_db) -> None:  # noqa: ANN001
    plan_now(demo_db, use_cp=False)
    with demo_db.session() as s:
        rows = s.scalars(select(Session).order_by(Session.date, Session.id)).all()
        victim = rows[len(rows) // 3]
        key, old_date = victim.id, victim.date
    with demo_db.write() as s:  # everything before the cancelled lesson has been given
        for row in s.scalars(select(Session).where(Session.date < old_date)):
            row.status = "held"
    before = _rows(demo_db)
    outcome = planning_edits.replan_after_cancel(demo_db, key, "Specialist ziek", today=old_date)
    assert outcome.ok, outcome.explanations
    assert outcome.new_start.date() > old_date
    assert len(outcome.moved) <= 6 and all(m.new != m.old and m.label for m in outcome.moved)
    after = _rows(demo_db)
    assert all(after[k] == before[k] for k in after if before[k][0] == "held")
    assert after[key][0] == "planned" and after[key][1] == outcome.new_start.date()
    assert planning.conflicts(demo_db, today=old_date) == []
    kinds = [c.kind for c in sessions.session_history(demo_db, key)]
    assert kinds[-2:] == ["cancelled", "planned"]
    planning_edits.undo_replan(demo_db, outcome)
    assert _rows(demo_db) == before
    assert [c.kind for c in sessions.session_history(demo_db, key)] == kinds[:-2]
    again = planning_edits.redo_replan(demo_db, outcome)
    assert _rows(demo_db) == after and again.ok
    planning_edits.undo_replan(demo_db, again)
    assert _rows(demo_db) == before


def test_views_and_calendar_export(demo_db) -> None:  # noqa: ANN001
    second_specialist(demo_db)
    plan_now(demo_db, use_cp=False)
    choices = planning_choices(demo_db)
    assert choices.year == "2026-2027" and choices.schools and choices.specialists and choices.teachers
    specialist = choices.specialists[0]
    items = plan_items(demo_db, date(2026, 8, 1), date(2027, 7, 31), specialist_id=specialist.id, today=SUMMER)
    lessons = [i for i in items if i.kind == "lesson"]
    assert lessons and all(i.specialist_name == specialist.name for i in lessons)
    assert {i.kind for i in items} >= {"lesson", "parent_evening", "showcase"}
    assert all(i.end > i.start and i.school_name and i.group_name for i in items)
    assert open_items(demo_db) == []
    everything = ics_to_events(ics_for(demo_db))
    with demo_db.session() as s:
        total = s.scalar(select(func.count(Session.id))) + s.scalar(select(func.count(ParentEvent.id)))
    assert len(everything) == total
    mine = ics_to_events(ics_for(demo_db, specialist.id))
    assert 0 < len(mine) < len(everything)
    assert all(e.specialist and e.specialist.name == specialist.name for e in mine)
    assert {e.uid for e in mine} <= {e.uid for e in everything}
    lesson = next(e for e in mine if e.lesson_number)
    assert lesson.summary.startswith(f"WIsH les {lesson.lesson_number}") and lesson.location


def test_edits_only_load_the_specialists_part(demo_db) -> None:  # noqa: ANN001
    from wishdesk.core.services.planning_problem import component_group_ids

    second_specialist(demo_db)
    with demo_db.session() as s:
        groups = s.scalars(select(Group).order_by(Group.id)).all()
        part = component_group_ids(s, {groups[0].id})
        same = {g.id for g in groups if g.specialist_id == groups[0].specialist_id}
        assert part == same and len(part) < len(groups)


def test_lesson_windows_drive_the_times(demo_db) -> None:  # noqa: ANN001
    plan_now(demo_db, use_cp=False)
    with demo_db.session() as s:
        for row in s.scalars(select(Session)):
            group = s.get(Group, row.group_id)
            windows = s.scalars(select(LessonWindow).where(LessonWindow.school_id == group.school_id)).all()
            assert any(w.weekday == row.date.weekday() and w.start_time <= row.start_time
                       and row.end_time <= w.end_time for w in windows)
