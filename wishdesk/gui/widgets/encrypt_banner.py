"""The banner over a plain (unencrypted) database: anyone who copies the file can read it, so offer to encrypt."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class EncryptBanner(QFrame):
    encrypt_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("encryptBanner")
        self.setStyleSheet("#encryptBanner { background: #fff4ce; border: 1px solid #e0b400; border-radius: 4px; }")
        text = QLabel(self.tr("<b>This database is not encrypted.</b> Anyone who gets a copy of the file (a lost "
                              "laptop or USB stick) can read pupils' names and concerns. Encrypt it: after that, "
                              "everyone signs in with a name and password and sees only what their role needs."))
        text.setWordWrap(True)
        self.button = QPushButton(self.tr("Encrypt…"))
        self.button.setObjectName("encryptButton")
        self.button.clicked.connect(self.encrypt_requested.emit)
        layout = QHBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(self.button)
