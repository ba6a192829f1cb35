"""Read-only lists of the setup records as plain rows, for the CLI (--json) and the GUI's item models.

Rows are frozen dataclasses, never live ORM objects, so a view can keep them after the session closed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from .. import access
from ..db import Database
from ..errors import NotFound
from ..models import Group, LessonTemplate, Pupil, School, SchoolYear, Staff
from .years import find_year


@dataclass(frozen=True)
class SchoolRow:
    id: int
    name: str
    town: str | None
    holiday_region: str
    groups: int
    pupils: int


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    school_id: int
    school: str
    school_year: str
    pupils: int
    split_by_gender: bool
    specialist_id: int | None
    specialist: str | None
    teachers: tuple[str, ...]


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    roles: tuple[str, ...]
    organisation: str | None
    schools: tuple[str, ...]


@dataclass(frozen=True)
class LessonRow:
    id: int
    number: int
    title: str
    theme: str
    duration_minutes: int
    steps: int
    languages: tuple[str, ...]


@dataclass(frozen=True)
class GuardianRow:
    id: int
    name: str | None
    language: str
    contact_preference: str


@dataclass(frozen=True)
class PupilRow:
    id: int
    first_name: str
    subgroup: str | None
    group_id: int
    guardians: tuple[GuardianRow, ...]
    consents: tuple[str, ...]  # purposes currently granted


def list_schools(db: Database, *, as_staff: int | None = None) -> list[SchoolRow]:
    """``as_staff``: only what that signed-in person sees (core.access); None: everything."""
    with db.session() as s:
        seen = access.school_clause(access.scope_in(s, as_staff))
        group_counts = dict(s.execute(select(Group.school_id, func.count(Group.id)).group_by(Group.school_id)).all())
        pupil_counts = dict(
            s.execute(select(Group.school_id, func.count(Pupil.id)).join(Pupil.group).group_by(Group.school_id)).all()
        )
        return [
            SchoolRow(sc.id, sc.name, sc.town, sc.holiday_region, group_counts.get(sc.id, 0), pupil_counts.get(sc.id, 0))
            for sc in s.scalars(select(School).where(School.archived.is_(False), *(() if seen is None else (seen,)))
                                .order_by(School.name))
        ]


def list_groups(db: Database, school_id: int | None = None, year: str | None = None, *,
                as_staff: int | None = None) -> list[GroupRow]:
    with db.session() as s:
        seen = access.group_clause(access.scope_in(s, as_staff))
        school_year = find_year(s, year)
        query = (
            select(Group)
            .join(Group.school)
            .options(selectinload(Group.school), selectinload(Group.teachers), selectinload(Group.specialist))
            .where(Group.archived.is_(False))
            .order_by(School.name, Group.name)
        )
        if school_year is not None:
            query = query.where(Group.school_year_id == school_year.id)
        if school_id is not None:
            query = query.where(Group.school_id == school_id)
        if seen is not None:
            query = query.where(seen)
        counts = dict(s.execute(select(Pupil.group_id, func.count(Pupil.id)).group_by(Pupil.group_id)).all())
        return [
            GroupRow(
                g.id, g.name, g.school_id, g.school.name, school_year.name if school_year else "",
                counts.get(g.id, 0), g.split_by_gender, g.specialist_id,
                g.specialist.name if g.specialist else None, tuple(t.name for t in g.teachers),
            )
            for g in s.scalars(query)
        ]


def list_staff(db: Database, role: str | None = None) -> list[StaffRow]:
    with db.session() as s:
        query = (
            select(Staff)
            .options(selectinload(Staff.roles), selectinload(Staff.schools), selectinload(Staff.organisation))
            .where(Staff.archived.is_(False))
            .order_by(Staff.name)
        )
        rows = [
            StaffRow(p.id, p.name, tuple(p.role_codes), p.organisation.name if p.organisation else None,
                     tuple(sorted(sc.name for sc in p.schools)))
            for p in s.scalars(query)
        ]
    return [r for r in rows if role is None or role in r.roles]


def list_lessons(db: Database, year: str | None = None, language: str = "nl") -> list[LessonRow]:
    with db.session() as s:
        school_year = find_year(s, year)
        curriculum_id = school_year.curriculum_id if school_year and school_year.curriculum_id else None
        query = select(LessonTemplate).options(
            selectinload(LessonTemplate.steps), selectinload(LessonTemplate.home_activities)
        )
        if curriculum_id is None:
            curriculum_id = s.scalar(select(func.min(LessonTemplate.curriculum_id)))
        query = query.where(LessonTemplate.curriculum_id == curriculum_id).order_by(LessonTemplate.number)
        return [
            LessonRow(t.id, t.number, t.text("title", language), t.text("theme", language), t.duration_minutes,
                      len(t.steps), tuple(sorted(a.language for a in t.home_activities)))
            for t in s.scalars(query)
        ]


def list_pupils(db: Database, group_id: int, *, as_staff: int | None = None) -> list[PupilRow]:
    with db.session() as s:
        if s.get(Group, group_id) is None:
            raise NotFound(f"Groep {group_id} bestaat niet.")
        access.check_group_visible(s, access.scope_in(s, as_staff), group_id)
        query = (
            select(Pupil)
            .options(selectinload(Pupil.guardians), selectinload(Pupil.consents))
            .where(Pupil.group_id == group_id, Pupil.archived.is_(False))
            .order_by(Pupil.first_name)
        )
        return [
            PupilRow(
                p.id, p.display_name, p.subgroup, p.group_id,
                tuple(GuardianRow(g.id, g.name, g.language, g.contact_preference) for g in p.guardians),
                tuple(sorted(c.purpose for c in p.consents if c.withdrawn_on is None)),
            )
            for p in s.scalars(query)
        ]


def school_years(db: Database) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(SchoolYear.name).order_by(SchoolYear.start_date)))
