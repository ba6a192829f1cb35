"""The one helper that runs work off the GUI thread.

Core jobs are plain generators yielding progress as (done, total) or (done, total, message); this module
adapts them to Qt signals, shows a progress dialog with a cancel button, reports failures in a dialog,
and serialises database writes on one lane (a single-thread pool) so SQLite never says "database is locked".
Tests set `Operations.inline = True` to run everything synchronously and deterministically.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Generator, Iterable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ..core.errors import WishDeskError, describe_os_error

Job = Callable[[], Any] | Callable[[], Iterable[Any]]


class Cancelled(Exception):
    """Raised inside a job's generator loop when the user pressed cancel."""


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, str)


class _Runner(QRunnable):
    def __init__(self, job: Job, signals: _Signals) -> None:
        super().__init__()
        self.job = job
        self.signals = signals
        self.cancel_requested = False

    @Slot()
    def run(self) -> None:
        try:
            result = drive(self.job, self._emit, lambda: self.cancel_requested)
        except Exception as exc:  # report every failure; never let a worker thread die silently
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.finished.emit(result)

    def _emit(self, done: int, total: int, message: str) -> None:
        self.signals.progress.emit(done, total, message)


def drive(job: Job, emit: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> Any:
    """Run a job; if it returns a generator, pump it, forwarding progress and honouring cancel.
    The generator's return value (StopIteration.value) is the result."""
    result = job()
    if not isinstance(result, Generator):
        return result
    try:
        while True:
            if cancelled():
                result.close()  # runs the generator's finally/with blocks: a write transaction rolls back
                raise Cancelled()
            step = next(result)
            if isinstance(step, tuple) and len(step) >= 2:
                emit(int(step[0]), int(step[1]), str(step[2]) if len(step) > 2 else "")
    except StopIteration as stop:
        return stop.value


def user_message(exc: BaseException) -> str:
    if isinstance(exc, WishDeskError | ValueError):
        return str(exc)
    if isinstance(exc, OSError):
        return describe_os_error(exc)
    # Not a user's mistake: say so plainly; the details go to the terminal/log, not into the dialog.
    traceback.print_exception(exc)
    return ("Er ging iets onverwachts mis. Er is niets half opgeslagen. Probeer het nog eens; gebeurt het "
            f"opnieuw, meld het dan aan de beheerder ({exc.__class__.__name__}).")


class Operations(QObject):
    """Runs jobs: reads on a shared pool, writes on one lane. One instance per main window."""

    inline = False  # tests flip this to run jobs synchronously
    error_sink: Callable[[str], None] | None = None  # tests collect error messages instead of a modal dialog

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._read_pool = QThreadPool(self)
        self._write_lane = QThreadPool(self)
        self._write_lane.setMaxThreadCount(1)
        self._active: list[tuple[_Runner, _Signals]] = []

    def run(
        self,
        job: Job,
        *,
        title: str = "",
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        writes: bool = False,
        progress: bool = True,
    ) -> None:
        """Start a job. `on_done(result)` runs on the GUI thread; errors show a dialog unless `on_error`."""
        if self.inline or type(self).inline:
            try:
                result = drive(job, lambda *_: None, lambda: False)
            except Exception as exc:
                self._fail(exc, title, on_error)
                return
            if on_done:
                on_done(result)
            return
        signals = _Signals()
        runner = _Runner(job, signals)
        runner.setAutoDelete(False)
        dialog = self._progress_dialog(title, runner) if progress else None
        entry = (runner, signals)
        self._active.append(entry)

        def finish(result: Any) -> None:
            self._cleanup(entry, dialog)
            if on_done:
                on_done(result)

        def fail(exc: BaseException, _trace: str) -> None:
            self._cleanup(entry, dialog)
            if isinstance(exc, Cancelled):
                return
            self._fail(exc, title, on_error)

        if dialog is not None:
            signals.progress.connect(lambda d, t, m: self._update(dialog, d, t, m))
        signals.finished.connect(finish, Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(fail, Qt.ConnectionType.QueuedConnection)
        (self._write_lane if writes else self._read_pool).start(runner)

    def wait(self) -> None:
        """Block until every job finished (used on close, so no write is cut off)."""
        self._write_lane.waitForDone()
        self._read_pool.waitForDone()

    def _progress_dialog(self, title: str, runner: _Runner) -> QProgressDialog:
        dialog = QProgressDialog(title or self.tr("Working…"), self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(title or self.tr("Working…"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # quick jobs never flash a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def cancel() -> None:
            runner.cancel_requested = True
            dialog.setLabelText(self.tr("Cancelling…"))

        dialog.canceled.connect(cancel)
        return dialog

    @staticmethod
    def _update(dialog: QProgressDialog, done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if message:
            dialog.setLabelText(message)

    def _cleanup(self, entry: tuple[_Runner, _Signals], dialog: QProgressDialog | None) -> None:
        if entry in self._active:
            self._active.remove(entry)
        if dialog is not None:
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()

    def _fail(self, exc: BaseException, title: str, on_error: Callable[[BaseException], None] | None) -> None:
        if on_error is not None:
            on_error(exc)
            return
        if type(self).error_sink is not None:
            type(self).error_sink(user_message(exc))
            return
        QMessageBox.warning(self._parent, title or self.tr("WIsH Desk"), user_message(exc))
