"""Schools: name, town, holiday region, care coordinator (IB'er) and the lesson windows of groep 6.

Pattern (create / update / delete → snapshot / restore / archive) as described in setup_common. The
lesson windows belong to the school form, so they are saved, deleted and restored with the school.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import time

from sqlalchemy import func, select

from .. import access
from ..db import Database
from ..errors import ValidationError
from ..models import (
    CalendarEntry,
    Group,
    LessonWindow,
    Meeting,
    ParentEvent,
    School,
    SchoolPartner,
    Staff,
    staff_school,
)
from ..models.vocab import HOLIDAY_REGIONS
from . import setup_common as common

Window = tuple[int, time, time]  # weekday (0 = Monday), start, end


@dataclass(frozen=True)
class SchoolData:
    name: str
    town: str | None = None
    holiday_region: str = ""  # "": from the town (core.holiday_regions), see resolve_region
    care_coordinator_id: int | None = None
    lesson_windows: tuple[Window, ...] = ()


@dataclass(frozen=True)
class SchoolRecord:
    id: int
    data: SchoolData
    care_coordinator: str | None = None
    archived: bool = False
    groups: int = 0
    version: int | None = field(default=None, compare=False)  # the row version read: an edit based on it is refused when it moved on

    @property
    def name(self) -> str:
        return self.data.name


def clean(data: SchoolData) -> SchoolData:
    return SchoolData(
        name=common.text(data.name, "name", "de naam van de school", 200) or "",
        town=common.text(data.town, "town", "de plaats", 100, required=False),
        holiday_region=common.choice(data.holiday_region, HOLIDAY_REGIONS, "holiday_region",
                                     "de vakantieregio (noord, midden of zuid)", required=False) or "",
        care_coordinator_id=data.care_coordinator_id or None,
        lesson_windows=common.windows(data.lesson_windows, "lesson_windows"),
    )


def _record(session, school: School) -> SchoolRecord:  # noqa: ANN001
    data = SchoolData(school.name, school.town, school.holiday_region, school.care_coordinator_id,
                      tuple((w.weekday, w.start_time, w.end_time) for w in
                            sorted(school.lesson_windows, key=lambda w: (w.weekday, w.start_time))))
    return SchoolRecord(school.id, data, school.care_coordinator.name if school.care_coordinator else None,
                        school.archived, common.count(session, Group.id, Group.school_id == school.id),
                        school.version)


def _check(session, data: SchoolData, own_id: int | None) -> None:  # noqa: ANN001
    query = select(School.id).where(func.lower(School.name) == data.name.lower())
    if own_id is not None:
        query = query.where(School.id != own_id)
    if session.scalar(query) is not None:
        raise ValidationError(f"Er is al een school met de naam '{data.name}'.", "name")
    if data.care_coordinator_id is not None:
        person = session.get(Staff, data.care_coordinator_id)
        if person is None or person.archived:
            raise ValidationError("Deze intern begeleider bestaat niet (meer); kies een ander.", "care_coordinator_id")


def resolve_region(session, town: str | None, own_id: int | None = None) -> str:  # noqa: ANN001
    """The holiday region when none was chosen: the town's, else the municipality's, else the one most other
    schools have, else midden (the region with the most pupils). Never a fixed 'zuid' for everyone."""
    from ..holiday_regions import MIDDEN, region_for
    from .municipality import municipality_name

    found = region_for(town) or region_for(municipality_name(session))
    if found:
        return found
    query = select(School.holiday_region, func.count()).group_by(School.holiday_region).order_by(
        func.count().desc(), School.holiday_region)
    if own_id is not None:
        query = query.where(School.id != own_id)
    common_region = session.execute(query).first()
    return common_region[0] if common_region else MIDDEN


def _apply(school: School, data: SchoolData) -> None:
    school.name, school.town, school.holiday_region = data.name, data.town, data.holiday_region
    school.care_coordinator_id = data.care_coordinator_id
    school.lesson_windows = [LessonWindow(weekday=d, start_time=s, end_time=e) for d, s, e in data.lesson_windows]


def list_schools(db: Database, include_archived: bool = False, *, as_staff: int | None = None) -> list[SchoolRecord]:
    """With ``as_staff``: only the schools that person works at or serves (core.access)."""
    with db.session() as s:
        query = select(School).order_by(School.name)
        if not include_archived:
            query = query.where(School.archived.is_(False))
        seen = access.school_clause(access.scope_in(s, as_staff))
        if seen is not None:
            query = query.where(seen)
        return [_record(s, sc) for sc in s.scalars(query)]


def get_school(db: Database, school_id: int) -> SchoolRecord:
    with db.session() as s:
        return _record(s, common.get(s, School, school_id, "School"))


def _confirm(db: Database, by, school_id: int) -> None:  # noqa: ANN001 - Identity | None
    """Saved by a programme coordinator holding the trust root: the care coordinator named is also certified
    (security/directory.py); saved by anyone else it waits for that confirmation before it reads new concerns."""
    if getattr(by, "root_seed", None) is not None:
        from ..security.directory import confirm_care_coordinators

        confirm_care_coordinators(db, by, {school_id})


def create_school(db: Database, data: SchoolData, *, by=None,  # noqa: ANN001 - by: Identity | None
                  as_staff: int | None = None) -> SchoolRecord:
    data = clean(data)
    with db.write() as s:
        access.check_school_setup(access.scope_in(s, as_staff))
        _check(s, data, None)
        if not data.holiday_region:
            data = replace(data, holiday_region=resolve_region(s, data.town))
        school = School()
        _apply(school, data)
        s.add(school)
        s.flush()
        record = _record(s, school)
    _confirm(db, by, record.id)
    return record


def update_school(db: Database, school_id: int, data: SchoolData, version: int | None = None, *,
                  by=None, as_staff: int | None = None) -> SchoolRecord:  # noqa: ANN001 - by: Identity | None
    """`version`: the one the person read; a save based on an older one raises StaleEdit. `by`: the signed-in
    person; a programme coordinator's save also confirms the care coordinator (see _confirm). `as_staff`: only a
    programme coordinator may (core.access): the school names its care coordinator, who reads its concerns."""
    data = clean(data)
    with db.write() as s:
        access.check_school_setup(access.scope_in(s, as_staff))
        school = common.get(s, School, school_id, "School", version)
        _check(s, data, school_id)
        if not data.holiday_region:
            data = replace(data, holiday_region=resolve_region(s, data.town, school_id))
        _apply(school, data)
        s.flush()
        record = _record(s, school)
    _confirm(db, by, school_id)
    return record


def dependents_school(db: Database, school_id: int) -> tuple[str, ...]:
    with db.session() as s:
        return _dependents(s, school_id)


def _dependents(session, school_id: int) -> tuple[str, ...]:  # noqa: ANN001
    groups = list(session.scalars(select(Group).where(Group.school_id == school_id)))
    staff = list(session.scalars(select(Staff.name).join(staff_school, staff_school.c.staff_id == Staff.id)
                                 .where(staff_school.c.school_id == school_id)))
    out = []
    if groups:
        listing = common.names(f"{g.name} ({g.school_year.name})" for g in groups)
        out.append(f"{len(groups)} {'groep' if len(groups) == 1 else 'groepen'}: {listing}")
    if staff:
        out.append(f"{len(staff)} {'medewerker werkt' if len(staff) == 1 else 'medewerkers werken'} "
                   f"op deze school ({common.names(staff)})")
    out += common.described([
        (common.count(session, SchoolPartner.id, SchoolPartner.school_id == school_id),
         "partner op de partnerkaart", "partners op de partnerkaart"),
        (common.count(session, ParentEvent.id, ParentEvent.school_id == school_id),
         "ouderactiviteit", "ouderactiviteiten"),
        (common.count(session, Meeting.id, Meeting.school_id == school_id), "overleg", "overleggen"),
        (common.count(session, CalendarEntry.id, CalendarEntry.school_id == school_id),
         "studiedag of eigen vrije dag", "studiedagen of eigen vrije dagen"),
    ])
    return tuple(out)


def delete_school(db: Database, school_id: int, *, as_staff: int | None = None) -> SchoolRecord:
    with db.write() as s:
        access.check_school_setup(access.scope_in(s, as_staff))
        school = common.get(s, School, school_id, "School")
        blocking = _dependents(s, school_id)
        if blocking:
            raise common.InUse(f"School '{school.name}'", blocking)
        snapshot = _record(s, school)
        s.delete(school)
        return snapshot


def restore_school(db: Database, record: SchoolRecord, *, as_staff: int | None = None) -> SchoolRecord:
    with db.write() as s:
        access.check_school_setup(access.scope_in(s, as_staff))
        school = School(id=record.id, archived=record.archived)
        data = record.data
        if data.care_coordinator_id is not None and s.get(Staff, data.care_coordinator_id) is None:
            data = SchoolData(data.name, data.town, data.holiday_region, None, data.lesson_windows)
        _apply(school, data)
        s.add(school)
        s.flush()
        return _record(s, school)


def set_school_archived(db: Database, school_id: int, archived: bool, *,
                        as_staff: int | None = None) -> SchoolRecord:
    with db.write() as s:
        access.check_school_setup(access.scope_in(s, as_staff))
        school = common.get(s, School, school_id, "School")
        school.archived = archived
        s.flush()
        return _record(s, school)
