"""Shown when a database fails its integrity check on opening: nothing was changed, here is the newest good
backup. Restoring it keeps the damaged file too (under a name that is never offered as a backup)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...core.backup import BackupInfo
from .restore import RestoreDialog, describe


class DamagedDialog(QDialog):
    """`chosen` is the backup file to restore after exec() returned Accepted."""

    def __init__(self, db_path: Path, message: str, newest_good: BackupInfo | None, backup_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database damaged"))
        self.db_path = db_path
        self.backup_dir = backup_dir
        self.newest_good = newest_good
        self.chosen: Path | None = None
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        text = self.tr("<p><b>WIsH Desk cannot open %1 safely: the file is damaged.</b></p>"
                       "<p>Nothing in the file has been changed.</p>").replace("%1", escape(db_path.name))
        if newest_good is not None:
            text += self.tr("<p>The newest good backup is:<br><b>%1</b></p><p>Do you want to put it back? The "
                            "damaged database is kept aside first.</p>").replace("%1", escape(describe(newest_good)))
        else:
            text += self.tr("<p>No good backup of this database was found in %1. You can choose a backup file "
                            "yourself, for example from a USB stick.</p>").replace("%1", escape(str(backup_dir)))
        text += f'<p style="color:#666666"><small>{escape(message)}</small></p>'
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(460)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(self.text, 1)
        buttons = QDialogButtonBox()
        if newest_good is not None:
            self.restore_button = QPushButton(self.tr("Restore newest backup"))
            self.restore_button.setDefault(True)
            self.restore_button.clicked.connect(self._restore_newest)
            buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.other_button = QPushButton(self.tr("Choose another backup…"))
        self.other_button.clicked.connect(self._choose_other)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)

    def _restore_newest(self) -> None:
        assert self.newest_good is not None
        self.chosen = self.newest_good.path
        self.accept()

    def _choose_other(self) -> None:
        dialog = RestoreDialog(self.db_path, self.backup_dir, self)
        if dialog.exec() and dialog.chosen is not None:
            self.chosen = dialog.chosen
            self.accept()
