"""Groups: a class of a school in a school year ("6A", "5/6B") with its teachers, its resilience
specialist and whether practice lessons are split into boys and girls. Pattern as in setup_common.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from .. import access
from ..db import Database
from ..errors import ValidationError
from ..models import Group, HandoutDelivery, ParentEvent, Pupil, School, SchoolYear, Session, Staff
from . import setup_common as common
from .years import find_year

_GROUP_WORD = re.compile(r"^(groep|gr\.?|klas)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class GroupData:
    school_id: int
    school_year_id: int
    name: str
    teacher_ids: tuple[int, ...] = ()
    specialist_id: int | None = None
    split_by_gender: bool = False
    video_url: str | None = None


@dataclass(frozen=True)
class GroupRecord:
    id: int
    data: GroupData
    school: str
    school_year: str
    teachers: tuple[str, ...] = ()
    specialist: str | None = None
    pupils: int = 0
    archived: bool = False
    version: int | None = field(default=None, compare=False)  # the row version read: an edit based on it is refused when it moved on

    @property
    def name(self) -> str:
        return self.data.name

    @property
    def split_by_gender(self) -> bool:
        return self.data.split_by_gender


def clean(data: GroupData) -> GroupData:
    if not data.school_id:
        raise ValidationError("Kies de school.", "school_id")
    if not data.school_year_id:
        raise ValidationError("Kies het schooljaar.", "school_year_id")
    raw = common.text(data.name, "name", "de naam van de groep (bijvoorbeeld 6A of 5/6B)", 20) or ""
    name = _GROUP_WORD.sub("", raw).strip() or raw
    url = common.text(data.video_url, "video_url", "de link naar de klassenvideo", 500, required=False)
    if url and not re.match(r"^https?://\S+$", url):
        raise ValidationError("Een link begint met https:// en bevat geen spaties.", "video_url")
    return GroupData(int(data.school_id), int(data.school_year_id), name, tuple(sorted(set(data.teacher_ids))),
                     data.specialist_id or None, bool(data.split_by_gender), url)


def _record(session, group: Group, pupils: int | None = None) -> GroupRecord:  # noqa: ANN001
    data = GroupData(group.school_id, group.school_year_id, group.name, tuple(sorted(t.id for t in group.teachers)),
                     group.specialist_id, group.split_by_gender, group.video_url)
    if pupils is None:
        pupils = common.count(session, Pupil.id, Pupil.group_id == group.id, Pupil.archived.is_(False))
    return GroupRecord(group.id, data, group.school.name, group.school_year.name,
                       tuple(sorted(t.name for t in group.teachers)),
                       group.specialist.name if group.specialist else None, pupils, group.archived, group.version)


def _check(session, data: GroupData, own: Group | None) -> None:  # noqa: ANN001
    school = session.get(School, data.school_id)
    if school is None:
        raise ValidationError("Deze school bestaat niet (meer).", "school_id")
    year = session.get(SchoolYear, data.school_year_id)
    if year is None:
        raise ValidationError("Dit schooljaar bestaat niet (meer).", "school_year_id")
    query = select(Group.id).where(Group.school_id == data.school_id, Group.school_year_id == data.school_year_id,
                                   func.lower(Group.name) == data.name.lower())
    if own is not None:
        query = query.where(Group.id != own.id)
    if session.scalar(query) is not None:
        raise ValidationError(f"Groep {data.name} bestaat al op {school.name} in {year.name}.", "name")
    if data.specialist_id is not None and session.get(Staff, data.specialist_id) is None:
        raise ValidationError("Deze specialist bestaat niet (meer).", "specialist_id")
    if any(session.get(Staff, t) is None for t in data.teacher_ids):
        raise ValidationError("Een van de gekozen leerkrachten bestaat niet (meer).", "teacher_ids")
    if own is not None and (own.school_id, own.school_year_id) != (data.school_id, data.school_year_id):
        if common.count(session, Session.id, Session.group_id == own.id):
            raise ValidationError("Deze groep heeft al lesmomenten; school en schooljaar liggen daarom vast.",
                                  "school_id")


def _apply(session, group: Group, data: GroupData) -> None:  # noqa: ANN001
    group.school_id, group.school_year_id, group.name = data.school_id, data.school_year_id, data.name
    group.specialist_id, group.split_by_gender, group.video_url = data.specialist_id, data.split_by_gender, data.video_url
    group.teachers = [session.get(Staff, t) for t in data.teacher_ids]


def list_groups(db: Database, year_id: int | None = None, include_archived: bool = False, *,
                as_staff: int | None = None) -> list[GroupRecord]:
    """Groups of one school year (the current one when ``year_id`` is None), by school and name; with
    ``as_staff`` only the groups that person sees (core.access)."""
    with db.session() as s:
        if year_id is None:
            year = find_year(s, None)
            year_id = year.id if year else None
        if year_id is None:
            return []
        query = (select(Group).join(Group.school).where(Group.school_year_id == year_id)
                 .order_by(School.name, Group.name)
                 .options(selectinload(Group.teachers), selectinload(Group.school), selectinload(Group.school_year),
                          selectinload(Group.specialist)))
        if not include_archived:
            query = query.where(Group.archived.is_(False))
        seen = access.group_clause(access.scope_in(s, as_staff))
        if seen is not None:
            query = query.where(seen)
        counts = dict(s.execute(select(Pupil.group_id, func.count(Pupil.id)).where(Pupil.archived.is_(False))
                                .group_by(Pupil.group_id)).all())
        return [_record(s, g, counts.get(g.id, 0)) for g in s.scalars(query)]


def get_group(db: Database, group_id: int, *, as_staff: int | None = None) -> GroupRecord:
    with db.session() as s:
        group = common.get(s, Group, group_id, "Groep")
        access.check_group_visible(s, access.scope_in(s, as_staff), group_id)
        return _record(s, group)


def create_group(db: Database, data: GroupData, *, as_staff: int | None = None) -> GroupRecord:
    data = clean(data)
    with db.write() as s:
        access.check_group_setup(access.scope_in(s, as_staff), data.school_id)
        _check(s, data, None)
        group = Group()
        with s.no_autoflush:
            _apply(s, group, data)
        s.add(group)
        s.flush()
        return _record(s, group)


def update_group(db: Database, group_id: int, data: GroupData, version: int | None = None, *,
                 as_staff: int | None = None) -> GroupRecord:
    data = clean(data)
    with db.write() as s:
        group = common.get(s, Group, group_id, "Groep", version)
        scope = access.scope_in(s, as_staff)
        access.check_group_setup(scope, group.school_id)
        access.check_group_setup(scope, data.school_id)  # nor move it to a school one does not set up
        _check(s, data, group)
        _apply(s, group, data)
        s.flush()
        return _record(s, group)


def dependents_group(db: Database, group_id: int) -> tuple[str, ...]:
    with db.session() as s:
        return _dependents(s, group_id)


def _dependents(session, group_id: int) -> tuple[str, ...]:  # noqa: ANN001
    pupils = list(session.scalars(select(Pupil.first_name).where(Pupil.group_id == group_id)))
    out = []
    if pupils:
        out.append(f"{len(pupils)} {'leerling' if len(pupils) == 1 else 'leerlingen'} ({common.names(pupils)})")
    out += common.described([
        (common.count(session, Session.id, Session.group_id == group_id), "lesmoment", "lesmomenten"),
        (common.count(session, ParentEvent.id, ParentEvent.group_id == group_id), "ouderactiviteit",
         "ouderactiviteiten"),
        (common.count(session, HandoutDelivery.id, HandoutDelivery.group_id == group_id),
         "geprinte set thuisopdrachten", "geprinte sets thuisopdrachten"),
    ])
    return tuple(out)


def delete_group(db: Database, group_id: int, *, as_staff: int | None = None) -> GroupRecord:
    with db.write() as s:
        group = common.get(s, Group, group_id, "Groep")
        access.check_group_setup(access.scope_in(s, as_staff), group.school_id)
        blocking = _dependents(s, group_id)
        if blocking:
            raise common.InUse(f"Groep {group.name} ({group.school.name})", blocking)
        snapshot = _record(s, group)
        s.delete(group)
        return snapshot


def restore_group(db: Database, record: GroupRecord, *, as_staff: int | None = None) -> GroupRecord:
    with db.write() as s:
        access.check_group_setup(access.scope_in(s, as_staff), record.data.school_id)
        group = Group(id=record.id, archived=record.archived)
        d = record.data
        data = GroupData(d.school_id, d.school_year_id, d.name,
                         tuple(t for t in d.teacher_ids if s.get(Staff, t) is not None),
                         d.specialist_id if d.specialist_id and s.get(Staff, d.specialist_id) else None,
                         d.split_by_gender, d.video_url)
        with s.no_autoflush:
            _apply(s, group, data)
        s.add(group)
        s.flush()
        return _record(s, group)


def set_group_archived(db: Database, group_id: int, archived: bool, *, as_staff: int | None = None) -> GroupRecord:
    with db.write() as s:
        group = common.get(s, Group, group_id, "Groep")
        access.check_group_setup(access.scope_in(s, as_staff), group.school_id)
        group.archived = archived
        s.flush()
        return _record(s, group)
