"""Background work and undo entries of the planning page (kept apart so the page stays readable)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale

from ...core.calendar import CalendarError
from ...core.errors import NotFound
from ...core.services import planning
from ...core.services.planning_views import (
    OpenItem,
    PlanningChoices,
    open_items,
    plan_items,
    planning_choices,
    schools_of,
    week_frame,
)


@dataclass(frozen=True)
class Bundle:
    choices: PlanningChoices | None  # None: no school year yet
    by: str
    who: int | None
    first: date
    last: date
    items: list = field(default_factory=list)
    conflicts: list = field(default_factory=list)
    open: list[OpenItem] = field(default_factory=list)
    closed: dict = field(default_factory=dict)
    windows: dict = field(default_factory=dict)
    problem: str = ""  # Dutch: why there is nothing (no school year, holiday data missing)


def load_bundle(db, by: str, who: int | None, first: date, last: date,  # noqa: ANN001 - Database
                today: date | None = None, as_staff: int | None = None) -> Bundle:
    """Everything the page shows, read in one background job. What a coordinator must fix first (no
    school year, missing holiday data) comes back as ``problem`` instead of an error dialog.
    ``as_staff``: only what that signed-in person sees (core.access): their schools, their schools' people,
    and the conflicts that involve one of their schools."""
    try:
        choices = planning_choices(db, as_staff=as_staff)
    except NotFound as exc:
        return Bundle(None, by, None, first, last, problem=str(exc))
    if by == "all":  # the municipality: every school, every specialist
        options, who = (), None
    else:
        options = {"school": choices.schools, "specialist": choices.specialists, "teacher": choices.teachers}[by]
    if by != "all" and who not in {c.id for c in options}:
        who = options[0].id if options else None
    which = {f"{by}_id": who} if who is not None else {}
    items = plan_items(db, first, last, **which, today=today, as_staff=as_staff)
    frame = week_frame(db, first, last, schools_of(db, **which, as_staff=as_staff))
    try:
        conflicts, problem = planning.conflicts(db, today=today), ""
    except CalendarError as exc:
        conflicts, problem = [], str(exc)
    if as_staff is not None:
        seen = {c.id for c in choices.schools}
        conflicts = [c for c in conflicts if seen.intersection(c.school_ids)]
    return Bundle(choices, by, who, first, last, items, conflicts,
                  open_items(db, **which, as_staff=as_staff), frame.closed, frame.windows, problem)


def school_day(day: date) -> date:
    """On Saturday and Sunday the coming week is the interesting one."""
    return day + timedelta(days=7 - day.weekday()) if day.weekday() >= 5 else day


def when_text(moment: datetime) -> str:
    """'maandag 30 november 08:30' in the interface language."""
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), "dddd d MMMM") + f" {moment:%H:%M}"


def first_new_lesson_elsewhere(shown: Bundle | None, outcome: planning.PlanOutcome, first: date,
                               last: date) -> date | None:
    """After automatic planning: the date of the first lesson the plan dated, when the period on screen
    (``first``-``last``) has no lesson at all, before the plan or from it. None when lessons are in view."""
    if shown is not None and any(i.kind == "lesson" for i in shown.items):
        return None
    dates = sorted(c.after.date for c in outcome.changes.items if c.key.startswith("s") and c.after.date is not None)
    if not dates or any(first <= d <= last for d in dates):
        return None
    return next((d for d in dates if d >= first), dates[0])
