"""Cancel a lesson (with a reason; it goes back to planning) or move it to another date and time."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.services.sessions import SessionView
from .. import formatting


def _describe(session: SessionView) -> str:
    return (f"{formatting.group_label(session.group_name, session.subgroup)}, {session.school_name} · "
            f"{session.lesson_number}. {session.lesson_title} · {formatting.short_date(session.date)}")


class CancelSessionDialog(QDialog):
    """Asks why a lesson does not go ahead. The lesson returns to planning; the reason is kept."""

    def __init__(self, session: SessionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel lesson"))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setAccessibleName(self.tr("Reason for cancelling"))
        self.reason.addItems(["", self.tr("Trainer ill"), self.tr("Class teacher ill"), self.tr("School activity"),
                              self.tr("Study day"), self.tr("Weather or closure")])
        self.reason.lineEdit().setPlaceholderText(self.tr("Choose or type a reason"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #a00000")
        explain = QLabel(self.tr("The lesson goes back to planning without a date; the planner gives it a new "
                                 "one. The reason stays in the lesson's history."))
        explain.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cancel lesson"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep lesson"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Lesson"), QLabel(_describe(session)))
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def reason_text(self) -> str:
        return self.reason.currentText().strip()

    def accept(self) -> None:
        if not self.reason_text():
            self.message.setText(self.tr("Give a reason why the lesson does not go ahead."))
            self.reason.setFocus()
            return
        super().accept()


class MoveSessionDialog(QDialog):
    """Another date and time for a lesson (keeps its length when only the start changes)."""

    def __init__(self, session: SessionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move lesson"))
        start = session.date or date.today()
        self.day = QDateEdit(QDate(start.year, start.month, start.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dddd d MMMM yyyy")
        self.day.setAccessibleName(self.tr("New date"))
        begin, end = session.start_time or time(8, 30), session.end_time or time(10, 0)
        self.start = QTimeEdit(QTime(begin.hour, begin.minute))
        self.start.setAccessibleName(self.tr("Start time"))
        self.end = QTimeEdit(QTime(end.hour, end.minute))
        self.end.setAccessibleName(self.tr("End time"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for moving"))
        self.reason.setPlaceholderText(self.tr("Optional"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #a00000")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Lesson"), QLabel(_describe(session)))
        form.addRow(self.tr("New date"), self.day)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("Until"), self.end)
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def values(self) -> tuple[date, time, time, str]:
        d, s, e = self.day.date(), self.start.time(), self.end.time()
        return (date(d.year(), d.month(), d.day()), time(s.hour(), s.minute()), time(e.hour(), e.minute()),
                self.reason.text().strip())

    def accept(self) -> None:
        _day, start, end, _reason = self.values()
        if end <= start:
            self.message.setText(self.tr("The end time must be after the start time."))
            return
        super().accept()
