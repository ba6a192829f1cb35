"""'Re-plan everything…' on the Planning page: plan anew in the background, show which lessons would move
(from → to, and how many) before anything is written, and apply on confirmation as one undoable edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from ...core.services import replan_preview
from ...core.services.replan_preview import Move, ReplanPreview
from ..models.rows import Column, RowTableModel
from .planning_jobs import when_text

if TYPE_CHECKING:
    from .planning import PlanningPage


class ReplanDialog(QDialog):
    """The preview: every move in a table, the count above it; OK applies, Cancel writes nothing."""

    def __init__(self, preview: ReplanPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Re-plan everything"))
        self.resize(820, 480)
        self.preview = preview
        self.summary = QLabel(preview.summary() + "\n" + self.tr(
            "Held and pinned lessons stay where they are. Nothing changes until you confirm; afterwards "
            "Undo puts every lesson back."))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What re-planning would change"))
        self.model = RowTableModel[Move]([
            Column(self.tr("Lesson"), lambda m: m.what),
            Column(self.tr("School"), lambda m: m.school),
            Column(self.tr("From"), lambda m: when_text(m.before) if m.before else self.tr("(no date yet)"),
                   sort=lambda m: m.before or datetime.min),
            Column(self.tr("To"), lambda m: when_text(m.after), sort=lambda m: m.after),
        ], self)
        self.model.set_rows(list(preview.moves))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Lessons that would move"))
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.resizeColumnsToContents()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Move %1 lesson(s)").replace("%1", str(len(preview.moves))))
        ok.setEnabled(bool(preview.moves))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(not preview.moves)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)


class ReplanFlow(QObject):
    """Owns the button and the two background jobs; the page shows the outcome as for automatic planning."""

    def __init__(self, page: PlanningPage) -> None:
        super().__init__(page)
        self.page = page
        self.dialog: ReplanDialog | None = None
        self.button = QPushButton(self.tr("Re-plan ever&ything…"))
        self.button.setAccessibleName(self.tr("Plan all planned lessons anew, with a preview first"))
        self.button.setToolTip(self.tr("Shows which lessons would move before anything changes."))
        self.button.clicked.connect(self.start)

    def start(self) -> None:
        page = self.page
        db, today, limit, me = page.ctx.db, page.today(), page.plan_time_limit, page.ctx.scope_staff
        page.say(self.tr("Planning… this takes up to %1 seconds.").replace("%1", str(round(limit + 1))))
        page.ctx.ops.run(lambda: replan_preview.preview_replan(db, today=today, time_limit=limit, as_staff=me),
                         title=self.tr("Re-plan everything"), on_done=self.show, progress=True)

    def show(self, preview: ReplanPreview) -> None:
        self.page.say(preview.summary())
        self.dialog = dialog = ReplanDialog(preview, self.page)
        dialog.accepted.connect(lambda: self.apply(preview))
        dialog.open()

    def apply(self, preview: ReplanPreview) -> None:
        db, me = self.page.ctx.db, self.page.ctx.scope_staff
        # actions.planned records the change set as one undo entry ("Automatic planning"), as for Ctrl+Shift+P
        self.page.ctx.ops.write(lambda: replan_preview.apply_replan(db, preview, as_staff=me),
                                title=self.tr("Re-plan everything"),
                                on_done=lambda outcome: self.page.actions.planned(outcome, self.tr("Re-plan everything")))
