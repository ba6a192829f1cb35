"""Editing weekly time windows: a school's lesson windows for groep 6, or a specialist's working days.

Each row is a weekday with a start and end time; rows can be added and removed. The value is a tuple of
(weekday 0 = Monday, start, end) as the setup services take it; they validate order and overlap.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)


class _Row(QWidget):
    def __init__(self, owner: WindowsEditor, weekday: int, start: time, end: time) -> None:
        super().__init__()
        self.day = QComboBox()
        for index, name in enumerate(owner.weekday_names()):
            self.day.addItem(name, index)
        self.day.setCurrentIndex(min(weekday, self.day.count() - 1))
        # the longest day name ("woensdag", "donderdag") shows whole at any font size
        self.day.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.day.setMinimumContentsLength(max(len(n) for n in owner.weekday_names()))
        widest = max(self.day.fontMetrics().horizontalAdvance(n) for n in owner.weekday_names())
        self.day.setMinimumWidth(widest + 48)  # room for the arrow and the frame in any style
        self.day.setAccessibleName(QCoreApplication.translate("WindowsEditor", "Weekday"))
        self.start = QTimeEdit(QTime(start.hour, start.minute))
        self.end = QTimeEdit(QTime(end.hour, end.minute))
        for edit, name in ((self.start, QCoreApplication.translate("WindowsEditor", "From")),
                           (self.end, QCoreApplication.translate("WindowsEditor", "Until"))):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        self.remove = QPushButton(QCoreApplication.translate("WindowsEditor", "Remove"))
        self.remove.setAccessibleName(QCoreApplication.translate("WindowsEditor", "Remove this time"))
        self.remove.clicked.connect(lambda: owner.remove_row(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.day, 3)
        layout.addWidget(self.start, 1)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.end, 1)
        layout.addWidget(self.remove)

    def value(self) -> tuple[int, time, time]:
        s, e = self.start.time(), self.end.time()
        return self.day.currentData(), time(s.hour(), s.minute()), time(e.hour(), e.minute())


class WindowsEditor(QWidget):
    """Rows of weekday + from/until, an "add" button and a line saying what no rows means."""

    def __init__(self, name: str, empty_text: str, default: tuple[time, time] = (time(8, 30), time(12, 0)),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.default = default
        self.rows: list[_Row] = []
        self.rows_box = QVBoxLayout()
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add a time"))
        self.add_button.setAccessibleName(self.tr("Add a time"))
        self.add_button.clicked.connect(self.add_default_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_box)
        layout.addWidget(self.empty)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)

    def weekday_names(self) -> list[str]:
        """School days only: primary schools have no lessons on Saturday or Sunday."""
        return [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                self.tr("Friday")]

    def add_row(self, weekday: int, start: time, end: time) -> None:
        row = _Row(self, weekday, start, end)
        self.rows.append(row)
        self.rows_box.addWidget(row)
        self.empty.setVisible(False)

    def add_default_row(self) -> None:
        used = {r.value()[0] for r in self.rows}
        day = next((d for d in range(5) if d not in used), 0)
        self.add_row(day, *self.default)
        self.rows[-1].day.setFocus()

    def remove_row(self, row: _Row) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.empty.setVisible(not self.rows)

    def set_value(self, windows: tuple[tuple[int, time, time], ...]) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        for day, start, end in windows:
            self.add_row(day, start, end)
        self.empty.setVisible(not self.rows)

    def value(self) -> tuple[tuple[int, time, time], ...]:
        return tuple(row.value() for row in self.rows)
