"""A PDF shown in the app with Print… and Save as PDF… (invitations, lesson plans, partner maps)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ..widgets.pdf_preview import PdfPreview


class PdfDialog(QDialog):
    def __init__(self, title: str, data: bytes, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 1000)
        self.preview = PdfPreview(self)
        self.preview.set_pdf(data, file_name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
