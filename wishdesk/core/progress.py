"""The one progress driver: long core jobs are generators that yield progress and return their result.

A step is ``(done, total)`` or ``(done, total, message)``; anything else yielded is ignored. The CLI, the
GUI's background helper and the tests all drive jobs through :func:`drive`, so cancelling (closing the
generator, which runs its ``finally``/``with`` blocks and rolls a write transaction back) works the same
everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any, TypeVar

T = TypeVar("T")

Emit = Callable[[int, int, str], None]


class Cancelled(Exception):  # noqa: N818 - reads as what happened
    """The person pressed cancel; the job was closed and wrote nothing."""


def _no_progress(_done: int, _total: int, _message: str) -> None:
    return None


def drive(value: Any, emit: Emit = _no_progress, cancelled: Callable[[], bool] = lambda: False) -> Any:
    """Pump ``value`` if it is a generator (forwarding progress, honouring cancel) and return its return
    value; anything else is already the result."""
    if not isinstance(value, Generator):
        return value
    try:
        while True:
            if cancelled():
                value.close()
                raise Cancelled()
            step = next(value)
            if isinstance(step, tuple) and len(step) >= 2:
                emit(int(step[0]), int(step[1]), str(step[2]) if len(step) > 2 else "")
    except StopIteration as stop:
        return stop.value


def finish(steps: Generator[Any, Any, T]) -> T:
    """Run a progress generator to its end without showing progress; returns its result."""
    return drive(steps)
