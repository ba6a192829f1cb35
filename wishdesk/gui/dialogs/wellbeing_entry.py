"""Entering a group's well-being check (before lesson 1, after the last): pupils as rows, the six items as
columns, typed 1–5 from the keyboard. Saved in one transaction on the write lane; Ctrl+Z takes it back.
The printed child-friendly form for the class is one button away."""

from __future__ import annotations

import io
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.edits import Changes, Kind, reversible
from ...core.services import wellbeing
from ..context import AppContext
from ..widgets.wellbeing_grid import WellbeingGrid

CHANGES = Changes.of(Kind.SETUP)


class WellbeingDialog(QDialog):
    def __init__(self, ctx: AppContext, group_id: int, group_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.group_id = ctx, group_id
        self.setObjectName("wellbeingDialog")
        self.setWindowTitle(self.tr("Well-being check: %1").replace("%1", group_label))
        self.moment = QComboBox()
        self.moment.setAccessibleName(self.tr("Moment of the check"))
        self.moment.addItem(self.tr("Before lesson 1"), "before")
        self.moment.addItem(self.tr("After the last lesson"), "after")
        self.moment.currentIndexChanged.connect(lambda _i: self.load())
        self.grid = WellbeingGrid()
        self.grid.setAccessibleName(self.tr("Answers per pupil"))
        hint = QLabel(self.tr("Type 1 to 5 per answer (1 = not at all, 5 = very much); the cursor moves on by "
                              "itself. 0 or Delete clears an answer. Only aggregates of 5 or more pupils are ever "
                              "reported."))
        hint.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print the form for the class…"))
        self.print_button.setAccessibleName(self.tr("Print the children's form for this group"))
        self.print_button.clicked.connect(self.print_forms)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Moment:")))
        top.addWidget(self.moment)
        top.addStretch(1)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.grid, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self.load()

    def load(self) -> None:
        db, group_id, moment = self.ctx.db, self.group_id, self.moment.currentData()
        self.ctx.ops.read(lambda: wellbeing.group_grid(db, group_id, moment), owner=self, key="grid",
                          on_done=self.grid.set_rows)

    def save(self) -> None:
        records = self.grid.records(self.moment.currentData(), date.today())
        self.ctx.edit(self.tr("Save well-being check"), reversible(
            CHANGES, lambda db: wellbeing.save_group_checks(db, records), wellbeing.save_group_checks),
            on_done=lambda _before: self.ctx.say(self.tr("Well-being check saved.")))

    def print_forms(self) -> None:
        from ...printing.report_wellbeing_form import render_wellbeing_form
        from .pdf_dialog import PdfDialog

        db, group_id, moment = self.ctx.db, self.group_id, self.moment.currentData()

        def render() -> bytes:
            buffer = io.BytesIO()
            render_wellbeing_form(wellbeing.wellbeing_form(db, group_id, moment), buffer)
            return buffer.getvalue()

        def shown(data: bytes) -> None:
            dialog = PdfDialog(self.tr("Well-being check"), data, f"welzijnscheck-{group_id}.pdf", self)
            dialog.setObjectName("wellbeingFormDialog")
            dialog.show()

        self.ctx.ops.run(render, title=self.tr("Well-being check"), on_done=shown)
