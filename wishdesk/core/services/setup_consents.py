"""Parental consent per pupil and purpose (class video, photos, sharing with youth care), with the date it
was granted and, when withdrawn, the date of withdrawal. A withdrawn consent stays on record; a new grant
is a new row. Undo pattern as in setup_common (a consent has no dependents).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from .. import access
from ..db import Database
from ..errors import ValidationError
from ..models import Consent, Pupil
from ..models.vocab import CONSENT_PURPOSES
from . import setup_common as common

PURPOSE_LABELS = {"class_video": "in de klassenvideo", "photos": "op foto's",
                  "share_youth_care": "gegevens delen met jeugdhulp"}


@dataclass(frozen=True)
class ConsentData:
    purpose: str
    granted_on: date
    withdrawn_on: date | None = None
    note: str | None = None


@dataclass(frozen=True)
class ConsentRecord:
    id: int
    pupil_id: int
    data: ConsentData
    version: int | None = field(default=None, compare=False)  # the row version read: an edit based on it is refused when it moved on

    @property
    def active(self) -> bool:
        return self.data.withdrawn_on is None


def clean(data: ConsentData, today: date | None = None) -> ConsentData:
    today = today or date.today()
    purpose = common.choice(data.purpose, CONSENT_PURPOSES, "purpose", "waarvoor de toestemming geldt")
    if not isinstance(data.granted_on, date):
        raise ValidationError("Vul de datum in waarop de ouders toestemming gaven.", "granted_on")
    if data.granted_on > today:
        raise ValidationError("De datum van toestemming ligt in de toekomst.", "granted_on")
    if data.withdrawn_on is not None:
        if data.withdrawn_on < data.granted_on:
            raise ValidationError("De datum van intrekken ligt vóór de datum van toestemming.", "withdrawn_on")
        if data.withdrawn_on > today:
            raise ValidationError("De datum van intrekken ligt in de toekomst.", "withdrawn_on")
    note = common.text(data.note, "note", "de notitie", 500, required=False)
    return ConsentData(purpose or "", data.granted_on, data.withdrawn_on, note)


def _record(consent: Consent) -> ConsentRecord:
    return ConsentRecord(consent.id, consent.pupil_id,
                         ConsentData(consent.purpose, consent.granted_on, consent.withdrawn_on, consent.note),
                         consent.version)


def _check_overlap(session, pupil_id: int, data: ConsentData, own_id: int | None) -> None:  # noqa: ANN001
    """Two consents for one purpose may not overlap in time: the record must say clearly what holds."""
    end = data.withdrawn_on or date.max
    for other in session.scalars(select(Consent).where(Consent.pupil_id == pupil_id, Consent.purpose == data.purpose)):
        if other.id == own_id:
            continue
        other_end = other.withdrawn_on or date.max
        if other.granted_on <= end and data.granted_on <= other_end:
            if other.withdrawn_on is None:
                raise ValidationError(f"Er is al een geldige toestemming ({PURPOSE_LABELS[data.purpose]}) sinds "
                                      f"{other.granted_on:%d-%m-%Y}. Trek die eerst in.", "purpose")
            raise ValidationError(f"Deze periode overlapt met een eerdere toestemming "
                                  f"({other.granted_on:%d-%m-%Y} tot {other.withdrawn_on:%d-%m-%Y}).", "granted_on")


def list_consents(db: Database, pupil_id: int) -> list[ConsentRecord]:
    with db.session() as s:
        common.get(s, Pupil, pupil_id, "Leerling")
        query = select(Consent).where(Consent.pupil_id == pupil_id).order_by(Consent.purpose, Consent.granted_on)
        return [_record(c) for c in s.scalars(query)]


def get_consent(db: Database, consent_id: int) -> ConsentRecord:
    with db.session() as s:
        return _record(common.get(s, Consent, consent_id, "Toestemming"))


def create_consent(db: Database, pupil_id: int, data: ConsentData, *, as_staff: int | None = None) -> ConsentRecord:
    """``as_staff``: the signed-in person, who must keep this pupil's records (core.access; None: no scope)."""
    data = clean(data)
    with db.write() as s:
        common.get(s, Pupil, pupil_id, "Leerling")
        access.check_pupil_change(s, access.scope_in(s, as_staff), pupil_id)
        _check_overlap(s, pupil_id, data, None)
        consent = Consent(pupil_id=pupil_id, purpose=data.purpose, granted_on=data.granted_on,
                          withdrawn_on=data.withdrawn_on, note=data.note)
        s.add(consent)
        s.flush()
        return _record(consent)


def update_consent(db: Database, consent_id: int, data: ConsentData, version: int | None = None, *,
                   as_staff: int | None = None) -> ConsentRecord:
    data = clean(data)
    with db.write() as s:
        consent = common.get(s, Consent, consent_id, "Toestemming", version)
        access.check_pupil_change(s, access.scope_in(s, as_staff), consent.pupil_id)
        _check_overlap(s, consent.pupil_id, data, consent_id)
        consent.purpose, consent.granted_on = data.purpose, data.granted_on
        consent.withdrawn_on, consent.note = data.withdrawn_on, data.note
        s.flush()
        return _record(consent)


def withdraw_consent(db: Database, consent_id: int, on: date | None = None, *,
                     as_staff: int | None = None) -> ConsentRecord:
    """Record that the parents withdrew this consent (today unless ``on`` is given)."""
    old = get_consent(db, consent_id)
    if old.data.withdrawn_on is not None:
        raise ValidationError("Deze toestemming is al ingetrokken.", "withdrawn_on")
    d = old.data
    return update_consent(db, consent_id, ConsentData(d.purpose, d.granted_on, on or date.today(), d.note),
                          as_staff=as_staff)


def delete_consent(db: Database, consent_id: int, *, as_staff: int | None = None) -> ConsentRecord:
    """Remove a consent entered by mistake (withdrawal is the normal path). Returns a snapshot."""
    with db.write() as s:
        consent = common.get(s, Consent, consent_id, "Toestemming")
        access.check_pupil_change(s, access.scope_in(s, as_staff), consent.pupil_id)
        snapshot = _record(consent)
        s.delete(consent)
        return snapshot


def restore_consent(db: Database, record: ConsentRecord, *, as_staff: int | None = None) -> ConsentRecord:
    with db.write() as s:
        access.check_pupil_change(s, access.scope_in(s, as_staff), record.pupil_id)
        d = record.data
        consent = Consent(id=record.id, pupil_id=record.pupil_id, purpose=d.purpose, granted_on=d.granted_on,
                          withdrawn_on=d.withdrawn_on, note=d.note)
        s.add(consent)
        s.flush()
        return _record(consent)
