"""The municipality's name in Inrichting (and in the new-database dialog): a line edit with a save button.
Thin: the page stores it with `core.services.municipality.set_municipality_name` (through its write lane;
the returned old name is the undo) and calls `set_name` after loading."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


class MunicipalityField(QWidget):
    save_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("municipalityField")
        self.edit = QLineEdit()
        self.edit.setMaxLength(100)
        self.edit.setPlaceholderText(self.tr("for example 's-Hertogenbosch"))
        self.edit.setAccessibleName(self.tr("Name of the municipality"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save the name of the municipality"))
        self.save_button.clicked.connect(self._save)
        self.edit.returnPressed.connect(self._save)
        self.edit.textChanged.connect(lambda text: self.save_button.setEnabled(bool(text.strip())))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Municipality (shown in report titles):"))
        label.setBuddy(self.edit)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.save_button)
        self.save_button.setEnabled(False)

    def set_name(self, name: str | None) -> None:
        self.edit.setText(name or "")

    def _save(self) -> None:
        name = " ".join(self.edit.text().split())
        if name:
            self.save_requested.emit(name)
