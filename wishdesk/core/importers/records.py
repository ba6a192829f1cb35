"""Plain result types of the class-list import (no database, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Subgroup = Literal["boys", "girls"]
Contact = Literal["paper", "platform", "email"]
Status = Literal["new", "update", "unchanged", "rejected"]
STATUSES: tuple[Status, ...] = ("new", "update", "unchanged", "rejected")


@dataclass(frozen=True)
class GuardianRow:
    """One guardian as the file describes them. ``None`` means "not in the file"."""

    name: str | None = None
    language: str | None = None  # ISO code: "nl", "ar", "ti", "ber", ...
    contact: Contact | None = None


@dataclass(frozen=True)
class PupilRow:
    """What the file says about one pupil. ``None``/empty means "not given": when updating an
    existing pupil the service keeps the stored value instead of clearing it."""

    first_name: str
    subgroup: Subgroup | None = None
    guardians: tuple[GuardianRow, ...] = ()
    initial: str = ""  # shown only where two first names collide in the group ("Sanne B.")
    name_key: str | None = None  # keyed hashes of surname / birth date (core.importers.identity)
    birth_key: str | None = None

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.initial}." if self.initial else self.first_name

    @property
    def contact(self) -> Contact | None:
        """The family's contact preference: the first guardian's that is known."""
        return next((g.contact for g in self.guardians if g.contact), None)

    @property
    def language(self) -> str | None:
        """The family's language: the first guardian's that is known."""
        return next((g.language for g in self.guardians if g.language), None)


@dataclass(frozen=True)
class ExistingPupil:
    """A pupil already stored in the target group.

    ``guardians=None`` means the caller did not load them: guardian data is then not compared
    and a row differing only in guardian data counts as "unchanged".
    """

    id: int
    first_name: str
    subgroup: Subgroup | None = None
    guardians: tuple[GuardianRow, ...] | None = None
    initial: str = ""
    name_key: str | None = None
    birth_key: str | None = None

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.initial}." if self.initial else self.first_name


@dataclass(frozen=True)
class RowResult:
    """The verdict on one data row of the file.

    ``reason`` is a Dutch sentence for "rejected" (why) and "update" (what changes).
    ``pupil`` is None only when no usable first name was found. ``existing_id`` is the stored
    pupil for "update"/"unchanged"; ``duplicate_of`` the earlier line of a duplicate row.
    """

    line: int
    status: Status
    pupil: PupilRow | None
    reason: str | None = None
    warnings: tuple[str, ...] = ()
    existing_id: int | None = None
    duplicate_of: int | None = None
    changes: tuple[str, ...] = ()
    stores_key: bool = False  # "unchanged" but the stored pupil gets the file's match keys (written silently)


@dataclass(frozen=True)
class IgnoredColumn:
    """A column that was not read into the result, and why (Dutch)."""

    header: str
    reason: str
    privacy: bool
    identity: bool = False  # surname / birth date: read only for the match keys, never stored


@dataclass(frozen=True)
class ImportPlan:
    """Everything the preview (GUI) and the report (CLI) show; nothing is written yet."""

    filename: str
    source: str
    group_name: str | None
    rows: tuple[RowResult, ...]
    used_columns: tuple[tuple[str, str], ...] = ()  # (header, Dutch meaning)
    ignored_columns: tuple[IgnoredColumn, ...] = ()
    warnings: tuple[str, ...] = ()
    not_in_file: tuple[ExistingPupil, ...] = ()
    counts: dict[Status, int] = field(default_factory=dict)

    @property
    def to_write(self) -> tuple[RowResult, ...]:
        """Rows the service writes after the user confirms: "new", "update", and "unchanged" rows whose
        stored pupil had no match key yet (so that a later list can never merge another child into it)."""
        return tuple(r for r in self.rows if r.status in ("new", "update") or r.stores_key)
