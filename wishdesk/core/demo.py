"""A realistic, deterministic demo municipality: same seed (and same "today"), same data.

`build_demo` is a generator yielding (done, total) so the GUI can show progress and the CLI can ignore it.
With ``plan=True`` the lessons also get a plan (the quick greedy planner, schools spread over three
starting terms) and everything before "today" has happened: lessons held with attendance and most
reflections, parent evenings with who came.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from . import demo_names as names
from .errors import ValidationError
from .models import (
    Attendance,
    Availability,
    Consent,
    Curriculum,
    Group,
    Guardian,
    HandoutDelivery,
    LessonWindow,
    Meeting,
    MeetingAttendance,
    Organisation,
    ParentAttendance,
    ParentEvent,
    Pupil,
    ReturnSlip,
    School,
    SchoolPartner,
    Session,
    SessionChange,
    SessionLog,
    Staff,
    StaffRole,
)
from .services.calendar_setup import load_public_calendar
from .services.curriculum import copy_curriculum, install_curriculum
from .services.years import create_school_year, parse_year_name

MAX_SCHOOLS = 250  # a city such as Amsterdam or Rotterdam has about 200 primary schools


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


class _Names:
    """Unique adult names: every staff member a different first + last name, deterministically."""

    def __init__(self, rng: random.Random) -> None:
        pairs = [f"{f} {last}" for f in names.ADULT_FIRST for last in names.ADULT_LAST]
        rng.shuffle(pairs)
        # A city needs more people than first x last names: then the same pairs with a middle initial.
        more = [f"{f} {initial}. {last}" for initial in "ABCDEHJKLMNPRSTW"
                for f in names.ADULT_FIRST for last in names.ADULT_LAST]
        self._pairs = itertools.chain(pairs, more)

    def next(self) -> str:
        return next(self._pairs)


def _staff(session: OrmSession, name: str, roles: list[str], org: Organisation | None = None) -> Staff:
    email = name.lower().replace(" ", ".").replace("'", "") + "@demo.invalid"
    person = Staff(name=name, email=email, organisation=org, roles=[StaffRole(role=r) for r in roles])
    session.add(person)
    return person


def build_demo(session: OrmSession, schools: int = 6, seed: int = 1, year: str | None = None, *,
               plan: bool = False, today: date | None = None) -> Iterator[tuple[int, int]]:
    """Fill an empty database with a demo municipality in region zuid. Yields progress per school.

    ``plan``: also plan the lessons and make everything before ``today`` (default: the real date) happen,
    so the Today page has lessons; one more progress step at the end."""
    if not 1 <= schools <= MAX_SCHOOLS:
        raise ValidationError(f"Kies tussen 1 en {MAX_SCHOOLS} scholen.")
    if session.scalar(select(School.id).limit(1)) is not None:
        raise ValidationError("Deze database bevat al scholen; maak de demo in een nieuwe database.")
    rng = random.Random(seed)
    people = _Names(rng)
    start_year = parse_year_name(year) if year else None
    base = session.scalar(select(Curriculum).order_by(Curriculum.id).limit(1)) or install_curriculum(session)
    school_year = create_school_year(session, start_year)
    school_year.curriculum = copy_curriculum(session, base, f"{base.name} {school_year.name}")
    load_public_calendar(session, school_year)

    municipality = Organisation(name="Gemeente Maasland (demo)", kind="municipality")
    session.add(municipality)
    _staff(session, people.next(), ["programme_coordinator"], municipality)
    care_orgs = [Organisation(name=n, kind="youth_care") for n in names.YOUTH_CARE_ORGS]
    partner_orgs = [Organisation(name=n, kind=k) for n, k, _ in names.PARTNERS]
    session.add_all(care_orgs + partner_orgs)

    n_specialists = max(1, round(schools / 4))
    specialists = []
    for i in range(n_specialists):
        person = _staff(session, people.next(), ["specialist"], care_orgs[i % len(care_orgs)])
        person.max_sessions_per_day = 3
        off_day = i % 5
        person.availability = [
            Availability(weekday=d, start_time=time(8, 15), end_time=time(16, 0)) for d in range(5) if d != off_day
        ]
        specialists.append(person)

    school_names = rng.sample([f"{p} {n}" for p in names.SCHOOL_PREFIXES for n in names.SCHOOL_NAMES], schools)
    for index, school_name in enumerate(school_names):
        school = School(name=school_name, town=rng.choice(names.TOWNS), holiday_region="zuid")
        session.add(school)
        school_org = Organisation(name=school_name, kind="school")
        session.add(school_org)
        ib = _staff(session, people.next(), ["care_coordinator"], school_org)
        ib.schools = [school]
        school.care_coordinator = ib
        days = sorted(rng.sample(range(5), 3))
        school.lesson_windows = [
            LessonWindow(weekday=d, start_time=time(8, 30), end_time=time(12, 0)) for d in days
        ] + [LessonWindow(weekday=days[0], start_time=time(13, 0), end_time=time(15, 0))]
        for org, (_, _, role) in rng.sample(list(zip(partner_orgs, names.PARTNERS, strict=True)), 3):
            school.partners.append(SchoolPartner(organisation=org, contact_name=people.next(), role=role))
        specialist = specialists[index % n_specialists]
        specialist.schools.append(school)
        n_groups = rng.choices([1, 2, 3], weights=[45, 40, 15])[0]
        group_names = ["6"] if n_groups == 1 else [f"6{chr(65 + g)}" for g in range(n_groups)]
        if n_groups > 1 and rng.random() < 0.3:
            group_names[-1] = "5/6" + chr(64 + n_groups)
        for group_name in group_names:
            _add_group(session, rng, people, school, school_year, group_name, specialist, school_org, index)
        session.flush()
        yield index + 1, schools + (1 if plan else 0)
    if plan:
        plan_demo(session, school_year, today or date.today(), random.Random(seed * 7919 + 17))
        yield schools + 1, schools + 1


def _add_group(session, rng, people, school, school_year, group_name, specialist, school_org, index) -> None:  # noqa: ANN001
    teachers = [_staff(session, people.next(), ["teacher"], school_org)]
    if rng.random() < 0.35:  # a part-time duo job
        teachers.append(_staff(session, people.next(), ["teacher"], school_org))
    for teacher in teachers:
        teacher.schools = [school]
    group = Group(
        school=school,
        school_year=school_year,
        name=group_name,
        specialist=specialist,
        split_by_gender=rng.random() < 0.4,
        teachers=teachers,
        # the first group always has a class video and every family's consent, so its sheets show the QR code
        video_url=f"https://ouderplatform.demo.invalid/video/{index + 1}-{group_name}"
        if rng.random() < 0.6 or index == 0 else None,
    )
    session.add(group)
    size = rng.randint(22, 29)
    used: set[str] = set()
    pupils: list[Pupil] = []
    while len(pupils) < size:
        subgroup = rng.choice(["boys", "girls"])
        first = rng.choice(names.BOYS if subgroup == "boys" else names.GIRLS)
        if first in used:
            continue
        used.add(first)
        pupils.append(Pupil(group=group, first_name=first, subgroup=subgroup))
    families: list[list[Pupil]] = []
    for pupil in pupils:  # now and then siblings (twins) share a group and a family
        if families and len(families[-1]) == 1 and rng.random() < 0.04:
            families[-1].append(pupil)
        else:
            families.append([pupil])
    for family in families:
        language = _weighted(rng, names.LANGUAGE_WEIGHTS)
        guardians = [Guardian(language=language, contact_preference=rng.choice(["platform", "platform", "paper", "email"]))]
        if rng.random() < 0.55:
            guardians.append(Guardian(language=language if rng.random() < 0.8 else "nl", contact_preference="platform"))
        for pupil in family:
            pupil.guardians = guardians
            if rng.random() < 0.9 or index == 0:  # same draws as before, so the rest of the demo is unchanged
                pupil.consents.append(Consent(purpose="class_video", granted_on=date(school_year.start_date.year, 9, 1)))
            if rng.random() < 0.8:
                pupil.consents.append(Consent(purpose="photos", granted_on=date(school_year.start_date.year, 9, 1)))
    session.add_all(pupils)


# --------------------------------------------------------------------------- a year under way

TERM_STARTS = ((8, 1), (11, 1), (2, 1))  # schools start in autumn, before Christmas or after the spring
WENT_WELL = ("De kinderen durfden goed nee te zeggen.", "Veel plezier bij het rollenspel.",
             "Stevig staan lukte bijna iedereen.", "Goede gesprekken over pesten.",
             "De groep luisterde goed naar elkaar.")
SLIP_COMMENTS = ("Goed gesprek gehad aan tafel.", "Hij vond het spannend maar deed mee.", "Samen geoefend met de stopstem.",
                 "Ze vertelde er zelf over.", "We hadden deze week weinig tijd.")
CHANGE_NEXT = ("Meer tijd voor de nabespreking.", "De opdracht korter uitleggen.", "Eerder beginnen met bewegen.",
               "Groepjes van drie in plaats van vier.", "")


def plan_demo(session: OrmSession, school_year, today: date, rng: random.Random) -> None:  # noqa: ANN001
    """Plan every group with the quick greedy planner (a start term per school), write the plan, and let
    the year run until ``today``: held lessons with attendance and (mostly) a reflection, parent events
    with attendance. Deterministic for the same data, ``today`` and ``rng``."""
    from .scheduling.solver import plan
    from .services.planning_changes import write_assignments
    from .services.planning_problem import build_snapshot

    snap = build_snapshot(session, school_year.name, today=today, first_day=school_year.start_date)
    school_ids = sorted({g.school_id for g in snap.problem.groups})
    starts = {}
    for index, school_id in enumerate(school_ids):
        month, day = TERM_STARTS[index % len(TERM_STARTS)]
        starts[school_id] = date(school_year.start_date.year + (month < 8), month, day)
    groups = tuple(replace(g, not_before=starts[g.school_id]) for g in snap.problem.groups)
    # The demo's year is planned as if from its first day, so ``today`` only decides what has happened.
    problem = replace(snap.problem, groups=groups, parent_events_from=None)
    result = plan(problem, time_limit=5.0, use_cp=False, workers=1, order_trials=0)  # plain greedy: quick
    write_assignments(session, replace(snap, problem=problem), result.assignments)
    session.flush()
    _happened(session, school_year, today, rng)
    _intervision(session, school_year, today, rng)


def _happened(session: OrmSession, school_year, today: date, rng: random.Random) -> None:  # noqa: ANN001
    groups = session.scalars(select(Group).options(selectinload(Group.teachers), selectinload(Group.pupils)
                                                   .selectinload(Pupil.guardians))
                             .where(Group.school_year_id == school_year.id).order_by(Group.id)).all()
    changes, present_rows, logs, came, sheets, slips = [], [], [], [], [], []
    for group in groups:
        teacher = min((t.id for t in group.teachers), default=None)
        past = session.scalars(select(Session).where(Session.group_id == group.id, Session.status == "planned",
                                                     Session.date < today).order_by(Session.date, Session.id)).all()
        for row in past:
            row.status = "held"
            changes.append({"session_id": row.id, "kind": "held", "old_date": row.date, "new_date": row.date,
                            "at": datetime.combine(row.date, row.end_time or time(12, 0))})
            recent = (today - row.date).days <= 7  # the last days: still to record on the Today page
            if recent and rng.random() < 0.6:
                continue
            for pupil in group.pupils:
                if row.subgroup in ("boys", "girls") and pupil.subgroup != row.subgroup:
                    continue
                present = rng.random() > 0.06
                present_rows.append({"session_id": row.id, "pupil_id": pupil.id, "present": present,
                                     "reason": None if present else rng.choice(["ziek", "tandarts", "ziek", ""])})
            if not recent or rng.random() < 0.5:
                logs.append({"session_id": row.id, "author_id": teacher, "went_well": rng.choice(WENT_WELL),
                             "change_next": rng.choice(CHANGE_NEXT), "climate": rng.choice([3, 4, 4, 5])})
        _sheets_and_slips(group, past, today, rng, sheets, slips)
        events = session.scalars(select(ParentEvent).where(ParentEvent.group_id == group.id,
                                                           ParentEvent.date < today - timedelta(days=3))).all()
        guardians = sorted({g.id for p in group.pupils for g in p.guardians})
        for event in events:
            came += [{"parent_event_id": event.id, "guardian_id": g} for g in guardians if rng.random() < 0.55]
    session.flush()
    for model, rows in ((SessionChange, changes), (Attendance, present_rows), (SessionLog, logs),
                        (ParentAttendance, came), (HandoutDelivery, sheets), (ReturnSlip, slips)):
        if rows:  # bulk inserts: thousands of attendance marks in a fraction of a second
            session.execute(insert(model), rows)


def _sheets_and_slips(group, held, today: date, rng: random.Random, sheets: list, slips: list) -> None:  # noqa: ANN001
    """After each held lesson the class got its home-activity sheets, and some families sent the slip back:
    so the Parents page and the municipality report have something to show."""
    last_held: dict[int, date] = {}
    for row in held:  # a split group gets its sheets after the second half
        last_held[row.template_id] = max(row.date, last_held.get(row.template_id, row.date))
    languages = ",".join(sorted({g.language for p in group.pupils for g in p.guardians}))
    families = {tuple(sorted(g.id for g in p.guardians)) for p in group.pupils}
    for template_id, held_on in sorted(last_held.items()):
        sheets.append({"group_id": group.id, "template_id": template_id, "printed_on": held_on,
                       "languages": languages, "sheet_count": len(families), "layout": "a4"})
        for pupil in group.pupils:
            received = held_on + timedelta(days=rng.randint(2, 8))
            if received >= today or rng.random() > 0.45:
                continue
            done = rng.random() < 0.8
            slips.append({"pupil_id": pupil.id, "template_id": template_id, "status": "done" if done else "not_done",
                          "comment": rng.choice(SLIP_COMMENTS) if rng.random() < 0.3 else None,
                          "received_on": received})


INTERVISION_DAYS = ((10, 8), (2, 4))  # the programme's 2 x 2 h peer supervision: autumn and late winter


def _intervision(session: OrmSession, school_year, today: date, rng: random.Random) -> None:  # noqa: ANN001
    """Two intervision meetings of the internal trainers (teachers) with the specialists, with attendance
    and hours for those that are already past."""
    trainers = session.scalars(select(Staff).join(StaffRole).where(StaffRole.role.in_(("teacher", "specialist")))
                               .order_by(Staff.id)).all()
    for month, day in INTERVISION_DAYS:
        when = date(school_year.start_date.year + (month < 8), month, day)
        meeting = Meeting(kind="intervision", date=when, start_time=time(13, 30), end_time=time(15, 30),
                          location="Gemeentehuis, zaal 2", topic="Ervaringen met de duolessen; lastige situaties")
        if when < today:
            meeting.attendance = [MeetingAttendance(staff_id=p.id, attended=True, hours=2.0)
                                  for p in trainers if rng.random() < 0.7]
        session.add(meeting)


# --- the encrypted demo (issue 12): accounts and sealed concerns in demo_accounts.py ----------------------------

def build_demo_database(path, schools: int = 6, seed: int = 1, year: str | None = None, *,  # noqa: ANN001
                        plan: bool = True, backup_dir=None, today: date | None = None,  # noqa: ANN001
                        years: int = 0, municipality: str | None = None):  # noqa: ANN201
    """A new *encrypted* demo database (`wishdesk demo`, `wishdesk --demo`): the demo municipality, an account
    with password 'demo' for every staff member (programme coordinator, care coordinators, teachers,
    specialists), and a few sealed concerns by different authors at different schools. Returns the open Database.
    years: earlier school years of history (`demo --years`); municipality: its name (`demo --municipality`)."""
    from .security import encryption

    db = encryption.create_encrypted_database_empty(path, demo=True, backup_dir=backup_dir)
    try:
        with db.write() as session:
            if municipality is not None:
                from .services.municipality import write_municipality_name

                write_municipality_name(session, municipality)
            for _ in build_demo(session, schools=schools, seed=seed, year=year, plan=plan, today=today):
                pass
            if years:
                from .demo_history import build_history

                for _ in build_history(session, years, seed=seed):
                    pass
        from .demo_accounts import add_demo_accounts

        add_demo_accounts(db, today or date.today())
    except BaseException:
        db.close()
        raise
    return db


def open_demo(path, backup_dir=None):  # noqa: ANN001, ANN201 - (Database, Identity | None)
    """`wishdesk --demo`: build the encrypted demo the first time, then sign in as its programme coordinator
    without asking (the demo password is public). A plain demo made by an older version opens as before, with
    no Identity (None)."""
    from pathlib import Path

    from .opening import open_database
    from .security.accounts import (
        DEMO_PASSWORD,
        DemoPasswordChanged,
        SignInFailed,
        SignInThrottled,
        is_demo,
        sign_in_and_open,
    )

    path = Path(path).expanduser().resolve()
    if not path.exists() or not path.stat().st_size:
        build_demo_database(path, plan=True, backup_dir=backup_dir).close()
    if not is_demo(path):
        return open_database(path, backup_dir=backup_dir), None
    # opened once, by the sign-in (start-up time: opening checks the file)
    try:
        return sign_in_and_open(path, None, DEMO_PASSWORD, lambda p: open_database(p, backup_dir=backup_dir),
                                count_failure=False)
    except SignInThrottled:
        raise
    except SignInFailed as exc:  # the coordinator changed the demo's password: the caller asks for it instead
        if not str(exc).startswith("Onbekende naam"):
            raise
        raise DemoPasswordChanged(demo_coordinator_name(path)) from None


def demo_coordinator_name(path) -> str:  # noqa: ANN001 - Path
    """The demo's programme coordinator, read without signing in (a demo's key is public); "" when unreadable."""
    from .errors import WishDeskError
    from .opening import open_database
    from .security.accounts import list_accounts, unlock_demo

    try:
        if not unlock_demo(path):
            return ""
        db = open_database(path, read_only=True)
        try:
            return next((row.name for row in list_accounts(db) if row.is_admin), "")
        finally:
            db.close()
    except (WishDeskError, OSError):
        return ""
