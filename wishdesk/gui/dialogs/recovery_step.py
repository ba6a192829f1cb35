""""Bewaar dit vel": right after a database is encrypted, its recovery sheet is saved (a PDF to print) at once.
With the sheet the database opens when every password is lost; without it the data is gone then. So the step
can be skipped only with an explicit confirmation. The key is never written anywhere but the chosen PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import WishDeskError
from ...printing.recovery_sheet import RecoverySheet, render_recovery_sheet
from ..operations import user_message


class RecoveryStepDialog(QDialog):
    """`saved_to` is the PDF written (None: skipped after the confirmation)."""

    # tests answer instead of the modal boxes: where to save (None: cancelled), and "skip anyway?"
    path_sink: Callable[[], str | None] | None = None
    confirm_sink: Callable[[str], bool] | None = None

    def __init__(self, database: Path, recovery_key: str, parent: QWidget | None = None, note: str = "") -> None:
        """`note`: one more line under the key (after taking a laptop copy: which name to sign in with)."""
        super().__init__(parent)
        self.database = Path(database)
        self.recovery_key = recovery_key
        self.saved_to: Path | None = None
        self.setWindowTitle(self.tr("Keep this sheet"))
        title = QLabel(self.tr("<h2>Keep this sheet: the recovery sheet</h2>"))
        text = QLabel(self.tr(
            "The database %1 is encrypted. If every password is forgotten, only this recovery key opens it again; "
            "without it the data is lost for good.<p>Save the recovery sheet now and print it. Keep the paper in a "
            "safe place (a locked cupboard), not with the laptop or the USB stick, and delete the PDF after "
            "printing.").replace("%1", self.database.name))
        text.setWordWrap(True)
        key = QLabel(recovery_key)
        key.setObjectName("recoveryKey")
        key.setFont(QFont("monospace"))
        key.setWordWrap(True)
        key.setAccessibleName(self.tr("Recovery key"))
        self.save_button = QPushButton(self.tr("&Save recovery sheet (PDF)…"))
        self.save_button.setObjectName("saveRecoverySheet")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setObjectName("recoveryDone")
        self.done_button.setEnabled(False)  # first the sheet
        self.done_button.clicked.connect(self.accept)
        self.skip_button = QPushButton(self.tr("Skip…"))
        self.skip_button.setObjectName("recoverySkip")
        self.skip_button.clicked.connect(self.skip)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(key)
        if note:
            self.note = QLabel(note)
            self.note.setObjectName("recoveryNote")
            self.note.setWordWrap(True)
            self.note.setStyleSheet("font-weight: bold;")  # the one thing to remember at the next sign-in
            layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(560, self.sizeHint().height())

    def _ask_path(self) -> str | None:
        sink = type(self).path_sink
        if sink is not None:
            return sink()
        suggested = str(Path.home() / f"herstelblad-{self.database.stem}.pdf")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save recovery sheet"), suggested, self.tr("PDF (*.pdf)"))
        return name or None

    def save(self) -> None:
        name = self._ask_path()
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            render_recovery_sheet(RecoverySheet(database_name=self.database.name, recovery_key=self.recovery_key),
                                  target)
        except (OSError, WishDeskError) as exc:
            self.status.setText(user_message(exc))
            return
        self.saved_to = target
        self.status.setText(self.tr("Saved as %1. Print it now, then keep the paper safe.").replace("%1", str(target)))
        self.done_button.setEnabled(True)
        self.done_button.setDefault(True)
        if type(self).path_sink is None:  # open it in the PDF viewer, to print
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _confirm(self, text: str) -> bool:
        sink = type(self).confirm_sink
        if sink is not None:
            return sink(text)
        box, skip = self.skip_box(text)
        box.exec()
        return box.clickedButton() is skip

    def skip_box(self, text: str) -> tuple[QMessageBox, QPushButton]:
        """The "skip anyway?" box and its skip button. Enter and Escape mean "Back": the safe answer."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Without a recovery sheet"), text, parent=self)
        skip = box.addButton(self.tr("Skip anyway"), QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(self.tr("Back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        return box, skip

    def skip_text(self) -> str:
        return self.tr("Without the recovery sheet, the data cannot be opened again once every password is "
                       "forgotten. You can make a new sheet later (Manage → Print recovery sheet…). Skip it "
                       "anyway?")

    def skip(self) -> None:
        if self._confirm(self.skip_text()):
            super().reject()

    def reject(self) -> None:  # Escape and the close button ask too
        self.skip()
