"""The guided start: what a new database still needs before the programme can run, in the order a
coordinator does it (school year → schools and lesson times → staff → groups → class lists → plan → print).

Each step is ticked from what the database holds, never from a flag someone must remember to set, so the
list is right after an import, an undo or a restore too.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, func, select

from ..db import Database
from ..models import (
    Group,
    HandoutDelivery,
    LessonWindow,
    Pupil,
    School,
    SchoolYear,
    Session,
    Staff,
    StaffRole,
)

#: Step keys in order; the GUI names them and says where each is done.
STEPS = ("school_year", "schools", "staff", "groups", "pupils", "plan", "print")


@dataclass(frozen=True)
class Step:
    key: str
    done: bool
    count: int  # how many there are (schools with lesson times, planned lessons, …): shown beside the tick


@dataclass(frozen=True)
class GettingStarted:
    steps: tuple[Step, ...]

    @property
    def complete(self) -> bool:
        return all(step.done for step in self.steps)

    @property
    def next_step(self) -> str | None:
        return next((step.key for step in self.steps if not step.done), None)


def getting_started(db: Database) -> GettingStarted:
    with db.session() as s:
        def count(query) -> int:  # noqa: ANN001 - a select of one count
            return int(s.scalar(query) or 0)

        years = count(select(func.count()).select_from(SchoolYear).where(SchoolYear.archived.is_(False)))
        schools = count(select(func.count()).select_from(School).where(
            School.archived.is_(False), exists().where(LessonWindow.school_id == School.id)))
        specialists = count(select(func.count(func.distinct(StaffRole.staff_id))).join(
            Staff, Staff.id == StaffRole.staff_id).where(StaffRole.role == "specialist", Staff.archived.is_(False)))
        teachers = count(select(func.count(func.distinct(StaffRole.staff_id))).join(
            Staff, Staff.id == StaffRole.staff_id).where(StaffRole.role == "teacher", Staff.archived.is_(False)))
        groups = count(select(func.count()).select_from(Group).where(Group.archived.is_(False)))
        pupils = count(select(func.count()).select_from(Pupil).where(Pupil.archived.is_(False)))
        planned = count(select(func.count()).select_from(Session).where(Session.status != "unplanned"))
        printed = count(select(func.count()).select_from(HandoutDelivery))
    steps = (
        Step("school_year", years > 0, years),
        Step("schools", schools > 0, schools),
        Step("staff", specialists > 0 and teachers > 0, specialists + teachers),
        Step("groups", groups > 0, groups),
        Step("pupils", pupils > 0, pupils),
        Step("plan", planned > 0, planned),
        Step("print", printed > 0, printed),
    )
    return GettingStarted(steps)
