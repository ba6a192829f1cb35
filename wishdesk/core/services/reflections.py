"""The duo's reflection after a lesson: what went well, what to change next time, the group climate (1–5).

One reflection per session, written (and rewritten) by either trainer of the duo. The last one of a group is
shown before that group's next lesson, so the duo starts where they left off.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from ..db import Database
from ..errors import NotFound, ValidationError
from ..models import Group, LessonTemplate, Session, SessionLog, Staff, group_teacher
from ..team.stale import expect_version

TEXT_MAX = 5000


@dataclass(frozen=True)
class ReflectionView:
    id: int
    session_id: int
    session_date: date | None
    lesson_number: int
    lesson_title: str
    subgroup: str
    author_id: int | None
    author_name: str | None
    went_well: str
    change_next: str
    climate: int | None
    version: int | None = field(default=None, compare=False)  # the row version read (see update/save)


@dataclass(frozen=True)
class ReflectionState:
    """A reflection's content before an edit (None in `restore_reflection` means: there was none)."""

    author_id: int | None
    went_well: str
    change_next: str
    climate: int | None


def _view(log: SessionLog, session: Session, template: LessonTemplate, author: str | None) -> ReflectionView:
    return ReflectionView(log.id, session.id, session.date, template.number, template.text("title"),
                          session.subgroup, log.author_id, author, log.went_well, log.change_next, log.climate,
                          log.version)


def _query():  # noqa: ANN202
    return (select(SessionLog, Session, LessonTemplate, Staff.name)
            .join(Session, Session.id == SessionLog.session_id)
            .join(LessonTemplate, LessonTemplate.id == Session.template_id)
            .outerjoin(Staff, Staff.id == SessionLog.author_id))


def session_reflection(db: Database, session_id: int) -> ReflectionView | None:
    with db.session() as s:
        row = s.execute(_query().where(SessionLog.session_id == session_id)
                        .order_by(SessionLog.id.desc()).limit(1)).first()
        return _view(*row) if row else None


def last_reflection(db: Database, session_id: int) -> ReflectionView | None:
    """The latest reflection of the same group before this session (its own half first when the group is
    split), for the duo to read before the lesson."""
    with db.session() as s:
        session = s.get(Session, session_id)
        if session is None:
            raise NotFound(f"Lesmoment {session_id} bestaat niet.")
        number = s.get(LessonTemplate, session.template_id).number
        query = _query().where(Session.group_id == session.group_id, Session.id != session.id)
        if session.date is not None:
            query = query.where(Session.date.is_not(None), Session.date <= session.date)
        else:
            query = query.where(LessonTemplate.number < number)
        rows = s.execute(query.order_by(Session.date.desc(), LessonTemplate.number.desc(), SessionLog.id.desc())).all()
        own = [r for r in rows if r[1].subgroup == session.subgroup]
        best = (own or rows or [None])[0]
        return _view(*best) if best else None


def _may_write(s, session: Session, author_id: int) -> bool:  # noqa: ANN001
    if author_id in (session.teacher_id, session.specialist_id):
        return True
    group = s.get(Group, session.group_id)
    if group.specialist_id == author_id:
        return True
    return s.scalar(select(group_teacher.c.staff_id).where(
        group_teacher.c.group_id == group.id, group_teacher.c.staff_id == author_id)) is not None


def save_reflection(db: Database, session_id: int, author_id: int, went_well: str, change_next: str,
                    climate: int | None, version: int | None = None) -> ReflectionState | None:
    """Write (or rewrite) the session's reflection. Returns what it was before, None when there was none.
    `version`: the one the person read (ReflectionView.version); rewritten by someone else since: StaleEdit."""
    went_well, change_next = (went_well or "").strip(), (change_next or "").strip()
    if climate is not None and not 1 <= climate <= 5:
        raise ValidationError("Het groepsklimaat is een cijfer van 1 tot en met 5.", field="climate")
    if not went_well and not change_next and climate is None:
        raise ValidationError("Vul minstens één veld van de reflectie in.")
    if max(len(went_well), len(change_next)) > TEXT_MAX:
        raise ValidationError(f"De tekst is te lang (maximaal {TEXT_MAX} tekens per vak).")
    with db.write() as s:
        session = s.get(Session, session_id)
        if session is None:
            raise NotFound(f"Lesmoment {session_id} bestaat niet.")
        if session.status != "held":
            raise ValidationError("Een reflectie schrijft u na de les: zet de les eerst op gegeven.")
        if s.get(Staff, author_id) is None or not _may_write(s, session, author_id):
            raise ValidationError("Alleen de leerkracht of de specialist van deze groep schrijft de reflectie.")
        log = s.scalar(select(SessionLog).where(SessionLog.session_id == session_id).order_by(SessionLog.id.desc()))
        before = ReflectionState(log.author_id, log.went_well, log.change_next, log.climate) if log else None
        if log is not None:
            expect_version(log, version)
        if log is None:
            log = SessionLog(session_id=session_id)
            s.add(log)
        log.author_id, log.went_well, log.change_next, log.climate = author_id, went_well, change_next, climate
        return before


def restore_reflection(db: Database, session_id: int, before: ReflectionState | None) -> None:
    """Undo `save_reflection`: put the old text back, or remove the reflection when there was none."""
    with db.write() as s:
        log = s.scalar(select(SessionLog).where(SessionLog.session_id == session_id).order_by(SessionLog.id.desc()))
        if before is None:
            if log is not None:
                s.delete(log)
            return
        if log is None:
            log = SessionLog(session_id=session_id)
            s.add(log)
        log.author_id, log.went_well, log.change_next, log.climate = (
            before.author_id, before.went_well, before.change_next, before.climate)


def has_reflection(db: Database, session_id: int) -> bool:
    with db.session() as s:
        return s.scalar(select(SessionLog.id).where(SessionLog.session_id == session_id).limit(1)) is not None
