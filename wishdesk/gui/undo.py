"""Undo and redo for edits. Every edit a page makes goes through `ctx.push(...)` as a command with a
`redo` and an `undo` callable that call core services; the core stays unaware of undo.

The stack lives in the AppContext (one per open database), so Ctrl+Z works the same on every page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand


class ServiceCommand(QUndoCommand):
    """An edit as two service calls. `redo` runs when pushed; a failure there is re-raised and the command
    is not kept, so the stack never holds an edit that did not happen."""

    def __init__(self, text: str, redo: Callable[[], Any], undo: Callable[[], Any],
                 after: Callable[[], None] | None = None) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self._after = after
        self.result: Any = None
        self.error: BaseException | None = None

    def redo(self) -> None:
        try:
            self.result = self._redo()
        except Exception as exc:  # keep Qt's C++ frame out of the traceback; the pusher re-raises
            self.error = exc
            self.setObsolete(True)
            return
        if self._after:
            self._after()

    def undo(self) -> None:
        self._undo()
        if self._after:
            self._after()
