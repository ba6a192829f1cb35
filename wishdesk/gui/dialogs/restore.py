"""File → Restore from backup: the backups of this database with date, reason, size and record counts.

The dialog only chooses; the Controller asks for confirmation and restores (after backing up the current state).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.backup import BACKUP_SUFFIX, BackupInfo, list_backups, verify_backup
from ...core.errors import WishDeskError
from ..i18n import format_date
from ..models.rows import Column, RowTableModel


def size_text(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} kB"


def reason_text(reason: str) -> str:
    """Why a backup was made, in the interface language."""
    labels = {
        "handmatig": QCoreApplication.translate("RestoreDialog", "Made by hand"),
        "bij-afsluiten": QCoreApplication.translate("RestoreDialog", "On closing"),
        "voor-update": QCoreApplication.translate("RestoreDialog", "Before an update"),
        "voor-terugzetten": QCoreApplication.translate("RestoreDialog", "Before a restore"),
        "voor-import": QCoreApplication.translate("RestoreDialog", "Before an import"),
        "voor-herstel": QCoreApplication.translate("RestoreDialog", "Before a repair"),
        "gered": QCoreApplication.translate("RestoreDialog", "Rescued (file had disappeared)"),
    }
    return labels.get(reason, reason.replace("-", " "))


def when_text(backup: BackupInfo) -> str:
    return f"{format_date(backup.created.date(), long=False)} {backup.created:%H:%M}"


def describe(backup: BackupInfo) -> str:
    """One line for confirmations: date, reason and what it holds."""
    text = QCoreApplication.translate("RestoreDialog", "Backup of %1 (%2): %3 schools, %4 pupils, %5 lessons")
    return (text.replace("%1", when_text(backup)).replace("%2", reason_text(backup.reason).lower())
            .replace("%3", str(backup.counts.get("school", "?"))).replace("%4", str(backup.counts.get("pupil", "?")))
            .replace("%5", str(backup.counts.get("session", "?"))))


class RestoreDialog(QDialog):
    def __init__(self, db_path: Path, backup_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(820, 440)
        self.backup_dir = backup_dir
        self.chosen: Path | None = None
        self.chosen_label = ""
        backups = list_backups(backup_dir, stem=db_path.stem)
        self.model = RowTableModel[BackupInfo]([
            Column(self.tr("Date"), when_text, tooltip=lambda b: f"{b.path} (schema {b.revision})"),
            Column(self.tr("Reason"), lambda b: reason_text(b.reason)),
            Column(self.tr("Size"), lambda b: size_text(b.size), align_right=True),
            Column(self.tr("Schools"), lambda b: b.counts.get("school", "?"), align_right=True),
            Column(self.tr("Groups"), lambda b: b.counts.get("group", "?"), align_right=True),
            Column(self.tr("Pupils"), lambda b: b.counts.get("pupil", "?"), align_right=True),
            Column(self.tr("Lessons"), lambda b: b.counts.get("session", "?"), align_right=True),
        ], self)
        self.model.set_rows(backups)
        self.view = QTableView()
        self.view.setObjectName("backupList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(self.tr("Backups"))
        self.view.verticalHeader().hide()
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self._accept())
        layout = QVBoxLayout(self)
        explain = QLabel(self.tr(
            "Choose the backup to put back. The current state is backed up first, and no backup is ever deleted."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.empty_label = QLabel(self.tr("There are no backups of this database yet."))
        self.empty_label.setVisible(not backups)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        folder = QLabel(self.tr("Backups are kept in %1").replace("%1", str(backup_dir)))
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("Restore…"))
        self.restore_button.setEnabled(bool(backups))
        other = QPushButton(self.tr("Other file…"))
        other.setToolTip(self.tr("Restore a backup from elsewhere, for example a USB stick"))
        other.clicked.connect(self._choose_file)
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        open_folder = QPushButton(self.tr("Open folder"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(backup_dir))))
        open_folder.setEnabled(backup_dir.is_dir())
        buttons.addButton(open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if backups:
            self.view.selectRow(0)

    def _accept(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            backup = self.model.row_at(index.row())
            self.choose(backup.path, describe(backup))

    def choose(self, path: Path, label: str) -> None:
        self.chosen, self.chosen_label = path, label
        self.accept()

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(self.backup_dir),
            self.tr("WIsH Desk backup (*%1 *.sqlite *.db);;All files (*)").replace("%1", BACKUP_SUFFIX))
        if not name:
            return
        try:
            verify_backup(Path(name))
        except (WishDeskError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Restore from backup"), str(exc))
            return
        self.choose(Path(name), Path(name).name)
