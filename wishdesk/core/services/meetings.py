"""Intervisie (peer supervision of internal and external trainers) and team meetings at a school: scheduled,
who attended, and the hours each trainer can put in their professional-development register.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..db import Database
from ..errors import NotFound, ValidationError
from ..models import Meeting, MeetingAttendance, School, SchoolYear, Staff
from ..models.vocab import MEETING_KINDS
from ..team.stale import expect_version


@dataclass(frozen=True)
class Attendee:
    staff_id: int
    name: str = ""
    attended: bool = True
    hours: float = 2.0


@dataclass(frozen=True)
class MeetingRecord:
    """A meeting with its attendance: what the dialog edits and what undo puts back (id 0: new)."""

    id: int
    kind: str
    date: date
    start_time: time
    end_time: time
    school_id: int | None = None
    location: str | None = None
    topic: str | None = None
    attendees: tuple[Attendee, ...] = ()
    version: int | None = field(default=None, compare=False)  # the row version read (see update/save)

    @property
    def hours(self) -> float:
        """The meeting's length in hours: the default hours of each attendee."""
        length = datetime.combine(self.date, self.end_time) - datetime.combine(self.date, self.start_time)
        return round(length.total_seconds() / 3600, 2)


@dataclass(frozen=True)
class MeetingView:
    record: MeetingRecord
    school_name: str | None

    @property
    def present(self) -> int:
        return sum(a.attended for a in self.record.attendees)


@dataclass(frozen=True)
class HoursLine:
    meeting_id: int
    date: date
    kind: str
    topic: str
    hours: float


@dataclass(frozen=True)
class HoursRegister:
    staff_id: int
    staff_name: str
    lines: tuple[HoursLine, ...]

    @property
    def total(self) -> float:
        return round(sum(line.hours for line in self.lines), 2)


def _record(m: Meeting, names: dict[int, str]) -> MeetingRecord:
    attendees = tuple(sorted((Attendee(a.staff_id, names.get(a.staff_id, "?"), a.attended, a.hours)
                              for a in m.attendance), key=lambda a: a.name))
    return MeetingRecord(m.id, m.kind, m.date, m.start_time, m.end_time, m.school_id, m.location, m.topic, attendees,
                         m.version)


def list_meetings(db: Database, staff_id: int | None = None, year: str | None = None) -> list[MeetingView]:
    """Meetings (newest last), optionally only those a staff member was invited to, or in one school year."""
    with db.session() as s:
        query = select(Meeting).options(selectinload(Meeting.attendance))
        if staff_id is not None:
            query = query.where(Meeting.attendance.any(MeetingAttendance.staff_id == staff_id))
        if year:
            school_year = s.scalar(select(SchoolYear).where(SchoolYear.name == year))
            if school_year is not None:
                query = query.where(Meeting.date.between(school_year.start_date, school_year.end_date))
        meetings = s.scalars(query.order_by(Meeting.date, Meeting.start_time, Meeting.id)).all()
        names = dict(s.execute(select(Staff.id, Staff.name)).all())
        schools = dict(s.execute(select(School.id, School.name)).all())
        return [MeetingView(_record(m, names), schools.get(m.school_id)) for m in meetings]


def get_meeting(db: Database, meeting_id: int) -> MeetingView:
    with db.session() as s:
        m = s.get(Meeting, meeting_id)
        if m is None:
            raise NotFound(f"Bijeenkomst {meeting_id} bestaat niet.")
        names = dict(s.execute(select(Staff.id, Staff.name)).all())
        school = s.get(School, m.school_id) if m.school_id else None
        return MeetingView(_record(m, names), school.name if school else None)


def _check(s, record: MeetingRecord) -> None:  # noqa: ANN001
    if record.kind not in MEETING_KINDS:
        raise ValidationError(f"Onbekend soort bijeenkomst '{record.kind}'.", field="kind")
    if record.end_time <= record.start_time:
        raise ValidationError("De eindtijd moet na de begintijd liggen.", field="end_time")
    ids = [a.staff_id for a in record.attendees]
    if len(ids) != len(set(ids)):
        raise ValidationError("Iemand staat twee keer op de aanwezigheidslijst.")
    if any(a.hours < 0 or a.hours > 24 for a in record.attendees):
        raise ValidationError("Het aantal uren ligt tussen 0 en 24.", field="hours")
    if record.school_id is not None and s.get(School, record.school_id) is None:
        raise NotFound(f"School {record.school_id} bestaat niet.")
    if ids and len(s.scalars(select(Staff.id).where(Staff.id.in_(ids))).all()) != len(ids):
        raise NotFound("Een van de deelnemers bestaat niet (meer).")


def _apply(m: Meeting, record: MeetingRecord) -> None:
    m.kind, m.date, m.start_time, m.end_time = record.kind, record.date, record.start_time, record.end_time
    m.school_id = record.school_id
    m.location = (record.location or "").strip() or None
    m.topic = (record.topic or "").strip() or None
    m.attendance = [MeetingAttendance(staff_id=a.staff_id, attended=a.attended, hours=a.hours if a.attended else 0.0)
                    for a in record.attendees]


def create_meeting(db: Database, record: MeetingRecord) -> int:
    """Schedule a meeting with its invited trainers (attended, with hours = the meeting's length unless given).
    record.id is reused when free, so undo followed by redo keeps the same id."""
    with db.write() as s:
        _check(s, record)
        m = Meeting(id=record.id) if record.id and s.get(Meeting, record.id) is None else Meeting()
        s.add(m)
        _apply(m, record)
        s.flush()
        return m.id


def save_meeting(db: Database, record: MeetingRecord, version: int | None = None) -> MeetingRecord:
    """Update a meeting and its whole attendance list; returns the record before, for undo. `version`: the one
    the person read (record.version; undo passes none): StaleEdit when someone else saved it since."""
    with db.write() as s:
        _check(s, record)
        m = s.get(Meeting, record.id)
        if m is None:
            raise NotFound(f"Bijeenkomst {record.id} bestaat niet.")
        expect_version(m, version)
        before = _record(m, {})
        m.attendance.clear()
        s.flush()
        _apply(m, record)
        return before


def delete_meeting(db: Database, meeting_id: int) -> MeetingRecord:
    """Delete a meeting; returns it whole, so `create_meeting` can put it back."""
    with db.write() as s:
        m = s.get(Meeting, meeting_id)
        if m is None:
            raise NotFound(f"Bijeenkomst {meeting_id} bestaat niet.")
        before = _record(m, {})
        s.delete(m)
        return before


def set_attendance(db: Database, meeting_id: int, attendees: Sequence[Attendee]) -> MeetingRecord:
    """Replace who came and their hours; returns the meeting before (restore with `save_meeting`)."""
    current = get_meeting(db, meeting_id).record
    return save_meeting(db, MeetingRecord(current.id, current.kind, current.date, current.start_time,
                                          current.end_time, current.school_id, current.location, current.topic,
                                          tuple(attendees)))


def hours_register(db: Database, staff_id: int, year: str | None = None) -> HoursRegister:
    """The meetings a trainer attended and the hours they count for the professional-development register."""
    with db.session() as s:
        person = s.get(Staff, staff_id)
        if person is None:
            raise NotFound(f"Medewerker {staff_id} bestaat niet.")
        name = person.name
    lines = []
    for view in list_meetings(db, staff_id=staff_id, year=year):
        mine = next(a for a in view.record.attendees if a.staff_id == staff_id)
        if mine.attended:
            r = view.record
            lines.append(HoursLine(r.id, r.date, r.kind, r.topic or "", mine.hours))
    return HoursRegister(staff_id, name, tuple(lines))
