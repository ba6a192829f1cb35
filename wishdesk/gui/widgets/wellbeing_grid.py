"""Fast keyboard entry of a group's well-being check: pupils (first name) as rows, the six questions as
columns. Type 1-5 and the cursor moves on (to the next question, then the next pupil); 0, Delete or
Backspace clears a cell. Thin: `set_rows` takes `core.services.wellbeing.group_grid` rows and `records`
gives what `wellbeing.save_group_checks` stores (its result is the undo)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ...core.services.wellbeing import PUPIL_ITEM_CODES, GridRow, PupilCheckRecord


class WellbeingGrid(QTableWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(PUPIL_ITEM_CODES), parent)
        self.setObjectName("wellbeingGrid")
        self.setAccessibleName(self.tr("Well-being answers: pupils as rows, questions as columns; type 1 to 5"))
        self.setHorizontalHeaderLabels(self._headers())
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # keys go through keyPressEvent
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the grid; typing 1-5 and the arrows move inside it
        self._pupils: list[int] = []
        self._scores: list[dict[str, int]] = []

    def _headers(self) -> list[str]:
        return [self.tr("Safe in class"), self.tr("Classmates"), self.tr("Teacher"), self.tr("Dares to say no"),
                self.tr("Knows whom to ask"), self.tr("Happy at school")]

    def set_rows(self, rows: list[GridRow]) -> None:
        self._pupils = [r.pupil_id for r in rows]
        self._scores = [dict(r.scores) for r in rows]
        self.setRowCount(len(rows))
        self.setVerticalHeaderLabels([r.first_name for r in rows])
        for row in range(len(rows)):
            for column in range(len(PUPIL_ITEM_CODES)):
                self._paint(row, column)
        if rows:
            self.setCurrentCell(0, 0)

    def _paint(self, row: int, column: int) -> None:
        score = self._scores[row].get(PUPIL_ITEM_CODES[column])
        item = QTableWidgetItem(str(score) if score else "")  # digits: no emoji font needed
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setItem(row, column, item)

    def score(self, row: int, column: int) -> int | None:
        return self._scores[row].get(PUPIL_ITEM_CODES[column])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        row, column = self.currentRow(), self.currentColumn()
        text = event.text()
        if row < 0 or column < 0:
            super().keyPressEvent(event)
            return
        if text in {"1", "2", "3", "4", "5"}:
            self._scores[row][PUPIL_ITEM_CODES[column]] = int(text)
            self._paint(row, column)
            self.changed.emit()
            self._advance(row, column)
        elif text == "0" or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._scores[row].pop(PUPIL_ITEM_CODES[column], None)
            self._paint(row, column)
            self.changed.emit()
        else:
            super().keyPressEvent(event)

    def _advance(self, row: int, column: int) -> None:
        if column + 1 < self.columnCount():
            self.setCurrentCell(row, column + 1)
        elif row + 1 < self.rowCount():
            self.setCurrentCell(row + 1, 0)

    def records(self, moment: str, taken_on: date) -> list[PupilCheckRecord]:
        """Every row as a record to store; a row without answers removes that pupil's check."""
        return [PupilCheckRecord(pid, moment, taken_on, tuple((code, scores[code]) for code in PUPIL_ITEM_CODES
                                                             if code in scores))
                for pid, scores in zip(self._pupils, self._scores, strict=True)]
