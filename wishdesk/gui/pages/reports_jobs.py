"""Background reads of the Reports page (kept apart so the page stays readable): the year and school lists,
the report and the dashboard, scoped to the signed-in person (core.access)."""

from __future__ import annotations

from ...core.access import scope_of
from ...core.errors import NotFound
from ...core.report_data import MunicipalityReport
from ...core.services import dashboard, directory, reports


def load_report(db, year: str | None, school: int | None, group: int | None,  # noqa: ANN001 - Database
                as_staff: int | None) -> tuple[list[str], list[tuple[int, str]], MunicipalityReport | None, object]:
    """(years, schools shown in the list, the report, the dashboard view). ``as_staff``: only the schools that
    person works at; "all schools" only for a programme coordinator, else their own school first."""
    years = directory.school_years(db)
    schools = [(row.id, row.name) for row in directory.list_schools(db, as_staff=as_staff)]
    chosen = school if school in {sid for sid, _ in schools} else None
    everything = scope_of(db, as_staff).everything
    if chosen is None and schools and not everything:
        chosen = schools[0][0]
    report = (reports.municipality_report(db, year if year in years else None, chosen, as_staff=as_staff)
              if years and (chosen is not None or everything) else None)
    view = dashboard_or_none(db, report.year if report else None, chosen, group if chosen else None, as_staff)
    return years, schools, report, view


def dashboard_or_none(db, year: str | None, school_id: int | None, group_id: int | None,  # noqa: ANN001, ANN201
                      as_staff: int | None = None):
    """The dashboard of a year, or None when there is no school year (or the school has no group that year)."""
    if year is None:
        return None
    try:
        return dashboard.dashboard(db, year, school_id, group_id, as_staff=as_staff)
    except NotFound:
        if school_id is None or not scope_of(db, as_staff).everything:
            return None  # the municipality level is not the fallback for someone who may not see it
        return dashboard.dashboard(db, year)
