"""Undo and redo as write operations.

The history holds, per edit, the write job that takes it back (``core/edits.Reversible.inverse``). Undo runs
that job on the write lane like any write; only when it succeeded does the entry move to the redo side,
holding the job the undo returned (which redoes the edit). A failing undo or redo is reported like any
failed write and leaves the history exactly as it was, so the menu never offers to redo what was never
undone. The history belongs to one person in one database: switching person or database clears it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ..core.edits import Changes, Reversible, WriteJob


@dataclass(frozen=True)
class _Entry:
    text: str
    job: WriteJob


class UndoHistory(QObject):
    """Two stacks of write jobs. ``run_write(text, job, on_done, after_failure)`` runs one on the write lane
    and reports a failure itself before calling ``after_failure``."""

    changed = Signal()

    def __init__(self, run_write: Callable[[str, WriteJob, Callable[[Reversible[Any]], None],
                                            Callable[[BaseException], None] | None], None],
                 applied: Callable[[Changes], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._run_write = run_write
        self._applied = applied
        self._undo: list[_Entry] = []
        self._redo: list[_Entry] = []
        self._busy = False

    # --- what was done ------------------------------------------------------------------------------

    def record(self, text: str, outcome: Reversible[Any]) -> None:
        """An edit happened: remember how to take it back (a new edit clears the redo side)."""
        if outcome.inverse is None:
            return
        self._undo.append(_Entry(text, outcome.inverse))
        self._redo.clear()
        self.changed.emit()

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()
        self.changed.emit()

    # --- taking back ----------------------------------------------------------------------------------

    def undo(self) -> None:
        self._step(self._undo, self._redo)

    def redo(self) -> None:
        self._step(self._redo, self._undo)

    def _step(self, source: list[_Entry], target: list[_Entry]) -> None:
        if not source or self._busy:
            return
        entry = source[-1]
        self._busy = True
        self.changed.emit()

        def done(outcome: Reversible[Any]) -> None:
            self._busy = False
            if source and source[-1] is entry:
                source.pop()
                if outcome.inverse is not None:
                    target.append(_Entry(entry.text, outcome.inverse))
            self.changed.emit()
            self._applied(outcome.changes)

        def failed(_exc: BaseException) -> None:
            self._busy = False  # the history stays as it was: the edit is still done (or still undone)
            self.changed.emit()  # (the write lane has shown the error already)

        self._run_write(entry.text, entry.job, done, failed)

    # --- what the menu shows (QUndoStack's names, which tests and menus know) ------------------------------

    def canUndo(self) -> bool:  # noqa: N802
        return bool(self._undo) and not self._busy

    def canRedo(self) -> bool:  # noqa: N802
        return bool(self._redo) and not self._busy

    def undoText(self) -> str:  # noqa: N802
        return self._undo[-1].text if self._undo else ""

    def redoText(self) -> str:  # noqa: N802
        return self._redo[-1].text if self._redo else ""

    def count(self) -> int:
        return len(self._undo) + len(self._redo)

    def undo_count(self) -> int:
        return len(self._undo)

    def actions(self, parent: QWidget, undo_label: str, redo_label: str) -> tuple[QAction, QAction]:
        """Menu actions whose text names the edit ("Undo Save attendance") and that follow the history."""
        from .undo_keys import install

        install()  # an empty text field must not swallow these actions' Ctrl+Z
        undo_action, redo_action = QAction(undo_label, parent), QAction(redo_label, parent)
        undo_action.triggered.connect(self.undo)
        redo_action.triggered.connect(self.redo)

        def update() -> None:
            undo_action.setEnabled(self.canUndo())
            redo_action.setEnabled(self.canRedo())
            undo_action.setText(f"{undo_label} {self.undoText()}".strip())
            redo_action.setText(f"{redo_label} {self.redoText()}".strip())

        self.changed.connect(update)
        update()
        return undo_action, redo_action
