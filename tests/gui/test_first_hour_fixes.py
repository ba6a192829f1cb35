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
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "Map"  # the Type column
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


def test_nice_axis_steps_are_whole_and_round() -> None:
    from wishdesk.gui.widgets.dashboard import nice_step

    assert [nice_step(m) for m in (0, 5, 6, 7, 24, 26, 60, 61, 250, 698)] == [1, 1, 1, 2, 5, 5, 10, 20, 50, 200]


def test_dashboard_labels_whole_headers_and_an_empty_well_being_chart(qtbot, demo_db, inline_operations) -> None:  # noqa: ANN001
    from PySide6.QtCharts import QBarCategoryAxis, QHorizontalBarSeries, QValueAxis

    from tests.gui.test_reports_page import _page

    page = _page(qtbot, demo_db)
    page.tabs.setCurrentWidget(page.dashboard)
    board = page.dashboard
    languages = board.language_chart.chart()
    assert isinstance(languages.series()[0], QHorizontalBarSeries)  # names read level, none runs off the edge
    names = next(a for a in languages.axes() if isinstance(a, QBarCategoryAxis)).categories()
    assert names and all(names)
    for chart in (languages, board.lessons_chart.chart()):
        values = next(a for a in chart.axes() if isinstance(a, QValueAxis))
        step = (values.max() - values.min()) / (values.tickCount() - 1)
        assert values.min() == 0 and step == int(step) and int(step) in (1, 2, 5, 10, 20, 50, 100)
    header = board.table.horizontalHeader()
    for column in range(1, board.table.columnCount()):
        text = board.table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(text)
    labels = board.lesson_labels
    assert len(set(labels)) == len(labels)
    view = board.view
    empty = all(not (i.n_before or i.n_after) for i in view.figures.wellbeing)
    if empty:
        assert "n = –" not in board.wellbeing_chart.chart().title()
        assert "no checks" in board.wellbeing_chart.chart().title()


def test_middle_elision_keeps_the_end_that_tells_schools_apart(qapp) -> None:  # noqa: ANN001
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QLabel

    from wishdesk.gui.widgets.dashboard import middle_elided

    metrics = QFontMetrics(QLabel().font())
    out = middle_elided(["Basisschool De Uitkijk van het Noorden", "Basisschool De Zonnewijzer van het Zuiden"],
                        metrics, 120)
    assert out[0] != out[1] and out[0].endswith("Noorden") and out[1].endswith("Zuiden")


def test_the_sheets_choice_is_not_cut_off(qtbot, demo_db, qapp) -> None:  # noqa: ANN001
    from wishdesk.gui.context import AppContext
    from wishdesk.gui.dialogs.handouts import HandoutsDialog
    from wishdesk.gui.operations import Operations

    install_translators(qapp, "nl")
    dialog = HandoutsDialog(AppContext(db=demo_db, ops=Operations()))
    qtbot.addWidget(dialog)
    dialog.resize(1400, 900)
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.sheets
    room = combo.width() - 30  # the arrow and the frame
    for i in range(combo.count()):
        assert combo.fontMetrics().horizontalAdvance(combo.itemText(i)) <= room, combo.itemText(i)
        assert combo.itemData(i, 3)  # Qt.ToolTipRole: the whole explanation
