""""To review" (issue 14): the changes the team server did not take, each with both versions side by side.

The list names each record in words (what kind of record and a readable name, from `core.sync.describe`) and
why it is here; the chosen one is shown with the shared `VersionCompare` widget, with a choice per differing
field. The conflict keeps the row as it was before my edit, so each differing field says who changed it ("you
changed", "colleague changed", "both changed") and "Per field" presets the side that changed it; a field both
changed has no preset. "My version", "Their version" and "Per field" resolve it with the core `resolve` on the
write lane; the choice travels to the server with the next sync.

Resolving is not on the undo history, on purpose: it is itself a new change that the next sync sends (and every
sync clears the history), and "their version" only drops the conflict, so an undo would have to bring back a
conflict the server may already have moved past. Instead a confirmation says what will happen before the choice
is applied (`confirm_sink` in tests).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.edits import EVERYTHING
from ..context import AppContext
from ..widgets.version_compare import MINE, VersionCompare
from .stale_edit import field_labels

translate = QCoreApplication.translate


def table_labels() -> dict[str, str]:
    """What kind of record, as people say it."""
    return {
        "pupil": translate("SyncConflicts", "Pupil"), "attendance": translate("SyncConflicts", "Attendance"), "session": translate("SyncConflicts", "Lesson"), "session_log": translate("SyncConflicts", "Reflection"),
        "concern": translate("SyncConflicts", "Concern"), "consent": translate("SyncConflicts", "Consent"), "guardian": translate("SyncConflicts", "Parent"),
        "pupil_guardian": translate("SyncConflicts", "Parent of a pupil"), "return_slip": translate("SyncConflicts", "Return slip"),
        "parent_event": translate("SyncConflicts", "Parent activity"), "parent_attendance": translate("SyncConflicts", "Parent attendance"),
        "meeting": translate("SyncConflicts", "Meeting"), "meeting_attendance": translate("SyncConflicts", "Meeting attendance"), "group": translate("SyncConflicts", "Group"),
        "school": translate("SyncConflicts", "School"), "staff": translate("SyncConflicts", "Staff member"), "staff_role": translate("SyncConflicts", "Role"), "absence": translate("SyncConflicts", "Absence"),
        "availability": translate("SyncConflicts", "Availability"), "lesson_window": translate("SyncConflicts", "Lesson time"), "session_change": translate("SyncConflicts", "Lesson change"),
        "handout_delivery": translate("SyncConflicts", "Printed home activities"), "wellbeing_check": translate("SyncConflicts", "Well-being check"),
        "wellbeing_answer": translate("SyncConflicts", "Well-being answer"), "duo_check": translate("SyncConflicts", "Duo check"), "duo_answer": translate("SyncConflicts", "Duo answer"),
        "calendar_entry": translate("SyncConflicts", "Calendar day"), "school_year": translate("SyncConflicts", "School year"), "organisation": translate("SyncConflicts", "Organisation"),
        "school_partner": translate("SyncConflicts", "Partner of a school"), "lesson_template": translate("SyncConflicts", "Lesson plan"),
        "lesson_step": translate("SyncConflicts", "Lesson step"), "home_activity": translate("SyncConflicts", "Home activity"), "curriculum": translate("SyncConflicts", "Programme"),
        "curriculum_event": translate("SyncConflicts", "Programme activity"), "setting": translate("SyncConflicts", "Setting"), "staff_school": translate("SyncConflicts", "Staff at a school"),
        "group_teacher": translate("SyncConflicts", "Teacher of a group"),
    }


def kind_text(kind: str) -> str:
    return {
        "edit_edit": translate("SyncConflicts", "changed here and on the server"),
        "edit_deleted": translate("SyncConflicts", "changed here, deleted on the server"),
        "deleted_edit": translate("SyncConflicts", "deleted here, changed on the server"),
        "rejected": translate("SyncConflicts", "refused by the server"),
    }.get(kind, kind)


def extra_labels() -> dict[str, str]:
    return {"present": translate("SyncConflicts", "Present"), "reason": translate("SyncConflicts", "Reason"), "pupil_id": translate("SyncConflicts", "Pupil"), "session_id": translate("SyncConflicts", "Lesson"),
            "group_id": translate("SyncConflicts", "Group"), "school_id": translate("SyncConflicts", "School"), "template_id": translate("SyncConflicts", "Lesson plan"),
            "teacher_id": translate("SyncConflicts", "Teacher"), "guardian_id": translate("SyncConflicts", "Parent"), "initial": translate("SyncConflicts", "Initial"),
            "comment": translate("SyncConflicts", "Comment"), "received_on": translate("SyncConflicts", "Received on"), "attended": translate("SyncConflicts", "Attended"),
            "archived": translate("SyncConflicts", "Archived"), "pinned": translate("SyncConflicts", "Fixed in the planning"), "cancel_reason": translate("SyncConflicts", "Reason cancelled")}


def table_field_labels(table: str) -> dict[str, str]:
    """Where a record's edit dialog names a field its own way, the conflict list uses the same words."""
    if table == "pupil":  # edit_pupil_dialog.py
        return {"first_name": translate("SyncConflicts", "First name or pseudonym"),
                "subgroup": translate("SyncConflicts", "Boy or girl")}
    return {}


def value_labels(table: str) -> dict[str, dict[str, str]]:
    """Coded values as people read them ("girls" -> "meisje"), per column of `table`."""
    from .. import labels

    out = {"status": labels.statuses(), "holiday_region": labels.regions(), "contact_preference": labels.contacts(),
           "purpose": labels.purposes(), "category": labels.categories(), "follow_up": labels.follow_ups(),
           "role": labels.roles(), "lead": labels.leads(), "language": labels.languages(),
           "subgroup": labels.session_halves() if table == "session" else labels.subgroups()}
    if table == "meeting":
        out["kind"] = labels.meeting_kinds()
    elif table == "parent_event":
        out["kind"] = labels.parent_event_kinds()
    return out


def _readable(codes: dict[str, str], value: Any) -> Any:
    return codes.get(value, value) if isinstance(value, str) else value


def changed_by_text(side: str) -> str:
    return {"mine": translate("SyncConflicts", "you changed"), "theirs": translate("SyncConflicts", "colleague changed"),
            "both": translate("SyncConflicts", "both changed")}.get(side, "")


class SyncConflictsDialog(QDialog):
    resolved = Signal()
    confirm_sink: Callable[[str], bool] | None = None  # tests answer the confirmation instead of a message box

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncConflictsDialog")
        self.setWindowTitle(self.tr("To review"))
        self.ctx = ctx
        self.views: list[Any] = []
        self.compare: VersionCompare | None = None
        intro = QLabel(self.tr(
            "These changes of yours were not applied, because the same record was changed or deleted on the server "
            "as well. Compare both versions and choose; your choice goes to the server with the next "
            "synchronisation."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.setAccessibleName(self.tr("Changes to review"))
        self.list.currentRowChanged.connect(self._show)
        self.heading = QLabel()
        self.heading.setObjectName("conflictHeading")
        self.heading.setWordWrap(True)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.mine_button = QPushButton(self.tr("My version (this laptop)"))
        self.theirs_button = QPushButton(self.tr("Their version (server)"))
        self.merge_button = QPushButton(self.tr("Per field (as chosen above)"))
        for button, choice in ((self.mine_button, "mine"), (self.theirs_button, "theirs"),
                               (self.merge_button, "merge")):
            button.setAutoDefault(False)
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _checked=False, c=choice: self.resolve_current(c))
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Keep:")))
        choose.addWidget(self.mine_button)
        choose.addWidget(self.theirs_button)
        choose.addWidget(self.merge_button)
        choose.addStretch(1)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.heading)
        side.addWidget(self.scroll, 1)
        side.addLayout(choose)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 940])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(1160, 560)  # room for both version columns, who changed them and the choices beside the list
        self.reload()

    def reload(self) -> None:
        db = self.ctx.db

        def read() -> list[Any]:
            from ...core.sync.describe import conflict_views

            return conflict_views(db)

        self.ctx.ops.read(read, self._fill, owner=self, key="conflicts", progress=False)

    def _fill(self, views: list[Any]) -> None:
        row = max(self.list.currentRow(), 0)
        self.views = views
        self.list.blockSignals(True)
        self.list.clear()
        labels = table_labels()
        for v in views:
            item = QListWidgetItem(f"{labels.get(v.table, v.table)}: {v.name}\n{kind_text(v.kind)}")
            item.setToolTip(v.reason)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if views:
            self.list.setCurrentRow(min(row, len(views) - 1))
            self._show(self.list.currentRow())
        else:
            self._show(-1)

    def current(self) -> Any:
        row = self.list.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _show(self, row: int) -> None:
        view = self.views[row] if 0 <= row < len(self.views) else None
        for button in (self.mine_button, self.theirs_button, self.merge_button):
            button.setEnabled(view is not None)
        if view is None:
            self.heading.setText(self.tr("Nothing to review."))
            self.compare = None
            self.scroll.setWidget(QWidget())
            return
        labels = {**field_labels(), **extra_labels(), **table_field_labels(view.table)}
        heading = f"<b>{table_labels().get(view.table, view.table)}: {view.name}</b> — {kind_text(view.kind)}"
        if not view.theirs_exists:
            heading += "<br>" + self.tr("Their version: deleted on the server.")
        if not view.mine_exists:
            heading += "<br>" + self.tr("My version: deleted on this laptop.")
        self.heading.setText(heading)
        codes = value_labels(view.table)
        fields = {c: (labels.get(c, c.replace("_", " ")), _readable(codes.get(c, {}), mine),
                      _readable(codes.get(c, {}), theirs)) for c, (mine, theirs) in view.fields.items()}
        both = view.mine_exists and view.theirs_exists
        if both and view.differing:
            heading += "<br>" + (self.tr(
                "A field only one side changed is preset to that side; a field you both changed is yours to choose.")
                if view.changed_by else self.tr(
                "This change was made before this version of WIsH Desk, so who changed which field is not known: "
                "choose each field."))
            self.heading.setText(heading)
        # Only the side that changed a field is preset; a field both changed (or a conflict whose base row is
        # unknown) has none, so a preset never quietly undoes a colleague's change of a field I never touched.
        self.compare = VersionCompare(fields, per_field=both,
                                      defaults={c: view.preset(c) for c in view.differing},
                                      markers={c: changed_by_text(side) for c, side in view.changed_by.items()},
                                      titles=(self.tr("My version (this laptop)"), self.tr("Their version (server)")))
        self.compare.choices_changed.connect(self._merge_ready)
        self.scroll.setWidget(self.compare)
        self._merge_ready()

    def _merge_ready(self) -> None:
        """"Per field" once every differing field has a choice."""
        view = self.current()
        ready = (view is not None and view.mine_exists and view.theirs_exists and bool(view.differing)
                 and self.compare is not None and self.compare.all_chosen())
        self.merge_button.setEnabled(ready)
        self.merge_button.setToolTip("" if ready else self.tr("Choose mine or theirs for every differing field first."))

    def resolve_current(self, choice: str) -> None:
        view = self.current()
        if view is None:
            return
        fields: list[str] | None = None
        if choice == "merge":
            assert self.compare is not None
            if not self.compare.all_chosen():
                return
            fields = [c for c in view.differing if self.compare.side_of(c) == MINE]
            if not fields:  # nothing taken from mine: that is their version
                choice = "theirs"
            elif len(fields) == len(view.differing):
                choice = "mine"
        if not self._confirm(self._consequence(view, choice, fields)):
            return
        db, conflict_id = self.ctx.db, view.id

        def job() -> Any:
            from ...core.sync.conflicts import resolve

            return resolve(db, conflict_id, choice, fields)

        def done(_result: Any) -> None:
            self.ctx.changed(EVERYTHING)  # the record may have changed; the status line counts one less
            self.resolved.emit()
            self.reload()

        self.ctx.ops.write(job, title=self.tr("To review"), on_done=done)

    def _consequence(self, view: Any, choice: str, fields: list[str] | None) -> str:
        """What the choice will do, in words, before it is applied (it cannot be undone with Undo)."""
        if choice == "theirs":
            what = self.tr("Your change is dropped: the record stays as it is on the server, and nothing is sent.")
        elif choice == "mine" and not view.mine_exists:
            what = self.tr("The record is deleted on this laptop, and on the server with the next synchronisation.")
        elif choice == "mine":
            what = self.tr("This laptop keeps your version; with the next synchronisation it replaces the version on "
                           "the server.")
        else:
            labels = {**field_labels(), **extra_labels(), **table_field_labels(view.table)}
            names = ", ".join(labels.get(c, c.replace("_", " ")) for c in fields or [])
            what = self.tr("The record gets %1 from your version and everything else from the server's; with the "
                           "next synchronisation that goes to the server.").replace("%1", names)
        return what + "\n\n" + self.tr("This cannot be undone with Undo (afterwards you can still edit the record "
                                         "as usual).")

    def _confirm(self, text: str) -> bool:
        sink = type(self).confirm_sink
        if sink is not None:
            return sink(text)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("To review"), text,
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Apply this choice"))
        return box.exec() == QMessageBox.StandardButton.Ok
