"""The steps of a lesson: minutes, who leads (teacher, specialist or together), title and description in
the language being edited. Minutes and lead are the same in every language; texts are per language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.services.curriculum_edit import StepDraft
from .. import labels
from ..widgets.form_fields import message_label


class StepsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = "nl"
        self.steps: list[dict] = []  # {"minutes", "lead", "title": {lang: text}, "description": {...}}
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Steps of the lesson"))
        self.table.setHorizontalHeaderLabels([self.tr("Minutes"), self.tr("Who leads"), self.tr("Step")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._text_edited)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_description(row))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("What happens in the selected step"))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(110)
        self.description.textChanged.connect(self._description_edited)
        self.description_label = QLabel(self.tr("What happens in the selected step:"))
        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("Add step"), self.add_step)
        self.remove_button = self._button(self.tr("Remove step"), self.remove_step)
        self.up_button = self._button(self.tr("Move up"), lambda: self.move(-1))
        self.down_button = self._button(self.tr("Move down"), lambda: self.move(1))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.total = QLabel()
        self.error = message_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.description_label)
        layout.addWidget(self.description)
        layout.addWidget(self.total)
        layout.addWidget(self.error)

    def _button(self, text: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    def set_steps(self, steps: tuple[StepDraft, ...]) -> None:
        self.steps = [{"minutes": s.minutes, "lead": s.lead, "title": dict(s.title),
                       "description": dict(s.description)} for s in steps]
        self._fill()
        if self.steps:
            self.table.setCurrentCell(0, 2)

    def set_language(self, language: str) -> None:
        self.language = language
        self._fill()

    def value(self) -> tuple[StepDraft, ...]:
        return tuple(StepDraft(s["minutes"], s["lead"], dict(s["title"]), dict(s["description"])) for s in self.steps)

    def minutes(self) -> int:
        return sum(s["minutes"] for s in self.steps)

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.steps))
        leads = labels.leads()
        for row, step in enumerate(self.steps):
            spin = QSpinBox()
            spin.setRange(1, 240)
            spin.setValue(step["minutes"])
            spin.setAccessibleName(self.tr("Minutes of step %1").replace("%1", str(row + 1)))
            spin.valueChanged.connect(lambda v, r=row: self._set(r, "minutes", v))
            lead = QComboBox()
            lead.setAccessibleName(self.tr("Who leads step %1").replace("%1", str(row + 1)))
            for code, label in leads.items():
                lead.addItem(label, code)
            lead.setCurrentIndex(max(lead.findData(step["lead"]), 0))
            lead.currentIndexChanged.connect(lambda _i, r=row, box=lead: self._set(r, "lead", box.currentData()))
            self.table.setCellWidget(row, 0, spin)
            self.table.setCellWidget(row, 1, lead)
            text = step["title"].get(self.language, "")
            item = QTableWidgetItem(text)
            if not text and step["title"].get("nl"):
                item.setToolTip(self.tr("Dutch: %1").replace("%1", step["title"]["nl"]))
            self.table.setItem(row, 2, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.blockSignals(False)
        self._show_description(self.table.currentRow())
        self._update_total()

    def _show_description(self, row: int) -> None:
        valid = 0 <= row < len(self.steps)
        self.description.blockSignals(True)
        self.description.setPlainText(self.steps[row]["description"].get(self.language, "") if valid else "")
        dutch = self.steps[row]["description"].get("nl", "") if valid and self.language != "nl" else ""
        self.description.setPlaceholderText(dutch)
        self.description.setEnabled(valid)
        self.description.blockSignals(False)

    def _description_edited(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.steps):
            texts = self.steps[row]["description"]
            if self.description.toPlainText().strip():
                texts[self.language] = self.description.toPlainText()
            else:
                texts.pop(self.language, None)
            self.changed.emit()

    def _set(self, row: int, key: str, value: object) -> None:
        self.steps[row][key] = value
        self._update_total()
        self.changed.emit()

    def _text_edited(self, item: QTableWidgetItem) -> None:
        texts = self.steps[item.row()]["title"]
        if item.text().strip():
            texts[self.language] = item.text()
        else:
            texts.pop(self.language, None)
        self.changed.emit()

    def _update_total(self) -> None:
        self.total.setText(self.tr("Together %1 minutes.").replace("%1", str(self.minutes())))

    def add_step(self) -> None:
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else len(self.steps)
        self.steps.insert(row, {"minutes": 10, "lead": "both", "title": {}, "description": {}})
        self._fill()
        self.table.setCurrentCell(row, 2)
        self.changed.emit()

    def remove_step(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.steps):
            del self.steps[row]
            self._fill()
            self.changed.emit()

    def move(self, delta: int) -> None:
        row = self.table.currentRow()
        target = row + delta
        if 0 <= row < len(self.steps) and 0 <= target < len(self.steps):
            self.steps[row], self.steps[target] = self.steps[target], self.steps[row]
            self._fill()
            self.table.setCurrentCell(target, 2)
            self.changed.emit()
