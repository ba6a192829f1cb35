""""Who am I": the staff member working in this database, remembered per database (``gui/settings.py``).

This choice decides whose lessons the Today page shows and who is the author of a reflection or a concern.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.services.directory import StaffRow
from ..models.rows import Column, RowTableModel, sortable_proxy


class WhoAmIDialog(QDialog):
    """Pick yourself from the staff list: type to filter, arrows to choose, Enter to confirm."""

    def __init__(self, staff: list[StaffRow], current: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who are you?"))
        self.resize(620, 460)
        self.chosen: int | None = None
        roles = {"teacher": self.tr("teacher"), "specialist": self.tr("resilience specialist"),
                 "care_coordinator": self.tr("care coordinator"),
                 "programme_coordinator": self.tr("programme coordinator")}
        self.model = RowTableModel[StaffRow]([
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Role"), lambda r: ", ".join(roles.get(x, x) for x in r.roles)),
            Column(self.tr("Schools"), lambda r: ", ".join(r.schools)),
        ], self)
        self.model.set_rows(staff)
        self.proxy = sortable_proxy(self.model, self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type (part of) your name or school…"))
        self.filter.setAccessibleName(self.tr("Filter staff"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filtered)
        self.filter.returnPressed.connect(self.accept)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAccessibleName(self.tr("Staff"))
        self.view.doubleClicked.connect(lambda _index: self.accept())
        self.view.resizeColumnsToContents()
        explain = QLabel(self.tr("Choose yourself. WIsH Desk remembers this for this database and shows "
                                 "your lessons; you are the author of what you write."))
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.filter.installEventFilter(self)
        self.select(current)

    def select(self, staff_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(row, 0), RowTableModel.ROW_ROLE).id == staff_id:
                self.view.selectRow(row)
                return
        if self.proxy.rowCount():
            self.view.selectRow(0)

    def _filtered(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if self.proxy.rowCount() and not self.view.currentIndex().isValid():
            self.view.selectRow(0)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802 - Qt API
        """Up and Down in the filter field move through the list, so the hands stay on the keyboard."""
        if watched is self.filter and event.type() == event.Type.KeyPress and event.key() in (
                Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = max(0, self.view.currentIndex().row() + (1 if event.key() == Qt.Key.Key_Down else -1))
            self.view.selectRow(min(row, self.proxy.rowCount() - 1))
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        self.chosen = self.proxy.data(index, RowTableModel.ROW_ROLE).id
        super().accept()
