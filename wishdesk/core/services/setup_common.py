"""Shared pieces of the setup services (schools, staff, groups, pupils, …): input cleaning with Dutch
messages, dependency descriptions, and the "in use" error.

Every setup service follows one pattern so the GUI can offer undo for all of them the same way:

- ``create_x(db, data) -> XRecord``; undo is ``delete_x(db, id)``, redo is ``restore_x(db, record)``
  (which re-inserts with the same id, so later commands on the undo stack still find their rows);
- ``update_x(db, id, data) -> XRecord``; undo is ``update_x(db, id, old.data)``;
- ``delete_x(db, id) -> XRecord`` (a snapshot); it refuses with :class:`InUse` when other records
  use the row (never a silent cascade); undo is ``restore_x(db, snapshot)``;
- ``dependents_x(db, id) -> tuple[str, ...]``: Dutch descriptions of what uses the row;
- ``set_x_archived(db, id, flag)``: the safe alternative to deleting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import time

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from ..errors import NotFound, ValidationError
from ..importers.values import clean_cell
from ..team.stale import expect_version

WEEKDAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class InUse(ValidationError):
    """A row cannot be deleted because other records use it; ``dependents`` says which (Dutch)."""

    def __init__(self, what: str, dependents: Iterable[str]) -> None:
        self.dependents = tuple(dependents)
        listing = "; ".join(self.dependents)
        super().__init__(f"{what} kan niet worden verwijderd, want er hoort nog iets bij: {listing}. "
                         "Archiveer in plaats daarvan.")


def text(value: object, field: str, label: str, max_length: int, required: bool = True) -> str | None:
    """Clean one text field: trim, collapse whitespace; a Dutch message names the field when wrong."""
    cleaned = clean_cell(str(value or ""))
    if not cleaned:
        if required:
            raise ValidationError(f"Vul {label} in.", field)
        return None
    if len(cleaned) > max_length:
        raise ValidationError(f"{label[0].upper()}{label[1:]} is te lang (hoogstens {max_length} tekens).", field)
    return cleaned


def long_text(value: object, field: str, label: str, max_length: int = 5000) -> str | None:
    """Like :func:`text` but keeps line breaks (notes)."""
    cleaned = "\n".join(clean_cell(line) for line in str(value or "").splitlines()).strip()
    if len(cleaned) > max_length:
        raise ValidationError(f"{label[0].upper()}{label[1:]} is te lang (hoogstens {max_length} tekens).", field)
    return cleaned or None


def email(value: object, field: str = "email") -> str | None:
    cleaned = text(value, field, "het e-mailadres", 200, required=False)
    if cleaned and not _EMAIL.match(cleaned):
        raise ValidationError(f"'{cleaned}' is geen geldig e-mailadres.", field)
    return cleaned


def choice(value: object, allowed: Iterable[str], field: str, label: str, required: bool = True) -> str | None:
    if value in (None, "") and not required:
        return None
    if value not in tuple(allowed):
        raise ValidationError(f"Kies {label}.", field)
    return str(value)


def windows(items: Iterable[tuple[int, time, time]], field: str) -> tuple[tuple[int, time, time], ...]:
    """Weekday/time windows: weekday 0-6, end after start, no two overlapping on one day; sorted."""
    cleaned = sorted((int(d), s, e) for d, s, e in items)
    for day, start, end in cleaned:
        if not 0 <= day <= 6:
            raise ValidationError("Kies een dag van de week.", field)
        if end <= start:
            raise ValidationError(f"Op {WEEKDAYS_NL[day]} ligt de eindtijd niet na de begintijd "
                                  f"({start:%H:%M}–{end:%H:%M}).", field)
    for (d1, _s1, e1), (d2, s2, _e2) in zip(cleaned, cleaned[1:], strict=False):
        if d1 == d2 and s2 < e1:
            raise ValidationError(f"Twee tijden op {WEEKDAYS_NL[d1]} overlappen.", field)
    return tuple(cleaned)


def get(session: OrmSession, model: type, row_id: int, label: str,  # noqa: ANN201 - the model instance
        version: int | None = None):
    """The row, or NotFound. `version`: the one the person read; the save then refuses (StaleEdit) when
    someone else saved the row in between (None: no check)."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(f"{label} {row_id} bestaat niet (meer).")
    expect_version(row, version)
    return row


def count(session: OrmSession, column, *where) -> int:  # noqa: ANN001 - SQLAlchemy expressions
    return int(session.scalar(select(func.count()).select_from(column.table).where(*where)) or 0)


def described(pairs: Iterable[tuple[int, str, str]]) -> tuple[str, ...]:
    """(count, singular, plural) → "1 groep", "3 groepen"; zero counts are left out."""
    return tuple(f"{n} {one if n == 1 else many}" for n, one, many in pairs if n)


def names(values: Iterable[str], limit: int = 4) -> str:
    """"Daan, Sem, Noor en 2 anderen" — short enough for a message."""
    items = sorted(set(values))
    if len(items) <= limit:
        return ", ".join(items)
    return ", ".join(items[:limit]) + f" en {len(items) - limit} andere"
