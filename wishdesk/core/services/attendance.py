"""Who was there: attendance per pupil per session, defaulting to present.

A save replaces the session's attendance in one transaction and returns what was there before, so undo is
simply saving the previous marks again (`replace_attendance`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select

from ..db import Database
from ..errors import NotFound, ValidationError
from ..models import Attendance, Pupil, Session
from ..team.stale import refuse_if_changed

REASON_MAX = 200


@dataclass(frozen=True)
class AttendanceRow:
    pupil_id: int
    first_name: str
    subgroup: str | None
    present: bool
    reason: str
    recorded: bool  # False: nothing saved yet, `present` is the default


@dataclass(frozen=True)
class AttendanceMark:
    pupil_id: int
    present: bool = True
    reason: str = ""


def session_attendance(db: Database, session_id: int) -> list[AttendanceRow]:
    """The pupils of the session (the whole group or its boys/girls half) with what was recorded."""
    with db.session() as s:
        session = s.get(Session, session_id)
        if session is None:
            raise NotFound(f"Lesmoment {session_id} bestaat niet.")
        saved = {a.pupil_id: a for a in s.scalars(select(Attendance).where(Attendance.session_id == session_id))}
        query = select(Pupil).where(Pupil.group_id == session.group_id)
        pupils = [
            p for p in s.scalars(query.order_by(Pupil.first_name))
            if p.id in saved or (not p.archived and session.subgroup in ("all", p.subgroup))
        ]
        return [
            AttendanceRow(p.id, p.display_name, p.subgroup,
                          saved[p.id].present if p.id in saved else True,
                          (saved[p.id].reason or "") if p.id in saved else "", p.id in saved)
            for p in pupils
        ]


def has_attendance(db: Database, session_id: int) -> bool:
    with db.session() as s:
        return bool(s.scalar(select(func.count()).select_from(Attendance).where(Attendance.session_id == session_id)))


def _clean(marks: Sequence[AttendanceMark]) -> list[AttendanceMark]:
    out, seen = [], set()
    for mark in marks:
        if mark.pupil_id in seen:
            raise ValidationError("Een leerling staat twee keer in de lijst.")
        seen.add(mark.pupil_id)
        reason = "" if mark.present else (mark.reason or "").strip()
        if len(reason) > REASON_MAX:
            raise ValidationError(f"Een reden is te lang (maximaal {REASON_MAX} tekens).", field="reason")
        out.append(AttendanceMark(mark.pupil_id, mark.present, reason))
    return out


def _shown(marks: Sequence[AttendanceMark], names: dict[int, str], pupils: set[int]) -> dict[str, str | None]:
    """Marks as people compare them: first name -> "aanwezig" / "afwezig: reden" (None: not recorded)."""
    by_pupil = {m.pupil_id: m for m in marks}
    out: dict[str, str | None] = {}
    for pupil_id in sorted(pupils, key=lambda p: (names.get(p, ""), p)):
        mark = by_pupil.get(pupil_id)
        text = None if mark is None else "aanwezig" if mark.present else f"afwezig: {mark.reason}".rstrip(": ")
        out[names.get(pupil_id, str(pupil_id))] = text  # first names are unique within a group
    return out


def replace_attendance(db: Database, session_id: int, marks: Sequence[AttendanceMark],
                       expected: Sequence[AttendanceMark] | None = None) -> tuple[AttendanceMark, ...]:
    """Make `marks` the session's whole attendance (empty: nothing recorded). Returns the marks it replaced.
    `expected`: the recorded marks as the person read them; someone else saved other marks since: StaleEdit."""
    marks = _clean(marks)
    with db.write() as s:
        session = s.get(Session, session_id)
        if session is None:
            raise NotFound(f"Lesmoment {session_id} bestaat niet.")
        if marks and (session.status not in ("planned", "held") or session.date is None):
            raise ValidationError("Aanwezigheid noteert u bij een geplande of gegeven les.")
        group_pupils = set(s.scalars(select(Pupil.id).where(Pupil.group_id == session.group_id)))
        if any(m.pupil_id not in group_pupils for m in marks):
            raise ValidationError("Een van de leerlingen hoort niet bij deze groep.")
        previous = tuple(
            AttendanceMark(a.pupil_id, a.present, a.reason or "")
            for a in s.scalars(select(Attendance).where(Attendance.session_id == session_id).order_by(Attendance.pupil_id))
        )
        if expected is not None:
            names = dict(s.execute(select(Pupil.id, Pupil.first_name).where(Pupil.group_id == session.group_id)).all())
            everyone = {m.pupil_id for m in (*marks, *previous, *expected)}
            refuse_if_changed("attendance", (session_id,), _shown(_clean(expected), names, everyone),
                              _shown(previous, names, everyone), _shown(marks, names, everyone))
        s.execute(delete(Attendance).where(Attendance.session_id == session_id))
        s.add_all(Attendance(session_id=session_id, pupil_id=m.pupil_id, present=m.present, reason=m.reason or None)
                  for m in marks)
        return previous


def attendance_counts(db: Database, session_id: int) -> tuple[int, int]:
    """(present, absent) as recorded."""
    with db.session() as s:
        rows = s.execute(select(Attendance.present, func.count()).where(Attendance.session_id == session_id)
                         .group_by(Attendance.present)).all()
        counts = {bool(present): n for present, n in rows}
        return counts.get(True, 0), counts.get(False, 0)
