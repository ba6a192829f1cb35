"""The public school calendar of a school year in CalendarEntry rows: school holidays per region and
public holidays (from ``wishdesk.core.calendar``: the ``holidays`` package), and the government's
open-data holiday file for years the package does not know.

Planning reads these rows back (``planning_problem.school_calendars``); rows of the same name replace
the package's periods, so an imported file wins over the package.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from .. import calendar as cal
from ..db import Database
from ..errors import ValidationError
from ..models import CalendarEntry, SchoolYear
from ..models.vocab import HOLIDAY_REGIONS


def _ranges(days: dict[date, str]) -> list[tuple[date, date, str]]:
    """Merge consecutive days with the same name into (start, end, name) ranges."""
    out: list[tuple[date, date, str]] = []
    for day in sorted(days):
        name = days[day]
        if out and out[-1][2] == name and out[-1][1] + timedelta(days=1) == day:
            out[-1] = (out[-1][0], day, name)
        else:
            out.append((day, day, name))
    return out


def _add(session: OrmSession, year: SchoolYear, kind: str, name: str, start: date, end: date,
         region: str | None) -> int:
    """Add one row, clipped to the school year; 0 when it lies outside or the same row exists."""
    start, end = max(start, year.start_date), min(end, year.end_date)
    if end < start:
        return 0
    exists = session.scalar(select(CalendarEntry.id).where(
        CalendarEntry.school_year_id == year.id, CalendarEntry.kind == kind, CalendarEntry.name == name,
        CalendarEntry.start_date == start, CalendarEntry.end_date == end, CalendarEntry.school_id.is_(None),
        CalendarEntry.region.is_(None) if region is None else CalendarEntry.region == region))
    if exists is not None:
        return 0
    session.add(CalendarEntry(school_year=year, kind=kind, name=name, start_date=start, end_date=end, region=region))
    return 1


def load_public_calendar(session: OrmSession, year: SchoolYear) -> int:
    """Add the school holidays of every region and the public holidays for the year (what the package
    knows; missing breaks can be imported from the open-data file). Returns the rows added."""
    school_year = cal.SchoolYear(year.start_date.year)
    added = 0
    for region in HOLIDAY_REGIONS:
        for period in cal.school_year_holidays(region, school_year, allow_missing=True):
            added += _add(session, year, "school_holiday", period.name, period.start, period.end, region)
    for start, end, name in _ranges(cal.public_holidays_in(school_year)):
        added += _add(session, year, "public_holiday", name, start, end, None)
    session.flush()
    return added


@dataclass(frozen=True)
class HolidayImport:
    years: tuple[str, ...]  # school years that got rows
    added: int
    replaced: int


def import_holiday_file(db: Database, source: str | Path | bytes, year: str | None = None) -> HolidayImport:
    """Read the government's school-holiday open-data file (JSON) into CalendarEntry rows of one school
    year (``year`` like '2030-2031') or of every school year in the database that the file covers.
    A holiday of the same name and region that overlaps is replaced. Dutch errors for bad files."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    periods = cal.parse_open_data_holidays(data)
    added = replaced = 0
    touched = []
    with db.write() as s:
        query = select(SchoolYear).order_by(SchoolYear.start_date)
        if year:
            from .years import parse_year_name, year_name

            query = query.where(SchoolYear.name == year_name(parse_year_name(year)))
        years = s.scalars(query).all()
        if year and not years:
            raise ValidationError(f"Schooljaar {year} bestaat niet in deze database; maak het eerst aan.")
        for row in years:
            inside = [p for p in periods if p.end >= row.start_date and p.start <= row.end_date]
            if not inside:
                continue
            touched.append(row.name)
            for period in inside:
                regions = [period.region.value] if period.region else list(HOLIDAY_REGIONS)
                for old in s.scalars(select(CalendarEntry).where(
                        CalendarEntry.school_year_id == row.id, CalendarEntry.kind == "school_holiday",
                        CalendarEntry.school_id.is_(None), CalendarEntry.name == period.name,
                        CalendarEntry.start_date <= period.end, CalendarEntry.end_date >= period.start)):
                    if old.region is None or old.region in regions:
                        s.delete(old)
                        replaced += 1
                s.flush()
            for period in inside:
                added += _add(s, row, "school_holiday", period.name, period.start, period.end,
                              period.region.value if period.region else None)
        if not touched:
            covered = sorted({p.school_year or f"{p.start:%Y}" for p in periods})
            raise ValidationError(
                "Het bestand bevat geen vakanties voor " + (f"schooljaar {year}" if year else
                                                            "de schooljaren in deze database")
                + f" (het bestand gaat over {', '.join(covered)}).")
    return HolidayImport(tuple(touched), added, replaced)
