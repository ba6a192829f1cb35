"""`wishdesk demo --years N`: N past school years before the demo year, lived through to their end, with
well-being checks (before and after) of the pupils and the duo's own checks, so the dashboard has history.

Kept apart from `core.demo` (which builds the current year): it reuses that module's group builder and
"a year under way" step, for the same schools and specialists. Deterministic for the same seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from .errors import ValidationError
from .models import (
    Curriculum,
    DuoAnswer,
    DuoCheck,
    Group,
    Organisation,
    School,
    SchoolPartner,
    SchoolYear,
    Session,
    Staff,
    WellbeingAnswer,
    WellbeingCheck,
)
from .models.wellbeing import DUO_ITEMS, PUPIL_ITEMS
from .services.calendar_setup import load_public_calendar
from .services.curriculum import copy_curriculum
from .services.years import create_school_year

MAX_YEARS = 10


def build_history(session: OrmSession, years: int, seed: int = 1) -> Iterator[tuple[int, int]]:
    """Add ``years`` school years before the earliest one in the database (the demo year), each with the same
    schools, new groups and pupils, every lesson held, and well-being checks. Yields (done, total)."""
    from . import demo

    if not 0 <= years <= MAX_YEARS:
        raise ValidationError(f"Kies tussen 0 en {MAX_YEARS} jaar geschiedenis.")
    first = session.scalar(select(SchoolYear).order_by(SchoolYear.start_date).limit(1))
    if first is None:
        raise ValidationError("Maak eerst de demo; de geschiedenis komt vóór het demojaar.")
    rng = random.Random(seed * 104729 + 3)
    people = demo._Names(random.Random(seed * 31 + 5))
    used = set(session.scalars(select(Staff.name))) | set(session.scalars(select(SchoolPartner.contact_name)))
    base = session.scalar(select(Curriculum).order_by(Curriculum.id).limit(1))
    schools = session.scalars(select(School).options(selectinload(School.groups)).order_by(School.id)).all()
    orgs = {o.name: o for o in session.scalars(select(Organisation).where(Organisation.kind == "school"))}
    current = {g.school_id: g for g in session.scalars(select(Group).where(Group.school_year_id == first.id))}
    for back in range(years, 0, -1):
        year = create_school_year(session, first.start_date.year - back)
        year.curriculum = copy_curriculum(session, base, f"{base.name} {year.name}")
        load_public_calendar(session, year)
        for index, school in enumerate(schools):
            latest = current.get(school.id)
            if latest is None:
                continue
            names = sorted({g.name for g in school.groups if g.school_year_id == first.id})
            for name in names:
                demo._add_group(session, rng, _Fresh(people, used), school, year, name, latest.specialist,
                                orgs.get(school.name), index)
        session.flush()
        demo.plan_demo(session, year, year.end_date, random.Random(seed * 7 + back))
        add_wellbeing(session, year, rng)
        yield years - back + 1, years + 1
    add_wellbeing(session, first, rng)  # the demo year: the checks taken so far
    yield years + 1, years + 1


class _Fresh:
    """Staff names not used yet (the demo year already took some of the same generator's names)."""

    def __init__(self, names, used: set) -> None:  # noqa: ANN001
        self.names, self.used = names, used

    def next(self) -> str:
        while True:
            name = self.names.next()
            if name not in self.used:
                self.used.add(name)
                return name


def add_wellbeing(session: OrmSession, year: SchoolYear, rng: random.Random) -> None:
    """Well-being checks before the first and after the last held lesson of each group: most pupils fill
    them in, and after the lessons scores are a little higher (what the article reports). The duo too."""
    groups = session.scalars(select(Group).options(selectinload(Group.pupils), selectinload(Group.teachers))
                             .where(Group.school_year_id == year.id).order_by(Group.id)).all()
    checks, answers, duo, duo_answers = [], [], [], []
    next_check = (session.scalar(select(WellbeingCheck.id).order_by(WellbeingCheck.id.desc()).limit(1)) or 0) + 1
    next_duo = (session.scalar(select(DuoCheck.id).order_by(DuoCheck.id.desc()).limit(1)) or 0) + 1
    for group in groups:
        dates = sorted(d for d in session.scalars(select(Session.date).where(
            Session.group_id == group.id, Session.status == "held")) if d)
        if not dates:
            continue
        lift = rng.uniform(0.1, 0.6)  # how much this group gains
        for moment, day, extra in (("before", dates[0] - timedelta(days=3), 0.0), ("after", dates[-1] + timedelta(days=2), lift)):
            if day >= date.today():
                continue
            for pupil in group.pupils:
                if rng.random() < 0.08:  # absent that day
                    continue
                checks.append({"id": next_check, "pupil_id": pupil.id, "group_id": group.id, "moment": moment,
                               "taken_on": day})
                level = rng.gauss(3.6, 0.6) + extra
                for code, _text in PUPIL_ITEMS:
                    if rng.random() < 0.03:
                        continue
                    answers.append({"check_id": next_check, "item": code,
                                    "score": max(1, min(5, round(level + rng.gauss(0, 0.7))))})
                next_check += 1
            people = [(t.id, "teacher") for t in group.teachers[:1]]
            if group.specialist_id:
                people.append((group.specialist_id, "specialist"))
            for staff_id, role in people:
                duo.append({"id": next_duo, "group_id": group.id, "staff_id": staff_id, "role": role, "moment": moment,
                            "taken_on": day})
                for code, _text in DUO_ITEMS:
                    duo_answers.append({"check_id": next_duo, "item": code,
                                        "score": max(1, min(5, round(3.4 + extra * 1.5 + rng.gauss(0, 0.6))))})
                next_duo += 1
    for model, rows in ((WellbeingCheck, checks), (WellbeingAnswer, answers), (DuoCheck, duo), (DuoAnswer, duo_answers)):
        if rows:
            session.execute(insert(model), rows)
