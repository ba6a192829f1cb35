"""The Groepen page as an editor: groups, pupils, guardians and consents created, edited, deleted or
archived, and taken back with Ctrl+Z / Ctrl+Shift+Z in the main window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from wishdesk.core.services import setup_consents, setup_groups, setup_guardians, setup_pupils

from .test_setup_page import answer, unnamed


@pytest.fixture
def page(window):  # noqa: ANN001, ANN201
    window.show_page("groups")
    return window.pages["groups"]


def _focus(qtbot, window) -> None:  # noqa: ANN001
    """After a modal question the window must be active again for its shortcuts, as for a user."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.nav.setFocus()


def undo(qtbot, window) -> None:  # noqa: ANN001
    _focus(qtbot, window)
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def redo(qtbot, window) -> None:  # noqa: ANN001
    _focus(qtbot, window)
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def _pupil_names(page) -> set[str]:  # noqa: ANN001
    return {page.pupils.row_at(r).first_name for r in range(page.pupils.rowCount())}


def test_group_create_edit_delete_with_keyboard_undo(window, page, qtbot, inline_operations) -> None:  # noqa: ANN001
    db = window.ctx.db
    first = setup_groups.list_groups(db)[0]
    page.select_group(first.id)
    page.group_list.new_button.click()
    dialog = page.dialog
    assert dialog.school.currentData() == first.data.school_id
    qtbot.keyClicks(dialog.name, first.name.lower())
    dialog.save_button.click()
    assert "bestaat al" in dialog.form.error_text("name")
    dialog.name.setText("groep 6Z")
    dialog.split.setChecked(True)
    teacher_item = dialog.teachers.item(0)
    dialog.teachers.set_checked(teacher_item.data(Qt.ItemDataRole.UserRole))
    dialog.save_button.click()
    made = page.selected_group()
    assert made.name == "6Z" and made.split_by_gender and len(made.teachers) == 1
    page.group_list.edit_button.click()
    page.dialog.name.setText("6Y")
    page.dialog.save_button.click()
    assert setup_groups.get_group(db, made.id).name == "6Y"
    undo(qtbot, window)
    assert setup_groups.get_group(db, made.id).name == "6Z"
    redo(qtbot, window)
    assert setup_groups.get_group(db, made.id).name == "6Y"
    page.select_group(made.id)
    answer("Delete")
    page.group_list.delete_button.click()
    assert all(g.id != made.id for g in setup_groups.list_groups(db))
    undo(qtbot, window)
    assert setup_groups.get_group(db, made.id).name == "6Y"
    assert inline_operations == []


def test_pupil_create_validate_edit_delete_undo(window, page, qtbot, inline_operations) -> None:  # noqa: ANN001
    group = next(g for g in setup_groups.list_groups(window.ctx.db) if g.split_by_gender)
    page.select_group(group.id)
    existing = page.pupils.row_at(0).first_name
    page.pupil_list.new_button.click()
    dialog = page.dialog
    assert dialog.form.hints["subgroup"].isVisibleTo(dialog)  # split group: asks for boy/girl
    qtbot.keyClicks(dialog.first_name, existing.upper())
    dialog.save_button.click()
    assert "Er is al een leerling" in dialog.form.error_text("first_name")
    dialog.first_name.setText("Sanne van Dam")
    assert "achternaam" in dialog.form.hints["first_name"].text()
    dialog.first_name.setText("Sanne")
    dialog.subgroup.setCurrentIndex(dialog.subgroup.findData("girls"))
    dialog.save_button.click()
    assert "Sanne" in _pupil_names(page) and page.pupil_list.current().first_name == "Sanne"
    page.pupil_list.edit_button.click()
    page.dialog.first_name.setText("Sanna")
    page.dialog.save_button.click()
    assert "Sanna" in _pupil_names(page)
    undo(qtbot, window)
    assert "Sanne" in _pupil_names(page) and "Sanna" not in _pupil_names(page)
    redo(qtbot, window)
    pupil = next(p for p in setup_pupils.list_pupils(window.ctx.db, group.id) if p.first_name == "Sanna")
    page.pupil_list.select_id(pupil.id)
    answer("Delete")
    page.pupil_list.delete_button.click()
    assert "Sanna" not in _pupil_names(page)
    undo(qtbot, window)
    assert setup_pupils.get_pupil(window.ctx.db, pupil.id).first_name == "Sanna"
    assert inline_operations == []


def test_pupil_with_consents_is_archived(window, page, inline_operations) -> None:  # noqa: ANN001
    group = setup_groups.list_groups(window.ctx.db)[0]
    page.select_group(group.id)
    pupil = next(p for p in page.pupils.rows() if p.consents)
    page.pupil_list.select_id(pupil.id)
    answer("Archive")
    page.pupil_list.delete_button.click()
    assert pupil.first_name not in _pupil_names(page)
    assert setup_pupils.get_pupil(window.ctx.db, pupil.id).archived
    page.pupil_list.show_archived.setChecked(True)
    page.pupil_list.select_id(pupil.id)
    page.pupil_list.delete_button.click()  # "Restore from archive"
    assert not setup_pupils.get_pupil(window.ctx.db, pupil.id).archived
    assert inline_operations == []


def test_guardians_add_link_edit_remove_undo(window, page, qtbot, inline_operations) -> None:  # noqa: ANN001
    db = window.ctx.db
    group = setup_groups.list_groups(db)[0]
    page.select_group(group.id)
    pupil, sibling = page.pupils.row_at(0), page.pupils.row_at(1)
    page.pupil_list.select_id(pupil.id)
    family = page.family
    count = family.guardians.rowCount()
    family.add_guardian_button.click()
    dialog = family.dialog
    qtbot.keyClicks(dialog.name, "moeder van Sem")
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.contact.setCurrentIndex(dialog.contact.findData("paper"))
    dialog.save_button.click()
    assert family.guardians.rowCount() == count + 1
    added = next(g for g in setup_pupils.get_pupil(db, pupil.id).guardians if g.data.name == "moeder van Sem")
    assert (added.data.language, added.data.contact_preference) == ("ar", "paper")
    page.pupil_list.select_id(sibling.id)
    family.add_guardian_button.click()
    dialog = family.dialog
    dialog.sibling.setCurrentIndex(dialog.sibling.findData(added.id))
    assert not dialog.name.isEnabled()
    dialog.save_button.click()
    assert setup_guardians.get_guardian(db, added.id).children == tuple(sorted((pupil.first_name, sibling.first_name)))
    undo(qtbot, window)
    assert setup_guardians.get_guardian(db, added.id).children == (pupil.first_name,)
    page.pupil_list.select_id(pupil.id)
    row = next(r for r in range(family.guardians.rowCount()) if family.guardians.row_at(r).id == added.id)
    family.guardian_view.selectRow(row)
    family.edit_guardian_button.click()
    family.dialog.contact.setCurrentIndex(family.dialog.contact.findData("email"))
    family.dialog.save_button.click()
    assert setup_guardians.get_guardian(db, added.id).data.contact_preference == "email"
    family.guardian_view.selectRow(row)
    answer("Delete")
    family.remove_guardian_button.click()
    assert all(g.id != added.id for g in setup_pupils.get_pupil(db, pupil.id).guardians)
    undo(qtbot, window)
    assert setup_guardians.get_guardian(db, added.id).data.contact_preference == "email"
    assert inline_operations == []


def test_consents_record_withdraw_delete_undo(window, page, qtbot, inline_operations) -> None:  # noqa: ANN001
    db = window.ctx.db
    group = setup_groups.list_groups(db)[0]
    page.select_group(group.id)
    pupil = next(p for p in page.pupils.rows() if "share_youth_care" not in p.consents)
    page.pupil_list.select_id(pupil.id)
    family = page.family
    family.setCurrentIndex(1)
    before = family.consents.rowCount()
    family.add_consent_button.click()
    dialog = family.dialog
    dialog.purpose.setCurrentIndex(dialog.purpose.findData("share_youth_care"))
    dialog.granted.setDate(dialog.granted.date().addDays(5))
    dialog.save_button.click()
    assert dialog.form.error_text("granted_on") == "De datum van toestemming ligt in de toekomst."
    dialog.granted.setDate(dialog.granted.date().addDays(-30))
    dialog.save_button.click()
    assert family.consents.rowCount() == before + 1
    assert "share_youth_care" in setup_pupils.get_pupil(db, pupil.id).consents
    row = next(r for r in range(family.consents.rowCount())
               if family.consents.row_at(r).data.purpose == "share_youth_care")
    family.consent_view.selectRow(row)
    family.withdraw_button.click()
    consent = next(c for c in setup_consents.list_consents(db, pupil.id) if c.data.purpose == "share_youth_care")
    assert consent.data.withdrawn_on == date.today()
    assert "share_youth_care" not in setup_pupils.get_pupil(db, pupil.id).consents
    undo(qtbot, window)
    assert setup_consents.get_consent(db, consent.id).data.withdrawn_on is None
    family.consent_view.selectRow(row)
    answer("Delete")
    family.delete_consent_button.click()
    assert family.consents.rowCount() == before
    undo(qtbot, window)
    assert setup_consents.get_consent(db, consent.id).active
    assert inline_operations == []


def test_dialogs_name_every_widget(window, page) -> None:  # noqa: ANN001
    group = setup_groups.list_groups(window.ctx.db)[0]
    page.select_group(group.id)
    page.pupil_list.view.selectRow(0)
    missing = unnamed(page)
    for opener in (lambda: page.open_group(None), lambda: page.open_group(page.selected_group()),
                   lambda: page.open_pupil(page.pupil_list.current()), page.family.add_guardian,
                   page.family.add_consent):
        opener()
        dialog = page.family.dialog if page.family.dialog is not None else page.dialog
        missing += unnamed(page.dialog) + unnamed(dialog)
        page.dialog.reject()
        if page.family.dialog is not None:
            page.family.dialog.reject()
    assert not missing, "\n".join(missing)


def test_family_data_export_from_the_pupils_page(qtbot, demo_db, inline_operations) -> None:  # noqa: ANN001
    """A parent asks what is stored (AVG right of access): the pupil's page shows it as a PDF."""
    from wishdesk.gui.controller import make_context
    from wishdesk.gui.pages.groups import GroupsPage

    page = GroupsPage(make_context(demo_db))
    qtbot.addWidget(page)
    page.show()
    assert not page.export_button.isEnabled()
    page.group_view.selectRow(0)
    page.pupil_view.selectRow(0)
    assert page.export_button.isEnabled()
    page.export_button.click()
    dialog = page.findChild(QDialog, "familyExportDialog")
    assert dialog is not None and dialog.isVisible() and not inline_operations


def test_well_being_check_entered_by_keyboard_and_undone(qtbot, demo_db, inline_operations) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    from wishdesk.core.services import wellbeing
    from wishdesk.gui.controller import make_context
    from wishdesk.gui.pages.groups import GroupsPage

    page = GroupsPage(make_context(demo_db))
    qtbot.addWidget(page)
    page.show()
    page.group_view.selectRow(0)
    group = page.selected_group()
    page.wellbeing_button.click()
    dialog = page.dialog
    grid = dialog.grid
    assert grid.rowCount() == group.pupils
    grid.setFocus()
    grid.setCurrentCell(0, 0)
    for key in (Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_3):
        qtbot.keyClick(grid, key)
    dialog.save()
    from wishdesk.gui.widgets.wellbeing_grid import PUPIL_ITEM_CODES as PUPIL_ITEMS

    first = next(r for r in wellbeing.group_grid(demo_db, group.id, "before") if r.pupil_id == grid_pupil(grid))
    assert [first.scores.get(item) for item in PUPIL_ITEMS[:3]] == [4, 5, 3]
    page.ctx.history.undo()
    again = next(r for r in wellbeing.group_grid(demo_db, group.id, "before") if r.pupil_id == first.pupil_id)
    assert not again.scores
    assert not inline_operations


def grid_pupil(grid) -> int:  # noqa: ANN001
    return grid._pupils[0]  # noqa: SLF001 - the pupil of the grid's first row
