"""Role scope in the app on the encrypted demo (signed in with a password): a teacher of school A sees only
school A's planning, parent events, return slips and report figures; the municipality view and the
"All schools" report are greyed out with the reason; what the pages would send for school B is refused."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import select

from tests.core.test_planning_service import SUMMER, plan_now
from tests.gui.test_scope_gui import _teacher_and_other_school, signed_in  # noqa: F401 - the fixture
from wishdesk.core.models import Group, Session
from wishdesk.core.services import sessions
from wishdesk.gui.controller import sign_in_on_lane
from wishdesk.gui.pages.parents import ParentsPage
from wishdesk.gui.pages.planning import PlanningPage
from wishdesk.gui.pages.reports import ReportsPage


def _first_lesson(db, school_id: int) -> tuple[int, datetime]:  # noqa: ANN001 - (session id, its start)
    with db.session() as s:
        row = s.execute(select(Session.id, Session.date, Session.start_time).join(Group)
                        .where(Group.school_id == school_id, Session.status == "planned")
                        .order_by(Session.date, Session.start_time)).first()
    return row[0], datetime.combine(row[1], row[2])


def _shown(qtbot, page) -> None:  # noqa: ANN001
    qtbot.addWidget(page)
    page.resize(1300, 820)
    page.show()
    qtbot.waitExposed(page)


def test_a_teacher_sees_and_plans_only_their_own_school(qtbot, signed_in, inline_operations) -> None:  # noqa: ANN001, F811
    window, db = signed_in
    plan_now(db, use_cp=False)
    ctx = window.ctx
    teacher, own_school, other_group, _pupil = _teacher_and_other_school(db)
    with db.session() as s:
        other_school = s.get(Group, other_group).school_id
    ctx.set_person(teacher, sign_in_on_lane(db, str(teacher), "demo"))
    own_lesson, own_start = _first_lesson(db, own_school)
    their_lesson, their_start = _first_lesson(db, other_school)

    page = PlanningPage(ctx, today=lambda: own_start.date())
    _shown(qtbot, page)
    page.by_combo.setCurrentIndex(page.by_combo.findData("school"))
    assert [page.who_combo.itemData(i) for i in range(page.who_combo.count())] == [own_school]
    everyone = page.by_combo.model().item(page.by_combo.findData("all"))
    assert not everyone.isEnabled() and "programme coordinator" in everyone.toolTip()
    lessons = [i for i in page.week.items if i.kind == "lesson"]
    assert lessons and {i.school_id for i in lessons} == {own_school}
    assert all(own_school in c.school_ids for c in page.bundle.conflicts)
    # the teacher view of this teacher, and the specialist view, stay within the school too
    for by in ("teacher", "specialist"):
        page.by_combo.setCurrentIndex(page.by_combo.findData(by))
        assert {i.school_id for i in page.week.items} <= {own_school}

    # attack: the move the page would send for school B's lesson (a key from an old screen) is refused
    before = sessions.get_session(db, their_lesson)
    page.actions.move(f"s{their_lesson}", their_start + timedelta(days=1))
    qtbot.waitUntil(lambda: bool(inline_operations))
    assert "hoort niet bij uw school" in inline_operations[-1]
    assert sessions.get_session(db, their_lesson) == before
    inline_operations.clear()
    page.actions.move(f"s{own_lesson}", datetime.combine(own_start.date(), time(10, 0)))  # own school: moved
    qtbot.waitUntil(lambda: sessions.get_session(db, own_lesson).start_time == time(10, 0))
    assert inline_operations == []


def test_a_teacher_reports_and_sees_parents_of_their_own_school_only(qtbot, signed_in, inline_operations) -> None:  # noqa: ANN001, F811
    window, db = signed_in
    ctx = window.ctx
    teacher, own_school, other_group, _pupil = _teacher_and_other_school(db)
    ctx.set_person(teacher, sign_in_on_lane(db, str(teacher), "demo"))

    reports = ReportsPage(ctx)
    _shown(qtbot, reports)
    reports.refresh()
    qtbot.waitUntil(lambda: reports.report is not None)
    assert [reports.school.itemData(i) for i in range(1, reports.school.count())] == [own_school]
    every_school = reports.school.model().item(0)
    assert not every_school.isEnabled() and "programme coordinator" in every_school.toolTip()
    assert reports.report.school_id == own_school
    assert inline_operations == []

    parents = ParentsPage(ctx)
    _shown(qtbot, parents)
    parents.refresh()
    with db.session() as s:
        own_groups = set(s.scalars(select(Group.id).where(Group.school_id == own_school)))
    shown = {parents.group_box.itemData(i) for i in range(parents.group_box.count())}
    assert shown and shown <= own_groups and other_group not in shown
    assert all(e.school_id == own_school for e in parents.events.rows())
    assert inline_operations == []


def test_the_coordinator_sees_every_school(qtbot, signed_in, inline_operations) -> None:  # noqa: ANN001, F811
    window, db = signed_in
    ctx = window.ctx
    reports = ReportsPage(ctx)
    _shown(qtbot, reports)
    reports.refresh()
    qtbot.waitUntil(lambda: reports.report is not None)
    assert reports.school.model().item(0).isEnabled() and reports.report.school_id is None
    assert reports.school.count() > 2
    page = PlanningPage(ctx, today=lambda: SUMMER)
    _shown(qtbot, page)
    everyone = page.by_combo.model().item(page.by_combo.findData("all"))
    assert everyone.isEnabled() and not everyone.toolTip()
    page.by_combo.setCurrentIndex(page.by_combo.findData("school"))
    assert page.who_combo.count() > 1
