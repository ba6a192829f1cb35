"""School years: 1 August – 31 July."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from ..errors import ValidationError
from ..models import SchoolYear


def current_year_start(today: date | None = None) -> int:
    today = today or date.today()
    return today.year if today.month >= 8 else today.year - 1


def year_name(start_year: int) -> str:
    return f"{start_year}-{start_year + 1}"


def parse_year_name(text: str) -> int:
    """'2026-2027' or '2026' -> 2026, with a Dutch message for anything else."""
    match = re.fullmatch(r"\s*(\d{4})(?:\s*[-/]\s*(\d{4}))?\s*", text or "")
    if not match or (match.group(2) and int(match.group(2)) != int(match.group(1)) + 1):
        raise ValidationError(f"'{text}' is geen schooljaar; schrijf het als 2026-2027.", field="year")
    start = int(match.group(1))
    if not 2000 <= start <= 2100:
        raise ValidationError(f"Schooljaar {text} valt buiten het bereik 2000-2100.", field="year")
    return start


def create_school_year(session: OrmSession, start_year: int | None = None) -> SchoolYear:
    start_year = current_year_start() if start_year is None else start_year
    name = year_name(start_year)
    existing = session.scalar(select(SchoolYear).where(SchoolYear.name == name))
    if existing:
        return existing
    year = SchoolYear(name=name, start_date=date(start_year, 8, 1), end_date=date(start_year + 1, 7, 31))
    session.add(year)
    session.flush()
    return year


def find_year(session: OrmSession, name: str | None) -> SchoolYear | None:
    """The named school year, or the current one, or the latest."""
    if name:
        return session.scalar(select(SchoolYear).where(SchoolYear.name == year_name(parse_year_name(name))))
    current = session.scalar(select(SchoolYear).where(SchoolYear.name == year_name(current_year_start())))
    return current or session.scalar(select(SchoolYear).order_by(SchoolYear.start_date.desc()).limit(1))
