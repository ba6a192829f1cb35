"""Keyboard-first tables of the Ouders page: who came to a parent event (per family), and what families sent
back on a home-activity return slip. Space changes the mark on the current row, typing goes into the comment
column, Ctrl+Enter saves."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.services.parent_events import FamilyRow, SlipMark, SlipRow
from .. import labels


class KeyTable(QTableWidget):
    """Space calls `on_space(row)`; a printable key jumps to `text_column` and starts typing there."""

    def __init__(self, columns: int, on_space: Callable[[int], None], text_column: int | None = None) -> None:
        super().__init__(0, columns)
        self.on_space, self.text_column = on_space, text_column
        self.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table (arrow keys move between cells)
        self.setEditTriggers(QTableWidget.EditTrigger.AnyKeyPressed | QTableWidget.EditTrigger.DoubleClicked
                             | QTableWidget.EditTrigger.EditKeyPressed)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        row = self.currentRow()
        if row >= 0 and self.state() != QTableWidget.State.EditingState:
            if event.key() == Qt.Key.Key_Space and not event.modifiers():
                self.on_space(row)
                return
            text = event.text()
            if (self.text_column is not None and text and text.isprintable()
                    and self.currentColumn() != self.text_column):
                self.setCurrentCell(row, self.text_column)
        super().keyPressEvent(event)


def _fixed(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class _Editor(QWidget):
    save_requested = Signal(list)

    def __init__(self, table: KeyTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.summary = QLabel()
        self.hint = QLabel()
        self.hint.setEnabled(False)
        self.save_button = QPushButton()
        self.save_button.setToolTip("Ctrl+Enter")
        self.save_button.clicked.connect(self.save)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        self.bottom = QHBoxLayout()
        self.bottom.addWidget(self.summary, 1)
        self.bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.top = QHBoxLayout()
        layout.addLayout(self.top)
        layout.addWidget(table, 1)
        layout.addWidget(self.hint)
        layout.addLayout(self.bottom)

    def _texts(self, name: str, hint: str, save_text: str) -> None:
        self.table.setAccessibleName(name)
        self.table.setAccessibleDescription(hint)
        self.summary.setAccessibleName(name)
        self.hint.setText(hint)
        self.save_button.setText(save_text)
        self.save_button.setAccessibleName(save_text)

    def save(self) -> None:
        if self.table.state() == QTableWidget.State.EditingState:
            self.table.setCurrentCell(self.table.currentRow(), 0)  # commits the text being typed
        if self.table.rowCount():
            self.save_requested.emit(self.marks())

    def marks(self) -> list:
        raise NotImplementedError


class FamilyAttendanceEditor(_Editor):
    """Who came to a parent event: one row per family; Space ticks a family."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(KeyTable(4, self._toggle), parent)
        self._texts(self.tr("Families present"), self.tr("Space: came / did not come · Ctrl+Enter: save"),
                    self.tr("Save attendance"))
        self.table.setHorizontalHeaderLabels([self.tr("Came"), self.tr("Family of"), self.tr("Group"),
                                              self.tr("Language")])
        self.table.itemChanged.connect(lambda _item: self._update_summary())
        self.rows: list[FamilyRow] = []

    def set_rows(self, rows: list[FamilyRow]) -> None:
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            mark = QTableWidgetItem(self.tr("came") if row.present else "")
            mark.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            mark.setCheckState(Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked)
            self.table.setItem(number, 0, mark)
            self.table.setItem(number, 1, _fixed(", ".join(row.pupil_names)))
            self.table.setItem(number, 2, _fixed(row.group_name))
            self.table.setItem(number, 3, _fixed(", ".join(labels.language(code) for code in row.languages)))
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.recorded = any(r.present is not None for r in rows)
        if rows:
            self.table.setCurrentCell(0, 0)
        self._update_summary()

    def _toggle(self, row: int) -> None:
        item = self.table.item(row, 0)
        checked = item.checkState() != Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def marks(self) -> list[tuple[tuple[int, ...], bool]]:
        return [(row.guardian_ids, self.table.item(n, 0).checkState() == Qt.CheckState.Checked)
                for n, row in enumerate(self.rows)]

    def _update_summary(self) -> None:
        self.table.blockSignals(True)
        for n in range(self.table.rowCount()):
            item = self.table.item(n, 0)
            item.setText(self.tr("came") if item.checkState() == Qt.CheckState.Checked else "")
        self.table.blockSignals(False)
        came = sum(1 for _ids, present in self.marks() if present)
        text = self.tr("%1 of %2 families came").replace("%1", str(came)).replace("%2", str(len(self.rows)))
        if not self.recorded and self.rows:
            text += " · " + self.tr("not recorded yet")
        self.summary.setText(text)


class ReturnSlipEditor(_Editor):
    """What families sent back for one lesson's home activity: Space cycles no answer / done / not done."""

    STATUSES = (None, "done", "not_done")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(KeyTable(3, self._cycle, text_column=2), parent)
        self._texts(self.tr("Return slips"),
                    self.tr("Space: no answer / done / not done · type: comment · Ctrl+Enter: save"),
                    self.tr("Save return slips"))
        self.table.setHorizontalHeaderLabels([self.tr("Pupil"), self.tr("Sent back"), self.tr("Comment from home")])
        self.rows: list[SlipRow] = []
        self.statuses: list[str | None] = []

    COLOURS = {"done": QColor("#dff3df"), "not_done": QColor("#fde2e1")}

    def _status_item(self, number: int, status: str | None) -> None:
        item = self.table.item(number, 1)
        if item is None:
            item = _fixed("")
            self.table.setItem(number, 1, item)
        item.setText(self._status_text(status))
        item.setBackground(QBrush(self.COLOURS[status]) if status in self.COLOURS else QBrush())

    def _status_text(self, status: str | None) -> str:
        return {"done": self.tr("done"), "not_done": self.tr("not done")}.get(status or "", self.tr("no answer"))

    def set_rows(self, rows: list[SlipRow]) -> None:
        self.rows, self.statuses = rows, [r.status for r in rows]
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            self.table.setItem(number, 0, _fixed(row.first_name))
            self._status_item(number, row.status)
            self.table.setItem(number, 2, QTableWidgetItem(row.comment))
        self.table.resizeColumnsToContents()
        if rows:
            self.table.setCurrentCell(0, 1)
        self._update_summary()

    def _cycle(self, row: int) -> None:
        status = self.STATUSES[(self.STATUSES.index(self.statuses[row]) + 1) % len(self.STATUSES)]
        self.statuses[row] = status
        self._status_item(row, status)
        self._update_summary()

    def marks(self) -> list[SlipMark]:
        return [SlipMark(row.pupil_id, self.statuses[n], self.table.item(n, 2).text().strip(), row.received_on)
                for n, row in enumerate(self.rows)]

    def save(self) -> None:
        if self.table.state() == QTableWidget.State.EditingState:
            self.table.setCurrentCell(self.table.currentRow(), 1)
        missing = [m for m in self.marks() if m.comment and m.status is None]
        if missing:  # a comment belongs to a slip that came back
            self.summary.setText(self.tr("Choose done or not done (Space) for every pupil with a comment."))
            self.table.setCurrentCell(next(n for n, r in enumerate(self.rows) if r.pupil_id == missing[0].pupil_id), 1)
            return
        super().save()

    def _update_summary(self) -> None:
        done = sum(s == "done" for s in self.statuses)
        not_done = sum(s == "not_done" for s in self.statuses)
        self.summary.setText(self.tr("%1 done, %2 not done, %3 no answer").replace("%1", str(done))
                             .replace("%2", str(not_done)).replace("%3", str(len(self.statuses) - done - not_done)))
