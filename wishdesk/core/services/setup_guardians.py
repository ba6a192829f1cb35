"""Guardians (parents and carers) of a pupil: preferred language and contact preference only — no postal
or e-mail addresses (AVG). Siblings share guardians: a guardian can be linked to a second pupil.

Undo pattern: ``add_guardian`` ↔ ``remove_guardian`` (which returns a snapshot) ↔ ``restore_guardian``;
``update_guardian`` ↔ ``update_guardian`` with the old data.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from .. import access
from ..db import Database
from ..errors import ValidationError
from ..importers.values import LANGUAGE_NAMES, looks_personal
from ..models import Group, Guardian, ParentAttendance, Pupil, pupil_guardian
from ..models.vocab import CONTACT_PREFERENCES
from . import setup_common as common
from .setup_pupils import GuardianData, GuardianRecord, guardian_record

CONTACT_LABELS = {"paper": "papier", "platform": "ouderportaal", "email": "e-mail"}


@dataclass(frozen=True)
class GuardianChoice:
    """An existing guardian of another pupil of the same school, to link a sibling."""

    id: int
    label: str  # "ouder van Sem (6B) — Turks, papier"


def clean(data: GuardianData) -> GuardianData:
    name = common.text(data.name, "name", "de naam", 200, required=False)
    if name and looks_personal(name):
        raise ValidationError("Vul alleen een naam in, geen e-mailadres of telefoonnummer.", "name")
    language = common.choice(data.language, LANGUAGE_NAMES, "language", "de taal")
    contact = common.choice(data.contact_preference, CONTACT_PREFERENCES, "contact_preference",
                            "hoe de ouder bericht wil krijgen")
    return GuardianData(name, language or "nl", contact or "platform")


def get_guardian(db: Database, guardian_id: int, *, as_staff: int | None = None) -> GuardianRecord:
    with db.session() as s:
        guardian = common.get(s, Guardian, guardian_id, "Ouder/verzorger")
        scope = access.scope_in(s, as_staff)
        if not scope.everything and not any(scope.sees_group(p.group_id, p.group.school_id) for p in guardian.pupils):
            raise access.PermissionDenied(access.NOT_YOUR_PUPIL)
        return guardian_record(guardian)


def add_guardian(db: Database, pupil_id: int, data: GuardianData, *, as_staff: int | None = None) -> GuardianRecord:
    data = clean(data)
    with db.write() as s:
        pupil = common.get(s, Pupil, pupil_id, "Leerling")
        access.check_pupil_change(s, access.scope_in(s, as_staff), pupil_id)
        if len(pupil.guardians) >= 4:
            raise ValidationError("Een leerling heeft hoogstens vier ouders/verzorgers in WIsH Desk.", "name")
        guardian = Guardian(name=data.name, language=data.language, contact_preference=data.contact_preference)
        pupil.guardians.append(guardian)
        s.flush()
        return guardian_record(guardian)


def link_guardian(db: Database, pupil_id: int, guardian_id: int, *, as_staff: int | None = None) -> GuardianRecord:
    """Make an existing guardian (of a brother or sister) a guardian of this pupil too."""
    with db.write() as s:
        pupil = common.get(s, Pupil, pupil_id, "Leerling")
        guardian = common.get(s, Guardian, guardian_id, "Ouder/verzorger")
        scope = access.scope_in(s, as_staff)
        access.check_pupil_change(s, scope, pupil_id)
        access.check_guardian_change(s, scope, guardian_id)  # no linking another school's parent to read them
        if guardian in pupil.guardians:
            raise ValidationError("Deze ouder hoort al bij deze leerling.", "guardian_id")
        pupil.guardians.append(guardian)
        s.flush()
        return guardian_record(guardian)


def update_guardian(db: Database, guardian_id: int, data: GuardianData,
                    version: int | None = None, *, as_staff: int | None = None) -> GuardianRecord:
    data = clean(data)
    with db.write() as s:
        guardian = common.get(s, Guardian, guardian_id, "Ouder/verzorger", version)
        access.check_guardian_change(s, access.scope_in(s, as_staff), guardian_id)
        guardian.name, guardian.language = data.name, data.language
        guardian.contact_preference = data.contact_preference
        s.flush()
        return guardian_record(guardian)


def dependents_guardian(db: Database, pupil_id: int, guardian_id: int) -> tuple[str, ...]:
    """What blocks removing this guardian from the pupil (only when it would delete the guardian)."""
    with db.session() as s:
        guardian = common.get(s, Guardian, guardian_id, "Ouder/verzorger")
        return _dependents(s, guardian, pupil_id)


def _dependents(session, guardian: Guardian, pupil_id: int) -> tuple[str, ...]:  # noqa: ANN001
    if any(p.id != pupil_id for p in guardian.pupils):
        return ()  # only unlinked: the sibling keeps this guardian
    return common.described([(common.count(session, ParentAttendance.guardian_id,
                                           ParentAttendance.guardian_id == guardian.id),
                              "keer aanwezig bij een ouderactiviteit", "keer aanwezig bij een ouderactiviteit")])


def remove_guardian(db: Database, pupil_id: int, guardian_id: int, *, as_staff: int | None = None) -> GuardianRecord:
    """Unlink the guardian from the pupil; delete it when no other child remains. Returns a snapshot."""
    with db.write() as s:
        pupil = common.get(s, Pupil, pupil_id, "Leerling")
        access.check_pupil_change(s, access.scope_in(s, as_staff), pupil_id)
        guardian = common.get(s, Guardian, guardian_id, "Ouder/verzorger")
        if guardian not in pupil.guardians:
            raise ValidationError("Deze ouder hoort niet bij deze leerling.", "guardian_id")
        blocking = _dependents(s, guardian, pupil_id)
        if blocking:
            raise common.InUse("Deze ouder/verzorger", blocking)
        snapshot = guardian_record(guardian)
        pupil.guardians.remove(guardian)
        s.flush()
        s.refresh(guardian)
        if not guardian.pupils:
            s.delete(guardian)
        return snapshot


def restore_guardian(db: Database, pupil_id: int, record: GuardianRecord, *,
                     as_staff: int | None = None) -> GuardianRecord:
    """Undo of remove: re-create the guardian with its id if it was deleted, and link it again."""
    with db.write() as s:
        pupil = common.get(s, Pupil, pupil_id, "Leerling")
        access.check_pupil_change(s, access.scope_in(s, as_staff), pupil_id)
        guardian = s.get(Guardian, record.id)
        if guardian is None:
            guardian = Guardian(id=record.id, name=record.data.name, language=record.data.language,
                                contact_preference=record.data.contact_preference)
            s.add(guardian)
        if guardian not in pupil.guardians:
            pupil.guardians.append(guardian)
        s.flush()
        return guardian_record(guardian)


def sibling_choices(db: Database, pupil_id: int, *, as_staff: int | None = None) -> list[GuardianChoice]:
    """Guardians of other pupils in the same school and year, to link a brother's or sister's family."""
    with db.session() as s:
        pupil = common.get(s, Pupil, pupil_id, "Leerling")
        access.check_pupil_change(s, access.scope_in(s, as_staff), pupil_id)
        group = pupil.group
        query = (select(Pupil).join(Pupil.group)
                 .where(Group.school_id == group.school_id, Group.school_year_id == group.school_year_id,
                        Pupil.id != pupil_id, Pupil.archived.is_(False))
                 .order_by(Pupil.first_name))
        own = {g.id for g in pupil.guardians}
        choices: dict[int, GuardianChoice] = {}
        for other in s.scalars(query):
            for g in other.guardians:
                if g.id in own or g.id in choices:
                    continue
                who = f"{g.name}, " if g.name else ""
                label = (f"{who}ouder van {other.first_name} ({other.group.name}) — "
                         f"{LANGUAGE_NAMES.get(g.language, g.language)}, "
                         f"{CONTACT_LABELS.get(g.contact_preference, g.contact_preference)}")
                choices[g.id] = GuardianChoice(g.id, label)
        return sorted(choices.values(), key=lambda c: c.label.casefold())


def guardian_ids_of(db: Database, pupil_id: int) -> tuple[int, ...]:
    with db.session() as s:
        return tuple(s.scalars(select(pupil_guardian.c.guardian_id).where(pupil_guardian.c.pupil_id == pupil_id)))
