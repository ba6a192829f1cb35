"""The Inrichting page driven as a coordinator would: create, edit, delete (or archive) and undo school
years, schools, staff, organisations and partner-map entries; validation beside the field; every widget
named; the page fits a school laptop at 150 % font size."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from wishdesk.core.services import partners, setup_schools, setup_staff, setup_years
from wishdesk.gui.context import AppContext
from wishdesk.gui.operations import Operations
from wishdesk.gui.pages.setup import SetupPage

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)


def unnamed(root: QWidget) -> list[str]:
    """Focusable widgets a screen reader could not name (same rule as tests/gui/test_accessibility.py)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if not widget.isVisibleTo(root) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox | QAbstractItemView):
            continue
        text = widget.text().replace("&", "").strip() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(root).__name__}")
    return missing


def answer(label: str) -> None:
    """Press the button ``label`` of the next modal question (run before the click that asks it)."""
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        next(b for b in box.buttons() if b.text() == label).click()

    QTimer.singleShot(0, press)


@pytest.fixture
def page(qtbot, demo_db):  # noqa: ANN001, ANN201
    widget = SetupPage(AppContext(db=demo_db, ops=Operations()))
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _names(record_list) -> list[str]:  # noqa: ANN001
    return [record_list.model.index(r, 0).data() for r in range(record_list.model.rowCount())]


def test_school_create_validate_edit_delete_undo(page, qtbot, inline_operations) -> None:  # noqa: ANN001
    lst, stack = page.schools, page.ctx.undo_stack
    page.tabs.setCurrentWidget(lst)
    lst.new_button.click()
    dialog = page.dialog
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.form.error_text("name") == "Vul de naam van de school in."
    qtbot.keyClicks(dialog.name, "OBS De Linde")
    qtbot.keyClicks(dialog.town, "Vught")
    dialog.windows.add_default_row()
    dialog.windows.rows[0].end.setTime(dialog.windows.rows[0].start.time().addSecs(-3600))
    dialog.save_button.click()
    assert "eindtijd niet na de begintijd" in dialog.form.error_text("lesson_windows")
    dialog.windows.remove_row(dialog.windows.rows[0])
    dialog.windows.add_row(2, time(9, 0), time(11, 30))
    dialog.save_button.click()
    assert not dialog.isVisible()
    made = next(s for s in setup_schools.list_schools(page.ctx.db) if s.name == "OBS De Linde")
    assert "OBS De Linde" in _names(lst) and made.data.lesson_windows == ((2, time(9, 0), time(11, 30)),)
    assert lst.current().id == made.id

    lst.edit_button.click()
    page.dialog.town.setText("Den Bosch")
    page.dialog.save_button.click()
    assert setup_schools.get_school(page.ctx.db, made.id).data.town == "Den Bosch"
    stack.undo()
    assert setup_schools.get_school(page.ctx.db, made.id).data.town == "Vught"
    stack.redo()
    assert setup_schools.get_school(page.ctx.db, made.id).data.town == "Den Bosch"

    lst.select_id(made.id)
    answer("Delete")
    lst.delete_button.click()
    assert "OBS De Linde" not in _names(lst)
    stack.undo()
    assert setup_schools.get_school(page.ctx.db, made.id).name == "OBS De Linde"
    assert "OBS De Linde" in _names(lst)
    stack.undo()  # the edit
    stack.undo()  # the creation
    assert "OBS De Linde" not in _names(lst)
    assert inline_operations == []


def test_school_in_use_is_archived_then_restored(page, qtbot, inline_operations) -> None:  # noqa: ANN001
    lst = page.schools
    school = setup_schools.list_schools(page.ctx.db)[0]
    lst.select_id(school.id)
    answer("Archive")
    lst.delete_button.click()
    assert school.name not in _names(lst)
    assert setup_schools.get_school(page.ctx.db, school.id).archived
    lst.show_archived.setChecked(True)
    assert lst.select_id(school.id) and lst.current().archived
    assert lst.delete_button.text() == "Restore from archive"
    lst.delete_button.click()
    assert not setup_schools.get_school(page.ctx.db, school.id).archived
    page.ctx.undo_stack.undo()
    assert setup_schools.get_school(page.ctx.db, school.id).archived
    page.ctx.undo_stack.undo()
    assert not setup_schools.get_school(page.ctx.db, school.id).archived
    assert inline_operations == []


def test_year_create_undo_redo_and_edit(page, inline_operations) -> None:  # noqa: ANN001
    lst = page.years
    page.tabs.setCurrentWidget(lst)
    lst.new_button.click()
    assert page.dialog.start_year.value() == 2027
    page.dialog.save_button.click()
    assert "2027-2028" in _names(lst)
    made = next(y for y in setup_years.list_years(page.ctx.db) if y.name == "2027-2028")
    assert made.curriculum_id is not None and made.calendar
    page.ctx.undo_stack.undo()
    assert "2027-2028" not in _names(lst)
    page.ctx.undo_stack.redo()
    assert setup_years.get_year(page.ctx.db, made.id).curriculum_id == made.curriculum_id
    lst.select_id(made.id)
    lst.edit_button.click()
    page.dialog.end.setDate(page.dialog.start.date().addDays(-1))
    page.dialog.save_button.click()
    assert page.dialog.form.error_text("end_date") == "De einddatum moet na de begindatum liggen."
    page.dialog.reject()
    answer("Delete")
    lst.delete_button.click()
    assert "2027-2028" not in _names(lst)
    page.ctx.undo_stack.undo()
    assert setup_years.get_year(page.ctx.db, made.id).calendar == made.calendar
    assert inline_operations == []


def test_staff_create_edit_delete_undo(page, qtbot, inline_operations) -> None:  # noqa: ANN001
    lst, db = page.staff, page.ctx.db
    page.tabs.setCurrentWidget(lst)
    schools = setup_schools.list_schools(db)
    lst.new_button.click()
    dialog = page.dialog
    qtbot.keyClicks(dialog.name, "Noor Bakker")
    dialog.save_button.click()
    assert dialog.form.error_text("roles") == "Kies minstens één rol."
    dialog.roles["specialist"].setChecked(True)
    dialog.schools.set_checked(schools[0].id)
    dialog.fixed_days.setChecked(True)
    assert len(dialog.windows.value()) == 5
    dialog.windows.remove_row(dialog.windows.rows[2])
    dialog.max_per_day.setValue(3)
    dialog.save_button.click()
    made = next(p for p in setup_staff.list_staff(db) if p.name == "Noor Bakker")
    assert made.data.roles == ("specialist",) and made.data.school_ids == (schools[0].id,)
    assert [d for d, _s, _e in made.data.availability] == [0, 1, 3, 4] and made.data.max_sessions_per_day == 3
    assert lst.current().id == made.id
    lst.edit_button.click()
    page.dialog.fixed_days.setChecked(False)
    page.dialog.save_button.click()
    assert setup_staff.get_staff(db, made.id).data.availability == ()
    page.ctx.undo_stack.undo()
    assert len(setup_staff.get_staff(db, made.id).data.availability) == 4
    answer("Delete")
    lst.delete_button.click()
    assert "Noor Bakker" not in _names(lst)
    page.ctx.undo_stack.undo()
    assert len(setup_staff.get_staff(db, made.id).data.availability) == 4
    assert "Noor Bakker" in _names(lst)
    assert inline_operations == []


def test_organisation_create_edit_delete_undo(page, qtbot, inline_operations) -> None:  # noqa: ANN001
    lst = page.organisations
    page.tabs.setCurrentWidget(lst)
    lst.new_button.click()
    qtbot.keyClicks(page.dialog.name, "Buurthuis De Kroon")
    page.dialog.save_button.click()
    assert "Buurthuis De Kroon" in _names(lst)
    lst.edit_button.click()
    page.dialog.contact.setText("Ilse Bos")
    page.dialog.save_button.click()
    assert lst.current().data.contact_name == "Ilse Bos"
    answer("Delete")
    lst.delete_button.click()
    assert "Buurthuis De Kroon" not in _names(lst)
    page.ctx.undo_stack.undo()
    page.ctx.undo_stack.undo()
    assert lst.select_id(lst.model.rows()[0].id)
    assert next(o for o in lst.model.rows() if o.name == "Buurthuis De Kroon").data.contact_name is None
    assert inline_operations == []


def test_partner_map_edit_undo_and_print(page, tmp_path: Path, inline_operations) -> None:  # noqa: ANN001
    tab, db = page.partner_map, page.ctx.db
    page.tabs.setCurrentWidget(tab)
    school_id = tab.school_id()
    before = len(partners.list_partners(db, school_id))
    used = {p.data.organisation_id for p in partners.list_partners(db, school_id)}
    org_id, _name = next((i, n) for i, n in tab.organisations if i not in used)
    tab.add_button.click()
    dialog = tab.dialog
    dialog.save_button.click()
    assert dialog.form.error_text("organisation_id") == "Kies de organisatie."
    dialog.organisation.setCurrentIndex(dialog.organisation.findData(org_id))
    dialog.contact.setText("Mirjam de Wit")
    dialog.role.setText("schoolmaatschappelijk werk")
    dialog.save_button.click()
    added = next(p for p in partners.list_partners(db, school_id) if p.data.organisation_id == org_id)
    tab.select_partner(added.id)
    assert tab.current_record().data.contact_name == "Mirjam de Wit"
    tab.edit_button.click()
    tab.dialog.role.setText("jeugdverpleegkundige")
    tab.dialog.save_button.click()
    assert partners.get_partner(db, added.id).data.role == "jeugdverpleegkundige"
    tab.select_partner(added.id)
    answer("Delete")
    tab.remove_button.click()
    assert len(partners.list_partners(db, school_id)) == before
    page.ctx.undo_stack.undo()
    assert partners.get_partner(db, added.id).data.role == "jeugdverpleegkundige"
    target = tmp_path / "kaart.pdf"
    tab.print_map(target=str(target))
    assert target.read_bytes().startswith(b"%PDF") and tab.last_printed == str(target)
    assert inline_operations == []


def test_widgets_named_and_page_fits_at_150_percent(page, qtbot) -> None:  # noqa: ANN001
    missing = []
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        missing += unnamed(page)
    for key, lst in page.lists.items():
        page.tabs.setCurrentWidget(lst)
        lst.view.selectRow(0)
        for record in (None, lst.current()):
            page.open_editor(key, record)
            missing += unnamed(page.dialog)
            page.dialog.reject()
    assert not missing, "\n".join(missing)
    app = QApplication.instance()
    font = app.font()
    original = font.pointSizeF()
    try:
        font.setPointSizeF(original * 1.5)
        app.setFont(font)
        for index in range(page.tabs.count()):
            page.tabs.setCurrentIndex(index)
            qtbot.wait(10)
            hint = page.minimumSizeHint()
            assert hint.width() <= 1366 - 170 and hint.height() <= 700, (index, hint)
    finally:
        font.setPointSizeF(original)
        app.setFont(font)


def test_municipality_name_is_edited_in_setup_and_undone(qtbot, empty_db, inline_operations) -> None:  # noqa: ANN001
    from wishdesk.core.services import municipality
    from wishdesk.gui.controller import make_context
    from wishdesk.gui.pages.setup import SetupPage

    page = SetupPage(make_context(empty_db))
    qtbot.addWidget(page)
    page.show()
    assert page.municipality.edit.text() == ""
    qtbot.keyClicks(page.municipality.edit, "Tilburg")
    page.municipality.save_button.click()
    assert municipality.get_municipality_name(empty_db) == "Tilburg"
    page.ctx.history.undo()
    assert municipality.get_municipality_name(empty_db) is None
    page.ctx.history.redo()
    assert municipality.get_municipality_name(empty_db) == "Tilburg" and not inline_operations
