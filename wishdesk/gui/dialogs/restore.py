"""File → Restore from backup: a list of backups with date, size and record counts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from ... import paths
from ...core.backup import BackupInfo, list_backups
from ..i18n import format_date
from ..models.rows import Column, RowTableModel


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} kB"


class RestoreDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(760, 420)
        self.chosen: Path | None = None
        backups = list_backups(paths.backup_dir_for(db_path))
        self.model = RowTableModel[BackupInfo]([
            Column(self.tr("Date"), lambda b: f"{format_date(b.created.date(), long=False)} {b.created:%H:%M}"),
            Column(self.tr("Reason"), lambda b: b.reason.replace("-", " ")),
            Column(self.tr("Size"), lambda b: _size(b.size), align_right=True),
            Column(self.tr("Schools"), lambda b: b.counts.get("school", "?"), align_right=True),
            Column(self.tr("Pupils"), lambda b: b.counts.get("pupil", "?"), align_right=True),
            Column(self.tr("Lessons"), lambda b: b.counts.get("session", "?"), align_right=True),
        ], self)
        self.model.set_rows(backups)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(self.tr("Backups"))
        self.view.resizeColumnsToContents()
        layout = QVBoxLayout(self)
        explain = QLabel(self.tr(
            "Choose a backup to put back. The current state is backed up first, and no backup is ever deleted."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        if not backups:
            layout.addWidget(QLabel(self.tr("There are no backups of this database yet.")))
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if backups:
            self.view.selectRow(0)

    def _accept(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.chosen = self.model.row_at(index.row()).path
            self.accept()
