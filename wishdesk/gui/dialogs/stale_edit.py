"""Someone else saved this record after you opened it: both versions side by side, and you choose.

"Keep my version" repeats the same save, now based on the version stored (one undoable edit, refused once
more only if someone saved yet again); "Keep their version" drops this save and reloads. Closing the dialog
saves nothing and leaves an open edit dialog as it was, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .. import labels
from ..errors import user_message
from ..widgets.version_compare import MINE, THEIRS, Fields, VersionCompare

# Columns no person edits (bookkeeping, keys): shown only when they differ.
_QUIET = {"id", "version", "archived", "created_at", "updated_at", "purge_after"}


def field_labels() -> dict[str, str]:
    """Column names as people know them (the columns of the records people edit)."""
    return {
        "name": QCoreApplication.translate("StaleEdit", "Name"),
        "town": QCoreApplication.translate("StaleEdit", "Town"),
        "holiday_region": QCoreApplication.translate("StaleEdit", "Holiday region"),
        "care_coordinator_id": QCoreApplication.translate("StaleEdit", "Care coordinator"),
        "first_name": QCoreApplication.translate("StaleEdit", "First name"),
        "subgroup": QCoreApplication.translate("StaleEdit", "Half of the group"),
        "language": QCoreApplication.translate("StaleEdit", "Language"),
        "contact_preference": QCoreApplication.translate("StaleEdit", "Contact by"),
        "email": QCoreApplication.translate("StaleEdit", "E-mail"),
        "max_sessions_per_day": QCoreApplication.translate("StaleEdit", "Lessons per day at most"),
        "video_url": QCoreApplication.translate("StaleEdit", "Class video"),
        "split_by_gender": QCoreApplication.translate("StaleEdit", "Split boys and girls"),
        "specialist_id": QCoreApplication.translate("StaleEdit", "Specialist"),
        "purpose": QCoreApplication.translate("StaleEdit", "Purpose"),
        "granted_on": QCoreApplication.translate("StaleEdit", "Granted on"),
        "withdrawn_on": QCoreApplication.translate("StaleEdit", "Withdrawn on"),
        "note": QCoreApplication.translate("StaleEdit", "Note"),
        "notes": QCoreApplication.translate("StaleEdit", "Notes"),
        "went_well": QCoreApplication.translate("StaleEdit", "What went well"),
        "change_next": QCoreApplication.translate("StaleEdit", "To change next time"),
        "climate": QCoreApplication.translate("StaleEdit", "Group climate"),
        "author_id": QCoreApplication.translate("StaleEdit", "Written by"),
        "observed_on": QCoreApplication.translate("StaleEdit", "Observed on"),
        "category": QCoreApplication.translate("StaleEdit", "Category"),
        "observation": QCoreApplication.translate("StaleEdit", "Observation"),
        "follow_up": QCoreApplication.translate("StaleEdit", "Follow-up"),
        "review_date": QCoreApplication.translate("StaleEdit", "Review on"),
        "closed": QCoreApplication.translate("StaleEdit", "Followed up"),
        "kind": QCoreApplication.translate("StaleEdit", "Kind"),
        "date": QCoreApplication.translate("StaleEdit", "Date"),
        "start_time": QCoreApplication.translate("StaleEdit", "Start"),
        "end_time": QCoreApplication.translate("StaleEdit", "End"),
        "location": QCoreApplication.translate("StaleEdit", "Location"),
        "title": QCoreApplication.translate("StaleEdit", "Title"),
        "topic": QCoreApplication.translate("StaleEdit", "Topic"),
        "status": QCoreApplication.translate("StaleEdit", "Status"),
    }


def _value_words(column: str, value: Any, record: dict[str, Any]) -> Any:
    """A stored code in the words the edit screens use ("planned" → "gepland"); other values as they are."""
    if not isinstance(value, str):
        return value
    if column == "subgroup":
        if value == "all":
            return QCoreApplication.translate("StaleEdit", "whole class")
        # a lesson is for half a class ("jongens"), a pupil is one boy ("jongen")
        words = labels.session_halves() if "start_time" in record else labels.subgroups()
        return words.get(value, value)
    vocabulary = {"status": labels.statuses, "contact_preference": labels.contacts, "holiday_region": labels.regions,
                  "purpose": labels.purposes, "category": labels.categories, "follow_up": labels.follow_ups,
                  "kind": lambda: {**labels.lesson_kinds(), **labels.meeting_kinds(), **labels.parent_event_kinds()}}
    if column == "language":
        return labels.language(value)
    if column in vocabulary:
        return vocabulary[column]().get(value, value)
    return value


def fields_of(stale: Any) -> Fields:
    """A StaleEdit as `{column: (label, mine, theirs)}`: the columns people edit, and every one that differs."""
    names = field_labels()
    theirs = stale.current or {}
    out = {}
    for column, mine in stale.attempted.items():
        other = theirs.get(column)
        same = mine == other
        if column == "version" or (same and (column in _QUIET or column not in names)):
            continue
        if same and (isinstance(mine, bytes | bytearray | memoryview) or column.endswith("_id")):
            continue  # sealed text and links to other records: only worth a line when they differ
        out[column] = (names.get(column, column.replace("_", " ")), _value_words(column, mine, stale.attempted),
                       _value_words(column, other, theirs))
    return out


class StaleEditDialog(QDialog):
    """Both versions of a record; `decision` is MINE, THEIRS or None (closed)."""

    def __init__(self, stale: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staleEditDialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.stale = stale
        self.decision: str | None = None
        message = QLabel(user_message(stale))
        message.setWordWrap(True)
        message.setObjectName("staleMessage")
        choose = QLabel(self.tr("Compare both versions and choose which one stays."))
        choose.setWordWrap(True)
        self.compare = VersionCompare(fields_of(stale))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.compare)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.mine_button = QPushButton(self.tr("Keep my version"))
        self.theirs_button = QPushButton(self.tr("Keep their version"))
        for button, side in ((self.mine_button, MINE), (self.theirs_button, THEIRS)):
            button.setAccessibleName(button.text())
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, s=side: self._decide(s))
        if stale.current is None:  # deleted meanwhile: there is nothing left to save into
            self.mine_button.setEnabled(False)
        self.theirs_button.setDefault(True)  # Enter never overwrites someone else's work
        buttons = QDialogButtonBox()
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(choose)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def _decide(self, side: str) -> None:
        self.decision = side
        self.compare.choose_all(side)
        self.accept()


def resolve(parent: QWidget | None, stale: Any, keep_mine: Callable[[], None], keep_theirs: Callable[[], None],
            closed: Callable[[], None] | None = None) -> StaleEditDialog:
    """Show both versions (window-modal, not blocking) and run the callback of the person's choice."""
    dialog = StaleEditDialog(stale, parent)

    def finished(_code: int) -> None:
        if dialog.decision == MINE:
            keep_mine()
        elif dialog.decision == THEIRS:
            keep_theirs()
        elif closed is not None:
            closed()
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
