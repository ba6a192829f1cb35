"""Purge concerns whose retention period has ended: the dialog lists exactly what will be removed and
asks for confirmation. The retention period (years after the end of the school year) can be changed here."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.services.concerns import MAX_RETENTION_YEARS, PurgeItem
from .. import formatting, labels
from ..models.rows import Column, RowTableModel


class PurgeDialog(QDialog):
    retention_changed = Signal(int)  # the page saves it and calls show_items again

    def __init__(self, items: list[PurgeItem], years: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove expired concerns"))
        self.resize(760, 440)
        hidden = self.tr("(not yours to see)")
        categories = labels.categories()
        self.model = RowTableModel[PurgeItem]([
            Column(self.tr("School"), lambda r: r.school_name),
            Column(self.tr("Group"), lambda r: r.group_name),
            Column(self.tr("Pupil"), lambda r: r.pupil_name or hidden),
            Column(self.tr("Category"), lambda r: categories.get(r.category, hidden) if r.category else hidden),
            Column(self.tr("Observed on"), lambda r: formatting.short_date(r.observed_on),
                   sort=lambda r: r.observed_on),
            Column(self.tr("Kept until"), lambda r: formatting.short_date(r.purge_after),
                   sort=lambda r: r.purge_after),
            Column(self.tr("Author"), lambda r: r.author_name),
        ], self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Concerns that will be removed"))
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.years = QSpinBox()
        self.years.setRange(0, MAX_RETENTION_YEARS)
        self.years.setValue(years)
        self.years.setAccessibleName(self.tr("Retention in years after the school year"))
        self.years.setSuffix(self.tr(" year(s)"))
        apply = QPushButton(self.tr("Apply retention"))
        apply.setAccessibleName(self.tr("Apply retention period"))
        apply.clicked.connect(lambda: self.retention_changed.emit(self.years.value()))
        retention = QHBoxLayout()
        retention.addWidget(QLabel(self.tr("Keep concerns until the end of the school year plus")))
        retention.addWidget(self.years)
        retention.addWidget(apply)
        retention.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(retention)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.show_items(items)

    def show_items(self, items: list[PurgeItem]) -> None:
        self.model.set_rows(items)
        self.view.resizeColumnsToContents()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(items))
        ok.setText(self.tr("Remove %1 concern(s) for good").replace("%1", str(len(items))))
        if items:
            self.summary.setText(self.tr(
                "These concerns are past their retention period and will be removed permanently. "
                "This cannot be undone."))
        else:
            self.summary.setText(self.tr("No concern is past its retention period. Nothing will be removed."))

    def confirmed_ids(self) -> list[int]:
        return [row.id for row in self.model.rows()]
