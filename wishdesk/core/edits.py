"""Reversible writes: what every edit made from the GUI returns, so undo and redo are writes like any other.

A *write job* is a function of the open :class:`~wishdesk.core.db.Database` that changes it (each service
call is one transaction) and returns a :class:`Reversible`: its result, the write job that takes it back,
and a typed change set naming which kinds of records changed. Running the inverse returns, in turn, the
job that redoes the edit — so the undo history only ever holds write jobs and needs no closure state.

The core knows nothing of threads or Qt: the GUI runs these jobs on its one write lane.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from .db import Database

R = TypeVar("R")
S = TypeVar("S")


class Kind(StrEnum):
    """Which kind of records a write changed; pages reload only for the kinds they show."""

    SETUP = "setup"  # school years, schools, staff, groups, pupils, families, consents, partners
    SESSIONS = "sessions"  # lesson moments: held, cancelled, moved, attendance, reflections
    PLANNING = "planning"  # the plan itself (automatic planning, pins)
    PARENTS = "parents"  # parent events, who came, return slips
    CONCERNS = "concerns"
    MEETINGS = "meetings"  # intervision and team meetings
    CURRICULUM = "curriculum"
    HANDOUTS = "handouts"  # printed sets and deliveries
    ALL = "all"  # restore, language switch: everything may have changed


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[Kind]

    @classmethod
    def of(cls, *kinds: Kind | str) -> Changes:
        return cls(frozenset(Kind(k) for k in kinds))

    def touches(self, kinds: Iterable[Kind | str]) -> bool:
        if Kind.ALL in self.kinds:
            return True
        wanted = {Kind(k) for k in kinds}
        return Kind.ALL in wanted or bool(self.kinds & wanted)

    def __str__(self) -> str:
        return ",".join(sorted(self.kinds))


EVERYTHING = Changes.of(Kind.ALL)

WriteJob = Callable[["Database"], "Reversible[Any]"]


@dataclass(frozen=True)
class Reversible(Generic[R]):
    """The outcome of a write: its result, the write that takes it back (None: cannot be undone) and what
    changed."""

    result: R
    inverse: WriteJob | None
    changes: Changes


def reversible(changes: Changes, do: Callable[[Database], R], undo: Callable[[Database, R], S],
               redo: Callable[[Database, S], R] | None = None) -> WriteJob:
    """A write job from two (or three) service calls.

    ``do(db)`` makes the edit and returns what undo needs (e.g. the record as it was);
    ``undo(db, result)`` takes it back and returns what redo needs; ``redo(db, state)`` makes the edit again
    (default: ``do`` once more). Each step's return value feeds the next, so an id restored by undo is the
    id redo deletes again.
    """

    def forward(fn: Callable[[Database], R]) -> WriteJob:
        def job(db: Database) -> Reversible[R]:
            result = fn(db)

            def back(db2: Database) -> Reversible[S]:
                state = undo(db2, result)
                again = forward(do if redo is None else (lambda d: redo(d, state)))
                return Reversible(state, again, changes)

            return Reversible(result, back, changes)

        return job

    return forward(do)


def irreversible(changes: Changes, do: Callable[[Database], R]) -> WriteJob:
    """A write that cannot be undone from the history (e.g. a purge the law requires)."""

    def job(db: Database) -> Reversible[R]:
        return Reversible(do(db), None, changes)

    return job


def already_done(changes: Changes, result: R, undo: Callable[[Database, R], S],
                 redo: Callable[[Database, S], R]) -> Reversible[R]:
    """The Reversible of a long write that already ran as a background job with progress (automatic
    planning, cancel and re-plan): undo and redo are then ordinary write jobs."""

    def back(db: Database) -> Reversible[S]:
        state = undo(db, result)

        def again(db2: Database) -> Reversible[R]:
            return already_done(changes, redo(db2, state), undo, redo)

        return Reversible(state, again, changes)

    return Reversible(result, back, changes)


def swap(changes: Changes, back: Callable[[Database], Any], again: Callable[[Database], Any]) -> WriteJob:
    """An inverse made of two writes that do not feed each other: running it calls ``back(db)``, and its own
    inverse calls ``again(db)`` (and so on, for as many undo/redo rounds as the person makes)."""

    def job(db: Database) -> Reversible[None]:
        back(db)
        return Reversible(None, swap(changes, again, back), changes)

    return job


def done_with_inverse(changes: Changes, result: R, back: Callable[[Database], Any],
                      again: Callable[[Database], Any]) -> Reversible[R]:
    """The Reversible of a write that already ran (e.g. a record dialog saved it), with the two writes that
    take it back and do it again."""
    return Reversible(result, swap(changes, back, again), changes)
