"""The Signalen tab: the concerns the chosen staff member may see (their own, and those of the schools where
they are the care coordinator), with record / edit / close / delete (undoable) and the retention purge."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.edits import Changes, Kind, reversible
from ...core.security.sealing import UNREADABLE
from ...core.services import concerns
from ...core.services.concerns import ConcernView
from .. import formatting, labels
from ..context import AppContext
from ..dialogs.concern_edit import ConcernDialog, ConcernInput, PupilChoice
from ..dialogs.concern_purge import PurgeDialog
from ..models.rows import Column, RowTableModel


def _table(model, name: str) -> QTableView:  # noqa: ANN001
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    view.setAccessibleName(name)
    view.setTabKeyNavigation(False)  # Tab leaves the table (arrow keys move between rows)
    return view


CONCERNS = Changes.of(Kind.CONCERNS)


def _reader_hints(db, viewer) -> list[str]:  # noqa: ANN001 - Database, Identity | staff id | None
    """Readers not yet confirmed by a programme coordinator (only for a signed-in person on a file)."""
    from ...core.security.accounts import Identity
    from ...core.security.directory import unconfirmed

    return unconfirmed(db, viewer) if isinstance(viewer, Identity) else []

class ConcernsPanel(QWidget):
    def __init__(self, ctx: AppContext, staff_id: Callable[[], int | None], today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.staff_id, self.today = ctx, staff_id, today
        categories, follow_ups = labels.categories(), labels.follow_ups()
        self.model = RowTableModel[ConcernView]([
            Column(self.tr("Pupil"), lambda r: r.pupil_name),
            Column(self.tr("Group"), lambda r: r.group_name),
            Column(self.tr("School"), lambda r: r.school_name),
            Column(self.tr("Category"), lambda r: categories.get(r.category, r.category)),
            Column(self.tr("Observed"), lambda r: formatting.short_date(r.observed_on),
                   sort=lambda r: r.observed_on),
            Column(self.tr("Follow-up"), lambda r: follow_ups.get(r.follow_up, r.follow_up)),
            Column(self.tr("Review"), lambda r: self._review(r)),
            Column(self.tr("Author"), lambda r: r.author_name),
        ], self)
        self.view = _table(self.model, self.tr("Concerns"))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Observation"))
        note = QLabel(self.tr("You see the concerns you wrote, and as care coordinator those of your school. "
                              "Nobody else sees them; they never go into exports or reports."))
        note.setWordWrap(True)
        # readers sealing skips (security/directory.unconfirmed): Dutch lines from the core, shown as they are
        self.readers_hint = QLabel()
        self.readers_hint.setWordWrap(True)
        self.readers_hint.setObjectName("readersHint")
        self.readers_hint.setStyleSheet("QLabel#readersHint { background: #fff4ce; padding: 6px; }")
        # for a programme coordinator the hint says where to confirm, with a button that does it
        self.confirm_readers = QPushButton(self.tr("Confirm care coordinators"))
        self.confirm_readers.setObjectName("confirmReadersButton")
        self.confirm_readers.clicked.connect(self._confirm_readers)
        self.readers_box = QWidget()
        self.readers_box.setObjectName("readersBox")
        self.readers_box.setStyleSheet("QWidget#readersBox { background: #fff4ce; }")
        self.readers_box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        hint_row = QHBoxLayout(self.readers_box)
        hint_row.setContentsMargins(0, 0, 6, 0)
        hint_row.addWidget(self.readers_hint, 1)
        hint_row.addWidget(self.confirm_readers, 0, Qt.AlignmentFlag.AlignVCenter)
        self.readers_box.hide()
        self.new_button = self._button(self.tr("New concern…"), self.new_concern)
        self.edit_button = self._button(self.tr("Edit…"), self.edit_selected)
        self.close_button = self._button(self.tr("Mark followed up"), self.close_selected)
        self.delete_button = self._button(self.tr("Delete"), self.delete_selected)
        self.purge_button = self._button(self.tr("Remove expired concerns…"), self.purge)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.close_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.purge_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.readers_box)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _review(self, r: ConcernView) -> str:
        if r.closed:
            return self.tr("closed")
        if r.review_date is None:
            return ""
        text = formatting.short_date(r.review_date)
        return text + (" ⚠ " + self.tr("due") if r.review_date <= self.today() else "")

    def refresh(self) -> None:
        viewer = self.staff_id()
        self.ctx.ops.read(lambda: concerns.visible_concerns(self.ctx.db, viewer), owner=self, key="concerns", on_done=self._show, progress=False)
        self.ctx.ops.read(lambda: _reader_hints(self.ctx.db, viewer), owner=self, key="reader-hints",
                          on_done=self._show_hints, progress=False)

    def _show_hints(self, hints: list[str]) -> None:
        identity = self.ctx.identity
        coordinator = bool(hints) and identity is not None and identity.is_admin and not self.ctx.db.read_only
        if coordinator:  # the core's lines say what is missing; this says who can do it, and where
            hints = [*hints, self.tr('Confirm them with Manage → "Confirm care coordinators" (or the button).')]
        self.readers_hint.setText("\n".join(hints))
        self.readers_hint.setVisible(bool(hints))
        self.confirm_readers.setVisible(coordinator)
        self.readers_box.setVisible(bool(hints))

    def _confirm_readers(self) -> None:
        from ..account_menu import confirm_care_coordinators

        window = self.window()
        if getattr(window, "ctx", None) is self.ctx:
            confirm_care_coordinators(window)

    def _show(self, rows: list[ConcernView]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        ids = [r.id for r in rows]
        if rows:
            self.view.selectRow(ids.index(selected.id) if selected and selected.id in ids else 0)
        self._show_detail()

    def selected(self) -> ConcernView | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() and index.row() < self.model.rowCount() else None

    def _show_detail(self) -> None:
        row = self.selected()
        for button in (self.edit_button, self.close_button, self.delete_button):
            button.setEnabled(row is not None)
        if row is None:
            self.detail.setPlainText(self.tr("No concerns to show."))
            return
        self.close_button.setText(self.tr("Open again") if row.closed else self.tr("Mark followed up"))
        text = self._locked_text(row) if row.observation == UNREADABLE else escape(row.observation)
        self.detail.setHtml(f"<p><b>{escape(row.pupil_name)}</b> · {escape(row.group_name)} · "
                            f"{escape(row.school_name)}</p><p>{text}</p>")

    def _locked_text(self, row: ConcernView) -> str:
        """A reader whose key for this concern is not there yet (a newly assigned care coordinator, or someone
        whose password was reset): it is re-sealed for them at the next sign-in of a reader who has it."""
        other = row.care_coordinator if row.author_id == self.staff_id() else row.author_name
        if other and other != "?":
            text = self.tr("This text is sealed, and your key to it is not here yet. It becomes readable for you "
                           "as soon as %1 or another reader of it signs in to WIsH Desk; you need not do anything.")
            text = text.replace("%1", escape(other))
        else:
            text = self.tr("This text is sealed, and your key to it is not here yet. It becomes readable for you "
                           "as soon as another reader of it signs in to WIsH Desk.")
        return f"<i>{text}</i>"

    def new_concern(self, pupil_id: int | None = None, session_id: int | None = None) -> None:
        viewer = self.staff_id()
        if viewer is None:
            return
        self.ctx.ops.run(lambda: concerns.concern_pupils(self.ctx.db, viewer),
                         on_done=lambda options: self._open_new(options, pupil_id, session_id), progress=False)

    def _open_new(self, options: list[concerns.PupilOption], pupil_id: int | None, session_id: int | None) -> None:
        choices = [PupilChoice(o.pupil_id, f"{o.first_name} ({formatting.group_label(o.group_name)}, {o.school_name})",
                               o.care_coordinator) for o in options]
        dialog = ConcernDialog(choices, pupil_id=pupil_id, today=self.today(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.record(dialog.value(), session_id)

    def record(self, value: ConcernInput, session_id: int | None = None) -> None:
        """Save a new concern as the signed-in staff member (undo deletes it; redo brings it back, same id)."""
        viewer = self.staff_id()

        def restore(db, record: concerns.ConcernRecord) -> int:  # noqa: ANN001 - core Database
            concerns.restore_concern(db, viewer, record)
            return record.id

        self.ctx.edit(self.tr("Record concern"), reversible(
            CONCERNS,
            lambda db: concerns.record_concern(db, viewer, value.pupil_id, value.observed_on, value.category,
                                               value.observation, value.follow_up, value.review_date, session_id),
            lambda db, concern_id: concerns.delete_concern(db, viewer, concern_id), restore))

    def edit_selected(self) -> None:
        row, viewer = self.selected(), self.staff_id()
        if row is None:
            return
        choices = [PupilChoice(row.pupil_id, f"{row.pupil_name} ({formatting.group_label(row.group_name)})",
                               row.care_coordinator)]
        dialog = ConcernDialog(choices, existing=row, today=self.today(), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v, concern_id, version = dialog.value(), row.id, row.version

        def save(db, read: int | None):  # noqa: ANN001, ANN202 - the first save checks the version read; redo not
            return concerns.update_concern(db, viewer, concern_id, observed_on=v.observed_on, category=v.category,
                                           observation=v.observation, follow_up=v.follow_up,
                                           review_date=v.review_date, closed=v.closed, version=read)

        self.ctx.edit(self.tr("Edit concern"), reversible(
            CONCERNS, lambda db: save(db, version),
            lambda db, before: (concerns.restore_concern(db, viewer, before), before)[1],
            lambda db, _state: save(db, None)))

    def close_selected(self) -> None:
        row, viewer = self.selected(), self.staff_id()
        if row is not None:
            text = self.tr("Open concern again") if row.closed else self.tr("Mark concern followed up")
            concern_id, was_closed = row.id, row.closed
            self.ctx.edit(text, reversible(
                CONCERNS, lambda db: concerns.close_concern(db, viewer, concern_id, not was_closed),
                lambda db, _r: concerns.close_concern(db, viewer, concern_id, was_closed)))

    def delete_selected(self) -> None:
        row, viewer = self.selected(), self.staff_id()
        if row is None:
            return
        concern_id = row.id
        self.ctx.edit(self.tr("Delete concern"), reversible(
            CONCERNS, lambda db: concerns.delete_concern(db, viewer, concern_id),
            lambda db, record: concerns.restore_concern(db, viewer, record)))

    def purge(self) -> None:
        viewer, db, today = self.staff_id(), self.ctx.db, self.today()
        self.ctx.ops.run(lambda: (concerns.purge_preview(db, today, viewer), concerns.retention_years(db)),
                         on_done=lambda r: self._open_purge(*r), progress=False)

    def _open_purge(self, items: list, years: int) -> None:
        viewer, db, today = self.staff_id(), self.ctx.db, self.today()
        self.purge_dialog = dialog = PurgeDialog(items, years, self)

        def change(new_years: int) -> None:
            # the retention rule is a setting, not an edit of someone's text: no undo entry; recomputed dates
            self.ctx.ops.write(lambda: (concerns.set_retention_years(db, new_years),
                                        concerns.purge_preview(db, today, viewer))[1],
                               on_done=dialog.show_items, title=self.tr("Retention period"))

        dialog.retention_changed.connect(change)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            ids = dialog.confirmed_ids()
            # the law requires these to go: no undo entry, and the change set reloads the concern lists
            self.ctx.ops.write(lambda: concerns.purge(db, today, ids), title=self.tr("Remove expired concerns"),
                               on_done=lambda _n: self.ctx.changed(CONCERNS))
