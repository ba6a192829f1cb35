"""Lesson moments on a lesson day: which sessions a staff member has next, and marking them held, cancelled
or moved.

Every edit returns a `SessionEdit` (the state before, and the audit row it wrote) so the GUI can undo it with
`restore_session`; the core knows nothing of undo stacks. A cancelled lesson returns to planning: status
"unplanned", date cleared, the reason kept on the session and in a SessionChange row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import or_, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from ..db import Database
from ..errors import NotFound, ValidationError
from ..models import Curriculum, Group, LessonTemplate, Session, SessionChange, Staff, group_teacher
from ..session_view import SessionView  # noqa: F401 - re-exported: the pages import it from here
from ..team.stale import expect_version, refuse_if_changed

REASON_MAX = 300


@dataclass(frozen=True)
class SessionState:
    """The fields an edit may change, as they were before it (for undo)."""

    session_id: int
    status: str
    date: date | None
    start_time: time | None
    end_time: time | None
    cancel_reason: str | None
    pinned: bool


@dataclass(frozen=True)
class SessionEdit:
    before: SessionState
    change_id: int
    after: SessionState | None = None  # the lesson as this edit left it: undo refuses when it changed since


def _view(s: Session) -> SessionView:
    group, template = s.group, s.template
    return SessionView(
        s.id, group.id, group.name, group.school_id, group.school.name, template.id, template.number,
        template.text("title"), s.subgroup, s.date, s.start_time, s.end_time, s.teacher_id,
        s.teacher.name if s.teacher else None, s.specialist_id, s.specialist.name if s.specialist else None,
        s.status, s.cancel_reason, s.version,
    )


_LOAD = (
    selectinload(Session.group).selectinload(Group.school),
    selectinload(Session.template),
    selectinload(Session.teacher),
    selectinload(Session.specialist),
)


def _templates_for(session: OrmSession, group: Group) -> list[LessonTemplate]:
    """The lessons of the group's school year (its own curriculum copy, else the oldest curriculum)."""
    curriculum_id = group.school_year.curriculum_id
    if curriculum_id is None:
        curriculum_id = session.scalar(select(Curriculum.id).order_by(Curriculum.id).limit(1))
    if curriculum_id is None:
        return []
    return list(session.scalars(
        select(LessonTemplate).where(LessonTemplate.curriculum_id == curriculum_id).order_by(LessonTemplate.number)
    ))


def ensure_sessions(session: OrmSession, group: Group) -> list[Session]:
    """Create the missing sessions of a group: one per lesson, per half (boys/girls) when the group is split.

    New sessions are "unplanned"; the planner gives them dates. The duo is the group's first teacher and its
    specialist. Existing sessions are left alone. Returns the sessions created."""
    subgroups = ("boys", "girls") if group.split_by_gender else ("all",)
    existing = set(session.execute(
        select(Session.template_id, Session.subgroup).where(Session.group_id == group.id)
    ))
    teachers = sorted(group.teachers, key=lambda t: t.id)
    created = []
    for template in _templates_for(session, group):
        for subgroup in subgroups:
            if (template.id, subgroup) in existing:
                continue
            row = Session(group_id=group.id, template_id=template.id, subgroup=subgroup, status="unplanned",
                          teacher_id=teachers[0].id if teachers else None, specialist_id=group.specialist_id)
            session.add(row)
            created.append(row)
    session.flush()
    return created


def ensure_all_sessions(db: Database, group_ids: list[int] | None = None) -> int:
    """`ensure_sessions` for the given groups (default: every active group); returns sessions created."""
    with db.write() as s:
        query = select(Group).where(Group.archived.is_(False))
        if group_ids is not None:
            query = query.where(Group.id.in_(group_ids))
        return sum(len(ensure_sessions(s, g)) for g in s.scalars(query).all())


def staff_group_ids(session: OrmSession, staff_id: int) -> set[int]:
    """Groups a staff member works with: as one of its teachers or as its specialist."""
    ids = set(session.scalars(select(group_teacher.c.group_id).where(group_teacher.c.staff_id == staff_id)))
    ids |= set(session.scalars(select(Group.id).where(Group.specialist_id == staff_id)))
    return ids


def staff_sessions_clause(session: OrmSession, staff_id: int):  # noqa: ANN201 - SQL expression
    """Sessions someone leads (named on the session) or that belong to their groups (a part-time duo
    partner sees the lessons of the colleague they share the group with)."""
    return or_(Session.teacher_id == staff_id, Session.specialist_id == staff_id,
               Session.group_id.in_(staff_group_ids(session, staff_id)))


def upcoming_sessions(db: Database, staff_id: int, today: date | None = None, limit: int = 8) -> list[SessionView]:
    """A staff member's lesson day: planned lessons of earlier days still to be recorded (oldest first),
    every lesson of today, then the next `limit` planned lessons."""
    today = today or date.today()
    with db.session() as s:
        if s.get(Staff, staff_id) is None:
            raise NotFound(f"Medewerker {staff_id} bestaat niet.")
        mine = staff_sessions_clause(s, staff_id)
        order = (Session.date, Session.start_time, Session.id)
        overdue = s.scalars(select(Session).options(*_LOAD).where(
            mine, Session.status == "planned", Session.date < today).order_by(*order)).all()
        todays = s.scalars(select(Session).options(*_LOAD).where(
            mine, Session.date == today, Session.status.in_(("planned", "held"))).order_by(*order)).all()
        later = s.scalars(select(Session).options(*_LOAD).where(
            mine, Session.status == "planned", Session.date > today).order_by(*order).limit(limit)).all()
        return [_view(x) for x in (*overdue, *todays, *later)]


def get_session(db: Database, session_id: int) -> SessionView:
    with db.session() as s:
        row = s.get(Session, session_id, options=list(_LOAD))
        if row is None:
            raise NotFound(f"Lesmoment {session_id} bestaat niet.")
        return _view(row)


def group_sessions(db: Database, group_id: int) -> list[SessionView]:
    """All sessions of a group in lesson order (for the parents page and tests)."""
    with db.session() as s:
        query = select(Session).options(*_LOAD).join(Session.template).where(Session.group_id == group_id)
        return [_view(x) for x in s.scalars(query.order_by(LessonTemplate.number, Session.subgroup))]


def previous_template_id(db: Database, session_id: int) -> int | None:
    """The lesson before this one in the group's programme (whose home activity the families just did)."""
    with db.session() as s:
        row = _load(s, session_id)
        number = s.get(LessonTemplate, row.template_id).number
        curriculum_id = s.get(LessonTemplate, row.template_id).curriculum_id
        return s.scalar(select(LessonTemplate.id).where(LessonTemplate.curriculum_id == curriculum_id,
                                                        LessonTemplate.number < number)
                        .order_by(LessonTemplate.number.desc()).limit(1))


def _load(s: OrmSession, session_id: int, version: int | None = None) -> Session:
    row = s.get(Session, session_id)
    if row is None:
        raise NotFound(f"Lesmoment {session_id} bestaat niet.")
    expect_version(row, version)
    return row


def _state(row: Session) -> SessionState:
    return SessionState(row.id, row.status, row.date, row.start_time, row.end_time, row.cancel_reason, row.pinned)


def _shown(state: SessionState) -> dict[str, object]:
    """A lesson's editable fields by their Dutch names, for the message when an undo or redo is refused."""
    return {"status": state.status, "datum": state.date, "begintijd": state.start_time, "eindtijd": state.end_time,
            "reden afgelast": state.cancel_reason, "vastgezet": state.pinned}


def check_unchanged(row: Session, expected: SessionState | None, now: SessionState) -> None:
    """Undo and redo are based on the lesson as the history left it (`expected`), not on a version number:
    a person's own later edits, undone, leave the same fields but a newer version. When someone else changed
    the lesson in between, a StaleEdit (nothing written) instead of silently putting back what they replaced."""
    if expected is not None:
        refuse_if_changed(Session.__tablename__, (row.id,), _shown(expected), _shown(now), _shown(_state(row)))


def _audit(s: OrmSession, row: Session, before: SessionState, kind: str, old: date | None, reason: str | None,
           by: int | None, expected: SessionState | None = None) -> SessionEdit:
    """Check a redo's starting point, write the audit row, and say what undo needs."""
    check_unchanged(row, expected, before)
    change = SessionChange(session_id=row.id, kind=kind, old_date=old, new_date=row.date, reason=reason,
                           by_staff_id=by)
    s.add(change)
    s.flush()
    return SessionEdit(before, change.id, _state(row))


def mark_held(db: Database, session_id: int, by_staff_id: int | None = None,
              today: date | None = None, *, version: int | None = None,
              expected: SessionState | None = None) -> SessionEdit:
    """Record that a planned lesson was given (on its planned date, which must not be in the future).

    `version`: the row version the person saw (SessionView.version); `expected`: for a redo, the lesson as its
    undo left it (see `check_unchanged`). Either way a StaleEdit when someone saved since."""
    today = today or date.today()
    with db.write() as s:
        row = _load(s, session_id, version)
        if row.status == "held":
            raise ValidationError("Deze les staat al op gegeven.")
        if row.status != "planned" or row.date is None:
            raise ValidationError("Deze les heeft nog geen datum; plan hem eerst.")
        if row.date > today:
            raise ValidationError(
                f"Deze les staat gepland op {row.date:%d-%m-%Y}; een les in de toekomst kan nog niet gegeven zijn. "
                "Verplaats hem als hij eerder gegeven is.")
        before = _state(row)
        row.status = "held"
        return _audit(s, row, before, "held", row.date, None, by_staff_id, expected)


def cancel_session(db: Database, session_id: int, reason: str, by_staff_id: int | None = None, *,
                   version: int | None = None, expected: SessionState | None = None) -> SessionEdit:
    """Cancel a planned lesson: it goes back to planning (unplanned, no date) with the reason kept."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("Geef een reden op waarom de les niet doorgaat.", field="reason")
    if len(reason) > REASON_MAX:
        raise ValidationError(f"De reden is te lang (maximaal {REASON_MAX} tekens).", field="reason")
    with db.write() as s:
        row = _load(s, session_id, version)
        if row.status == "held":
            raise ValidationError("Deze les is al gegeven en kan niet meer worden afgelast.")
        if row.status != "planned":
            raise ValidationError("Deze les is niet gepland; er valt niets af te gelasten.")
        before = _state(row)
        row.status, row.date, row.start_time, row.end_time = "unplanned", None, None, None
        row.cancel_reason, row.pinned = reason, False
        return _audit(s, row, before, "cancelled", before.date, reason, by_staff_id, expected)


def move_session(db: Database, session_id: int, new_date: date, start_time: time | None = None,
                 end_time: time | None = None, reason: str | None = None,
                 by_staff_id: int | None = None, *, version: int | None = None,
                 expected: SessionState | None = None) -> SessionEdit:
    """Give a lesson another date (and times). An unplanned lesson gets planned this way."""
    reason = (reason or "").strip() or None
    if reason and len(reason) > REASON_MAX:
        raise ValidationError(f"De reden is te lang (maximaal {REASON_MAX} tekens).", field="reason")
    if start_time and end_time and end_time <= start_time:
        raise ValidationError("De eindtijd moet na de begintijd liggen.", field="end_time")
    with db.write() as s:
        row = _load(s, session_id, version)
        if row.status == "held":
            raise ValidationError("Deze les is al gegeven; verplaatsen kan niet meer.")
        before = _state(row)
        kind = "planned" if row.status in ("unplanned", "cancelled") else "moved"
        if start_time is not None and end_time is None and row.start_time and row.end_time:
            end_time = _shift_end(row.start_time, row.end_time, start_time)  # keep the lesson's length
        row.date, row.status = new_date, "planned"
        if start_time is not None:
            row.start_time, row.end_time = start_time, end_time
        return _audit(s, row, before, kind, before.date, reason, by_staff_id, expected)


def _shift_end(old_start: time, old_end: time, new_start: time) -> time | None:
    length = datetime.combine(date.min, old_end) - datetime.combine(date.min, old_start)
    end = datetime.combine(date.min, new_start) + length
    return end.time() if end.date() == date.min else None


def restore_session(db: Database, edit: SessionEdit) -> SessionState:
    """Undo an edit: put the fields back and remove the audit row it wrote (the edit never happened).

    Refused (StaleEdit) when someone changed the lesson since the edit (`check_unchanged`). Returns the state
    it put back, which a redo is based on in turn (`expected=`)."""
    before = edit.before
    with db.write() as s:
        row = _load(s, before.session_id)
        now = _state(row)
        row.status, row.date, row.start_time, row.end_time = before.status, before.date, before.start_time, before.end_time
        row.cancel_reason, row.pinned = before.cancel_reason, before.pinned
        change = s.get(SessionChange, edit.change_id)
        if change is not None:
            s.delete(change)
        check_unchanged(row, edit.after, now)
        return before


@dataclass(frozen=True)
class ChangeView:
    at: datetime
    kind: str
    old_date: date | None
    new_date: date | None
    reason: str | None
    by: str | None


def session_history(db: Database, session_id: int) -> list[ChangeView]:
    """The audit trail of one session, oldest first."""
    with db.session() as s:
        rows = s.execute(
            select(SessionChange, Staff.name).outerjoin(Staff, Staff.id == SessionChange.by_staff_id)
            .where(SessionChange.session_id == session_id).order_by(SessionChange.at, SessionChange.id)
        ).all()
        return [ChangeView(c.at, c.kind, c.old_date, c.new_date, c.reason, name) for c, name in rows]
