"""The demo's accounts and sealed concerns (issue 12): every staff member signs in with the password "demo", and a
few fictional concerns by different authors at different schools show the privacy rules at work."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from .models import Group, Pupil, School, Staff, StaffRole

DEMO_CONCERNS = (  # fictional observations; the pupil's name is never part of the text
    ("wellbeing", "Zit de laatste weken vaak alleen in de pauze en zegt weinig in de kring."),
    ("bullying", "Vertelde na de oefening na school uitgescholden te worden door een groepje."),
    ("behaviour", "Reageert fel bij het duwspel; daarna huilen en weglopen."),
)


def add_demo_accounts(db, today: date) -> None:  # noqa: ANN001 - Database
    from .security.accounts import DEMO_PASSWORD, add_account, first_account, sign_in
    from .services.concerns import record_concern

    with db.session() as session:
        coordinator = session.scalar(select(Staff.id).join(StaffRole).where(StaffRole.role == "programme_coordinator")
                                     .order_by(Staff.id))
        schools = session.scalars(select(School).options(selectinload(School.groups).selectinload(Group.teachers))
                                  .order_by(School.id)).all()
        # every staff member gets an account (password "demo"), so any role can be tried: README lists a few
        people = [p for p in session.scalars(select(Staff.id).order_by(Staff.id)) if p != coordinator]
        authors = []
        for school in schools:
            teacher = next((t.id for g in sorted(school.groups, key=lambda g: g.id) for t in g.teachers), None)
            group = next((g for g in sorted(school.groups, key=lambda g: g.id) if g.teachers), None)
            if teacher is not None and group is not None:
                pupil = session.scalar(select(Pupil.id).where(Pupil.group_id == group.id).order_by(Pupil.id))
                if pupil is not None:
                    authors.append((teacher, pupil, school.care_coordinator_id))
    first_account(db, coordinator, DEMO_PASSWORD, demo=True)
    admin = sign_in(db, coordinator, DEMO_PASSWORD)
    for staff_id in dict.fromkeys(people):
        add_account(db, admin, staff_id, DEMO_PASSWORD)
    for index, (teacher, pupil, care_coordinator) in enumerate(authors[:len(DEMO_CONCERNS)]):
        category, text = DEMO_CONCERNS[index]
        author = care_coordinator if index == 2 and care_coordinator else teacher  # one written by an IB'er
        record_concern(db, author, pupil, today - timedelta(days=7 * (index + 1)), category, text)
