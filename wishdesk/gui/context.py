"""What every page needs: the open database and the operations helper. Pages get it, not the main window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from .operations import Operations

if TYPE_CHECKING:  # the database layer is imported after the window is shown (start-up time)
    from ..core.db import Database


class _Events(QObject):
    data_changed = Signal(str)  # what changed: "setup", "sessions", "all", …


@dataclass
class AppContext:
    db: Database
    ops: Operations
    events: _Events = field(default_factory=_Events)
    undo_stack: QUndoStack = field(default_factory=QUndoStack)

    def changed(self, what: str = "all") -> None:
        self.events.data_changed.emit(what)

    def push(self, text: str, redo: Callable[[], Any], undo: Callable[[], Any], what: str = "all") -> Any:
        """Do an edit so that Ctrl+Z can take it back. Raises what `redo` raised (nothing is pushed then)."""
        from .undo import ServiceCommand

        command = ServiceCommand(text, redo, undo, after=lambda: self.changed(what))
        self.undo_stack.push(command)
        if command.error is not None:
            raise command.error
        return command.result
