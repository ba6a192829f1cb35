"""The main window shell and the Groepen page, driven as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wishdesk.core.services import directory


def test_title_navigation_and_status(window) -> None:  # noqa: ANN001
    assert "WIsH Desk" in window.windowTitle()
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert len(labels) == 7
    assert str(window.ctx.db.location.path) in window.db_label.text()
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "Edit", "Settings", "Manage", "Help"]
    assert window.stack.currentWidget() is window.pages["today"]  # a lesson day starts on Vandaag
    assert window.print_handouts_action in window.file_menu.actions()


def test_ctrl_number_switches_pages(window, qtbot) -> None:  # noqa: ANN001
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["lessons"]
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["groups"]


def test_groups_page_shows_real_pupils(window, qtbot) -> None:  # noqa: ANN001
    window.show_page("groups")
    page = window.pages["groups"]
    groups = directory.list_groups(window.ctx.db)
    assert page.proxy.rowCount() == len(groups)
    page.select_group(groups[1].id)
    pupils = directory.list_pupils(window.ctx.db, groups[1].id)
    assert page.pupils.rowCount() == len(pupils)
    names = {page.pupils.index(r, 0).data() for r in range(page.pupils.rowCount())}
    assert names == {p.first_name for p in pupils}
    assert groups[1].name in page.pupil_title.text()


def test_filter_narrows_groups(window, qtbot) -> None:  # noqa: ANN001
    window.show_page("groups")
    page = window.pages["groups"]
    school = directory.list_groups(window.ctx.db)[0].school
    qtbot.keyClicks(page.filter, school)
    assert page.proxy.rowCount() >= 1
    assert all(page.proxy.index(r, 0).data() == school for r in range(page.proxy.rowCount()))


def test_lessons_page_shows_plan(window, qtbot) -> None:  # noqa: ANN001
    window.show_page("lessons")
    page = window.pages["lessons"]
    assert page.lessons.rowCount() == 8
    page.view.selectRow(2)
    html = page.detail.toPlainText()
    assert page.lessons.row_at(2).title in html


def test_invitations_from_the_parents_page_open_a_pdf_preview(window, qtbot) -> None:  # noqa: ANN001
    from datetime import date, time

    from wishdesk.core.services.parent_events import ParentEventRecord, create_parent_event
    from wishdesk.gui.dialogs.pdf_dialog import PdfDialog

    group = directory.list_groups(window.ctx.db)[0]
    event_id = create_parent_event(window.ctx.db, ParentEventRecord(
        0, "parent_evening", group.school_id, group.id, date(2026, 9, 15), time(19, 0), time(20, 30),
        "Aula", "Ouderavond weerbaarheid", None))
    window.show_page("parents")
    window.pages["parents"].invitations_requested.emit(event_id)
    dialogs = [d for d in window.findChildren(PdfDialog) if d.objectName() == "invitationsDialog"]
    families = {tuple(sorted(g.id for g in p.guardians)) for p in directory.list_pupils(window.ctx.db, group.id)}
    assert dialogs and dialogs[-1].preview.page_count() == len(families)  # one letter per family


def test_ctrl_p_opens_on_the_signed_in_teachers_group(window, qtbot) -> None:  # noqa: ANN001
    from datetime import date, time

    from sqlalchemy import select

    from wishdesk.core.models import Session
    from wishdesk.core.services.sessions import ensure_all_sessions
    from wishdesk.gui.dialogs.handouts import HandoutsDialog

    group = directory.list_groups(window.ctx.db)[2]
    ensure_all_sessions(window.ctx.db, [group.id])
    with window.ctx.db.write() as s:
        first = s.scalars(select(Session).where(Session.group_id == group.id).order_by(Session.id)).first()
        first.date, first.start_time, first.end_time, first.status = date.today(), time(9), time(10, 30), "planned"
    teacher_id = next(p.id for p in directory.list_staff(window.ctx.db) if p.name == group.teachers[0])
    window.ctx.set_person(teacher_id)
    window.print_handouts_action.trigger()
    dialog = [d for d in window.findChildren(HandoutsDialog)][-1]
    assert dialog.group.currentData() == group.id
