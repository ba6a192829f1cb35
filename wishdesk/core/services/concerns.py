"""Concerns (vroegsignalering): factual observations about a pupil that need follow-up.

Sensitive data. This module is the only code that reads or writes the `concern` table, and every function
that returns one takes the viewer: a concern is visible only to its author and to the care coordinator
(IB'er) of the pupil's school. A concern the viewer may not see is reported as "not found", so nobody learns
that it exists. Concerns never go into exports or reports (no other service imports this module's rows).

Sealing: in a database with accounts the text is sealed to its readers (core/security/sealing.py). Every
`viewer` parameter takes the signed-in `Identity` (which can open the text) or, as before, a bare staff id
(which sees who/when/what category but the text only where it is not sealed).

Retention: a concern is kept until the end of the school year in which it was observed plus
`concern_retention_years` (a Setting, default 1) and is then purged after a confirmation listing what goes.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, fields
from datetime import date

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session as OrmSession

from ..db import Database
from ..errors import NotFound, ValidationError
from ..models import Concern, Group, Pupil, School, Setting, Staff
from ..models.vocab import CONCERN_CATEGORIES, CONCERN_FOLLOW_UPS
from ..security.accounts import Identity
from ..security.sealing import UNREADABLE, open_text, seal
from ..team.stale import expect_version
from .sessions import staff_group_ids

Viewer = Identity | int | None


def _staff_of(viewer: Viewer) -> int | None:
    return viewer.staff_id if isinstance(viewer, Identity) else viewer


def _identity_of(viewer: Viewer) -> Identity | None:
    return viewer if isinstance(viewer, Identity) else None

RETENTION_KEY = "concern_retention_years"
DEFAULT_RETENTION_YEARS = 1
MAX_RETENTION_YEARS = 10
OBSERVATION_MAX = 4000


@dataclass(frozen=True)
class ConcernView:
    id: int
    pupil_id: int
    pupil_name: str
    group_name: str
    school_name: str
    care_coordinator: str | None
    author_id: int
    author_name: str
    session_id: int | None
    observed_on: date
    category: str
    observation: str
    follow_up: str
    review_date: date | None
    closed: bool
    purge_after: date
    version: int | None = field(default=None, compare=False)  # the row version read (see update/save)


@dataclass(frozen=True)
class ConcernRecord:
    """Every stored field of a concern: what undo needs to put a deleted or edited concern back."""

    id: int
    pupil_id: int
    author_id: int
    session_id: int | None
    observed_on: date
    category: str
    observation: str
    follow_up: str
    review_date: date | None
    closed: bool
    purge_after: date


@dataclass(frozen=True)
class PurgeItem:
    """One line of the purge confirmation. Pupil and category are shown only to those who may see the concern."""

    id: int
    school_name: str
    group_name: str
    author_name: str
    observed_on: date
    purge_after: date
    closed: bool
    pupil_name: str | None
    category: str | None


# --- retention -------------------------------------------------------------------------------------------

def school_year_end(day: date) -> date:
    """31 July of the school year (1 Aug – 31 Jul) that contains `day`."""
    return date(day.year + 1 if day.month >= 8 else day.year, 7, 31)


def purge_date(observed_on: date, years: int) -> date:
    end = school_year_end(observed_on)
    return end.replace(year=end.year + years)


def _retention(s: OrmSession) -> int:
    setting = s.get(Setting, RETENTION_KEY)
    try:
        years = int(setting.value) if setting else DEFAULT_RETENTION_YEARS
    except ValueError:
        return DEFAULT_RETENTION_YEARS
    return min(max(years, 0), MAX_RETENTION_YEARS)


def retention_years(db: Database) -> int:
    with db.session() as s:
        return _retention(s)


def set_retention_years(db: Database, years: int) -> int:
    """Change the retention period; every stored concern gets its purge date recomputed. Returns the old value."""
    if not 0 <= years <= MAX_RETENTION_YEARS:
        raise ValidationError(f"Kies een bewaartermijn van 0 tot {MAX_RETENTION_YEARS} jaar na het schooljaar.")
    with db.write() as s:
        old = _retention(s)
        setting = s.get(Setting, RETENTION_KEY)
        if setting is None:
            s.add(Setting(key=RETENTION_KEY, value=str(years)))
        else:
            setting.value = str(years)
        for concern in s.scalars(select(Concern)):
            concern.purge_after = purge_date(concern.observed_on, years)
        return old


# --- visibility ------------------------------------------------------------------------------------------

def _visible_to(viewer_staff_id: int):  # noqa: ANN202 - SQL expression over Concern joined to School
    return or_(Concern.author_id == viewer_staff_id, School.care_coordinator_id == viewer_staff_id)


def _base_query():  # noqa: ANN202
    return (select(Concern, Pupil, Group, School)
            .join(Pupil, Pupil.id == Concern.pupil_id)
            .join(Group, Group.id == Pupil.group_id)
            .join(School, School.id == Group.school_id))


def _staff_names(s: OrmSession, ids: set[int]) -> dict[int, str]:
    return dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all()) if ids else {}


def _text(s: OrmSession, c: Concern, viewer: Viewer) -> str:
    text = open_text(s, c, _identity_of(viewer))
    return UNREADABLE if text is None else text


def _views(s: OrmSession, rows, viewer: Viewer = None) -> list[ConcernView]:  # noqa: ANN001
    names = _staff_names(s, {c.author_id for c, *_ in rows} | {sc.care_coordinator_id for *_, sc in rows
                                                               if sc.care_coordinator_id})
    return [
        ConcernView(c.id, p.id, p.first_name, g.name, sc.name, names.get(sc.care_coordinator_id), c.author_id,
                    names.get(c.author_id, "?"), c.session_id, c.observed_on, c.category, _text(s, c, viewer), c.follow_up,
                    c.review_date, c.closed, c.purge_after, c.version)
        for c, p, g, sc in rows
    ]


def visible_concerns(db: Database, viewer: Viewer, *, pupil_id: int | None = None,
                     include_closed: bool = True) -> list[ConcernView]:
    """The concerns `viewer` may see: their own, and all of the schools where they are the care
    coordinator. Nobody (None) sees nothing."""
    viewer_staff_id = _staff_of(viewer)
    if viewer_staff_id is None:
        return []
    with db.session() as s:
        query = _base_query().where(_visible_to(viewer_staff_id))
        if pupil_id is not None:
            query = query.where(Concern.pupil_id == pupil_id)
        if not include_closed:
            query = query.where(Concern.closed.is_(False))
        query = query.order_by(Concern.closed, Concern.review_date.is_(None), Concern.review_date,
                               Concern.observed_on.desc(), Concern.id)
        return _views(s, s.execute(query).all(), viewer)


def due_concerns(db: Database, viewer: Viewer, today: date | None = None) -> list[ConcernView]:
    """Open concerns the viewer may see whose review date has come (the reminder list)."""
    today = today or date.today()
    return [c for c in visible_concerns(db, viewer, include_closed=False)
            if c.review_date is not None and c.review_date <= today]


def _visible(s: OrmSession, concern_id: int, viewer: Viewer) -> Concern:
    """The concern if the viewer may see it; otherwise NotFound, the same as for a concern that does not exist."""
    viewer_staff_id = _staff_of(viewer)
    row = None
    if viewer_staff_id is not None:
        row = s.execute(_base_query().where(Concern.id == concern_id, _visible_to(viewer_staff_id))).first()
    if row is None:
        raise NotFound("Dit signaal bestaat niet (meer) of is niet voor u zichtbaar.")
    return row[0]


def get_concern(db: Database, viewer: Viewer, concern_id: int) -> ConcernView:
    with db.session() as s:
        concern = _visible(s, concern_id, viewer)
        return _views(s, s.execute(_base_query().where(Concern.id == concern.id)).all(), viewer)[0]


@dataclass(frozen=True)
class PupilOption:
    pupil_id: int
    first_name: str
    group_name: str
    school_name: str
    care_coordinator: str | None


def concern_pupils(db: Database, viewer: Viewer) -> list[PupilOption]:
    """The pupils someone may write a concern about: those of their groups (teacher or specialist) and of
    the schools where they are the care coordinator."""
    staff_id = _staff_of(viewer)
    if staff_id is None:
        return []
    with db.session() as s:
        groups = staff_group_ids(s, staff_id)
        query = (select(Pupil, Group, School).join(Group, Group.id == Pupil.group_id)
                 .join(School, School.id == Group.school_id)
                 .where(Pupil.archived.is_(False), Group.archived.is_(False),
                        or_(Group.id.in_(groups), School.care_coordinator_id == staff_id))
                 .order_by(School.name, Group.name, Pupil.first_name))
        rows = s.execute(query).all()
        names = _staff_names(s, {sc.care_coordinator_id for *_, sc in rows if sc.care_coordinator_id})
        return [PupilOption(p.id, p.display_name, g.name, sc.name, names.get(sc.care_coordinator_id))
                for p, g, sc in rows]


# --- edits -----------------------------------------------------------------------------------------------

def _check(category: str, follow_up: str, observation: str, observed_on: date, review_date: date | None) -> str:
    observation = (observation or "").strip()
    if not observation:
        raise ValidationError("Beschrijf wat u hebt gezien of gehoord.", field="observation")
    if len(observation) > OBSERVATION_MAX:
        raise ValidationError(f"De beschrijving is te lang (maximaal {OBSERVATION_MAX} tekens).", field="observation")
    if category not in CONCERN_CATEGORIES:
        raise ValidationError(f"Onbekende categorie '{category}'.", field="category")
    if follow_up not in CONCERN_FOLLOW_UPS:
        raise ValidationError(f"Onbekende vervolgstap '{follow_up}'.", field="follow_up")
    if review_date is not None and review_date < observed_on:
        raise ValidationError("De evaluatiedatum ligt vóór de datum van de observatie.", field="review_date")
    return observation


def _record(s: OrmSession, c: Concern, viewer: Viewer) -> ConcernRecord:
    """The record with the readable text (undo seals it again); a text the viewer cannot open stays sealed."""
    values = {f.name: getattr(c, f.name) for f in fields(ConcernRecord)}
    values["observation"] = open_text(s, c, _identity_of(viewer)) or c.observation
    return ConcernRecord(**values)


def record_concern(db: Database, author_id: Identity | int, pupil_id: int, observed_on: date, category: str,
                   observation: str, follow_up: str = "none", review_date: date | None = None,
                   session_id: int | None = None) -> int:
    """Record a new concern by `author_id`; returns its id. Its purge date follows the retention setting."""
    observation = _check(category, follow_up, observation, observed_on, review_date)
    identity = _identity_of(author_id)  # seals to the readers confirmed for this person (security/certs.py)
    author_id = _staff_of(author_id)  # type: ignore[assignment] - an Identity seals the same way as its staff id
    with db.write() as s:
        if author_id is None or s.get(Staff, author_id) is None:
            raise ValidationError("Kies eerst wie u bent; een signaal heeft altijd een auteur.")
        if s.get(Pupil, pupil_id) is None:
            raise NotFound(f"Leerling {pupil_id} bestaat niet.")
        concern = Concern(pupil_id=pupil_id, author_id=author_id, session_id=session_id, observed_on=observed_on,
                          category=category, observation=observation, follow_up=follow_up,
                          review_date=review_date, closed=False, purge_after=purge_date(observed_on, _retention(s)))
        s.add(concern)
        s.flush()
        seal(s, concern, observation, identity)  # needs the id; the clear text never reaches a commit
        return concern.id


def update_concern(db: Database, viewer: Viewer, concern_id: int, *, observed_on: date,
                   category: str, observation: str, follow_up: str, review_date: date | None,
                   closed: bool, version: int | None = None) -> ConcernRecord:
    """Edit a concern (its author or the care coordinator). Returns the record before the edit (for undo).
    `version`: the one the person read (ConcernView.version); someone else's save since then: StaleEdit."""
    observation = _check(category, follow_up, observation, observed_on, review_date)
    with db.write() as s:
        concern = _visible(s, concern_id, viewer)
        expect_version(concern, version)
        before = _record(s, concern, viewer)
        concern.observed_on, concern.category = observed_on, category
        concern.follow_up, concern.review_date, concern.closed = follow_up, review_date, closed
        concern.purge_after = purge_date(observed_on, _retention(s))
        if observation != UNREADABLE:  # a viewer who could not open the text leaves it as it was
            seal(s, concern, observation, _identity_of(viewer))
        return before


def delete_concern(db: Database, viewer: Viewer, concern_id: int) -> ConcernRecord:
    """Remove a concern (its author or the care coordinator); returns it whole so undo can put it back."""
    with db.write() as s:
        concern = _visible(s, concern_id, viewer)
        before = _record(s, concern, viewer)
        s.delete(concern)
        return before


def restore_concern(db: Database, viewer: Viewer, record: ConcernRecord) -> None:
    """Undo: put a concern back exactly as `record` (re-inserting it when it was deleted). The viewer must be
    its author or the school's care coordinator, as for any other edit."""
    viewer_staff_id = _staff_of(viewer)
    with db.write() as s:
        existing = s.get(Concern, record.id)
        if existing is None:
            pupil = s.get(Pupil, record.pupil_id)
            school = s.get(School, s.get(Group, pupil.group_id).school_id) if pupil else None
            if school is None or viewer_staff_id not in (record.author_id, school.care_coordinator_id):
                raise NotFound("Dit signaal kan niet worden teruggezet.")
            concern = Concern(**{f.name: getattr(record, f.name) for f in fields(ConcernRecord)})
            s.add(concern)
            s.flush()
        else:
            concern = _visible(s, record.id, viewer)
            for f in fields(ConcernRecord):
                setattr(concern, f.name, getattr(record, f.name))
        if not record.observation.startswith("sealed:"):
            seal(s, concern, record.observation, _identity_of(viewer))


# --- purge -----------------------------------------------------------------------------------------------

def purge_preview(db: Database, today: date | None = None, viewer_staff_id: Viewer = None) -> list[PurgeItem]:
    """What `purge` would remove today: concerns whose retention ended (purge_after before today)."""
    today = today or date.today()
    viewer_staff_id = _staff_of(viewer_staff_id)
    with db.session() as s:
        rows = s.execute(_base_query().where(Concern.purge_after < today)
                         .order_by(School.name, Group.name, Concern.observed_on, Concern.id)).all()
        names = _staff_names(s, {c.author_id for c, *_ in rows})
        items = []
        for c, p, g, sc in rows:
            may_see = viewer_staff_id is not None and viewer_staff_id in (c.author_id, sc.care_coordinator_id)
            items.append(PurgeItem(c.id, sc.name, g.name, names.get(c.author_id, "?"), c.observed_on,
                                   c.purge_after, c.closed, p.first_name if may_see else None,
                                   c.category if may_see else None))
        return items


def purge(db: Database, today: date | None = None, confirmed_ids: Collection[int] = ()) -> int:
    """Delete the concerns the user confirmed from `purge_preview`, if their retention has really ended.
    Nothing outside the confirmed list is removed; their sealed keys go with them (ON DELETE CASCADE).
    Irreversible by design. Returns how many were deleted."""
    today = today or date.today()
    ids = list(confirmed_ids)
    if not ids:
        return 0
    with db.write() as s:
        result = s.execute(delete(Concern).where(Concern.id.in_(ids), Concern.purge_after < today))
        return result.rowcount or 0


def close_concern(db: Database, viewer: Viewer, concern_id: int, closed: bool = True) -> bool:
    """Mark a concern followed up (or open again). Returns the previous value."""
    with db.write() as s:
        concern = _visible(s, concern_id, viewer)
        before = concern.closed
        concern.closed = closed
        return before
