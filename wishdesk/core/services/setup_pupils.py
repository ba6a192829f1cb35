"""Pupils: first name (or pseudonym) and lesson subgroup, nothing more (AVG). Pattern as in setup_common.

A pupil's guardians belong to the pupil's record for delete and restore: deleting a pupil also deletes the
guardians that have no other child in the database, and restoring brings them back with the same ids.
The session-level helpers (``pupil_state``, ``delete_pupil_in``, ``restore_pupil_in``) let the class-list
import do the same inside its single transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from .. import access
from ..db import Database
from ..errors import ValidationError
from ..importers.values import check_first_name, clean_cell, fold
from ..models import (
    Attendance,
    Concern,
    Consent,
    Group,
    Guardian,
    ParentAttendance,
    Pupil,
    ReturnSlip,
)
from ..models.vocab import SUBGROUPS
from . import setup_common as common

SUBGROUP_LABELS = {"boys": "jongen", "girls": "meisje"}


@dataclass(frozen=True)
class GuardianData:
    name: str | None = None
    language: str = "nl"
    contact_preference: str = "platform"


@dataclass(frozen=True)
class GuardianRecord:
    id: int
    data: GuardianData
    children: tuple[str, ...] = ()  # first names of all pupils this guardian is linked to
    version: int | None = field(default=None, compare=False)  # the row version read: an edit based on it is refused when it moved on


@dataclass(frozen=True)
class PupilData:
    first_name: str
    subgroup: str | None = None


@dataclass(frozen=True)
class PupilRecord:
    id: int
    group_id: int
    data: PupilData
    archived: bool = False
    guardians: tuple[GuardianRecord, ...] = ()
    consents: tuple[str, ...] = ()  # purposes currently granted
    initial: str = ""  # "Sanne B." where first names collide (set by the class-list import)
    match_key: str | None = None
    birth_key: str | None = None
    version: int | None = field(default=None, compare=False)  # the row version read: an edit based on it is refused when it moved on

    @property
    def first_name(self) -> str:
        return self.data.first_name

    @property
    def display_name(self) -> str:
        return f"{self.data.first_name} {self.initial}." if self.initial else self.data.first_name


def first_name_hint(name: str) -> str | None:
    """A non-blocking privacy hint while typing ("looks like a surname"), or None."""
    _rejection, warning = check_first_name(clean_cell(name or ""))
    return _sentence(warning) if warning else None


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def clean(data: PupilData) -> PupilData:
    name = clean_cell(str(data.first_name or ""))
    rejection, _warning = check_first_name(name)
    if rejection:
        raise ValidationError(_sentence(rejection), "first_name")
    subgroup = common.choice(data.subgroup, SUBGROUPS, "subgroup", "jongen of meisje", required=False)
    return PupilData(name, subgroup)


def guardian_record(guardian: Guardian) -> GuardianRecord:
    return GuardianRecord(guardian.id, GuardianData(guardian.name, guardian.language, guardian.contact_preference),
                          tuple(sorted(p.first_name for p in guardian.pupils)), guardian.version)


def pupil_state(pupil: Pupil) -> PupilRecord:
    """The full state of a pupil with its guardians, ordered by id (the order imports compare in)."""
    return PupilRecord(
        pupil.id, pupil.group_id, PupilData(pupil.first_name, pupil.subgroup), pupil.archived,
        tuple(guardian_record(g) for g in sorted(pupil.guardians, key=lambda g: g.id)),
        tuple(sorted(c.purpose for c in pupil.consents if c.withdrawn_on is None)),
        pupil.initial or "", pupil.match_key, pupil.birth_key, pupil.version,
    )


def check_unique_name(session: OrmSession, group_id: int, name: str, own_id: int | None) -> None:
    """A new pupil needs a first name of its own; an existing one only a name + initial of its own ("Sanne B."
    may stay next to "Sanne K.")."""
    key = fold(name)
    own_initial = session.scalar(select(Pupil.initial).where(Pupil.id == own_id)) if own_id is not None else None
    rows = session.execute(select(Pupil.id, Pupil.first_name, Pupil.initial).where(Pupil.group_id == group_id))
    for other_id, other, initial in rows:
        if own_id is not None and (initial or "") != (own_initial or ""):
            continue
        if other_id != own_id and fold(other) == key:
            raise ValidationError(f"Er is al een leerling '{other}' in deze groep. Gebruik een pseudoniem of "
                                  f"voeg een letter toe, bijvoorbeeld '{name} B'.", "first_name")


def list_pupils(db: Database, group_id: int, include_archived: bool = False, *,
                as_staff: int | None = None) -> list[PupilRecord]:
    """``as_staff``: the signed-in staff member whose scope applies (core.access; None: no scope)."""
    with db.session() as s:
        common.get(s, Group, group_id, "Groep")
        access.check_group_visible(s, access.scope_in(s, as_staff), group_id)
        query = (select(Pupil).options(selectinload(Pupil.guardians).selectinload(Guardian.pupils),
                                       selectinload(Pupil.consents))
                 .where(Pupil.group_id == group_id).order_by(Pupil.first_name))
        if not include_archived:
            query = query.where(Pupil.archived.is_(False))
        return [pupil_state(p) for p in s.scalars(query)]


def get_pupil(db: Database, pupil_id: int, *, as_staff: int | None = None) -> PupilRecord:
    with db.session() as s:
        pupil = common.get(s, Pupil, pupil_id, "Leerling")
        access.check_pupil_visible(s, access.scope_in(s, as_staff), pupil_id)
        return pupil_state(pupil)


def create_pupil(db: Database, group_id: int, data: PupilData, *, as_staff: int | None = None) -> PupilRecord:
    data = clean(data)
    with db.write() as s:
        common.get(s, Group, group_id, "Groep")
        access.check_group_pupils_change(s, access.scope_in(s, as_staff), group_id)
        check_unique_name(s, group_id, data.first_name, None)
        pupil = Pupil(group_id=group_id, first_name=data.first_name, subgroup=data.subgroup)
        s.add(pupil)
        s.flush()
        return pupil_state(pupil)


def update_pupil(db: Database, pupil_id: int, data: PupilData, version: int | None = None, *,
                 as_staff: int | None = None) -> PupilRecord:
    data = clean(data)
    with db.write() as s:
        pupil = common.get(s, Pupil, pupil_id, "Leerling", version)
        access.check_pupil_change(s, access.scope_in(s, as_staff), pupil_id)
        check_unique_name(s, pupil.group_id, data.first_name, pupil_id)
        pupil.first_name, pupil.subgroup = data.first_name, data.subgroup
        s.flush()
        return pupil_state(pupil)


def dependents_pupil(db: Database, pupil_id: int) -> tuple[str, ...]:
    with db.session() as s:
        return pupil_dependents(s, common.get(s, Pupil, pupil_id, "Leerling"))


def pupil_dependents(session: OrmSession, pupil: Pupil) -> tuple[str, ...]:
    own = [g.id for g in pupil.guardians if len(g.pupils) == 1]
    return common.described([
        (common.count(session, Consent.id, Consent.pupil_id == pupil.id), "toestemming", "toestemmingen"),
        (common.count(session, Attendance.session_id, Attendance.pupil_id == pupil.id),
         "aanwezigheidsregistratie", "aanwezigheidsregistraties"),
        (common.count(session, Concern.id, Concern.pupil_id == pupil.id), "signaal", "signalen"),
        (common.count(session, ReturnSlip.id, ReturnSlip.pupil_id == pupil.id), "ingeleverd strookje",
         "ingeleverde strookjes"),
        (common.count(session, ParentAttendance.guardian_id, ParentAttendance.guardian_id.in_(own)) if own else 0,
         "keer ouder aanwezig bij een ouderactiviteit", "keer ouders aanwezig bij een ouderactiviteit"),
    ])


def delete_pupil_in(session: OrmSession, pupil: Pupil) -> PupilRecord:
    """Delete a pupil and the guardians that have no other child; refuses when records use the pupil."""
    blocking = pupil_dependents(session, pupil)
    if blocking:
        raise common.InUse(f"Leerling {pupil.first_name}", blocking)
    snapshot = pupil_state(pupil)
    orphans = [g for g in pupil.guardians if len(g.pupils) == 1]
    pupil.guardians = []
    session.delete(pupil)
    for guardian in orphans:
        session.delete(guardian)
    session.flush()
    return snapshot


def restore_pupil_in(session: OrmSession, record: PupilRecord) -> Pupil:
    """Put a pupil back in the state of ``record`` (insert with the same id when it is gone), with its
    guardians (re-created with their ids when they were deleted, their data set back otherwise)."""
    pupil = session.get(Pupil, record.id)
    if pupil is None:
        pupil = Pupil(id=record.id, group_id=record.group_id)
        session.add(pupil)
    pupil.first_name, pupil.subgroup, pupil.archived = record.data.first_name, record.data.subgroup, record.archived
    pupil.initial, pupil.match_key, pupil.birth_key = record.initial, record.match_key, record.birth_key
    guardians = []
    for g in record.guardians:
        guardian = session.get(Guardian, g.id)
        if guardian is None:
            guardian = Guardian(id=g.id)
            session.add(guardian)
        guardian.name, guardian.language = g.data.name, g.data.language
        guardian.contact_preference = g.data.contact_preference
        guardians.append(guardian)
    dropped = [g for g in pupil.guardians if g not in guardians]
    pupil.guardians = guardians
    session.flush()
    for guardian in dropped:
        session.refresh(guardian)
        if not guardian.pupils:
            session.delete(guardian)
    session.flush()
    return pupil


def delete_pupil(db: Database, pupil_id: int, *, as_staff: int | None = None) -> PupilRecord:
    with db.write() as s:
        pupil = common.get(s, Pupil, pupil_id, "Leerling")
        access.check_pupil_change(s, access.scope_in(s, as_staff), pupil_id)
        return delete_pupil_in(s, pupil)


def restore_pupil(db: Database, record: PupilRecord, *, as_staff: int | None = None) -> PupilRecord:
    with db.write() as s:
        access.check_group_pupils_change(s, access.scope_in(s, as_staff), record.group_id)
        return pupil_state(restore_pupil_in(s, record))


def set_pupil_archived(db: Database, pupil_id: int, archived: bool, *, as_staff: int | None = None) -> PupilRecord:
    with db.write() as s:
        pupil = common.get(s, Pupil, pupil_id, "Leerling")
        access.check_pupil_change(s, access.scope_in(s, as_staff), pupil_id)
        pupil.archived = archived
        s.flush()
        return pupil_state(pupil)
