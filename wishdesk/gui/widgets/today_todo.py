"""Nog te doen: what is still to record after lesson days. Enter or double-click opens the item."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from ...core.services import todo
from ...core.services.todo import TodoItem
from .. import formatting, labels
from ..context import AppContext
from ..models.rows import Column, RowTableModel


class TodoView(QTableView):
    activated_row = Signal(int)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class TodoPanel(QWidget):
    open_item = Signal(object)  # TodoItem
    counted = Signal(int)  # how many items are open, for the tab title

    def __init__(self, ctx: AppContext, staff_id: Callable[[], int | None], today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.staff_id, self.today = ctx, staff_id, today
        kinds = labels.todo_kinds()
        self.model = RowTableModel[TodoItem]([
            Column(self.tr("To do"), lambda r: kinds.get(r.kind, r.kind)),
            Column(self.tr("Date"), lambda r: formatting.short_date(r.date), sort=lambda r: r.date),
            Column(self.tr("About"), self._about),
            Column(self.tr("School"), lambda r: r.school_name),
        ], self)
        self.view = TodoView()
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table (arrow keys move between cells)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAlternatingRowColors(True)
        self.view.setAccessibleName(self.tr("To do"))
        self.view.activated_row.connect(self._open)
        self.view.doubleClicked.connect(lambda index: self._open(index.row()))
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("To-do summary"))
        hint = QLabel(self.tr("Press Enter or double-click to open an item."))
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        self.count = 0

    def _about(self, r: TodoItem) -> str:
        if r.kind == "concern_review":
            return f"{r.pupil_name} · {formatting.group_label(r.group_name or '')}"
        if r.kind == "parent_attendance":
            return f"{r.title}" + (f" · {formatting.group_label(r.group_name)}" if r.group_name else "")
        lesson = self.tr("Lesson %1").replace("%1", str(r.lesson_number))
        return f"{lesson} · {formatting.group_label(r.group_name or '', r.subgroup)}"

    def refresh(self) -> None:
        staff = self.staff_id()
        if staff is None:
            self._show([])
            return
        today = self.today()
        self.ctx.ops.read(lambda: todo.todo_items(self.ctx.db, staff, today), owner=self, key="todo", on_done=self._show, progress=False)

    def _show(self, items: list[TodoItem]) -> None:
        self.model.set_rows(items)
        self.view.resizeColumnsToContents()
        self.count = len(items)
        self.counted.emit(self.count)
        self.summary.setText(self.tr("Nothing left to do. Well done!") if not items
                             else self.tr("%1 thing(s) still to do.").replace("%1", str(len(items))))
        if items:
            self.view.selectRow(0)

    def _open(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_item.emit(self.model.row_at(row))
