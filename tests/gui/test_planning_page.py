"""The Planning page driven as a coordinator would: week and month views, drag and drop with conflicts
shown at once, the keyboard, pin / next free moment / cancel and re-plan, automatic planning, undo,
calendar export and accessible names."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from tests.core.test_planning_service import SUMMER, plan_now
from tests.gui.test_accessibility import _unnamed
from wishdesk.core.ics_export import ics_to_events
from wishdesk.core.models import Session
from wishdesk.core.services import sessions
from wishdesk.gui.context import AppContext
from wishdesk.gui.operations import Operations
from wishdesk.gui.pages.planning import PlanningPage


def _rows(db):  # noqa: ANN001, ANN202
    with db.session() as s:
        return {r.id: (r.status, r.date, r.start_time, r.pinned) for r in s.scalars(select(Session))}


def _first_lesson_day(db) -> date:  # noqa: ANN001
    with db.session() as s:
        return s.scalar(select(Session.date).order_by(Session.date))


def _page(qtbot, db, today: date) -> PlanningPage:  # noqa: ANN001
    page = PlanningPage(AppContext(db=db, ops=Operations()), today=lambda: today)
    page.plan_time_limit = 1.0
    qtbot.addWidget(page)
    page.resize(1300, 820)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def planned(demo_db):  # noqa: ANN001, ANN201
    plan_now(demo_db, use_cp=False)
    return demo_db


def _lessons(page: PlanningPage) -> list:
    return [i for i in page.week.items if i.kind == "lesson" and i.status == "planned"]


def test_week_shows_the_plan_and_a_drag_shows_conflicts_at_once(qtbot, planned, inline_operations) -> None:  # noqa: ANN001
    day = _first_lesson_day(planned)
    page = _page(qtbot, planned, day)
    assert page.view() == "week" and page.by() == "specialist" and page.who_combo.count() == 1
    lessons = _lessons(page)
    assert lessons and all(page.week.block_rect(i.key).isValid() for i in lessons)
    first = lessons[0]
    assert page.week.label(first).startswith(f"Lesson {first.lesson_number}")
    assert first.group_name in page.week.label(first) and first.school_name in page.week.label(first)
    assert page.side.conflicts_box.title() == "Conflicts"
    before = _rows(planned)

    # drag the lesson onto the next day's first lesson: the move is saved and its conflicts show at once
    target = next(i for i in lessons if i.start.date() != first.start.date())
    source = page.week.block_rect(first.key)
    grab = source.topLeft().toPoint() + QPoint(10, 5)
    drop = page.week.block_rect(target.key).topLeft().toPoint() + QPoint(10, 5)
    qtbot.mousePress(page.week, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(page.week, grab + QPoint(0, 20))
    qtbot.mouseMove(page.week, drop)
    qtbot.mouseRelease(page.week, Qt.MouseButton.LeftButton, pos=drop)
    session_id = int(first.key[1:])
    assert _rows(planned)[session_id][1:3] == (target.start.date(), target.start.time())
    assert first.key in page.week.conflicts and target.key in page.week.conflicts
    assert page.week.selected_key() == first.key
    assert "Conflict:" in page.week.accessibleDescription()  # said, not only hatched and marked "!"
    assert page.side.conflicts.count() >= 1 and "Conflicts (" in page.side.conflicts_box.title()
    assert "Watch out" in page.message.text() and page.message.isVisible()
    assert "conflict" in page.side.details.text()  # the selected lesson says so, its rows are selected
    assert page.side.conflicts.selectedItems() and all(
        first.key in i.data(Qt.ItemDataRole.UserRole).keys for i in page.side.conflicts.selectedItems())
    assert any("tegelijk" in page.side.conflicts.item(n).text() for n in range(page.side.conflicts.count()))
    assert not inline_operations

    # a click on the conflict in the list selects that lesson in its week
    page.week.select("")
    page.side.conflict_chosen.emit(page.side.conflicts.item(0).data(Qt.ItemDataRole.UserRole))
    assert page.week.selected_key() in (first.key, target.key)

    page.ctx.undo_stack.undo()
    assert _rows(planned) == before
    assert page.week.conflicts == {} and page.side.conflicts_box.title() == "Conflicts"


def test_keyboard_selects_and_moves_blocks(qtbot, planned) -> None:  # noqa: ANN001
    page = _page(qtbot, planned, _first_lesson_day(planned))
    page.week.setFocus()
    qtbot.keyClick(page.week, Qt.Key.Key_Right)
    ordered = sorted(page.week.items, key=lambda i: (i.start, i.key))
    assert page.week.selected_key() == ordered[0].key
    while page.week.item(page.week.selected_key()).status == "held":  # the parent evening of yesterday
        qtbot.keyClick(page.week, Qt.Key.Key_Right)
    key = page.week.selected_key()
    item = page.week.item(key)
    assert item.kind == "lesson" and page.side.item is not None and page.side.item.key == key
    session_id = int(key[1:])
    qtbot.keyClick(page.week, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _rows(planned)[session_id][2] == (item.start + timedelta(minutes=15)).time()
    qtbot.keyClick(page.week, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    moved = _rows(planned)[session_id]
    expected = item.start.date() + timedelta(days=3 if item.start.weekday() == 4 else 1)
    assert moved[1] == expected and page.week.selected_key() == key
    page.ctx.undo_stack.undo()
    page.ctx.undo_stack.undo()
    assert _rows(planned)[session_id][1:3] == (item.start.date(), item.start.time())
    qtbot.keyClick(page.week, Qt.Key.Key_P)  # pin from the keyboard
    assert _rows(planned)[session_id][3] is True
    assert page.week.item(key).pinned and "pinned" in page.week.accessibleDescription()


def test_menu_pin_next_free_and_lessons_without_a_date(qtbot, planned) -> None:  # noqa: ANN001
    today = _first_lesson_day(planned)
    page = _page(qtbot, planned, today)
    key = next(i.key for i in _lessons(page) if i.start.date() > today + timedelta(days=1))
    menu = page.week.menu_for(key)
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Pin", "Move to the next free moment", "Cancel and re-plan…"]
    menu.actions()[0].trigger()
    assert _rows(planned)[int(key[1:])][3] is True
    assert page.week.menu_for(key).actions()[0].text() == "Release"
    page.ctx.undo_stack.undo()
    assert _rows(planned)[int(key[1:])][3] is False

    sessions.cancel_session(planned, int(key[1:]), "Toets")
    page.refresh()
    assert page.side.open_box.isVisible() and page.side.open.count() == 1
    assert "Toets" in page.side.open.item(0).text()
    page.side.open_free.click()  # the next free moment: its old slot is free again
    status, day, start, _ = _rows(planned)[int(key[1:])]
    assert status == "planned" and day is not None
    assert not page.side.open_box.isVisible()
    assert page.week.conflicts.get(key) is None


def test_cancel_and_replan_and_undo(qtbot, planned) -> None:  # noqa: ANN001
    page = _page(qtbot, planned, _first_lesson_day(planned))
    lesson = _lessons(page)[0]
    before = _rows(planned)
    page.actions.cancel_and_replan(lesson.key, "Specialist ziek")
    after = _rows(planned)[int(lesson.key[1:])]
    assert after[0] == "planned" and after[1] > lesson.start.date()
    assert "New moment" in page.message.text()
    assert page.week.selected_key() == lesson.key and page.week.monday <= after[1]
    page.ctx.undo_stack.undo()
    assert _rows(planned) == before
    page.ctx.undo_stack.redo()
    assert _rows(planned)[int(lesson.key[1:])] == after


def test_automatic_planning_with_undo(qtbot, demo_db) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_db, SUMMER)
    assert page.week.items == []
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.week.setFocus()
    qtbot.keyClick(page.week, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    rows = _rows(demo_db)
    assert rows and {r[0] for r in rows.values()} == {"planned"}
    assert "2026-2027" in page.message.text() and "gepland" in page.message.text()
    assert page.ctx.undo_stack.undoText() == "Automatic planning"
    page.ctx.undo_stack.undo()
    assert {r[:2] for r in _rows(demo_db).values()} == {("unplanned", None)}
    page.ctx.undo_stack.redo()
    assert _rows(demo_db) == rows


def test_after_automatic_planning_an_empty_week_gives_way_to_the_first_lesson(qtbot, demo_db) -> None:  # noqa: ANN001
    """The tester planned in an empty week; the first lesson was months later and the view stayed empty."""
    page = _page(qtbot, demo_db, SUMMER)
    assert page.week.items == []
    page.actions.auto_plan()
    first = _first_lesson_day(demo_db)
    assert page.range()[0] <= first <= page.range()[1]  # the week on screen is the first lesson's
    assert _lessons(page)
    assert "The first planned lesson is on" in page.message.text()


def test_month_view_and_navigation(qtbot, planned) -> None:  # noqa: ANN001
    day = _first_lesson_day(planned)
    page = _page(qtbot, planned, day)
    week_label = page.period.text()
    page.next_button.click()
    assert page.period.text() != week_label
    page.today_button.click()
    assert page.period.text() == week_label
    page.view_combo.setCurrentIndex(1)
    assert page.stack.currentWidget() is page.month
    cells = [(r, c) for r in range(page.month.rowCount()) for c in range(5)
             if page.month.day_at(r, c) == day]
    assert cells and "lesson" in page.month.item(*cells[0]).text()
    assert page.month.item(*cells[0]).data(Qt.ItemDataRole.AccessibleTextRole).startswith(f"{day:%d-%m-%Y}")
    page.month.cellClicked.emit(*cells[0])
    assert page.view() == "week" and page.week.monday <= day < page.week.monday + timedelta(days=7)
    page.by_combo.setCurrentIndex(0)  # by school
    assert page.who_combo.count() == 4 and page.week.items is not None
    page.next_button.click()
    page.next_button.click()
    assert page.week.monday == day - timedelta(days=day.weekday()) + timedelta(days=14)


def test_export_calendar(qtbot, planned, tmp_path: Path) -> None:  # noqa: ANN001
    page = _page(qtbot, planned, _first_lesson_day(planned))
    everything, mine = tmp_path / "alles.ics", tmp_path / "specialist.ics"
    page.actions.export_ics(str(everything), None)
    page.actions.export_ics(str(mine), page.bundle.who)
    all_events, my_events = ics_to_events(everything.read_bytes()), ics_to_events(mine.read_bytes())
    assert all_events and my_events and len(my_events) <= len(all_events)
    assert "appointments saved" in page.message.text()
    assert page.export_mine.isVisible() and page.who_combo.currentText() in page.export_mine.text()


def test_every_control_has_a_name_and_it_fits(qtbot, planned) -> None:  # noqa: ANN001
    page = _page(qtbot, planned, _first_lesson_day(planned))
    assert _unnamed(page) == []
    page.view_combo.setCurrentIndex(1)
    assert _unnamed(page) == []
    hint = page.minimumSizeHint()
    assert hint.width() <= 1366 - 170 and hint.height() <= 700
    assert page.week.accessibleName() and page.month.accessibleName()
    page.view_combo.setCurrentIndex(0)
    lesson = _lessons(page)[0]
    moment = page.week.moment_at(page.week.block_rect(lesson.key).topLeft() + QPoint(2, 1))
    assert isinstance(moment, datetime) and moment.date() == lesson.start.date()
    assert abs((moment - lesson.start).total_seconds()) <= 15 * 60


def test_without_a_school_year_the_page_says_what_to_do(qtbot, empty_db, inline_operations) -> None:  # noqa: ANN001
    page = _page(qtbot, empty_db, SUMMER)
    assert "schooljaar" in page.message.text() and page.message.isVisible()
    assert page.week.items == [] and page.who_combo.count() == 0
    page.next_button.click()
    page.view_combo.setCurrentIndex(1)
    assert not inline_operations  # no error dialogs, only the message


def test_week_grid_keeps_drawing_lessons_with_keyboard_focus(qtbot, planned) -> None:  # noqa: ANN001
    """With focus, only a frame is added: the grid between lessons stays the background colour (it used to
    fill with the last lesson's colour)."""
    from wishdesk.gui.widgets.planning_week import LESSON

    page = _page(qtbot, planned, _first_lesson_day(planned))
    week = page.week
    lesson = _lessons(page)[0]
    week.setFocus()
    qtbot.waitUntil(week.hasFocus)
    image = week.grab().toImage()
    block = week.block_rect(lesson.key)
    inside = image.pixelColor(int(block.center().x()), int(block.center().y()))
    empty = image.pixelColor(int(week._gutter() / 2), int(week.height() - 6))  # the time gutter, bottom
    base = week.palette().base().color()
    assert inside.name() != base.name()  # the lesson is drawn
    assert empty.name() == base.name() and empty.name() != LESSON.name()


def test_the_move_message_goes_with_an_undo(qtbot, planned, inline_operations) -> None:  # noqa: ANN001
    from datetime import time

    day = _first_lesson_day(planned)
    page = _page(qtbot, planned, day)
    lesson = _lessons(page)[0]
    page.actions.move(lesson.key, datetime.combine(lesson.start.date(), time(8, 0)) + timedelta(days=1))
    assert page.message.isVisible() and page.message.text()
    page.ctx.history.undo()
    assert not page.message.isVisible() and page.message.text() == ""


def test_municipality_view_shows_every_school_with_its_specialist(qtbot, planned, inline_operations) -> None:  # noqa: ANN001
    day = _first_lesson_day(planned)
    page = _page(qtbot, planned, day)
    one = {i.school_id for i in page.week.items}
    page.by_combo.setCurrentIndex(page.by_combo.findData("all"))
    assert page.by() == "all" and not page.who_combo.isVisible()
    schools = {i.school_id for i in page.week.items}
    assert schools >= one and len(schools) > 1
    lesson = _lessons(page)[0]
    assert lesson.specialist_name and lesson.specialist_name in page.week.label(lesson)
    page.view_combo.setCurrentIndex(1)  # the month, for the whole municipality
    assert page.view() == "month"


def test_planning_opens_on_the_signed_in_specialist(qtbot, planned) -> None:  # noqa: ANN001
    from wishdesk.core.services.planning_views import planning_choices

    last = planning_choices(planned).specialists[-1]
    ctx = AppContext(db=planned, ops=Operations(), staff_id=last.id)
    page = PlanningPage(ctx, today=lambda: _first_lesson_day(planned))
    qtbot.addWidget(page)
    page.show()
    assert page.who_combo.currentData() == last.id
