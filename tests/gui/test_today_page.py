"""A lesson day on the Vandaag page, driven with the keyboard as a teacher would."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from tests.core.test_sessions import plan_group
from wishdesk.core.identity import database_id
from wishdesk.core.services import attendance, concerns, directory, meetings, reflections, sessions
from wishdesk.core.services.meetings import Attendee, MeetingRecord
from wishdesk.gui import settings
from wishdesk.gui.context import AppContext
from wishdesk.gui.dialogs.concern_edit import ConcernDialog, ConcernInput, PupilChoice
from wishdesk.gui.dialogs.concern_purge import PurgeDialog
from wishdesk.gui.dialogs.whoami import WhoAmIDialog
from wishdesk.gui.operations import Operations
from wishdesk.gui.pages.today import ATTENDANCE, CONCERNS, MEETINGS, REFLECTION, TODO, TodayPage
from wishdesk.gui.widgets.attendance_table import REASON

TODAY = date.today()  # the page runs on the real clock; the lessons are planned around it


@pytest.fixture
def lesson_day(demo_db):  # noqa: ANN001, ANN201
    plan = plan_group(demo_db, today=TODAY)
    settings.forget_database(database_id(demo_db))
    yield plan
    settings.forget_database(database_id(demo_db))


def _page(qtbot, db, staff_id: int | None) -> TodayPage:  # noqa: ANN001
    page = TodayPage(AppContext(db=db, ops=Operations(), staff_id=staff_id, database_id=database_id(db)))
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def test_asks_who_you_are_and_remembers_it(qtbot, demo_db, lesson_day) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_db, None)
    assert page.lessons_stack.currentIndex() == 0 and page.choose_button.isVisible()
    staff = directory.list_staff(demo_db)
    dialog = WhoAmIDialog(staff)
    qtbot.addWidget(dialog)
    teacher = next(p for p in staff if p.id == lesson_day.teacher_id)
    qtbot.keyClicks(dialog.filter, teacher.name)
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen == teacher.id
    page.set_staff(teacher.id)
    assert page.ctx.staff_id == teacher.id and page.lessons_stack.currentIndex() == 1
    assert teacher.name in page.me.text()


def test_walk_a_lesson_day(qtbot, demo_db, lesson_day, inline_operations) -> None:  # noqa: ANN001
    plan = lesson_day
    page = _page(qtbot, demo_db, plan.teacher_id)
    today_session = plan.session_ids[2]
    # Vandaag opens on today's lesson, with its plan and who leads each step
    assert page.current_session().id == today_session
    assert len(page.list.rows()) >= 3
    assert "Les 3" in page.session_title.text() or "Lesson 3" in page.session_title.text()
    plan_text = page.plan.toPlainText()
    assert page.bundle.plan.steps[0].title in plan_text
    assert page.held_button.isEnabled()

    # mark it held: the attendance table gets the keyboard focus
    qtbot.mouseClick(page.held_button, Qt.MouseButton.LeftButton)
    assert sessions.get_session(demo_db, today_session).status == "held"
    assert page.inner.currentIndex() == ATTENDANCE
    assert not page.held_button.isEnabled()  # the page reloaded the lesson
    table = page.attendance.view
    assert table.hasFocus()

    # attendance with the keyboard: everyone present by default; Down, Space marks the second pupil absent,
    # typing gives the third pupil a reason (which makes them absent); Ctrl+Enter saves
    rows = page.attendance.model.rows()
    assert all(r.present for r in rows)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClicks(table, "z")  # typing on a row starts its reason
    editor = QApplication.focusWidget()
    assert editor is not table
    qtbot.keyClicks(editor, "iek")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert table.currentIndex().column() == REASON
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = {r.pupil_id: r for r in attendance.session_attendance(demo_db, today_session)}
    assert all(r.recorded for r in saved.values())
    assert not saved[rows[1].pupil_id].present and saved[rows[1].pupil_id].reason == ""
    assert (saved[rows[2].pupil_id].present, saved[rows[2].pupil_id].reason) == (False, "ziek")
    assert sum(not r.present for r in saved.values()) == 2
    assert not inline_operations

    # the reflection, saved with Ctrl+Enter
    page.inner.setCurrentIndex(REFLECTION)
    page.reflection.went_well.setFocus()
    qtbot.keyClicks(page.reflection.went_well, "De kinderen stonden stevig.")
    qtbot.keyClicks(page.reflection.change_next, "Meer tijd voor het rollenspel.")
    page.reflection.climate.setCurrentIndex(page.reflection.climate.findData(4))
    qtbot.keyClick(page.reflection.went_well, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved_reflection = reflections.session_reflection(demo_db, today_session)
    assert (saved_reflection.went_well, saved_reflection.climate) == ("De kinderen stonden stevig.", 4)
    assert saved_reflection.author_id == plan.teacher_id
    # ... and the next lesson of this group shows it to the duo before it starts
    page.select_session(plan.session_ids[3])
    assert "Meer tijd voor het rollenspel." in page.plan.toPlainText()

    # a concern about a pupil: visible to the teacher and the school's care coordinator only
    pupil = rows[0]
    page.concerns.record(ConcernInput(pupil.pupil_id, TODAY, "wellbeing", "Huilde bij de oefening.",
                                      "care_coordinator", TODAY + timedelta(weeks=6), False))
    [concern_id] = [c.id for c in concerns.visible_concerns(demo_db, plan.teacher_id)]
    page.tabs.setCurrentIndex(CONCERNS)
    assert [r.pupil_name for r in page.concerns.model.rows()] == [pupil.first_name]

    # every step can be undone (on the write lane, like any edit), and redone
    stack = page.ctx.history
    steps = stack.undo_count()
    assert steps == 4  # held, attendance, reflection, concern
    while stack.canUndo():
        stack.undo()
    assert sessions.get_session(demo_db, today_session).status == "planned"
    assert not attendance.has_attendance(demo_db, today_session)
    assert reflections.session_reflection(demo_db, today_session) is None
    assert concerns.visible_concerns(demo_db, plan.teacher_id) == []
    while stack.canRedo():
        stack.redo()
    assert sessions.get_session(demo_db, today_session).status == "held"
    assert [c.id for c in concerns.visible_concerns(demo_db, plan.teacher_id)] == [concern_id]

    # someone else signs in: the history is theirs now (empty), and the concern is visible to the school's
    # care coordinator only
    coordinator = concerns.get_concern(demo_db, plan.teacher_id, concern_id).care_coordinator
    coordinator_id = next(p.id for p in directory.list_staff(demo_db) if p.name == coordinator)
    for viewer, expected in ((coordinator_id, [concern_id]), (plan.specialist_id, []),
                             (plan_group(demo_db, today=TODAY, index=1).teacher_id, [])):
        page.set_staff(viewer)
        assert not stack.canUndo() and not stack.canRedo() and stack.count() == 0
        assert [r.id for r in page.concerns.model.rows()] == expected
    assert not inline_operations


def test_cancel_returns_lesson_to_planning_and_undo(qtbot, demo_db, lesson_day, inline_operations) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_db, lesson_day.specialist_id)
    target = lesson_day.session_ids[3]
    page.select_session(target)
    page.apply_cancel(target, "  ")  # no reason: a Dutch message, nothing changed
    assert inline_operations and "reden" in inline_operations[-1]
    assert sessions.get_session(demo_db, target).status == "planned" and not page.ctx.history.canUndo()
    page.apply_cancel(target, "Specialist ziek")
    view = sessions.get_session(demo_db, target)
    assert (view.status, view.date) == ("unplanned", None)
    assert target not in [r.id for r in page.list.rows()]
    page.ctx.undo_stack.undo()
    assert sessions.get_session(demo_db, target).status == "planned"
    page.ctx.undo_stack.redo()
    assert sessions.get_session(demo_db, target).cancel_reason == "Specialist ziek"


def test_todo_lists_and_opens_what_is_left(qtbot, demo_db, lesson_day) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_db, lesson_day.teacher_id)
    sessions.mark_held(demo_db, lesson_day.session_ids[0], today=TODAY)
    page.refresh()
    page.tabs.setCurrentIndex(TODO)
    kinds = [(r.kind, r.lesson_number) for r in page.todo.model.rows()]
    assert kinds == [("unrecorded", 2), ("attendance", 1), ("reflection", 1)]
    page.todo.view.setFocus()
    page.todo.view.selectRow(1)
    qtbot.keyClick(page.todo.view, Qt.Key.Key_Return)
    assert page.tabs.currentIndex() == 0 and page.current_session().id == lesson_day.session_ids[0]
    assert page.inner.currentIndex() == ATTENDANCE


def test_reflection_draft_survives_a_crash(qtbot, demo_db, lesson_day) -> None:  # noqa: ANN001
    sessions.mark_held(demo_db, lesson_day.session_ids[2], today=TODAY)
    page = _page(qtbot, demo_db, lesson_day.teacher_id)
    page.inner.setCurrentIndex(REFLECTION)
    qtbot.keyClicks(page.reflection.went_well, "Half af")
    page.reflection.store_draft()  # what the timer does after a pause in typing
    page.close()
    again = _page(qtbot, demo_db, lesson_day.teacher_id)  # "after the crash"
    assert again.reflection.went_well.toPlainText() == "Half af"
    assert "Draft" in again.reflection.state.text() or "Concept" in again.reflection.state.text()
    again.inner.setCurrentIndex(REFLECTION)
    again.reflection.went_well.setFocus()
    qtbot.keyClick(again.reflection.went_well, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert reflections.session_reflection(demo_db, lesson_day.session_ids[2]).went_well == "Half af"
    assert settings.draft(again.ctx.database_id, lesson_day.session_ids[2]) == ""


def test_intervision_hours_and_undo(qtbot, demo_db, lesson_day, inline_operations) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_db, lesson_day.teacher_id)
    page.tabs.setCurrentIndex(MEETINGS)
    record = MeetingRecord(0, "intervision", TODAY, time(14, 0), time(16, 0), None, "Kantoor", "Casus",
                           (Attendee(lesson_day.teacher_id, hours=2.0), Attendee(lesson_day.specialist_id, hours=1.5)))
    page.meetings.create(record)
    assert page.meetings.model.rowCount() == 1 and "2" in page.meetings.register.text()
    assert meetings.hours_register(demo_db, lesson_day.specialist_id).total == 1.5
    page.ctx.undo_stack.undo()
    assert page.meetings.model.rowCount() == 0
    page.ctx.undo_stack.redo()
    assert meetings.hours_register(demo_db, lesson_day.teacher_id).total == 2.0
    assert not inline_operations


def test_purge_dialog_lists_what_goes(qtbot, demo_db, lesson_day) -> None:  # noqa: ANN001
    pupil = directory.list_pupils(demo_db, lesson_day.group_id)[0]
    old = concerns.record_concern(demo_db, lesson_day.teacher_id, pupil.id, date(2024, 9, 2), "other",
                                  "Oud signaal.", review_date=None)
    items = concerns.purge_preview(demo_db, TODAY, lesson_day.teacher_id)
    dialog = PurgeDialog(items, concerns.retention_years(demo_db))
    qtbot.addWidget(dialog)
    assert dialog.confirmed_ids() == [old]
    assert dialog.model.index(0, 2).data() == pupil.first_name
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.show_items([])
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_concern_dialog_says_who_sees_it_and_checks_input(qtbot) -> None:  # noqa: ANN001
    choices = [PupilChoice(1, "Sanne (Groep 6A)", "Anja de Vries"), PupilChoice(2, "Omar (Groep 6B)", None)]
    dialog = ConcernDialog(choices, pupil_id=1, today=date(2026, 11, 4))
    qtbot.addWidget(dialog)
    assert "Anja de Vries" in dialog.privacy.text()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.message.text()
    qtbot.keyClicks(dialog.observation, "Zei dat niemand naast hem wilde zitten.")
    dialog.pupil.setCurrentIndex(1)
    assert "Anja" not in dialog.privacy.text()
    dialog.accept()
    value = dialog.value()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (value.pupil_id, value.category, value.follow_up) == (2, "wellbeing", "none")
    assert value.review_date == date(2026, 11, 4) + timedelta(weeks=6)
