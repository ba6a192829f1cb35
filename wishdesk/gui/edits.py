"""Undoable edits that run at once: push the edit on the undo stack and report a failure like any failed job.

Not the same idea as ``dialogs.edit_base.run_edit``: that one runs a service job on the write lane and
puts it on the stack only after it succeeded (for record dialogs); this one runs ``redo`` immediately
inside ``ctx.push`` (the Today, Planning and Parents screens' quick edits) and hands back its result.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .context import AppContext


def run_edit(ctx: AppContext, text: str, redo: Callable[[], Any], undo: Callable[[], Any],
             what: str = "sessions") -> tuple[bool, Any]:
    """Do an undoable edit (one transaction in `redo`); a failure (e.g. a Dutch validation message) is
    reported through the operations helper, like any failed job. Returns (succeeded, result)."""
    try:
        return True, ctx.push(text, redo, undo, what)
    except Exception as exc:  # noqa: BLE001 - every failure is shown to the user, none is swallowed
        error = exc  # `exc` is unbound after the except block; the job may run later on a worker

        def fail() -> None:
            raise error

        ctx.ops.run(fail, title=text)
        return False, None
