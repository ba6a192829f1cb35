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
