"""Staff: teachers, resilience specialists, care coordinators and programme coordinators.

A person has one or more roles, maybe an organisation, the schools they serve and working days
(availability windows; none means "every school day, school hours"). Pattern as in setup_common.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from .. import access
from ..db import Database
from ..errors import ValidationError
from ..models import (
    Absence,
    Availability,
    Concern,
    Group,
    MeetingAttendance,
    Organisation,
    School,
    Session,
    SessionLog,
    Staff,
    StaffRole,
    group_teacher,
)
from ..models.vocab import STAFF_ROLES
from . import setup_common as common
from .setup_schools import Window

ROLE_LABELS = {"teacher": "leerkracht", "specialist": "weerbaarheidsspecialist",
               "care_coordinator": "intern begeleider", "programme_coordinator": "programmacoördinator"}


@dataclass(frozen=True)
class StaffData:
    name: str
    roles: tuple[str, ...] = ("teacher",)
    email: str | None = None
    organisation_id: int | None = None
    school_ids: tuple[int, ...] = ()
    availability: tuple[Window, ...] = ()  # empty: every school day
    max_sessions_per_day: int | None = None


@dataclass(frozen=True)
class StaffRecord:
    id: int
    data: StaffData
    organisation: str | None = None
    schools: tuple[str, ...] = ()
    archived: bool = False
    absences: tuple[tuple[int, date, date, str | None], ...] = ()  # kept for restore after delete
    version: int | None = field(default=None, compare=False)  # the row version read: an edit based on it is refused when it moved on

    @property
    def name(self) -> str:
        return self.data.name


def clean(data: StaffData) -> StaffData:
    roles = tuple(sorted(set(data.roles)))
    if not roles:
        raise ValidationError("Kies minstens één rol.", "roles")
    for role in roles:
        common.choice(role, STAFF_ROLES, "roles", "een geldige rol")
    limit = data.max_sessions_per_day or None
    if limit is not None and not 1 <= int(limit) <= 10:
        raise ValidationError("Kies 1 tot 10 lessen per dag, of laat het leeg voor geen maximum.",
                              "max_sessions_per_day")
    return StaffData(
        name=common.text(data.name, "name", "de naam", 200) or "",
        roles=roles,
        email=common.email(data.email),
        organisation_id=data.organisation_id or None,
        school_ids=tuple(sorted(set(data.school_ids))),
        availability=common.windows(data.availability, "availability"),
        max_sessions_per_day=int(limit) if limit is not None else None,
    )


def _record(staff: Staff) -> StaffRecord:
    data = StaffData(
        staff.name, tuple(staff.role_codes), staff.email, staff.organisation_id,
        tuple(sorted(sc.id for sc in staff.schools)),
        tuple(sorted((a.weekday, a.start_time, a.end_time) for a in staff.availability)),
        staff.max_sessions_per_day,
    )
    return StaffRecord(staff.id, data, staff.organisation.name if staff.organisation else None,
                       tuple(sorted(sc.name for sc in staff.schools)), staff.archived,
                       tuple((a.id, a.start_date, a.end_date, a.reason) for a in staff.absences), staff.version)


def _check(session, data: StaffData, own_id: int | None) -> None:  # noqa: ANN001
    query = select(Staff.id).where(func.lower(Staff.name) == data.name.lower())
    if own_id is not None:
        query = query.where(Staff.id != own_id)
    if session.scalar(query) is not None:
        raise ValidationError(f"Er is al een medewerker '{data.name}'; voeg bijvoorbeeld een initiaal toe.", "name")
    if data.organisation_id is not None and session.get(Organisation, data.organisation_id) is None:
        raise ValidationError("Deze organisatie bestaat niet (meer).", "organisation_id")
    for school_id in data.school_ids:
        if session.get(School, school_id) is None:
            raise ValidationError("Een van de gekozen scholen bestaat niet (meer).", "school_ids")


def _apply(session, staff: Staff, data: StaffData) -> None:  # noqa: ANN001
    staff.name, staff.email, staff.organisation_id = data.name, data.email, data.organisation_id
    staff.max_sessions_per_day = data.max_sessions_per_day
    current = set(staff.role_codes)
    if current != set(data.roles):
        staff.roles = [r for r in staff.roles if r.role in data.roles]
        staff.roles += [StaffRole(role=r) for r in data.roles if r not in current]
    staff.schools = [session.get(School, i) for i in data.school_ids]
    staff.availability = [Availability(weekday=d, start_time=s, end_time=e) for d, s, e in data.availability]


def list_staff(db: Database, include_archived: bool = False, role: str | None = None) -> list[StaffRecord]:
    with db.session() as s:
        query = select(Staff).order_by(Staff.name).options(  # one query per relation, not per person
            selectinload(Staff.roles), selectinload(Staff.schools), selectinload(Staff.availability),
            selectinload(Staff.absences), selectinload(Staff.organisation),
        )
        if not include_archived:
            query = query.where(Staff.archived.is_(False))
        rows = [_record(p) for p in s.scalars(query)]
    return [r for r in rows if role is None or role in r.data.roles]


def get_staff(db: Database, staff_id: int) -> StaffRecord:
    with db.session() as s:
        return _record(common.get(s, Staff, staff_id, "Medewerker"))


def create_staff(db: Database, data: StaffData, *, as_staff: int | None = None) -> StaffRecord:
    data = clean(data)
    with db.write() as s:
        access.check_staff_setup(access.scope_in(s, as_staff))
        _check(s, data, None)
        staff = Staff()
        with s.no_autoflush:
            _apply(s, staff, data)
        s.add(staff)
        s.flush()
        return _record(staff)


def update_staff(db: Database, staff_id: int, data: StaffData, version: int | None = None, *,
                 as_staff: int | None = None) -> StaffRecord:
    data = clean(data)
    with db.write() as s:
        access.check_staff_setup(access.scope_in(s, as_staff))
        staff = common.get(s, Staff, staff_id, "Medewerker", version)
        _check(s, data, staff_id)
        _apply(s, staff, data)
        s.flush()
        return _record(staff)


def dependents_staff(db: Database, staff_id: int) -> tuple[str, ...]:
    with db.session() as s:
        return _dependents(s, staff_id)


def _dependents(session, staff_id: int) -> tuple[str, ...]:  # noqa: ANN001
    taught = list(session.scalars(select(Group).join(group_teacher, group_teacher.c.group_id == Group.id)
                                  .where(group_teacher.c.staff_id == staff_id)))
    specialist = list(session.scalars(select(Group).where(Group.specialist_id == staff_id)))
    coordinating = list(session.scalars(select(School.name).where(School.care_coordinator_id == staff_id)))
    out = []
    if taught:
        out.append(f"leerkracht van {common.names(f'{g.name} ({g.school.name})' for g in taught)}")
    if specialist:
        out.append(f"specialist van {common.names(f'{g.name} ({g.school.name})' for g in specialist)}")
    if coordinating:
        out.append(f"intern begeleider van {common.names(coordinating)}")
    out += common.described([
        (common.count(session, Session.id, or_(Session.teacher_id == staff_id, Session.specialist_id == staff_id)),
         "lesmoment", "lesmomenten"),
        (common.count(session, SessionLog.id, SessionLog.author_id == staff_id), "reflectie", "reflecties"),
        (common.count(session, Concern.id, Concern.author_id == staff_id), "signaal", "signalen"),
        (common.count(session, MeetingAttendance.meeting_id, MeetingAttendance.staff_id == staff_id),
         "intervisie of overleg", "intervisies of overleggen"),
    ])
    return tuple(out)


def delete_staff(db: Database, staff_id: int, *, as_staff: int | None = None) -> StaffRecord:
    with db.write() as s:
        access.check_staff_setup(access.scope_in(s, as_staff))
        staff = common.get(s, Staff, staff_id, "Medewerker")
        blocking = _dependents(s, staff_id)
        if blocking:
            raise common.InUse(staff.name, blocking)
        snapshot = _record(staff)
        s.delete(staff)
        return snapshot


def restore_staff(db: Database, record: StaffRecord, *, as_staff: int | None = None) -> StaffRecord:
    with db.write() as s:
        access.check_staff_setup(access.scope_in(s, as_staff))
        staff = Staff(id=record.id, archived=record.archived)
        data = record.data
        data = StaffData(data.name, data.roles, data.email,
                         data.organisation_id if data.organisation_id and s.get(Organisation, data.organisation_id)
                         else None,
                         tuple(i for i in data.school_ids if s.get(School, i) is not None),
                         data.availability, data.max_sessions_per_day)
        with s.no_autoflush:
            _apply(s, staff, data)
        s.add(staff)
        staff.absences = [Absence(id=i, start_date=a, end_date=b, reason=r) for i, a, b, r in record.absences]
        s.flush()
        return _record(staff)


def set_staff_archived(db: Database, staff_id: int, archived: bool, *,
                       as_staff: int | None = None) -> StaffRecord:
    with db.write() as s:
        access.check_staff_setup(access.scope_in(s, as_staff))
        staff = common.get(s, Staff, staff_id, "Medewerker")
        staff.archived = archived
        s.flush()
        return _record(staff)
