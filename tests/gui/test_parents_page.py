"""The Ouders page: plan a parent evening, record who came with the keyboard, record return slips, and hand
the invitation data to the printing hook. Every edit can be undone."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wishdesk.core.services import directory, parent_events
from wishdesk.core.services.parent_events import ParentEventRecord
from wishdesk.gui.context import AppContext
from wishdesk.gui.operations import Operations
from wishdesk.gui.pages.parents import ParentsPage


@pytest.fixture
def page(qtbot, demo_db):  # noqa: ANN001, ANN201
    widget = ParentsPage(AppContext(db=demo_db, ops=Operations()))
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def _evening(group: directory.GroupRow) -> ParentEventRecord:
    return ParentEventRecord(0, "parent_evening", group.school_id, group.id, date(2026, 10, 6), time(19, 0),
                             time(20, 30), "Aula", "Ouderavond weerbaarheid", None)


def test_parent_evening_attendance_with_the_keyboard(qtbot, page, demo_db, inline_operations) -> None:  # noqa: ANN001
    group = directory.list_groups(demo_db)[1]
    page.select_group(group.id)
    assert page.group().id == group.id and page.events.rowCount() == 0
    page.create_event(_evening(group))
    [event_id] = [e.id for e in parent_events.list_parent_events(demo_db, group_id=group.id)]
    assert page.selected_event().id == event_id
    families = parent_events.event_families(demo_db, event_id)
    table = page.families.table
    assert table.rowCount() == len(families)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Space)  # the first family came
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # and the third
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    view = parent_events.get_parent_event(demo_db, event_id)
    assert (view.families_present, view.attendance_recorded) == (2, True)
    assert page.events.row_at(0).families_present == 2
    assert not inline_operations
    page.ctx.undo_stack.undo()
    assert not parent_events.get_parent_event(demo_db, event_id).attendance_recorded
    page.ctx.undo_stack.undo()  # the event itself
    assert parent_events.list_parent_events(demo_db, group_id=group.id) == []
    page.ctx.undo_stack.redo()
    assert [e.id for e in parent_events.list_parent_events(demo_db, group_id=group.id)] == [event_id]


def test_return_slips_two_way(qtbot, page, demo_db) -> None:  # noqa: ANN001
    group = directory.list_groups(demo_db)[0]
    page.select_group(group.id)
    page.tabs.setCurrentIndex(1)
    assert page.lesson_box.count() == 8
    template_id = page.lesson_box.currentData()
    table = page.slips.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Space)  # first family: done
    qtbot.keyClicks(table, "F")  # typing goes into the comment
    editor = QApplication.focusWidget()
    assert editor is not table
    qtbot.keyClicks(editor, "ijn gesprek gehad")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # second family: not done
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    slips = parent_events.return_slips(demo_db, group.id, template_id)
    assert [(s.status, s.comment) for s in slips[:3]] == [("done", "Fijn gesprek gehad"), ("not_done", ""), (None, "")]
    page.ctx.undo_stack.undo()
    assert all(s.status is None for s in parent_events.return_slips(demo_db, group.id, template_id))


def test_print_hooks_emit_plain_data(qtbot, page, demo_db) -> None:  # noqa: ANN001
    group = directory.list_groups(demo_db)[0]
    page.select_group(group.id)
    page.create_event(_evening(group))
    with qtbot.waitSignal(page.invitations_requested) as invited:
        qtbot.mouseClick(page.invite_button, Qt.MouseButton.LeftButton)
    assert invited.args == [page.selected_event().id]
    page.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(page.handouts_requested) as handouts:
        qtbot.mouseClick(page.handout_button, Qt.MouseButton.LeftButton)
    assert handouts.args == [group.id, page.lesson_box.currentData()]


def test_invitation_without_date_gives_a_dutch_message(qtbot, page, demo_db, inline_operations) -> None:  # noqa: ANN001
    group = directory.list_groups(demo_db)[0]
    page.select_group(group.id)
    record = ParentEventRecord(0, "walk_in", group.school_id, None, None, None, None, None, "Inloop", None)
    page.create_event(record)
    assert page.events.row_at(0).group_name is None  # for the whole school
    from wishdesk.gui.wiring import show_invitations

    page.invitations_requested.connect(lambda event_id: show_invitations(page.ctx, page, event_id))
    page.print_invitations()
    assert inline_operations and "datum" in inline_operations[-1]
