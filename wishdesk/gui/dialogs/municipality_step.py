"""One step of making a new database: the municipality's name, so no report is titled "de gemeente".

A step of its own (not part of the first-start choice or of the first account): the controller asks it just
before a new database is created and passes the name to the core, which writes it in the creating
transaction. Editable later in Inrichting.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

MAX_LENGTH = 100  # as core.services.municipality checks


class MunicipalityStep(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("municipalityStep")
        self.setWindowTitle(self.tr("New database"))
        self.setMinimumWidth(440)  # the wrapped question needs a width to compute its height
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Which municipality is this database for? Its name goes on the reports; you can "
                               "change it later under Setup."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.name = QLineEdit()
        self.name.setObjectName("municipalityName")
        self.name.setMaxLength(MAX_LENGTH)
        self.name.setPlaceholderText(self.tr("for example 's-Hertogenbosch"))
        self.name.setAccessibleName(self.tr("Name of the municipality"))
        intro.setBuddy(self.name)
        layout.addWidget(self.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make database"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.value()))

    def value(self) -> str:
        return " ".join(self.name.text().split())
