"""Worker processes for printing many groups' sheets at once (issue 19: use both cores).

Laying out and writing a PDF is pure Python (ReportLab), so threads would only take turns (GIL). A batch of
groups is split over a few processes: the calling process reads the database and hands each worker one
group's plain ``HandoutBatch``; the worker renders it into memory and sends back the PDF bytes and the page
count. Only the calling process writes files (temporary file + rename) and records deliveries, so a cancelled
or killed run never leaves half a file, and the files are the same bytes as a serial run (ReportLab's
``invariant`` output does not depend on the process).

This module imports only the standard library: a worker started with the ``spawn`` method (Windows, macOS,
and the GUI, whose Qt process must not fork) imports it, the data classes and the renderer, never the ORM.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from ..atomic_write import write_atomically  # noqa: F401 - the batch writes through it

#: At most this many worker processes (the machines are school laptops: 2–4 cores).
MAX_WORKERS = 4
#: Groups a worker must have before it pays for itself: a forked worker costs milliseconds, a spawned one
#: imports ReportLab and loads the fonts again (about 0.3–0.5 s), where one group's sheets take about 0.05 s.
MIN_GROUPS_PER_WORKER = {"fork": 4, "forkserver": 8, "spawn": 12}


def default_start_method() -> str:
    """``fork`` on Linux (cheap: the worker inherits the loaded modules and fonts); ``spawn`` elsewhere (macOS
    and Windows, where forking is unsafe or impossible)."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def usable_cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def worker_count(groups: int, start_method: str, requested: int | None = None) -> int:
    """How many processes to render ``groups`` groups with; 1 means: in this process, as before.

    ``requested`` None: from the cores (at most `MAX_WORKERS`) and only as many as have enough groups to pay
    for their start; a number: that many as asked (at most one per group and twice `MAX_WORKERS`).
    """
    if requested is not None:
        return max(1, min(requested, groups, 2 * MAX_WORKERS))
    per_worker = MIN_GROUPS_PER_WORKER.get(start_method, MIN_GROUPS_PER_WORKER["spawn"])
    return max(1, min(usable_cores(), MAX_WORKERS, groups // per_worker))


def render_to_bytes(render: Callable[..., Any], batch: Any, layout: str) -> tuple[bytes, int]:
    """In a worker: run the renderer generator to its end into memory; (PDF bytes, pages)."""
    buffer = io.BytesIO()
    steps = render(batch, buffer, layout)
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return buffer.getvalue(), int(stop.value)


def _ignore_interrupt() -> None:
    """Ctrl-C reaches every process of the terminal: the caller stops the batch (one Dutch line); a worker
    must not die with a traceback of its own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def new_pool(workers: int, start_method: str) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(start_method),
                               initializer=_ignore_interrupt)
