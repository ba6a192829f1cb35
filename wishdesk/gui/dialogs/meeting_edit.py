"""Schedule an intervisie or team meeting and record who attended and for how many hours."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.services.directory import SchoolRow, StaffRow
from ...core.services.meetings import Attendee, MeetingRecord
from .. import labels


class MeetingDialog(QDialog):
    """`trainers` are the people who can be invited (internal trainers and specialists)."""

    def __init__(self, trainers: list[StaffRow], schools: list[SchoolRow], existing: MeetingRecord | None = None,
                 me: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit meeting") if existing else self.tr("New meeting"))
        self.resize(620, 620)
        self.existing = existing
        today = existing.date if existing else date.today()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of meeting"))
        for code, text in labels.meeting_kinds().items():
            self.kind.addItem(text, code)
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("Date"))
        start, end = (existing.start_time, existing.end_time) if existing else (time(14, 0), time(16, 0))
        self.start = QTimeEdit(QTime(start.hour, start.minute))
        self.start.setAccessibleName(self.tr("Start time"))
        self.end = QTimeEdit(QTime(end.hour, end.minute))
        self.end.setAccessibleName(self.tr("End time"))
        self.school = QComboBox()
        self.school.setAccessibleName(self.tr("School"))
        self.school.addItem(self.tr("(not at one school)"), None)
        for school in schools:
            self.school.addItem(school.name, school.id)
        self.location = QLineEdit(existing.location or "" if existing else "")
        self.location.setAccessibleName(self.tr("Location"))
        self.topic = QLineEdit(existing.topic or "" if existing else "")
        self.topic.setAccessibleName(self.tr("Topic"))
        self.topic.setPlaceholderText(self.tr("e.g. case discussion: peer pressure in group 6"))
        if existing:
            self.kind.setCurrentIndex(max(0, self.kind.findData(existing.kind)))
            self.school.setCurrentIndex(max(0, self.school.findData(existing.school_id)))
        invited = {a.staff_id: a for a in existing.attendees} if existing else {}
        if not existing and me is not None:
            invited[me] = Attendee(me)
        self.people = QTableWidget(len(trainers), 2)
        self.people.setAccessibleName(self.tr("Attendance and hours"))
        self.people.setHorizontalHeaderLabels([self.tr("Attended"), self.tr("Hours")])
        self.people.verticalHeader().setVisible(False)
        self.people.horizontalHeader().setStretchLastSection(True)
        self._ids: list[int] = []
        for row, person in enumerate(trainers):
            self._ids.append(person.id)
            item = QTableWidgetItem(person.name)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            mark = invited.get(person.id)
            item.setCheckState(Qt.CheckState.Checked if mark and mark.attended else Qt.CheckState.Unchecked)
            self.people.setItem(row, 0, item)
            hours = QDoubleSpinBox()
            hours.setRange(0, 24)
            hours.setSingleStep(0.5)
            hours.setAccessibleName(self.tr("Hours for %1").replace("%1", person.name))
            hours.setValue(mark.hours if mark and mark.attended else self._length())
            self.people.setCellWidget(row, 1, hours)
        self.people.resizeColumnToContents(0)
        self.start.timeChanged.connect(self._length_changed)
        self.end.timeChanged.connect(self._length_changed)
        self.message = QLabel()
        self.message.setStyleSheet("color: #a00000")
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end)
        times.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Time"), times)
        form.addRow(self.tr("School"), self.school)
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Topic"), self.topic)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Who attended (tick) and the hours for their professional-development "
                                        "register:")))
        layout.addWidget(self.people, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _length(self) -> float:
        minutes = self.start.time().secsTo(self.end.time()) / 60
        return max(0.0, round(minutes / 60, 2))

    def _length_changed(self) -> None:
        """Unticked rows follow the meeting's length; hours someone typed for a ticked row stay."""
        for row in range(self.people.rowCount()):
            if self.people.item(row, 0).checkState() != Qt.CheckState.Checked:
                self.people.cellWidget(row, 1).setValue(self._length())

    def value(self) -> MeetingRecord:
        d, s, e = self.day.date(), self.start.time(), self.end.time()
        attendees = tuple(
            Attendee(staff_id, attended=True, hours=self.people.cellWidget(row, 1).value())
            for row, staff_id in enumerate(self._ids)
            if self.people.item(row, 0).checkState() == Qt.CheckState.Checked)
        return MeetingRecord(self.existing.id if self.existing else 0, self.kind.currentData(),
                             date(d.year(), d.month(), d.day()), time(s.hour(), s.minute()), time(e.hour(), e.minute()),
                             self.school.currentData(), self.location.text(), self.topic.text(), attendees)

    def accept(self) -> None:
        if self.end.time() <= self.start.time():
            self.message.setText(self.tr("The end time must be after the start time."))
            return
        super().accept()
