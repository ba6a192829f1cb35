"""A lesson dragged on the Planning page carries the version shown on screen: when a colleague changed it in
between (a second real connection to the same SQLite file or PostgreSQL database), the drop is refused with
the same Dutch message as the move dialog, nothing of theirs is lost, and the page shows the plan as it is."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.core.test_planning_service import plan_now
from tests.gui.test_stale_edit import stale_dialog, two_clients  # noqa: F401 - the fixture
from wishdesk.core.services import sessions
from wishdesk.gui.context import AppContext
from wishdesk.gui.operations import Operations
from wishdesk.gui.pages.planning import PlanningPage


def _page(qtbot, db, day) -> PlanningPage:  # noqa: ANN001
    page = PlanningPage(AppContext(db=db, ops=Operations()), today=lambda: day)
    qtbot.addWidget(page)
    page.resize(1300, 820)
    page.show()
    qtbot.waitExposed(page)
    return page


def _drag(qtbot, page: PlanningPage, key: str, onto: str) -> None:  # noqa: ANN001 - with the mouse
    grab = page.week.block_rect(key).topLeft().toPoint() + QPoint(10, 5)
    drop = page.week.block_rect(onto).topLeft().toPoint() + QPoint(10, 5)
    qtbot.mousePress(page.week, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(page.week, grab + QPoint(0, 20))
    qtbot.mouseMove(page.week, drop)
    qtbot.mouseRelease(page.week, Qt.MouseButton.LeftButton, pos=drop)


def _shown_lessons(qtbot, page: PlanningPage, mine_db):  # noqa: ANN001, ANN202 - (lesson, drop target)
    lessons = [i for i in page.week.items if i.kind == "lesson" and i.status == "planned"]
    first = lessons[0]
    target = next(i for i in lessons if i.start.date() != first.start.date())
    assert first.version == sessions.get_session(mine_db, int(first.key[1:])).version  # read with the week
    return first, target


@pytest.mark.parametrize("choice", ["theirs", "mine", "closed"])
def test_a_lesson_moved_by_a_colleague_meanwhile_is_not_dragged_over(qtbot, two_clients, inline_operations,  # noqa: ANN001, F811
                                                                      choice: str) -> None:
    mine_db, their_db = two_clients
    plan_now(mine_db, use_cp=False)
    with mine_db.session() as s:
        from sqlalchemy import select

        from wishdesk.core.models import Session
        day = s.scalar(select(Session.date).where(Session.date.is_not(None)).order_by(Session.date))
    page = _page(qtbot, mine_db, day)
    page.by_combo.setCurrentIndex(page.by_combo.findData("all"))
    lesson, target = _shown_lessons(qtbot, page, mine_db)
    session_id = int(lesson.key[1:])
    # the colleague moves the lesson to 11:00 on its day while my screen still shows it at its old time
    sessions.move_session(their_db, session_id, lesson.start.date(), time(11, 0), version=lesson.version)
    undo_before = page.ctx.history.undo_count()

    _drag(qtbot, page, lesson.key, target.key)
    shown = stale_dialog()
    message = shown.findChild(type(page.message), "staleMessage").text()
    assert message.startswith("Iemand anders heeft deze les") and "niet bewaard" in message
    now = sessions.get_session(mine_db, session_id)
    assert (now.date, now.start_time) == (lesson.start.date(), time(11, 0))  # theirs stands, nothing of mine
    if choice == "theirs":
        shown.theirs_button.click()
    elif choice == "mine":
        shown.mine_button.click()
    else:
        shown.reject()
    now = sessions.get_session(mine_db, session_id)
    if choice == "mine":  # after seeing both: my drop, as one undoable edit
        assert (now.date, now.start_time) == (target.start.date(), target.start.time())
        assert page.ctx.history.undo_count() == undo_before + 1
    else:
        assert (now.date, now.start_time) == (lesson.start.date(), time(11, 0))
        assert page.ctx.history.undo_count() == undo_before
    shown_now = page.week.item(lesson.key)  # the page reloaded: the lesson as stored, with its new version
    assert shown_now is not None and shown_now.start.time() == now.start_time and shown_now.version == now.version
    assert inline_operations == []
