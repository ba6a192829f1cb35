"""Ouders: parent events of a group (and its school's school-wide events) with attendance per family, and
two-way communication: what families sent back on the home-activity return slips, per lesson.

Printing is not done here. Two signals hand the work to the printing layer, which the lead connects:
`invitations_requested(event_id)` and `handouts_requested(group_id, template_id)`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.edits import Changes, Kind, reversible
from ...core.services import directory, parent_events, sessions
from ...core.services.directory import GroupRow, LessonRow
from ...core.services.parent_events import ParentEventRecord, ParentEventView, SlipMark
from .. import formatting, labels, settings
from ..context import AppContext
from ..dialogs.parent_event_edit import ParentEventDialog
from ..models.rows import Column, RowTableModel
from ..widgets.parents_tables import FamilyAttendanceEditor, ReturnSlipEditor
from .base import Page, heading

PARENTS = Changes.of(Kind.PARENTS)


class ParentsPage(Page):
    object_name = "parentsPage"
    reloads_on = ("parents", "setup", "sessions", "handouts", "curriculum")
    invitations_requested = Signal(int)  # parent event id; answered in gui/wiring.py
    handouts_requested = Signal(int, int)  # group id, lesson template id; answered in gui/wiring.py

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.groups: list[GroupRow] = []
        self._lessons_for: int | None = None  # the group whose lessons the lesson box lists
        self.group_box = QComboBox()
        self.group_box.setAccessibleName(self.tr("Group"))
        self.group_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # school names are long
        self.group_box.currentIndexChanged.connect(lambda _i: self._group_changed())
        top = QHBoxLayout()
        top.addWidget(heading(self.title()))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Group:")))
        top.addWidget(self.group_box)
        kinds = labels.parent_event_kinds()
        self.events = RowTableModel[ParentEventView]([
            Column(self.tr("When"), self._when, sort=lambda e: e.date),
            Column(self.tr("Kind"), lambda e: kinds.get(e.kind, e.kind)),
            Column(self.tr("Title"), lambda e: e.title),
            Column(self.tr("For"), lambda e: formatting.group_label(e.group_name) if e.group_name else self.tr("whole school")),
            Column(self.tr("Came"), self._came, align_right=True),
        ], self)
        self.event_view = QTableView()
        self.event_view.setModel(self.events)
        self.event_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.event_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.event_view.verticalHeader().setVisible(False)
        # The title takes the spare room, so "Came" ("14 van 20") is never cut off.
        self.event_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.event_view.setAccessibleName(self.tr("Parent events"))
        self.event_view.setTabKeyNavigation(False)  # Tab leaves the table (arrow keys move between rows)
        self.event_view.selectionModel().currentRowChanged.connect(lambda *_: self._event_changed())
        self.event_view.doubleClicked.connect(lambda _i: self.edit_event())
        self.new_button = self._button(self.tr("New event…"), self.new_event, self.tr("New parent event"))
        self.edit_button = self._button(self.tr("Edit…"), self.edit_event, self.tr("Edit parent event"))
        self.delete_button = self._button(self.tr("Delete"), self.delete_event, self.tr("Delete parent event"))
        self.invite_button = self._button(self.tr("Print invitations…"), self.print_invitations,
                                          self.tr("Print invitation letters"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.invite_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.event_view, 1)
        self.families = FamilyAttendanceEditor()
        self.families.save_requested.connect(self.save_families)
        self.slips = ReturnSlipEditor()
        self.slips.save_requested.connect(self.save_slips)
        self.lesson_box = QComboBox()
        self.lesson_box.setAccessibleName(self.tr("Lesson of the home activity"))
        self.lesson_box.currentIndexChanged.connect(lambda _i: self._lesson_changed())
        self.handout_button = self._button(self.tr("Print home activities…"), self.print_handouts,
                                           self.tr("Print home-activity sheets"))
        self.slips.top.addWidget(QLabel(self.tr("Home activity of lesson:")))
        self.slips.top.addWidget(self.lesson_box, 1)
        self.slips.top.addWidget(self.handout_button)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parents sections"))
        self.tabs.addTab(self.families, self.tr("Who came"))
        self.tabs.addTab(self.slips, self.tr("Return slips"))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setSizes([640, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        # the lesson choice sits above the table but is added after it: Tab follows the reading order
        for before, after in ((self.lesson_box, self.handout_button), (self.handout_button, self.slips.table),
                              (self.slips.table, self.slips.save_button)):
            QWidget.setTabOrder(before, after)

    def title(self) -> str:
        return self.tr("Parents")

    def _button(self, text: str, slot, name: str) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _when(self, e: ParentEventView) -> str:
        if e.date is None:
            return self.tr("no date yet")
        return f"{formatting.short_date(e.date)} {formatting.times(e.start_time, e.end_time)}".strip()

    def _came(self, e: ParentEventView) -> str:
        if not e.attendance_recorded:
            return self.tr("not recorded") if e.date and e.date <= date.today() else ""
        return self.tr("%1 of %2").replace("%1", str(e.families_present)).replace("%2", str(e.families))

    # --- loading ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        db, staff_id, me = self.ctx.db, self.ctx.staff_id, self.ctx.scope_staff

        def load() -> tuple[list[GroupRow], int | None]:
            mine = sessions.upcoming_sessions(db, staff_id) if staff_id else []
            # families and return slips only of the groups this person's role sees (core.access)
            return directory.list_groups(db, as_staff=me), (mine[0].group_id if mine else None)

        self.ctx.ops.read(load, owner=self, key="groups", on_done=lambda r: self._show_groups(*r), progress=False)

    def _show_groups(self, groups: list[GroupRow], my_group: int | None = None) -> None:
        """Keep the group in view; else the one last chosen here; else the signed-in person's next lesson's."""
        remembered = settings.chosen_group(self.ctx.database_id, "parents")
        current = self.group() or next((g for g in groups if g.id == remembered), None) or next(
            (g for g in groups if g.id == my_group), None)
        self.groups = groups
        self.group_box.blockSignals(True)
        self.group_box.clear()
        for group in groups:
            self.group_box.addItem(f"{group.school} – {formatting.group_label(group.name)}", group.id)
        if current is not None:
            self.group_box.setCurrentIndex(max(0, self.group_box.findData(current.id)))
        self.group_box.blockSignals(False)
        self._group_changed()

    def group(self) -> GroupRow | None:
        group_id = self.group_box.currentData()
        return next((g for g in self.groups if g.id == group_id), None)

    def select_group(self, group_id: int) -> None:
        self.group_box.setCurrentIndex(max(0, self.group_box.findData(group_id)))

    def _group_changed(self) -> None:
        group = self.group()
        if group is None:
            return
        settings.set_chosen_group(self.ctx.database_id, "parents", group.id)
        db, me = self.ctx.db, self.ctx.scope_staff

        def load() -> tuple:
            held = [s for s in sessions.group_sessions(db, group.id) if s.status == "held"]
            latest = max(held, key=lambda s: s.lesson_number).template_id if held else None
            return (parent_events.list_parent_events(db, group_id=group.id, as_staff=me),
                    directory.list_lessons(db, year=group.school_year or None), latest)

        self.ctx.ops.read(load, owner=self, key="group", on_done=lambda r: self._show_group(*r), progress=False)

    def _show_group(self, events: list[ParentEventView], lessons: list[LessonRow], latest: int | None) -> None:
        """`latest`: the last lesson held, whose home activity the families are doing now."""
        selected = self.selected_event()
        self.events.set_rows(events)
        self.event_view.resizeColumnsToContents()
        ids = [e.id for e in events]
        if events:
            self.event_view.selectRow(ids.index(selected.id) if selected and selected.id in ids else 0)
        self._event_changed()
        group = self.group()
        same_group = group is not None and group.id == self._lessons_for
        current = self.lesson_box.currentData() if same_group else latest  # keep the user's choice on a refresh
        self._lessons_for = group.id if group else None
        self.lesson_box.blockSignals(True)
        self.lesson_box.clear()
        for lesson in lessons:
            self.lesson_box.addItem(f"{lesson.number}. {lesson.title}", lesson.id)
        self.lesson_box.setCurrentIndex(max(0, self.lesson_box.findData(current)))
        self.lesson_box.blockSignals(False)
        self._lesson_changed()

    def selected_event(self) -> ParentEventView | None:
        index = self.event_view.currentIndex()
        return self.events.row_at(index.row()) if index.isValid() and index.row() < self.events.rowCount() else None

    def select_event(self, event_id: int) -> None:
        ids = [e.id for e in self.events.rows()]
        if event_id in ids:
            self.event_view.selectRow(ids.index(event_id))

    def _event_changed(self) -> None:
        event = self.selected_event()
        for button in (self.edit_button, self.delete_button, self.invite_button):
            button.setEnabled(event is not None)
        self.families.setEnabled(event is not None)
        if event is None:
            self.families.set_rows([])
            return
        db, me = self.ctx.db, self.ctx.scope_staff
        self.ctx.ops.read(lambda: parent_events.event_families(db, event.id, as_staff=me), owner=self, key="families",
                          on_done=self.families.set_rows, progress=False)

    def _lesson_changed(self) -> None:
        group, template_id = self.group(), self.lesson_box.currentData()
        self.handout_button.setEnabled(group is not None and template_id is not None)
        if group is None or template_id is None:
            self.slips.set_rows([])
            return
        db, me = self.ctx.db, self.ctx.scope_staff
        self.ctx.ops.read(lambda: parent_events.return_slips(db, group.id, template_id, as_staff=me),
                         owner=self, key="slips", on_done=self.slips.set_rows, progress=False)

    # --- edits --------------------------------------------------------------------------------------------

    def new_event(self) -> None:
        group = self.group()
        if group is None:
            return
        dialog = ParentEventDialog(group, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.create_event(dialog.value())

    def create_event(self, record: ParentEventRecord) -> None:
        """Add the event (undo deletes it; redo brings it back with the same id and who came)."""
        me = self.ctx.scope_staff  # another school's group is refused by the service (core.access)
        self.ctx.edit(self.tr("New parent event"),
                      reversible(PARENTS, lambda db: parent_events.create_parent_event(db, record, as_staff=me),
                                 parent_events.delete_parent_event, parent_events.create_parent_event),
                      on_done=self.select_event)

    def edit_event(self) -> None:
        event, group = self.selected_event(), self.group()
        if event is None or group is None:
            return
        record = ParentEventRecord(event.id, event.kind, event.school_id, event.group_id, event.date,
                                   event.start_time, event.end_time, event.location, event.title, event.notes)
        dialog = ParentEventDialog(group, record, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new, version = dialog.value(), event.version  # the version read when the dialog opened
        me = self.ctx.scope_staff
        self.ctx.edit(self.tr("Edit parent event"),
                      reversible(PARENTS, lambda db: parent_events.save_parent_event(db, new, version, as_staff=me),
                                 parent_events.save_parent_event,
                                 lambda db, _before: parent_events.save_parent_event(db, new)))

    def delete_event(self) -> None:
        event = self.selected_event()
        if event is None:
            return
        event_id, me = event.id, self.ctx.scope_staff
        self.ctx.edit(self.tr("Delete parent event"),
                      reversible(PARENTS, lambda db: parent_events.delete_parent_event(db, event_id, as_staff=me),
                                 parent_events.create_parent_event))

    def save_families(self, marks: list) -> None:
        event = self.selected_event()
        if event is None:
            return
        event_id, me = event.id, self.ctx.scope_staff
        self.ctx.edit(self.tr("Save who came"),
                      reversible(PARENTS, lambda db: parent_events.replace_event_attendance(db, event_id, marks,
                                                                                            as_staff=me),
                                 lambda db, before: parent_events.replace_event_attendance(db, event_id, before)))

    def save_slips(self, marks: list) -> None:
        template_id = self.lesson_box.currentData()
        if template_id is None:
            return
        read = [SlipMark(r.pupil_id, r.status, r.comment) for r in self.slips.rows]  # as loaded: checked once
        me = self.ctx.scope_staff
        self.ctx.edit(self.tr("Save return slips"),
                      reversible(PARENTS,
                                 lambda db: parent_events.replace_return_slips(db, template_id, marks, expected=read,
                                                                               as_staff=me),
                                 lambda db, before: parent_events.replace_return_slips(db, template_id, before),
                                 lambda db, _before: parent_events.replace_return_slips(db, template_id, marks)),
                      on_done=lambda _r: self.ctx.say(self.tr("Return slips saved.")))

    # --- printing hooks -----------------------------------------------------------------------------------

    def print_invitations(self) -> None:
        """Ask for the invitation letters of the selected event (gui/wiring.py builds and previews them)."""
        event = self.selected_event()
        if event is not None:
            self.invitations_requested.emit(event.id)

    def print_handouts(self) -> None:
        group, template_id = self.group(), self.lesson_box.currentData()
        if group is not None and template_id is not None:
            self.handouts_requested.emit(group.id, template_id)
