"""Partner organisations: youth care, municipality, school boards and the school's other partners.

Pattern (create / update / delete → snapshot / restore / archive) as described in setup_common.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from ..db import Database
from ..errors import ValidationError
from ..models import Organisation, SchoolPartner, Staff
from ..models.vocab import ORGANISATION_KINDS
from . import setup_common as common

KIND_LABELS = {"school": "school", "youth_care": "jeugdhulp", "municipality": "gemeente", "partner": "partner"}


@dataclass(frozen=True)
class OrganisationData:
    name: str
    kind: str = "partner"
    contact_name: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class OrganisationRecord:
    id: int
    data: OrganisationData
    archived: bool = False
    staff: int = 0
    schools: int = 0  # schools that have it on their partner map

    @property
    def name(self) -> str:
        return self.data.name


def clean(data: OrganisationData) -> OrganisationData:
    return OrganisationData(
        name=common.text(data.name, "name", "de naam", 200) or "",
        kind=common.choice(data.kind, ORGANISATION_KINDS, "kind", "het soort organisatie") or "partner",
        contact_name=common.text(data.contact_name, "contact_name", "de contactpersoon", 200, required=False),
        notes=common.long_text(data.notes, "notes", "de notities"),
    )


def _record(session, org: Organisation) -> OrganisationRecord:  # noqa: ANN001
    staff = common.count(session, Staff.id, Staff.organisation_id == org.id)
    schools = common.count(session, SchoolPartner.id, SchoolPartner.organisation_id == org.id)
    return OrganisationRecord(
        org.id, OrganisationData(org.name, org.kind, org.contact_name, org.notes), org.archived, staff, schools)


def _check_unique(session, data: OrganisationData, own_id: int | None) -> None:  # noqa: ANN001
    query = select(Organisation.id).where(func.lower(Organisation.name) == data.name.lower(),
                                          Organisation.kind == data.kind)
    if own_id is not None:
        query = query.where(Organisation.id != own_id)
    if session.scalar(query) is not None:
        raise ValidationError(f"Er is al een organisatie '{data.name}' van deze soort.", "name")


def list_organisations(db: Database, include_archived: bool = False) -> list[OrganisationRecord]:
    with db.session() as s:
        query = select(Organisation).order_by(Organisation.kind, Organisation.name)
        if not include_archived:
            query = query.where(Organisation.archived.is_(False))
        return [_record(s, o) for o in s.scalars(query)]


def get_organisation(db: Database, org_id: int) -> OrganisationRecord:
    with db.session() as s:
        return _record(s, common.get(s, Organisation, org_id, "Organisatie"))


def create_organisation(db: Database, data: OrganisationData) -> OrganisationRecord:
    data = clean(data)
    with db.write() as s:
        _check_unique(s, data, None)
        org = Organisation(name=data.name, kind=data.kind, contact_name=data.contact_name, notes=data.notes)
        s.add(org)
        s.flush()
        return _record(s, org)


def update_organisation(db: Database, org_id: int, data: OrganisationData) -> OrganisationRecord:
    data = clean(data)
    with db.write() as s:
        org = common.get(s, Organisation, org_id, "Organisatie")
        _check_unique(s, data, org_id)
        org.name, org.kind, org.contact_name, org.notes = data.name, data.kind, data.contact_name, data.notes
        s.flush()
        return _record(s, org)


def dependents_organisation(db: Database, org_id: int) -> tuple[str, ...]:
    with db.session() as s:
        return _dependents(s, org_id)


def _dependents(session, org_id: int) -> tuple[str, ...]:  # noqa: ANN001
    staff = list(session.scalars(select(Staff.name).where(Staff.organisation_id == org_id)))
    partners = common.count(session, SchoolPartner.id, SchoolPartner.organisation_id == org_id)
    out = []
    if staff:
        out.append(f"{len(staff)} {'medewerker' if len(staff) == 1 else 'medewerkers'} ({common.names(staff)})")
    out += common.described([(partners, "school heeft haar op de partnerkaart",
                               "scholen hebben haar op de partnerkaart")])
    return tuple(out)


def delete_organisation(db: Database, org_id: int) -> OrganisationRecord:
    with db.write() as s:
        org = common.get(s, Organisation, org_id, "Organisatie")
        blocking = _dependents(s, org_id)
        if blocking:
            raise common.InUse(f"Organisatie '{org.name}'", blocking)
        snapshot = _record(s, org)
        s.delete(org)
        return snapshot


def restore_organisation(db: Database, record: OrganisationRecord) -> OrganisationRecord:
    with db.write() as s:
        d = record.data
        org = Organisation(id=record.id, name=d.name, kind=d.kind, contact_name=d.contact_name, notes=d.notes,
                           archived=record.archived)
        s.add(org)
        s.flush()
        return _record(s, org)


def set_organisation_archived(db: Database, org_id: int, archived: bool) -> OrganisationRecord:
    with db.write() as s:
        org = common.get(s, Organisation, org_id, "Organisatie")
        org.archived = archived
        s.flush()
        return _record(s, org)
