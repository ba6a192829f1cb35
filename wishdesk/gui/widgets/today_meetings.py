"""The Intervisie tab: intervision and team meetings, who attended, and the chosen person's hours for their
professional-development register."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from ...core.edits import Changes, Kind, reversible
from ...core.services import directory, meetings
from ...core.services.meetings import HoursRegister, MeetingView
from .. import formatting, labels
from ..context import AppContext
from ..dialogs.meeting_edit import MeetingDialog
from ..models.rows import Column, RowTableModel

MEETINGS = Changes.of(Kind.MEETINGS)

class MeetingsPanel(QWidget):
    def __init__(self, ctx: AppContext, staff_id: Callable[[], int | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.staff_id = ctx, staff_id
        kinds = labels.meeting_kinds()
        self.model = RowTableModel[MeetingView]([
            Column(self.tr("Date"), lambda m: formatting.short_date(m.record.date),
                   sort=lambda m: m.record.date),
            Column(self.tr("Time"), lambda m: formatting.times(m.record.start_time, m.record.end_time)),
            Column(self.tr("Kind"), lambda m: kinds.get(m.record.kind, m.record.kind)),
            Column(self.tr("Topic"), lambda m: m.record.topic or ""),
            Column(self.tr("School"), lambda m: m.school_name or ""),
            Column(self.tr("Present"), lambda m: m.present, align_right=True),
            Column(self.tr("My hours"), self._my_hours, align_right=True),
        ], self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAccessibleName(self.tr("Meetings"))
        self.view.setTabKeyNavigation(False)  # Tab leaves the table (arrow keys move between rows)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.register = QLabel()
        self.register.setAccessibleName(self.tr("Hours register"))
        self.register.setWordWrap(True)
        new, edit, delete = QPushButton(self.tr("New meeting…")), QPushButton(self.tr("Edit / attendance…")), \
            QPushButton(self.tr("Delete"))
        new.setAccessibleName(self.tr("New meeting"))
        edit.setAccessibleName(self.tr("Edit meeting and attendance"))
        delete.setAccessibleName(self.tr("Delete meeting"))
        new.clicked.connect(self.new_meeting)
        edit.clicked.connect(self.edit_selected)
        delete.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (new, edit, delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.register)

    def _my_hours(self, m: MeetingView) -> str:
        me = self.staff_id()
        mine = next((a for a in m.record.attendees if a.staff_id == me and a.attended), None)
        return f"{mine.hours:g}" if mine else ""

    def refresh(self) -> None:
        me, db = self.staff_id(), self.ctx.db
        self.ctx.ops.read(lambda: (meetings.list_meetings(db), meetings.hours_register(db, me) if me else None),
                         owner=self, key="meetings", on_done=lambda r: self._show(*r), progress=False)

    def _show(self, rows: list[MeetingView], register: HoursRegister | None) -> None:
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        if register is None:
            self.register.setText("")
        else:
            self.register.setText(self.tr("Professional development of %1: %2 hour(s) in %3 meeting(s).")
                                  .replace("%1", register.staff_name).replace("%2", f"{register.total:g}")
                                  .replace("%3", str(len(register.lines))))

    def selected(self) -> MeetingView | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _with_people(self, then: Callable[[list, list], None]) -> None:
        """Load who can attend (internal trainers and specialists) and the schools, then open a dialog."""
        db = self.ctx.db

        def load() -> tuple[list, list]:
            trainers = [p for p in directory.list_staff(db) if {"teacher", "specialist"} & set(p.roles)]
            return trainers, directory.list_schools(db)

        self.ctx.ops.run(load, on_done=lambda r: then(*r), progress=False)

    def new_meeting(self) -> None:
        def open_dialog(trainers: list, schools: list) -> None:
            dialog = MeetingDialog(trainers, schools, None, self.staff_id(), self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.create(dialog.value())

        self._with_people(open_dialog)

    def create(self, record: meetings.MeetingRecord) -> None:
        """Add the meeting; undo deletes it and redo brings it back under the same id."""
        self.ctx.edit(self.tr("New meeting"),
                      reversible(MEETINGS, lambda db: meetings.create_meeting(db, record),
                                 meetings.delete_meeting, meetings.create_meeting))

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return

        def open_dialog(trainers: list, schools: list) -> None:
            dialog = MeetingDialog(trainers, schools, row.record, self.staff_id(), self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.save(dialog.value(), row.record.version)

        self._with_people(open_dialog)

    def save(self, record: meetings.MeetingRecord, version: int | None = None) -> None:
        """`version`: the one read when the dialog opened (undo and redo save without a check)."""
        self.ctx.edit(self.tr("Edit meeting"),
                      reversible(MEETINGS, lambda db: meetings.save_meeting(db, record, version),
                                 meetings.save_meeting, lambda db, _before: meetings.save_meeting(db, record)))

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        meeting_id = row.record.id
        self.ctx.edit(self.tr("Delete meeting"),
                      reversible(MEETINGS, lambda db: meetings.delete_meeting(db, meeting_id),
                                 meetings.create_meeting))
