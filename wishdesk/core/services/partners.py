"""The school's partner map (the article's first tip: map the school's network).

Per school: the organisations it works with, the contact person there and what they do for the school,
plus the school's own people around groep 6 (care coordinator, teachers, specialist). `partner_map`
returns plain data that the GUI shows as a grouped list and `printing.partner_map` draws as a PDF.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..db import Database
from ..errors import ValidationError
from ..models import Group, Organisation, School, SchoolPartner
from ..print_data import MapEntry, MapSection, PartnerMap
from . import setup_common as common
from .setup_organisations import KIND_LABELS
from .years import find_year

KIND_ORDER = ("youth_care", "municipality", "partner", "school")
KIND_HEADINGS = {"youth_care": "Jeugdhulp", "municipality": "Gemeente", "partner": "Partners in de wijk",
                 "school": "Scholen en besturen"}


@dataclass(frozen=True)
class PartnerData:
    school_id: int
    organisation_id: int
    contact_name: str | None = None
    role: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class PartnerRecord:
    id: int
    data: PartnerData
    organisation: str
    kind: str

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


def clean(data: PartnerData) -> PartnerData:
    if not data.organisation_id:
        raise ValidationError("Kies de organisatie.", "organisation_id")
    return PartnerData(
        int(data.school_id), int(data.organisation_id),
        common.text(data.contact_name, "contact_name", "de contactpersoon", 200, required=False),
        common.text(data.role, "role", "de rol", 200, required=False),
        common.long_text(data.notes, "notes", "de notities", 2000),
    )


def _record(partner: SchoolPartner) -> PartnerRecord:
    return PartnerRecord(partner.id, PartnerData(partner.school_id, partner.organisation_id, partner.contact_name,
                                                 partner.role, partner.notes),
                         partner.organisation.name, partner.organisation.kind)


def _check(session, data: PartnerData, own_id: int | None) -> None:  # noqa: ANN001
    common.get(session, School, data.school_id, "School")
    if session.get(Organisation, data.organisation_id) is None:
        raise ValidationError("Deze organisatie bestaat niet (meer).", "organisation_id")
    query = select(SchoolPartner.id).where(SchoolPartner.school_id == data.school_id,
                                           SchoolPartner.organisation_id == data.organisation_id)
    if own_id is not None:
        query = query.where(SchoolPartner.id != own_id)
    if session.scalar(query) is not None:
        raise ValidationError("Deze organisatie staat al op de partnerkaart van deze school.", "organisation_id")


def list_partners(db: Database, school_id: int) -> list[PartnerRecord]:
    with db.session() as s:
        common.get(s, School, school_id, "School")
        query = (select(SchoolPartner).join(SchoolPartner.organisation).where(SchoolPartner.school_id == school_id)
                 .order_by(Organisation.kind, Organisation.name))
        return [_record(p) for p in s.scalars(query)]


def get_partner(db: Database, partner_id: int) -> PartnerRecord:
    with db.session() as s:
        return _record(common.get(s, SchoolPartner, partner_id, "Partner"))


def create_partner(db: Database, data: PartnerData) -> PartnerRecord:
    data = clean(data)
    with db.write() as s:
        _check(s, data, None)
        partner = SchoolPartner(school_id=data.school_id, organisation_id=data.organisation_id,
                                contact_name=data.contact_name, role=data.role, notes=data.notes)
        s.add(partner)
        s.flush()
        return _record(partner)


def update_partner(db: Database, partner_id: int, data: PartnerData) -> PartnerRecord:
    data = clean(data)
    with db.write() as s:
        partner = common.get(s, SchoolPartner, partner_id, "Partner")
        _check(s, data, partner_id)
        partner.organisation_id, partner.contact_name = data.organisation_id, data.contact_name
        partner.role, partner.notes = data.role, data.notes
        s.flush()
        s.refresh(partner)
        return _record(partner)


def delete_partner(db: Database, partner_id: int) -> PartnerRecord:
    with db.write() as s:
        partner = common.get(s, SchoolPartner, partner_id, "Partner")
        snapshot = _record(partner)
        s.delete(partner)
        return snapshot


def restore_partner(db: Database, record: PartnerRecord) -> PartnerRecord:
    with db.write() as s:
        d = record.data
        partner = SchoolPartner(id=record.id, school_id=d.school_id, organisation_id=d.organisation_id,
                                contact_name=d.contact_name, role=d.role, notes=d.notes)
        s.add(partner)
        s.flush()
        s.refresh(partner)
        return _record(partner)


def partner_map(db: Database, school_id: int, year: str | None = None) -> PartnerMap:
    """The partner map of one school; its own people are taken from the groups of ``year`` (or the
    current school year)."""
    with db.session() as s:
        school = common.get(s, School, school_id, "School")
        school_year = find_year(s, year)
        own: list[MapEntry] = []
        if school.care_coordinator:
            own.append(MapEntry(school.name, school.care_coordinator.name, "intern begeleider (IB'er)"))
        if school_year is not None:
            groups = s.scalars(select(Group).where(Group.school_id == school_id, Group.archived.is_(False),
                                                   Group.school_year_id == school_year.id).order_by(Group.name))
            specialists: dict[str, list[str]] = {}
            for group in groups:
                if group.teachers:
                    own.append(MapEntry(school.name, ", ".join(sorted(t.name for t in group.teachers)),
                                        f"leerkracht en interne trainer groep {group.name}"))
                if group.specialist:
                    org = group.specialist.organisation.name if group.specialist.organisation else "Extern"
                    specialists.setdefault(f"{group.specialist.name}\0{org}", []).append(group.name)
            for key, names in sorted(specialists.items()):
                person, org = key.split("\0")
                own.append(MapEntry(org, person, f"weerbaarheidsspecialist groep {', '.join(names)}"))
        by_kind: dict[str, list[MapEntry]] = {}
        for partner in s.scalars(select(SchoolPartner).where(SchoolPartner.school_id == school_id)):
            by_kind.setdefault(partner.organisation.kind, []).append(
                MapEntry(partner.organisation.name, partner.contact_name, partner.role, partner.notes))
        sections = tuple(
            MapSection(KIND_HEADINGS[kind], tuple(sorted(by_kind[kind], key=lambda e: e.organisation.casefold())))
            for kind in KIND_ORDER if kind in by_kind
        )
        return PartnerMap(school.name, school.town, school_year.name if school_year else None, tuple(own), sections)
