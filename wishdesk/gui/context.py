"""What every page needs: the open database, who is signed in, the operations lane and the undo history.
Pages get this, never the main window.

Every change to the database goes through :meth:`AppContext.edit` (or, for a long job that already ran with
progress on the write lane, :meth:`AppContext.record`): the write runs on the one write thread, its undo goes
on the history, and the typed change set it returns tells the pages what to reload.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ..core.edits import EVERYTHING, Changes, Reversible, WriteJob
from .operations import Operations
from .undo import UndoHistory

if TYPE_CHECKING:  # the database layer is imported after the window is shown (start-up time)
    from ..core.db import Database


class _Events(QObject):
    data_changed = Signal(object)  # a core.edits.Changes: which kinds of records changed
    person_changed = Signal(object)  # the signed-in staff id (or None)
    status = Signal(str)  # a short confirmation for the status bar ("Return slips saved.")


@dataclass
class AppContext:
    db: Database
    ops: Operations
    staff_id: int | None = None  # who is signed in to this database (None: nobody chose yet)
    database_id: str = ""  # the database's UUID: per-database settings are keyed by it
    # Who signed in with a password (core.security Identity: holds the private key that opens sealed
    # concerns; memory only). None on a plain database, where "who am I" is chosen from the staff list.
    identity: Any = None
    events: _Events = field(default_factory=_Events)
    history: UndoHistory = field(init=False)

    def __post_init__(self) -> None:
        self.history = UndoHistory(self._run_history_step, self.changed)

    # --- changes ------------------------------------------------------------------------------------------

    def changed(self, what: Changes | str = EVERYTHING) -> None:
        """Tell the pages what changed (``"all"``-style strings are accepted for older callers)."""
        self.events.data_changed.emit(what if isinstance(what, Changes) else Changes.of(what))

    def edit(self, text: str, job: WriteJob, on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None, *,
             after_failure: Callable[[BaseException], None] | None = None, progress: bool = False,
             rebase: tuple[Any, ...] = ()) -> None:
        """Run an undoable write on the write lane. On success the undo goes on the history (``text`` names it
        in the Edit menu), the pages hear what changed, and ``on_done(result)`` runs on the GUI thread. A
        failure is shown like any failed job and then ``after_failure(exc)`` runs (a dialog that shows the
        error itself passes ``on_error`` instead); nothing goes on the history then.

        A save refused because someone else saved first (StaleEdit) shows both versions instead: "keep mine"
        runs the same job again based on the versions now stored (``rebase``: the refusals seen so far), "keep
        theirs" reloads the pages; closing that dialog counts as a failure."""
        if rebase:
            from ..core.team.stale import rebase as rebased_job

            run = self._bound(rebased_job(job, rebase))
        else:
            run = self._bound(job)

        def done(outcome: Reversible[Any]) -> None:
            self.record(text, outcome)
            if on_done is not None:
                on_done(outcome.result)

        failed = on_error
        if failed is None and after_failure is not None:
            def failed(exc: BaseException) -> None:
                self.ops.report(exc, text)
                after_failure(exc)

        def any_failure(exc: BaseException) -> None:
            from ..core.team.stale import StaleEdit

            if isinstance(exc, StaleEdit):
                self._stale(exc, text, job, on_done, on_error, after_failure, progress, rebase)
            elif failed is not None:
                failed(exc)
            else:
                self.ops.report(exc, text)

        self.ops.write(run, title=text, on_done=done, on_error=any_failure, progress=progress)

    def _stale(self, exc: Any, text: str, job: WriteJob, on_done: Callable[[Any], None] | None,
               on_error: Callable[[BaseException], None] | None,
               after_failure: Callable[[BaseException], None] | None, progress: bool, seen: tuple[Any, ...]) -> None:
        """Both versions; the person's choice decides (see `edit`)."""
        from PySide6.QtWidgets import QApplication

        from .dialogs.stale_edit import resolve

        def keep_mine() -> None:
            self.edit(text, job, on_done, on_error, after_failure=after_failure, progress=progress,
                      rebase=(*seen, exc))

        def closed() -> None:
            for callback in (on_error, after_failure):
                if callback is not None:
                    callback(exc)
                    return

        resolve(QApplication.activeWindow(), exc, keep_mine, lambda: self.changed(EVERYTHING), closed)

    def record(self, text: str, outcome: Reversible[Any]) -> None:
        """An edit that already ran on the write lane (a long job with progress): put it on the history."""
        self.history.record(text, outcome)
        self.changed(outcome.changes)

    def _bound(self, job: WriteJob) -> Callable[[], Reversible[Any]]:
        """The job as the lane runs it (no arguments), named after the job: the log names it, never its data."""
        db = self.db

        def run() -> Reversible[Any]:
            return job(db)

        run.__qualname__ = getattr(job, "__qualname__", "edit")
        run.__module__ = getattr(job, "__module__", __name__)
        return run

    def _run_history_step(self, text: str, job: WriteJob, on_done: Callable[[Reversible[Any]], None],
                          on_failed: Callable[[BaseException], None] | None) -> None:
        run = self._bound(job)

        def failed(exc: BaseException) -> None:
            self.ops.report(exc, text)
            if on_failed is not None:
                on_failed(exc)

        self.ops.write(run, title=text, on_done=on_done, on_error=failed)

    def say(self, text: str) -> None:
        """A confirmation in the status bar, so a save is never silent."""
        self.events.status.emit(text)

    # --- who is signed in ---------------------------------------------------------------------------------

    def set_person(self, staff_id: int | None, identity: Any = None) -> None:
        """Someone else works now: their edits are not yours to undo, so the history is cleared."""
        if identity is not None:
            self.identity = identity
        if staff_id == self.staff_id:
            return
        self.staff_id = staff_id
        self.history.clear()
        self.events.person_changed.emit(staff_id)

    @property
    def viewer(self) -> Any:
        """Who reads concerns: the signed-in Identity (it can open sealed texts), else the staff id."""
        return self.identity if self.identity is not None else self.staff_id

    @property
    def scope_staff(self) -> int | None:
        """Whose role scopes what the pages show and may change (core.access): the person signed in with a
        password. On a plain database "who am I" is a choice from the staff list, not a sign-in, so no scope."""
        return getattr(self.identity, "staff_id", None)

    @property
    def undo_stack(self) -> UndoHistory:
        """The history under the name Qt's QUndoStack had (tests and older code)."""
        return self.history
