"""A list of setup records with the buttons around it: New…, Edit…, Delete… (or Restore for an archived
row), a "show archived" switch and a filter. Pages connect the signals to their dialogs and services.

Rows are plain dataclasses with ``id`` and ``archived``; archived rows are shown in grey italics.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..models.rows import Column, RowTableModel, sortable_proxy


class ArchivableModel(RowTableModel):
    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: ANN001
        if index.isValid() and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            if getattr(self.row_at(index.row()), "archived", False):
                if role == Qt.ItemDataRole.ForegroundRole:
                    return QBrush(QColor("#6B7280"))
                font = QFont()
                font.setItalic(True)
                return font
        return super().data(index, role)


def table_view(model, name: str) -> QTableView:  # noqa: ANN001
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    view.setAccessibleName(name)
    view.setTabKeyNavigation(False)  # Tab leaves the table (arrow keys move between rows); no keyboard trap
    return view


class RecordList(QWidget):
    new_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(object)
    restore_requested = Signal(object)
    archived_toggled = Signal(bool)
    current_changed = Signal(object)

    def __init__(self, name: str, columns: Sequence[Column], new_text: str, parent: QWidget | None = None,
                 archivable: bool = True, compact: bool = False) -> None:
        super().__init__(parent)
        self.model = ArchivableModel(columns, self)
        self.proxy = sortable_proxy(self.model, self)
        self.view = table_view(self.proxy, name)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        self.new_button = QPushButton(new_text)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setAccessibleName(button.text().rstrip("…"))
        self.new_button.clicked.connect(self.new_requested.emit)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.delete_button.clicked.connect(self._delete_clicked)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.setAccessibleName(self.tr("Show archived"))
        self.show_archived.toggled.connect(self.archived_toggled.emit)
        self.show_archived.setVisible(archivable)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setAccessibleName(self.tr("Filter %1").replace("%1", name))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        second = QHBoxLayout() if compact else bar  # narrow panes: filter and archive switch on a row of their own
        second.addWidget(self.filter, 1 if compact else 0)
        second.addWidget(self.show_archived)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        if compact:
            layout.addLayout(second)
        layout.addWidget(self.view, 1)
        self._current_changed()

    def _double_clicked(self, _index: object) -> None:
        """Double-click edits only when "Edit…" may be used: a role that may not edit (core.access, tooltip on the
        button) got a dialog it could never save."""
        if self.edit_button.isEnabled():
            self._emit(self.edit_requested)

    def set_rows(self, rows: Sequence[Any]) -> None:
        keep = self.current()
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setStretchLastSection(True)
        if keep is not None:
            self.select_id(keep.id)
        self._current_changed()

    def current(self) -> Any | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.data(index, RowTableModel.ROW_ROLE)

    def select_id(self, row_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, RowTableModel.ROW_ROLE).id == row_id:
                self.view.setCurrentIndex(index)
                self.view.selectRow(row)
                return True
        return False

    def _emit(self, signal) -> None:  # noqa: ANN001
        row = self.current()
        if row is not None:
            signal.emit(row)

    def _delete_clicked(self) -> None:
        row = self.current()
        if row is None:
            return
        # The button is disabled once the row is gone; Qt would then move the focus on to the filter box.
        # On the table the user sees where they are, and Ctrl+Z undoes the delete.
        self.view.setFocus()
        (self.restore_requested if getattr(row, "archived", False) else self.delete_requested).emit(row)

    def _current_changed(self) -> None:
        row = self.current()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        archived = bool(getattr(row, "archived", False))
        self.delete_button.setText(self.tr("Restore from archive") if archived else self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.delete_button.text().rstrip("…"))
        self.current_changed.emit(row)
