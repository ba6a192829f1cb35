"""The duo's reflection on a held lesson: what went well, what to change next time, group climate 1–5.

While typing, the text is kept as a draft in the settings file (per database and session), so a crash or a
closed laptop loses nothing; the draft is removed once the reflection is saved in the database. Ctrl+Enter saves.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.services.reflections import ReflectionView
from .. import settings


class ReflectionEditor(QWidget):
    save_requested = Signal(str, str, object)  # went well, change next time, climate (int or None)

    def __init__(self, parent: QWidget | None = None, database_id: str = "") -> None:
        super().__init__(parent)
        self.database_id = database_id  # drafts are kept per database
        self.session_id: int | None = None
        self.read_version: int | None = None  # the saved reflection's version when it was loaded
        self._loading = False
        self.went_well = QPlainTextEdit()
        self.went_well.setAccessibleName(self.tr("What went well"))
        self.went_well.setPlaceholderText(self.tr("Which exercise worked, what did the pupils pick up…"))
        self.change_next = QPlainTextEdit()
        self.change_next.setAccessibleName(self.tr("What to change next time"))
        self.change_next.setPlaceholderText(self.tr("What will you do differently in the next lesson…"))
        for edit in (self.went_well, self.change_next):
            edit.setTabChangesFocus(True)  # Tab moves on instead of typing a tab character
            edit.textChanged.connect(self._changed)
        self.climate = QComboBox()
        self.climate.setAccessibleName(self.tr("Group climate"))
        self.climate.addItem(self.tr("— choose —"), None)
        for value, text in ((1, self.tr("1 – very restless")), (2, self.tr("2 – restless")),
                            (3, self.tr("3 – mixed")), (4, self.tr("4 – pleasant")), (5, self.tr("5 – very pleasant"))):
            self.climate.addItem(text, value)
        self.climate.currentIndexChanged.connect(self._changed)
        self.state = QLabel()
        self.state.setAccessibleName(self.tr("Reflection status"))
        self.state.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save reflection"))
        self.save_button.setAccessibleName(self.tr("Save reflection"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.save_button.clicked.connect(self.save)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(600)
        self._draft_timer.timeout.connect(self.store_draft)
        climate_row = QHBoxLayout()
        climate_row.addWidget(QLabel(self.tr("Group climate")))
        climate_row.addWidget(self.climate)
        climate_row.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._bold(self.tr("What went well?")))
        layout.addWidget(self.went_well, 1)
        layout.addWidget(self._bold(self.tr("What do we change next time?")))
        layout.addWidget(self.change_next, 1)
        layout.addLayout(climate_row)
        layout.addLayout(bottom)

    @staticmethod
    def _bold(text: str) -> QLabel:
        label = QLabel(f"<b>{text}</b>")
        label.setAccessibleName(text)
        return label

    def load(self, session_id: int | None, saved: ReflectionView | None, can_write: bool) -> None:
        """Show the saved reflection, or a draft typed earlier on this computer that was not saved yet."""
        if self._draft_timer.isActive():
            self.store_draft()  # the previous session's text first
        self._loading = True
        self.session_id = session_id
        # the version read: a save based on it is refused when the other trainer rewrote it since
        self.read_version = saved.version if saved else None
        draft = self._read_draft()
        values = draft or ({"went_well": saved.went_well, "change_next": saved.change_next,
                            "climate": saved.climate} if saved else {})
        self.went_well.setPlainText(values.get("went_well", ""))
        self.change_next.setPlainText(values.get("change_next", ""))
        self.climate.setCurrentIndex(max(0, self.climate.findData(values.get("climate"))))
        for widget in (self.went_well, self.change_next, self.climate, self.save_button):
            widget.setEnabled(can_write)
        if not can_write:
            self.state.setText(self.tr("You can write the reflection once the lesson is marked as held."))
        elif draft:
            self.state.setText(self.tr("Draft restored: this text was typed earlier but not saved yet."))
        elif saved:
            self.state.setText(self.tr("Saved by %1.").replace("%1", saved.author_name or "?"))
        else:
            self.state.setText(self.tr("Not written yet."))
        self._loading = False

    def values(self) -> tuple[str, str, int | None]:
        return self.went_well.toPlainText(), self.change_next.toPlainText(), self.climate.currentData()

    def save(self) -> None:
        if self.session_id is not None and self.save_button.isEnabled():
            self.store_draft()
            self.save_requested.emit(*self.values())

    def saved(self, author_name: str) -> None:
        """The database has it now: the draft can go."""
        if self.session_id is not None:
            settings.set_draft(self.database_id, self.session_id, "")
        self.state.setText(self.tr("Saved by %1.").replace("%1", author_name))

    def _changed(self) -> None:
        if not self._loading and self.session_id is not None:
            self.state.setText(self.tr("Not saved yet (kept as a draft on this computer)."))
            self._draft_timer.start()

    def store_draft(self) -> None:
        self._draft_timer.stop()
        if self.session_id is None or self._loading:
            return
        went_well, change_next, climate = self.values()
        if went_well.strip() or change_next.strip() or climate is not None:
            settings.set_draft(self.database_id, self.session_id, json.dumps(
                {"went_well": went_well, "change_next": change_next, "climate": climate}))
        else:
            settings.set_draft(self.database_id, self.session_id, "")

    def _read_draft(self) -> dict | None:
        if self.session_id is None:
            return None
        raw = settings.draft(self.database_id, self.session_id)
        try:
            return json.loads(raw) if raw else None
        except ValueError:
            return None
