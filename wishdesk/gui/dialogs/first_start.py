"""Shown when WIsH Desk starts without a database: an empty one, the demo, or an existing file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class FirstStartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to WIsH Desk"))
        self.choice: str | None = None
        self.path: str | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "<h2>Welcome to WIsH Desk</h2><p>There is no database on this computer yet. "
            "Do you want to start with an empty database, or look around first in a demo municipality?</p>"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for key, text, hint in (
            ("empty", self.tr("Start with an &empty database"), self.tr("For the real school year. It is encrypted: you make the first account (name and password).")),
            ("demo", self.tr("Try the &demo municipality"), self.tr("Six schools with made-up pupils; safe to try anything.")),
            ("open", self.tr("&Open an existing database…"), self.tr("For example one a colleague gave you.")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"firstStart_{key}")
            button.setAccessibleDescription(hint)
            button.setToolTip(hint)
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
            layout.addWidget(button)

    def _choose(self, key: str) -> None:
        if key == "open":
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), "",
                                                  self.tr("WIsH Desk database (*.sqlite *.db);;All files (*)"))
            if not name:
                return
            self.path = name
        self.choice = key
        self.accept()
