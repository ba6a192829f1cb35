"""Parents, concerns and trainer meetings."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import Boolean, CheckConstraint, Date, Float, ForeignKey, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, CreatedMixin, Versioned, one_of
from .vocab import (
    CONCERN_CATEGORIES,
    CONCERN_FOLLOW_UPS,
    MEETING_KINDS,
    PARENT_EVENT_KINDS,
    RETURN_SLIP_STATUSES,
)


class Concern(CreatedMixin, Versioned, Base):
    """A factual observation about a pupil (sensitive data): only its author and the school's care
    coordinator may see it; never exported or reported; purged after `purge_after`."""

    __tablename__ = "concern"
    __table_args__ = (
        one_of("category", CONCERN_CATEGORIES),
        one_of("follow_up", CONCERN_FOLLOW_UPS),
        CheckConstraint("length(observation) > 0", name="observation_not_empty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("session.id", ondelete="SET NULL"))
    observed_on: Mapped[date] = mapped_column(Date)
    category: Mapped[str] = mapped_column(String(20))
    observation: Mapped[str] = mapped_column(Text)
    follow_up: Mapped[str] = mapped_column(String(20), default="none")
    review_date: Mapped[date | None] = mapped_column(Date)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    purge_after: Mapped[date] = mapped_column(Date)

    pupil = relationship("Pupil")


class ParentEvent(CreatedMixin, Versioned, Base):
    __tablename__ = "parent_event"
    __table_args__ = (
        one_of("kind", PARENT_EVENT_KINDS),
        CheckConstraint("end_time IS NULL OR start_time IS NULL OR end_time > start_time", name="times_ordered"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("group.id", ondelete="CASCADE"), index=True)
    date: Mapped[date | None] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    location: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)

    attendance: Mapped[list[ParentAttendance]] = relationship(cascade="all, delete-orphan")


class ParentAttendance(Versioned, Base):
    __tablename__ = "parent_attendance"

    parent_event_id: Mapped[int] = mapped_column(ForeignKey("parent_event.id", ondelete="CASCADE"), primary_key=True)
    guardian_id: Mapped[int] = mapped_column(ForeignKey("guardian.id", ondelete="CASCADE"), primary_key=True)
    attended: Mapped[bool] = mapped_column(Boolean, default=True)


class ReturnSlip(CreatedMixin, Versioned, Base):
    """What a family sent back on the home-activity slip: two-way communication, shown to the duo."""

    __tablename__ = "return_slip"
    __table_args__ = (UniqueConstraint("pupil_id", "template_id"), one_of("status", RETURN_SLIP_STATUSES))

    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id", ondelete="CASCADE"), index=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("lesson_template.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(10))
    comment: Mapped[str | None] = mapped_column(Text)
    received_on: Mapped[date] = mapped_column(Date)


class Meeting(CreatedMixin, Versioned, Base):
    """Intervisie of internal and external trainers, or a team meeting at a school."""

    __tablename__ = "meeting"
    __table_args__ = (
        one_of("kind", MEETING_KINDS),
        CheckConstraint("end_time > start_time", name="times_ordered"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    school_id: Mapped[int | None] = mapped_column(ForeignKey("school.id", ondelete="SET NULL"))
    location: Mapped[str | None] = mapped_column(String(200))
    topic: Mapped[str | None] = mapped_column(Text)

    attendance: Mapped[list[MeetingAttendance]] = relationship(cascade="all, delete-orphan")


class MeetingAttendance(Versioned, Base):
    __tablename__ = "meeting_attendance"
    __table_args__ = (CheckConstraint("hours >= 0", name="hours_positive"),)

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True)
    attended: Mapped[bool] = mapped_column(Boolean, default=True)
    hours: Mapped[float] = mapped_column(Float, default=2.0)


class Setting(Versioned, Base):
    """Per-database settings (e.g. concern retention). Per-computer settings live in QSettings."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
