"""The one lane for work off the GUI thread (after Anki's ``aqt/operations``).

- **Reads** (`read`, or `run` without ``writes``) go to a thread pool. A page passes ``owner`` and ``key``:
  only the latest load per key is delivered, so a slow old load never overwrites a newer one.
- **Writes** (`write`, or `run(writes=True)`) go to one write thread for the whole process, so SQLite never
  says "database is locked" and no write ever runs on the GUI thread. A write job returns a
  :class:`~wishdesk.core.edits.Reversible` (result, inverse, change set); `AppContext.edit` puts it on the
  undo history, and undo/redo are write jobs on this same lane with the same failure handling.
- Jobs may be generators yielding progress (``core/progress.py``); a progress dialog with a cancel button
  appears for jobs that take longer than a moment.
- Failures: a `UserError` shows its message (translated in the GUI); anything else is a bug, logged with its
  traceback and shown with details to copy (``gui/errors.py``).

Tests set ``Operations.inline = True``: reads then run at once on the calling thread; writes still run on
the write thread, but the caller waits for them, so tests stay deterministic and the rule "no database
write on the GUI thread" holds in tests too.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..core.progress import Cancelled, drive
from . import errors

log = logging.getLogger("wishdesk.operations")

Job = Callable[[], Any] | Callable[[], Iterable[Any]]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]

__all__ = ["Cancelled", "Operations", "job_name", "on_write_lane", "user_message", "write_lane", "write_lane_thread"]

user_message = errors.user_message  # re-exported: dialogs show a failure beside their fields with it

_lane: ThreadPoolExecutor | None = None
_lane_lock = threading.Lock()


def _write_lane() -> ThreadPoolExecutor:
    """The process's one write thread (made on first use; shared by every window and database)."""
    global _lane
    with _lane_lock:
        if _lane is None:
            _lane = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wishdesk-write")
        return _lane


def write_lane() -> ThreadPoolExecutor:
    """The write thread itself, for a start-up job that the caller collects later (``gui/opening.py``)."""
    return _write_lane()


def write_lane_thread() -> str:
    return "wishdesk-write"


def on_write_lane(fn: Callable[[], Any]) -> Any:
    """Run ``fn`` on the write thread and wait for it: for opening (creating, upgrading) or building a database
    at start-up, when nothing else can happen yet. Exceptions reach the caller."""
    return _write_lane().submit(fn).result()


def job_name(job: Callable[..., Any]) -> str:
    """A name for the log that never contains data: the job's qualified function name."""
    name = getattr(job, "__qualname__", None) or type(job).__name__
    module = getattr(job, "__module__", "") or ""
    return f"{module.rsplit('.', 1)[-1]}.{name}" if module else name


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, str)


class _Runner(QRunnable):
    """A read job on the shared pool."""

    def __init__(self, job: Job, signals: _Signals, kind: str) -> None:
        super().__init__()
        self.job = job
        self.signals = signals
        self.kind = kind
        self.cancel_requested = False

    @Slot()
    def run(self) -> None:
        _execute(self.job, self.kind, self.signals, lambda: self.cancel_requested)


def _execute(job: Job, kind: str, signals: _Signals | None, cancelled: Callable[[], bool]) -> Any:
    """Run a job (any thread), log one line with its timing, and report through `signals` if given."""
    started = time.perf_counter()
    name = job_name(job)

    def emit(done: int, total: int, message: str) -> None:
        if signals is not None:
            signals.progress.emit(done, total, message)

    try:
        result = drive(job(), emit, cancelled)
    except Cancelled as exc:
        log.info("%s %s cancelled after %.0f ms", kind, name, (time.perf_counter() - started) * 1000)
        if signals is None:
            raise
        signals.failed.emit(exc, "")
        return None
    except Exception as exc:  # every failure is reported; a worker thread never dies silently
        elapsed = (time.perf_counter() - started) * 1000
        if errors.is_user_error(exc):
            log.info("%s %s refused (%s) after %.0f ms", kind, name, type(exc).__name__, elapsed)
        else:
            log.error("%s %s failed after %.0f ms", kind, name, elapsed, exc_info=exc)
        if signals is None:
            raise
        signals.failed.emit(exc, errors.format_details(exc))
        return None
    log.info("%s %s ok in %.0f ms", kind, name, (time.perf_counter() - started) * 1000)
    if signals is not None:
        signals.finished.emit(result)
    return result


class Operations(QObject):
    """Runs jobs for one main window: reads on a pool (latest load per key wins), writes on the one lane."""

    inline = False  # tests flip this: reads run at once, writes wait for the write thread
    error_sink: Callable[[str], None] | None = None  # tests collect error messages instead of a modal dialog

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._read_pool = QThreadPool(self)
        self._active: list[tuple[object, _Signals]] = []
        self._generation: dict[tuple[int, str], int] = {}
        self._writes_pending = 0

    def set_parent_widget(self, parent: QWidget) -> None:
        self.setParent(parent)
        self._parent = parent

    # --- the API pages use ---------------------------------------------------------------------------------

    def read(self, job: Job, on_done: Done, *, owner: object | None = None, key: str = "",
             title: str = "", on_error: Failed | None = None, progress: bool = False) -> None:
        """Load something. With ``owner``/``key``, only the newest load of that key reaches ``on_done``."""
        slot = (id(owner), key) if owner is not None else None
        if slot is not None:
            generation = self._generation.get(slot, 0) + 1
            self._generation[slot] = generation

            def latest(result: Any) -> None:
                if self._generation.get(slot) == generation:
                    on_done(result)

            self.run(job, title=title, on_done=latest, on_error=on_error, progress=progress)
        else:
            self.run(job, title=title, on_done=on_done, on_error=on_error, progress=progress)

    def write(self, job: Job, *, title: str = "", on_done: Done | None = None, on_error: Failed | None = None,
              progress: bool = False) -> None:
        """Change the database on the write lane."""
        self.run(job, title=title, on_done=on_done, on_error=on_error, writes=True, progress=progress)

    @property
    def busy_writing(self) -> bool:
        return self._writes_pending > 0

    def run(self, job: Job, *, title: str = "", on_done: Done | None = None, on_error: Failed | None = None,
            writes: bool = False, progress: bool = True) -> None:
        """Start a job. ``on_done(result)`` runs on the GUI thread; failures show a dialog unless ``on_error``."""
        kind = "write" if writes else "read"
        if self.inline or type(self).inline:
            self._run_inline(job, kind, title, on_done, on_error)
            return
        signals = _Signals()
        dialog: QProgressDialog | None = None
        entry: tuple[object, _Signals]
        if writes:
            cancel = threading.Event()
            dialog = self._progress_dialog(title, cancel.set) if progress else None
            entry = (cancel, signals)
            self._writes_pending += 1
        else:
            runner = _Runner(job, signals, kind)
            runner.setAutoDelete(False)
            dialog = self._progress_dialog(title, lambda: setattr(runner, "cancel_requested", True)) \
                if progress else None
            entry = (runner, signals)
        self._active.append(entry)

        def finish(result: Any) -> None:
            self._cleanup(entry, dialog, writes)
            if on_done:
                on_done(result)

        def fail(exc: BaseException, details: str) -> None:
            self._cleanup(entry, dialog, writes)
            if isinstance(exc, Cancelled):
                return
            self._fail(exc, title, on_error, details)

        if dialog is not None:
            signals.progress.connect(lambda d, t, m: self._update(dialog, d, t, m))
        signals.finished.connect(finish, Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(fail, Qt.ConnectionType.QueuedConnection)
        if writes:
            _write_lane().submit(_execute, job, kind, signals, entry[0].is_set)  # type: ignore[union-attr]
        else:
            self._read_pool.start(entry[0])  # type: ignore[arg-type]

    def _run_inline(self, job: Job, kind: str, title: str, on_done: Done | None, on_error: Failed | None) -> None:
        try:
            if kind == "write":
                future: Future[Any] = _write_lane().submit(_execute, job, kind, None, lambda: False)
                result = future.result()
            else:
                result = _execute(job, kind, None, lambda: False)
        except Cancelled:
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user (or collected by the test)
            self._fail(exc, title, on_error, errors.format_details(exc))
            return
        if on_done:
            on_done(result)

    def wait(self) -> None:
        """Block until every job finished (used on close, so no write is cut off)."""
        _write_lane().submit(lambda: None).result()
        self._read_pool.waitForDone()

    # --- progress and failures ------------------------------------------------------------------------------

    def _progress_dialog(self, title: str, cancel: Callable[[], None]) -> QProgressDialog:
        dialog = QProgressDialog(title or self.tr("Working…"), self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(title or self.tr("Working…"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # quick jobs never flash a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def cancelled() -> None:
            cancel()
            dialog.setLabelText(self.tr("Cancelling…"))

        dialog.canceled.connect(cancelled)
        return dialog

    @staticmethod
    def _update(dialog: QProgressDialog, done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if message:
            dialog.setLabelText(message)

    def _cleanup(self, entry: tuple[object, _Signals], dialog: QProgressDialog | None, writes: bool) -> None:
        if entry in self._active:
            self._active.remove(entry)
            if writes:
                self._writes_pending -= 1
        if dialog is not None:
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()

    def report(self, exc: BaseException, title: str = "", details: str = "") -> None:
        """Show a failure as every failed job does (a sink in tests)."""
        self._fail(exc, title, None, details)

    def _fail(self, exc: BaseException, title: str, on_error: Failed | None, details: str) -> None:
        if on_error is not None:
            on_error(exc)
            return
        sink = type(self).error_sink
        if sink is not None:
            sink(errors.user_message(exc))
            return
        errors.show_failure(self._parent, title or self.tr("WIsH Desk"), exc, details)
