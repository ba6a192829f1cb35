"""Putting the public school calendar (school holidays per region, public holidays) into a school year."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session as OrmSession

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


def load_public_calendar(session: OrmSession, year: SchoolYear) -> int:
    """Add school holidays of every region and the public holidays for the year; returns rows added."""
    import holidays

    years = [year.start_date.year, year.end_date.year]
    added = 0

    def within(d: date) -> bool:
        return year.start_date <= d <= year.end_date

    for region in HOLIDAY_REGIONS:
        school = holidays.country_holidays("NL", subdiv=region.capitalize(), categories=("school",), years=years, language="nl")
        for start, end, name in _ranges({d: n for d, n in school.items() if within(d)}):
            session.add(CalendarEntry(school_year=year, kind="school_holiday", name=name,
                                      start_date=start, end_date=end, region=region))
            added += 1
    public = holidays.country_holidays("NL", years=years, language="nl")
    for start, end, name in _ranges({d: n for d, n in public.items() if within(d)}):
        session.add(CalendarEntry(school_year=year, kind="public_holiday", name=name, start_date=start, end_date=end))
        added += 1
    return added
