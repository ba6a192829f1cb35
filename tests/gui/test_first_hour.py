"""What new users hit in their first hour (issue: the first hour of a coordinator and a duo)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from wishdesk.gui import screen_fit
from wishdesk.gui.controller import make_context
from wishdesk.gui.dialogs.setup_dialogs import SchoolDialog
from wishdesk.gui.dialogs.setup_staff_dialog import StaffDialog


def _school_dialog(qtbot, db):  # noqa: ANN001, ANN202
    from wishdesk.gui.dialogs.setup_dialogs import school_crud

    ctx = make_context(db)
    dialog = SchoolDialog(ctx, school_crud(ctx), None, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_new_record_dialog_types_into_the_first_field(qtbot, empty_db) -> None:  # noqa: ANN001
    """Typing a school name with spaces fills the name; it used to press Save at the first space."""
    dialog = _school_dialog(qtbot, empty_db)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.form.first_field()
    qtbot.keyClicks(QApplication.focusWidget(), "IKC De Regenboog")
    assert dialog.form.first_field().text() == "IKC De Regenboog"
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted


def test_a_validation_message_goes_once_the_field_is_fixed(qtbot, empty_db) -> None:  # noqa: ANN001
    dialog = _school_dialog(qtbot, empty_db)
    dialog.accept()  # empty name
    key = next(k for k, w in dialog.form.fields.items() if w is dialog.form.first_field())
    assert dialog.form.error_text(key)
    qtbot.keyClicks(dialog.form.first_field(), "De Regenboog")
    assert dialog.form.error_text(key) == ""


def test_lesson_days_are_school_days_and_not_cut_off(qtbot, empty_db) -> None:  # noqa: ANN001
    from wishdesk.gui.widgets.form_windows import WindowsEditor

    editor = WindowsEditor("Lesson times", "none")
    qtbot.addWidget(editor)
    editor.add_default_row()
    editor.show()
    day = editor.rows[0].day
    assert [day.itemText(i) for i in range(day.count())] == ["Monday", "Tuesday", "Wednesday", "Thursday",
                                                             "Friday"]
    widest = max(day.fontMetrics().horizontalAdvance(day.itemText(i)) for i in range(day.count()))
    assert day.width() >= widest + 16


def test_no_window_opens_larger_than_the_screen(qtbot, demo_db) -> None:  # noqa: ANN001
    from wishdesk.gui.main_window import MainWindow

    app = QApplication.instance()
    screen_fit.install(app)
    try:
        window = MainWindow(make_context(demo_db))
        qtbot.addWidget(window)
        window.resize(5000, 4000)
        window.show()
        qtbot.waitExposed(window)
        area = screen_fit.available_area(window)
        assert window.frameGeometry().width() <= area.width()
        assert window.frameGeometry().height() <= area.height()
        assert area.contains(window.frameGeometry().topLeft())
    finally:
        screen_fit.uninstall(app)


def test_staff_dialog_focus_is_in_the_name(qtbot, empty_db) -> None:  # noqa: ANN001
    from wishdesk.gui.dialogs.setup_staff_dialog import staff_crud

    ctx = make_context(empty_db)
    dialog = StaffDialog(ctx, staff_crud(ctx), None, [], [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(QApplication.focusWidget(), "Anja de Vries")
    assert dialog.form.first_field().text() == "Anja de Vries"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


def test_closing_a_concern_with_typed_text_asks_first(qtbot, monkeypatch) -> None:  # noqa: ANN001
    from datetime import date

    from wishdesk.gui.dialogs.concern_edit import ConcernDialog, PupilChoice

    dialog = ConcernDialog([PupilChoice(1, "Sanne", None)], pupil_id=1, today=date(2026, 12, 7))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.observation, "Zat alleen in de pauze.")
    monkeypatch.setattr(ConcernDialog, "discard_answer", False)
    dialog.reject()
    assert dialog.isVisible() and dialog.observation.toPlainText() == "Zat alleen in de pauze."
    monkeypatch.setattr(ConcernDialog, "discard_answer", True)
    dialog.reject()
    assert not dialog.isVisible()


def test_enter_in_the_page_number_only_turns_the_page(qtbot, demo_db) -> None:  # noqa: ANN001
    from wishdesk.gui.widgets.pdf_preview import _PageBox

    box = _PageBox()
    qtbot.addWidget(box)
    box.setRange(1, 9)
    box.show()
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "3")
    event_passed: list[bool] = []
    from PySide6.QtGui import QKeyEvent

    event = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    box.keyPressEvent(event)
    event_passed.append(not event.isAccepted())
    assert box.value() == 3 and event_passed == [False]


def test_parents_page_opens_on_the_signed_in_persons_group(qtbot, demo_db) -> None:  # noqa: ANN001
    from datetime import date

    from tests.core.test_sessions import plan_group
    from wishdesk.gui.pages.parents import ParentsPage

    plan = plan_group(demo_db, today=date.today(), index=2)
    ctx = make_context(demo_db)
    ctx.set_person(plan.teacher_id)
    page = ParentsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.group().id == plan.group_id


def test_an_empty_database_shows_the_guided_start(qtbot, empty_db) -> None:  # noqa: ANN001
    from wishdesk.gui.main_window import MainWindow

    window = MainWindow(make_context(empty_db))
    qtbot.addWidget(window)
    window.show()
    today = window.pages["today"]
    panel = today.getting_started
    assert today.start_area.isVisible() and "to do" in panel.ticks["school_year"].text()
    assert panel.buttons["school_year"].isDefault()
    qtbot.mouseClick(panel.buttons["groups"], Qt.MouseButton.LeftButton)
    assert window.current_page() is window.pages["groups"]


def test_the_demo_hides_the_guided_start_once_done(qtbot, demo_db) -> None:  # noqa: ANN001
    from wishdesk.gui.main_window import MainWindow

    window = MainWindow(make_context(demo_db))  # the test demo is unplanned: plan and print still to do
    qtbot.addWidget(window)
    window.show()
    panel = window.pages["today"].getting_started
    assert window.pages["today"].start_area.isVisible() and "done" in panel.ticks["pupils"].text()
    assert panel.buttons["plan"].isDefault()


def test_last_time_says_when_it_comes_from_the_other_half(qtbot, demo_db) -> None:  # noqa: ANN001
    from datetime import date

    from tests.core.test_sessions import plan_group
    from wishdesk.core.services import reflections, sessions
    from wishdesk.gui.pages.today import load_bundle
    from wishdesk.gui.widgets.today_plan import LessonPlanBrowser

    plan = plan_group(demo_db, today=date.today(), split=True)
    rows = sessions.group_sessions(demo_db, plan.group_id)
    boys1 = next(r for r in rows if r.subgroup == "boys" and r.lesson_number == 1)
    girls2 = next(r for r in rows if r.subgroup == "girls" and r.lesson_number == 2)
    sessions.mark_held(demo_db, boys1.id, today=date.today())
    reflections.save_reflection(demo_db, boys1.id, plan.teacher_id, "Goed geoefend", "", 4)
    browser = LessonPlanBrowser()
    qtbot.addWidget(browser)
    browser.show_bundle(load_bundle(demo_db, girls2.id))
    assert "Goed geoefend" in browser.toPlainText()
    assert "from the lesson of the boys" in browser.toPlainText()
