"""Lesson moments and what happened in them."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, CreatedMixin, Versioned, one_of, utcnow
from .vocab import SESSION_CHANGE_KINDS, SESSION_STATUSES, SESSION_SUBGROUPS


class Session(Versioned, Base):
    """One lesson of the programme for a group, or for its boys or girls half."""

    __tablename__ = "session"
    __table_args__ = (
        UniqueConstraint("group_id", "template_id", "subgroup"),
        one_of("subgroup", SESSION_SUBGROUPS),
        one_of("status", SESSION_STATUSES),
        CheckConstraint("end_time IS NULL OR start_time IS NULL OR end_time > start_time", name="times_ordered"),
        CheckConstraint("status = 'unplanned' OR date IS NOT NULL", name="planned_has_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("group.id", ondelete="RESTRICT"), index=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("lesson_template.id", ondelete="RESTRICT"), index=True)
    subgroup: Mapped[str] = mapped_column(String(10), default="all")
    date: Mapped[date | None] = mapped_column(Date, index=True)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    teacher_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    specialist_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(String(12), default="unplanned")
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    cancel_reason: Mapped[str | None] = mapped_column(String(300))

    group = relationship("Group")
    template = relationship("LessonTemplate")
    teacher = relationship("Staff", foreign_keys=[teacher_id])
    specialist = relationship("Staff", foreign_keys=[specialist_id])
    attendance: Mapped[list[Attendance]] = relationship(cascade="all, delete-orphan")
    logs: Mapped[list[SessionLog]] = relationship(cascade="all, delete-orphan")


class SessionChange(Versioned, Base):
    """Audit trail: a cancelled or moved lesson keeps its history even after it is planned again."""

    __tablename__ = "session_change"
    __table_args__ = (one_of("kind", SESSION_CHANGE_KINDS),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    kind: Mapped[str] = mapped_column(String(12))
    old_date: Mapped[date | None] = mapped_column(Date)
    new_date: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(String(300))
    by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))


class Attendance(Versioned, Base):
    __tablename__ = "attendance"

    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"), primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id", ondelete="CASCADE"), primary_key=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    reason: Mapped[str | None] = mapped_column(String(200))


class SessionLog(CreatedMixin, Versioned, Base):
    """The duo's reflection after a lesson."""

    __tablename__ = "session_log"
    __table_args__ = (CheckConstraint("climate IS NULL OR climate BETWEEN 1 AND 5", name="climate_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    went_well: Mapped[str] = mapped_column(Text, default="")
    change_next: Mapped[str] = mapped_column(Text, default="")
    climate: Mapped[int | None] = mapped_column(Integer)


class HandoutDelivery(CreatedMixin, Versioned, Base):
    """A printed set of home-activity sheets, for the municipality report."""

    __tablename__ = "handout_delivery"
    __table_args__ = (CheckConstraint("sheet_count >= 0", name="count_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("group.id", ondelete="CASCADE"), index=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("lesson_template.id", ondelete="CASCADE"))
    printed_on: Mapped[date] = mapped_column(Date)
    languages: Mapped[str] = mapped_column(String(200))  # comma-separated codes
    sheet_count: Mapped[int] = mapped_column(Integer)
    layout: Mapped[str] = mapped_column(String(10), default="a4")
