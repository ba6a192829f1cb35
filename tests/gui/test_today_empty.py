"""Vandaag → Lessen when the list is empty says why, in words true for the person: a programme coordinator who
gives no lessons is sent to Planning (never "once the coordinator has planned them"), a teacher whose lessons
have no date yet hears that, a group whose lessons were all held says so."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from wishdesk.core.identity import database_id
from wishdesk.core.services.lesson_day import LessonDay, lesson_day
from wishdesk.gui.context import AppContext
from wishdesk.gui.operations import Operations
from wishdesk.gui.pages.today import TodayPage
from wishdesk.gui.widgets.today_sessions import empty_day_text


def _one(path: Path, sql: str) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def _page(qtbot, db, staff_id: int) -> TodayPage:  # noqa: ANN001
    page = TodayPage(AppContext(db=db, ops=Operations(), staff_id=staff_id, database_id=database_id(db)))
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_programme_coordinator_is_sent_to_planning(qtbot, demo_db, demo_db_path: Path) -> None:  # noqa: ANN001
    coordinator = _one(demo_db_path, "SELECT staff_id FROM staff_role WHERE role = 'programme_coordinator'")
    page = _page(qtbot, demo_db, coordinator)
    qtbot.waitUntil(lambda: "give no lessons" in page.empty.text(), timeout=5000)
    assert "once the coordinator" not in page.empty.text()
    assert page.planning_button.isVisible()
    asked: list[str] = []
    page.page_requested.connect(asked.append)
    page.planning_button.click()
    assert asked == ["planning"]
    if shots := os.environ.get("WISHDESK_SCREENSHOTS"):
        page.grab().save(str(Path(shots) / "today_empty_coordinator.png"))


def test_a_teacher_hears_what_is_missing(qtbot, demo_db, demo_db_path: Path) -> None:  # noqa: ANN001
    teacher = _one(demo_db_path, "SELECT staff_id FROM group_teacher ORDER BY group_id LIMIT 1")
    day = lesson_day(demo_db, teacher)
    assert day.gives_lessons and not day.coordinator and day.groups >= 1
    page = _page(qtbot, demo_db, teacher)
    if page.lessons_stack.currentIndex() == 1:  # this teacher has lessons: nothing to explain
        return
    qtbot.waitUntil(lambda: page.empty.text() == empty_day_text(day), timeout=5000)
    assert not page.planning_button.isVisible()


def test_the_texts_for_each_reason(qapp) -> None:  # noqa: ANN001 - the translator needs the application
    held = empty_day_text(LessonDay(True, False, 1, held=8, planned=0, unplanned=0))
    assert "All 8 lessons of your groups have been held" in held
    waiting = empty_day_text(LessonDay(True, False, 1, held=0, planned=0, unplanned=8))
    assert "once the coordinator" in waiting and "8 lessons" in waiting
    planner = empty_day_text(LessonDay(True, True, 1, held=0, planned=0, unplanned=8))
    assert "Plan them on the Planning page" in planner and "once the coordinator" not in planner
    no_group = empty_day_text(LessonDay(True, False, 0, held=0, planned=0, unplanned=0))
    assert "not the teacher or specialist of any group" in no_group
    assert "give no lessons" in empty_day_text(LessonDay(False, True, 0, 0, 0, 0))
