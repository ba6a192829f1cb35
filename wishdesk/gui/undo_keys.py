"""Ctrl+Z / Ctrl+Shift+Z reach the application's undo when the focused text field has nothing to undo.

A QLineEdit claims Undo and Redo for itself (it accepts the ShortcutOverride event), even when it has
nothing to take back. After deleting a pupil the focus landed in the empty filter box, and Ctrl+Z then did
nothing at all. This filter lets the key through to the Edit menu's actions (application shortcuts) exactly
when the field has no undo (or redo) of its own; a field with typed text still undoes its own typing first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit

_UNDO = (QKeySequence.StandardKey.Undo,)
_REDO = (QKeySequence.StandardKey.Redo,)


def _own_history(widget: QObject, redo: bool) -> bool | None:
    """Whether a text widget has something of its own to undo (redo); None for other widgets."""
    if isinstance(widget, QComboBox):
        widget = widget.lineEdit()
    if isinstance(widget, QAbstractSpinBox):
        edit = widget.findChild(QLineEdit)
        widget = edit if edit is not None else widget
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        document = widget.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return None


def _is_redo(event: QKeyEvent) -> bool | None:
    """True for a redo key, False for undo, None for any other key."""
    combination = event.keyCombination()
    if any(event.matches(key) for key in _REDO) or QKeySequence(combination) == QKeySequence("Ctrl+Shift+Z"):
        return True
    if any(event.matches(key) for key in _UNDO):
        return False
    return None


class UndoKeysFilter(QObject):
    """Application event filter: see the module docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        redo = _is_redo(event)
        if redo is None:
            return False
        own = _own_history(watched, redo)
        if own is None or own:
            return False
        event.ignore()  # not claimed by the field, so the application's Undo/Redo shortcut runs
        return True


_filter: UndoKeysFilter | None = None


def install() -> None:
    """Install the filter on the running application once (idempotent)."""
    global _filter
    app = QCoreApplication.instance()
    if app is None or _filter is not None:
        return
    _filter = UndoKeysFilter(app)
    app.installEventFilter(_filter)
