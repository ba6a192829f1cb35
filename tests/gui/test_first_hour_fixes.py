"""Fixes for what a tester new to WIsH Desk hit in the Dutch interface (first-hour fixes, round 2)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from wishdesk.gui.i18n import install_translators


def test_the_pyside6_wheel_ships_qts_dutch_catalogue() -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_nl.qm").is_file()


def test_qts_own_file_dialog_and_buttons_are_dutch(qtbot, qapp) -> None:  # noqa: ANN001
    install_translators(qapp, "nl")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    # "&Look in:" and "Files of &type:" are missing from qtbase_nl.qm; qt_gaps.py fills them.
    assert labels["lookInLabel"] == "&Zoeken in:"
    assert labels["fileTypeLabel"] == "Bestands&type:"
    assert labels["fileNameLabel"] == "Bestands&naam:"
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Annuleren", "Ja"]


def _confirm() -> None:
    """Press the first button that is not Cancel in the next modal question."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        next(b for b in box.buttons() if b.text() != "Cancel").click()

    QTimer.singleShot(0, press)


def _delete_a_pupil_by_mouse(qtbot, window):  # noqa: ANN001, ANN202
    from PySide6.QtCore import Qt

    from wishdesk.core.services import setup_groups

    window.show_page("groups")
    page = window.pages["groups"]
    group = setup_groups.list_groups(window.ctx.db)[0]
    page.select_group(group.id)
    pupil = page.pupils.row_at(0)
    page.pupil_list.select_id(pupil.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _confirm()  # delete, or archive when the pupil has a history: both undoable
    qtbot.mouseClick(page.pupil_list.delete_button, Qt.MouseButton.LeftButton)  # a click focuses the button
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert pupil.id not in {page.pupils.row_at(r).id for r in range(page.pupils.rowCount())}
    return page, pupil


def _pupil_ids(page) -> set[int]:  # noqa: ANN001
    return {page.pupils.row_at(r).id for r in range(page.pupils.rowCount())}


def test_after_deleting_a_pupil_the_focus_is_on_the_table_and_ctrl_z_undoes(qtbot, window) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    page, pupil = _delete_a_pupil_by_mouse(qtbot, window)
    assert QApplication.focusWidget() is page.pupil_list.view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pupil.id in _pupil_ids(page))


def test_ctrl_z_in_an_empty_filter_box_undoes_the_delete(qtbot, window) -> None:  # noqa: ANN001
    """The tester's case: the focus in the "Zoeken…" box, which has nothing of its own to undo."""
    from PySide6.QtCore import Qt

    page, pupil = _delete_a_pupil_by_mouse(qtbot, window)
    box = page.pupil_list.filter
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pupil.id in _pupil_ids(page))
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: pupil.id not in _pupil_ids(page))


def test_ctrl_z_in_a_filter_box_with_typing_undoes_the_typing_first(qtbot, window) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    page, pupil = _delete_a_pupil_by_mouse(qtbot, window)
    box = page.pupil_list.filter
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, "xyz")
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box.text() == ""
    box.clear()  # the filter shows every pupil again
    assert pupil.id not in _pupil_ids(page)  # the typing was undone, not the delete
