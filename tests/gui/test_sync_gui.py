"""Done-when of issue 14: attendance recorded offline in the GUI (Vandaag page) on one laptop copy reaches the
team server with a sync and a second laptop copy sees it after its own sync."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from tests.sync.helpers import make_replica, open_replica, sync
from tests.team.conftest import PEOPLE, TeamDb, team_db, team_owner, team_template  # noqa: F401 - fixtures
from wishdesk.core.identity import database_id
from wishdesk.core.models import Group, Session, group_teacher
from wishdesk.gui import settings
from wishdesk.gui.context import AppContext
from wishdesk.gui.operations import Operations
from wishdesk.gui.pages.today import ATTENDANCE, TodayPage


def _lesson_today(db, teacher_id: int) -> tuple[int, str]:  # noqa: ANN001
    """Give the teacher's group lesson 3 today (a local, offline change); returns (session id, its gid)."""
    today = date.today()
    with db.write() as s:
        group_id = s.scalars(select(group_teacher.c.group_id).where(group_teacher.c.staff_id == teacher_id)).first()
        group = s.get(Group, group_id)
        rows = sorted(s.scalars(select(Session).where(Session.group_id == group.id, Session.subgroup == "all")),
                      key=lambda r: r.template.number)
        for row in rows:
            row.date = today + timedelta(weeks=row.template.number - 3)
            row.start_time, row.end_time, row.status = time(8, 30), time(10, 0), "planned"
        lesson = next(r for r in rows if r.template.number == 3)
        return lesson.id, lesson.gid


def _marks(db, session_gid: str) -> dict[str, bool]:  # noqa: ANN001
    with db.engine.connect() as conn:
        return {name: bool(present) for name, present in conn.exec_driver_sql(
            "SELECT p.first_name, a.present FROM attendance a JOIN session s ON s.id = a.session_id "
            "JOIN pupil p ON p.id = a.pupil_id WHERE s.gid = ?", (session_gid,))}


def test_attendance_recorded_offline_reaches_the_other_laptop(qtbot, team_db: TeamDb, tmp_path: Path,  # noqa: ANN001, F811
                                                              inline_operations) -> None:  # noqa: ANN001
    a = make_replica(team_db, "teacher1", tmp_path / "a.sqlite")
    b = make_replica(team_db, "teacher1b", tmp_path / "b.sqlite")
    db = open_replica(a)
    try:
        session_id, session_gid = _lesson_today(db, PEOPLE["teacher1"])
        settings.forget_database(database_id(db))
        page = TodayPage(AppContext(db=db, ops=Operations(), staff_id=PEOPLE["teacher1"],
                                    database_id=database_id(db)))
        qtbot.addWidget(page)
        page.resize(1300, 850)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        assert page.current_session().id == session_id
        qtbot.mouseClick(page.held_button, Qt.MouseButton.LeftButton)
        assert page.inner.currentIndex() == ATTENDANCE
        table = page.attendance.view
        assert table.hasFocus()
        qtbot.keyClick(table, Qt.Key.Key_Down)
        qtbot.keyClick(table, Qt.Key.Key_Space)  # the second pupil is absent
        qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        absent = page.attendance.model.rows()[1]
        assert not inline_operations
        page.close()
        settings.forget_database(database_id(db))
        recorded = _marks(db, session_gid)
    finally:
        db.close()
    assert sync(a).pushed > 0
    sync(b)
    other = open_replica(b)
    try:
        seen = _marks(other, session_gid)
        with other.engine.connect() as conn:
            status = conn.exec_driver_sql("SELECT status FROM session WHERE gid = ?", (session_gid,)).scalar()
    finally:
        other.close()
    assert status == "held" and seen == recorded and not recorded[absent.first_name]
