"""School years: create one with its own copy of the lesson programme and the public school calendar,
adjust its dates, archive it, or delete it while nothing uses it yet.

A new year copies the programme of the latest earlier year (or a chosen one), so trainers can adapt next
year's lessons without touching the lessons already held (see core/services/curriculum.copy_curriculum).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..db import Database
from ..errors import ValidationError
from ..models import CalendarEntry, Curriculum, Group, SchoolYear
from . import setup_common as common
from .calendar_setup import load_public_calendar
from .curriculum import copy_curriculum, install_curriculum
from .years import year_name


@dataclass(frozen=True)
class YearData:
    start_date: date
    end_date: date


@dataclass(frozen=True)
class CalendarEntrySnapshot:
    id: int
    kind: str
    name: str
    start_date: date
    end_date: date
    region: str | None
    school_id: int | None


@dataclass(frozen=True)
class YearRecord:
    id: int
    name: str
    data: YearData
    curriculum_id: int | None
    curriculum_name: str | None
    archived: bool = False
    groups: int = 0
    calendar: tuple[CalendarEntrySnapshot, ...] = ()


def _record(session, year: SchoolYear) -> YearRecord:  # noqa: ANN001
    entries = session.scalars(select(CalendarEntry).where(CalendarEntry.school_year_id == year.id)
                              .order_by(CalendarEntry.id))
    return YearRecord(
        year.id, year.name, YearData(year.start_date, year.end_date), year.curriculum_id,
        year.curriculum.name if year.curriculum else None, year.archived,
        common.count(session, Group.id, Group.school_year_id == year.id),
        tuple(CalendarEntrySnapshot(e.id, e.kind, e.name, e.start_date, e.end_date, e.region, e.school_id)
              for e in entries),
    )


def clean(data: YearData) -> YearData:
    if not isinstance(data.start_date, date) or not isinstance(data.end_date, date):
        raise ValidationError("Vul een begin- en einddatum in.", "start_date")
    if data.end_date <= data.start_date:
        raise ValidationError("De einddatum moet na de begindatum liggen.", "end_date")
    if (data.end_date - data.start_date).days > 400:
        raise ValidationError("Een schooljaar duurt hoogstens ruim een jaar; kies een eerdere einddatum.",
                              "end_date")
    return data


def list_years(db: Database, include_archived: bool = True) -> list[YearRecord]:
    with db.session() as s:
        query = select(SchoolYear).order_by(SchoolYear.start_date.desc())
        if not include_archived:
            query = query.where(SchoolYear.archived.is_(False))
        return [_record(s, y) for y in s.scalars(query)]


def get_year(db: Database, year_id: int) -> YearRecord:
    with db.session() as s:
        return _record(s, common.get(s, SchoolYear, year_id, "Schooljaar"))


def list_curricula(db: Database) -> list[tuple[int, str]]:
    """(id, name) of every lesson programme, newest first: the sources a new year can copy."""
    with db.session() as s:
        return [(c.id, c.name) for c in s.scalars(select(Curriculum).order_by(Curriculum.id.desc()))]


def create_year(db: Database, start_year: int, curriculum_from: int | None = None,
                load_calendar: bool = True) -> YearRecord:
    """A new school year 1 Aug – 31 Jul with its own copy of a lesson programme.

    ``curriculum_from`` is the programme to copy; None takes the latest earlier year's programme, or the
    shipped default when there is none.
    """
    if not 2000 <= int(start_year) <= 2100:
        raise ValidationError("Kies een schooljaar tussen 2000 en 2100.", "start_year")
    name = year_name(int(start_year))
    with db.write() as s:
        if s.scalar(select(SchoolYear.id).where(SchoolYear.name == name)) is not None:
            raise ValidationError(f"Schooljaar {name} bestaat al.", "start_year")
        if curriculum_from is not None:
            source = common.get(s, Curriculum, curriculum_from, "Lesprogramma")
        else:
            previous = s.scalar(select(SchoolYear).where(SchoolYear.curriculum_id.is_not(None),
                                                         SchoolYear.start_date < date(int(start_year), 8, 1))
                                .order_by(SchoolYear.start_date.desc()).limit(1))
            source = previous.curriculum if previous else s.scalar(select(Curriculum).order_by(Curriculum.id))
            source = source or install_curriculum(s)
        year = SchoolYear(name=name, start_date=date(int(start_year), 8, 1), end_date=date(int(start_year) + 1, 7, 31))
        s.add(year)
        s.flush()
        base = re.sub(r"\s+\d{4}-\d{4}$", "", source.name)  # "WIsH 2025-2026" → "WIsH 2026-2027"
        year.curriculum = copy_curriculum(s, source, f"{base} {name}")
        if load_calendar:
            load_public_calendar(s, year)
        s.flush()
        return _record(s, year)


def update_year(db: Database, year_id: int, data: YearData) -> YearRecord:
    data = clean(data)
    with db.write() as s:
        year = common.get(s, SchoolYear, year_id, "Schooljaar")
        year.start_date, year.end_date = data.start_date, data.end_date
        s.flush()
        return _record(s, year)


def dependents_year(db: Database, year_id: int) -> tuple[str, ...]:
    with db.session() as s:
        return _dependents(s, year_id)


def _dependents(session, year_id: int) -> tuple[str, ...]:  # noqa: ANN001
    groups = list(session.scalars(select(Group).where(Group.school_year_id == year_id)))
    if not groups:
        return ()
    listing = common.names(f"{g.name} ({g.school.name})" for g in groups)
    return (f"{len(groups)} {'groep' if len(groups) == 1 else 'groepen'}: {listing}",)


def delete_year(db: Database, year_id: int) -> YearRecord:
    """Delete a year without groups, with its calendar. Its programme copy stays (undo relinks it)."""
    with db.write() as s:
        year = common.get(s, SchoolYear, year_id, "Schooljaar")
        blocking = _dependents(s, year_id)
        if blocking:
            raise common.InUse(f"Schooljaar {year.name}", blocking)
        snapshot = _record(s, year)
        for entry in s.scalars(select(CalendarEntry).where(CalendarEntry.school_year_id == year_id)):
            s.delete(entry)
        s.delete(year)
        return snapshot


def restore_year(db: Database, record: YearRecord) -> YearRecord:
    with db.write() as s:
        year = SchoolYear(id=record.id, name=record.name, start_date=record.data.start_date,
                          end_date=record.data.end_date, archived=record.archived,
                          curriculum_id=record.curriculum_id if record.curriculum_id
                          and s.get(Curriculum, record.curriculum_id) else None)
        s.add(year)
        s.flush()
        for e in record.calendar:
            s.add(CalendarEntry(id=e.id, school_year_id=year.id, kind=e.kind, name=e.name, start_date=e.start_date,
                                end_date=e.end_date, region=e.region, school_id=e.school_id))
        s.flush()
        return _record(s, year)


def set_year_archived(db: Database, year_id: int, archived: bool) -> YearRecord:
    with db.write() as s:
        year = common.get(s, SchoolYear, year_id, "Schooljaar")
        year.archived = archived
        s.flush()
        return _record(s, year)
