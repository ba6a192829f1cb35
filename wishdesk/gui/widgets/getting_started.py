"""The guided start on Vandaag: a checklist from an empty database to the first printed home activity, each
step ticked when the database shows it done, each with a button to the page where it is done."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from ...core.services.getting_started import STEPS, GettingStarted

#: where each step is done (page keys of pages/registry.py)
PAGE_OF_STEP = {"school_year": "setup", "schools": "setup", "staff": "setup", "groups": "groups",
                "pupils": "groups", "plan": "planning", "print": "parents"}


class GettingStartedPanel(QGroupBox):
    page_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Getting started"))
        self.setAccessibleName(self.tr("Getting started"))
        self.setObjectName("gettingStarted")
        texts = {
            "school_year": self.tr("Make the school year (Setup → School years)"),
            "schools": self.tr("Add the schools and their lesson times for groep 6 (Setup → Schools)"),
            "staff": self.tr("Add the staff: teachers and resilience specialists (Setup → Staff)"),
            "groups": self.tr("Add the groups (Groups)"),
            "pupils": self.tr("Import the class lists (Groups → Import class list…)"),
            "plan": self.tr("Plan the lessons (Planning → Automatic planning)"),
            "print": self.tr("Print the first home activities (Parents → Print home activities…)"),
        }
        layout = QGridLayout(self)
        layout.setVerticalSpacing(1)
        layout.setContentsMargins(8, 4, 8, 4)
        self.ticks: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        for row, key in enumerate(STEPS):
            tick = QLabel()
            text = QLabel(f"{row + 1}. {texts[key]}")
            text.setWordWrap(True)
            button = QPushButton(self.tr("Go there"))
            button.setAccessibleName(self.tr("Go to: %1").replace("%1", texts[key]))
            button.clicked.connect(lambda _=False, k=key: self.page_requested.emit(PAGE_OF_STEP[k]))
            layout.addWidget(tick, row, 0)
            layout.addWidget(text, row, 1)
            layout.addWidget(button, row, 2)
            layout.setColumnStretch(1, 1)
            self.ticks[key], self.buttons[key] = tick, button
        self.hide()

    def show_state(self, state: GettingStarted) -> None:
        """Ticks (a sign and a word, never colour alone); the next step's button is the one to press."""
        nxt = state.next_step
        for step in state.steps:
            done = step.done
            self.ticks[step.key].setText("✔ " + self.tr("done") if done else "○ " + self.tr("to do"))
            self.ticks[step.key].setAccessibleName(self.tr("done") if done else self.tr("to do"))
            self.buttons[step.key].setDefault(step.key == nxt)
        self.show()
