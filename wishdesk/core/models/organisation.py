"""Who and where: school years, schools, calendars, organisations, staff, groups, pupils and families."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, CreatedMixin, Versioned, gid_column, one_of
from .vocab import (
    CALENDAR_KINDS,
    CONSENT_PURPOSES,
    CONTACT_PREFERENCES,
    HOLIDAY_REGIONS,
    ORGANISATION_KINDS,
    STAFF_ROLES,
    SUBGROUPS,
)

staff_school = Table(
    "staff_school",
    Base.metadata,
    Column("staff_id", ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True),
    Column("school_id", ForeignKey("school.id", ondelete="CASCADE"), primary_key=True),
    gid_column(),
)

group_teacher = Table(
    "group_teacher",
    Base.metadata,
    Column("group_id", ForeignKey("group.id", ondelete="CASCADE"), primary_key=True),
    Column("staff_id", ForeignKey("staff.id", ondelete="RESTRICT"), primary_key=True),
    gid_column(),
)

pupil_guardian = Table(
    "pupil_guardian",
    Base.metadata,
    Column("pupil_id", ForeignKey("pupil.id", ondelete="CASCADE"), primary_key=True),
    Column("guardian_id", ForeignKey("guardian.id", ondelete="CASCADE"), primary_key=True),
    gid_column(),
)


class SchoolYear(Versioned, Base):
    __tablename__ = "school_year"
    __table_args__ = (CheckConstraint("end_date > start_date", name="dates_ordered"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20), unique=True)  # "2026-2027"
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    curriculum_id: Mapped[int | None] = mapped_column(ForeignKey("curriculum.id", ondelete="RESTRICT"))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    curriculum = relationship("Curriculum")
    groups: Mapped[list[Group]] = relationship(back_populates="school_year")


class Organisation(Versioned, Base):
    __tablename__ = "organisation"
    __table_args__ = (UniqueConstraint("name", "kind"), one_of("kind", ORGANISATION_KINDS))

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    contact_name: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class School(Versioned, Base):
    __tablename__ = "school"
    __table_args__ = (one_of("holiday_region", HOLIDAY_REGIONS),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    town: Mapped[str | None] = mapped_column(String(100))
    holiday_region: Mapped[str] = mapped_column(String(10), default="zuid")
    care_coordinator_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    care_coordinator = relationship("Staff", foreign_keys=[care_coordinator_id])
    groups: Mapped[list[Group]] = relationship(back_populates="school")
    lesson_windows: Mapped[list[LessonWindow]] = relationship(
        back_populates="school", cascade="all, delete-orphan", order_by="LessonWindow.weekday"
    )
    partners: Mapped[list[SchoolPartner]] = relationship(back_populates="school", cascade="all, delete-orphan")


class LessonWindow(Versioned, Base):
    """When groep 6 of a school can have a practice lesson (weekday 0 = Monday)."""

    __tablename__ = "lesson_window"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("end_time > start_time", name="times_ordered"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)

    school: Mapped[School] = relationship(back_populates="lesson_windows")


class SchoolPartner(Versioned, Base):
    """One line of a school's partner map: which organisation, who to call, what they do for the school."""

    __tablename__ = "school_partner"
    __table_args__ = (UniqueConstraint("school_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="CASCADE"))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="RESTRICT"))
    contact_name: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)

    school: Mapped[School] = relationship(back_populates="partners")
    organisation: Mapped[Organisation] = relationship()


class CalendarEntry(Versioned, Base):
    """A day range without lessons: a school holiday (per region), a public holiday, or a school's study day."""

    __tablename__ = "calendar_entry"
    __table_args__ = (
        one_of("kind", CALENDAR_KINDS),
        one_of("region", HOLIDAY_REGIONS, nullable=True),
        CheckConstraint("end_date >= start_date", name="dates_ordered"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    school_year_id: Mapped[int] = mapped_column(ForeignKey("school_year.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    region: Mapped[str | None] = mapped_column(String(10))  # None with school_id None: everyone
    school_id: Mapped[int | None] = mapped_column(ForeignKey("school.id", ondelete="CASCADE"))

    school_year: Mapped[SchoolYear] = relationship()


class Staff(Versioned, Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    max_sessions_per_day: Mapped[int | None] = mapped_column(Integer)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    organisation = relationship("Organisation")
    roles: Mapped[list[StaffRole]] = relationship(cascade="all, delete-orphan")
    schools: Mapped[list[School]] = relationship(secondary=staff_school)
    availability: Mapped[list[Availability]] = relationship(cascade="all, delete-orphan")
    absences: Mapped[list[Absence]] = relationship(cascade="all, delete-orphan")

    @property
    def role_codes(self) -> list[str]:
        return sorted(r.role for r in self.roles)


class StaffRole(Versioned, Base):
    __tablename__ = "staff_role"
    __table_args__ = (one_of("role", STAFF_ROLES),)

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(30), primary_key=True)


class Availability(Versioned, Base):
    """A working window of a staff member on a weekday (0 = Monday). No rows means: school hours."""

    __tablename__ = "availability"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("end_time > start_time", name="times_ordered"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)


class Absence(Versioned, Base):
    __tablename__ = "absence"
    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates_ordered"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(String(200))


class Group(Versioned, Base):
    __tablename__ = "group"
    __table_args__ = (UniqueConstraint("school_id", "school_year_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="RESTRICT"), index=True)
    school_year_id: Mapped[int] = mapped_column(ForeignKey("school_year.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(20))  # "6A", "5/6B"
    specialist_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    split_by_gender: Mapped[bool] = mapped_column(Boolean, default=False)
    video_url: Mapped[str | None] = mapped_column(String(500))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    school: Mapped[School] = relationship(back_populates="groups")
    school_year: Mapped[SchoolYear] = relationship(back_populates="groups")
    specialist = relationship("Staff", foreign_keys=[specialist_id])
    teachers: Mapped[list[Staff]] = relationship(secondary=group_teacher)
    pupils: Mapped[list[Pupil]] = relationship(back_populates="group", order_by="Pupil.first_name")


class Pupil(Versioned, Base):
    """A pupil by first name or pseudonym only: no surname, citizen number, address or birth date (AVG).

    Two children with the same first name are told apart by keyed hashes of surname and birth date
    (``match_key``, ``birth_key``; see core.importers.identity) and shown with an ``initial`` ("Sanne B.").
    """

    __tablename__ = "pupil"
    __table_args__ = (
        UniqueConstraint("group_id", "first_name", "initial"),
        one_of("subgroup", SUBGROUPS, nullable=True),
        CheckConstraint("length(first_name) > 0", name="name_not_empty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("group.id", ondelete="RESTRICT"), index=True)
    first_name: Mapped[str] = mapped_column(String(100))
    initial: Mapped[str] = mapped_column(String(8), default="", server_default="")
    match_key: Mapped[str | None] = mapped_column(String(64))
    birth_key: Mapped[str | None] = mapped_column(String(64))
    subgroup: Mapped[str | None] = mapped_column(String(10))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    group: Mapped[Group] = relationship(back_populates="pupils")
    guardians: Mapped[list[Guardian]] = relationship(secondary=pupil_guardian, back_populates="pupils")
    consents: Mapped[list[Consent]] = relationship(back_populates="pupil", cascade="all, delete-orphan")

    @property
    def display_name(self) -> str:
        """"Sanne B." where two first names collide in the group, else the first name."""
        return f"{self.first_name} {self.initial}." if self.initial else self.first_name


class Guardian(Versioned, Base):
    """A parent or carer; siblings share guardians through pupil_guardian. Name is optional."""

    __tablename__ = "guardian"
    __table_args__ = (one_of("contact_preference", CONTACT_PREFERENCES),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(10), default="nl")  # ISO 639-1 code
    contact_preference: Mapped[str] = mapped_column(String(10), default="platform")

    pupils: Mapped[list[Pupil]] = relationship(secondary=pupil_guardian, back_populates="guardians")


class Consent(CreatedMixin, Versioned, Base):
    __tablename__ = "consent"
    __table_args__ = (
        one_of("purpose", CONSENT_PURPOSES),
        CheckConstraint("withdrawn_on IS NULL OR withdrawn_on >= granted_on", name="withdrawn_after_granted"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(30))
    granted_on: Mapped[date] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(500))

    pupil: Mapped[Pupil] = relationship(back_populates="consents")
