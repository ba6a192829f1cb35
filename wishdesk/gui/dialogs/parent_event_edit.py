"""Plan a parent event: parent evening, walk-in, round table, online activity or the closing showcase, for one
group or the whole school."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.services.directory import GroupRow
from ...core.services.parent_events import DEFAULT_TITLES, ParentEventRecord
from .. import formatting, labels


class ParentEventDialog(QDialog):
    def __init__(self, group: GroupRow, existing: ParentEventRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit parent event") if existing else self.tr("New parent event"))
        self.resize(520, 480)
        self.group, self.existing = group, existing
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of event"))
        for code, text in labels.parent_event_kinds().items():
            self.kind.addItem(text, code)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.whole_school = QCheckBox(self.tr("For all groups of %1").replace("%1", group.school))
        self.whole_school.setAccessibleName(self.tr("For the whole school"))
        self.has_date = QCheckBox(self.tr("Date known"))
        self.has_date.setAccessibleName(self.tr("Date known"))
        day = existing.date if existing and existing.date else date.today()
        self.day = QDateEdit(QDate(day.year, day.month, day.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dddd d MMMM yyyy")
        self.day.setAccessibleName(self.tr("Date"))
        start = existing.start_time if existing and existing.start_time else time(19, 0)
        end = existing.end_time if existing and existing.end_time else time(20, 30)
        self.start = QTimeEdit(QTime(start.hour, start.minute))
        self.start.setAccessibleName(self.tr("Start time"))
        self.end = QTimeEdit(QTime(end.hour, end.minute))
        self.end.setAccessibleName(self.tr("End time"))
        self.location = QLineEdit(existing.location or "" if existing else "")
        self.location.setAccessibleName(self.tr("Location"))
        self.location.setPlaceholderText(self.tr("e.g. the gym, or a link for an online meeting"))
        self.notes = QPlainTextEdit(existing.notes or "" if existing else "")
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("Programme or practical notes; used in the invitation when the lesson "
                                              "programme has no text for this kind of event."))
        self.has_date.toggled.connect(self.day.setEnabled)
        self.has_date.toggled.connect(self.start.setEnabled)
        self.has_date.toggled.connect(self.end.setEnabled)
        if existing:
            self.kind.setCurrentIndex(max(0, self.kind.findData(existing.kind)))
            self.title_edit.setText(existing.title)
            self.whole_school.setChecked(existing.group_id is None)
        else:
            self.title_edit.setText(DEFAULT_TITLES[self.kind.currentData()])
        self.has_date.setChecked(existing is None or existing.date is not None)
        for widget in (self.day, self.start, self.end):
            widget.setEnabled(self.has_date.isChecked())
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.message = QLabel()
        self.message.setStyleSheet("color: #a00000")
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end)
        times.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Group"), QLabel(formatting.group_label(group.name)))
        form.addRow("", self.whole_school)
        form.addRow("", self.has_date)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Time"), times)
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _kind_changed(self) -> None:
        """A title still at a default follows the kind; one the user typed stays."""
        if self.title_edit.text().strip() in ("", *DEFAULT_TITLES.values()):
            self.title_edit.setText(DEFAULT_TITLES[self.kind.currentData()])

    def value(self) -> ParentEventRecord:
        dated = self.has_date.isChecked()
        d, s, e = self.day.date(), self.start.time(), self.end.time()
        return ParentEventRecord(
            self.existing.id if self.existing else 0, self.kind.currentData(), self.group.school_id,
            None if self.whole_school.isChecked() else self.group.id,
            date(d.year(), d.month(), d.day()) if dated else None, time(s.hour(), s.minute()) if dated else None,
            time(e.hour(), e.minute()) if dated else None, self.location.text(), self.title_edit.text(),
            self.notes.toPlainText(), self.existing.attendance if self.existing else ())

    def accept(self) -> None:
        if not self.title_edit.text().strip():
            self.message.setText(self.tr("Give the event a title."))
        elif self.has_date.isChecked() and self.end.time() <= self.start.time():
            self.message.setText(self.tr("The end time must be after the start time."))
        else:
            super().accept()
