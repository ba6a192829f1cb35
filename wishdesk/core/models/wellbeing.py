"""Monitoring what the programme changes: the pupils' well-being check and the duo's own check, each taken
before lesson 1 ("before") and after the last lesson ("after"). Answers are 1-5 (smiley scale) per item.

Answers are stored per pupil (or staff member) so a check can be corrected, but they only ever leave the
database as aggregates (`core.services.dashboard`, `core.services.reports`), with the small-numbers rule.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, CreatedMixin, one_of

#: When a check is taken.
CHECK_MOMENTS = ("before", "after")
#: The pupils' items (code, Dutch text as printed for children), matching what the programme aims to change.
PUPIL_ITEMS: tuple[tuple[str, str], ...] = (
    ("safe", "Ik voel me veilig in mijn klas."),
    ("classmates", "Ik kan goed opschieten met mijn klasgenoten."),
    ("teacher", "Ik kan goed opschieten met mijn juf of meester."),
    ("say_no", "Ik durf nee te zeggen."),
    ("ask_help", "Ik weet aan wie ik hulp kan vragen."),
    ("happy", "Ik voel me blij op school."),
)
#: The duo's items (teacher and specialist each answer them).
DUO_ITEMS: tuple[tuple[str, str], ...] = (
    ("cooperation", "We werken goed samen als duo."),
    ("roles", "De taakverdeling in de les is duidelijk."),
    ("reflection", "We bespreken na de les samen hoe het ging."),
    ("competent", "Ik voel me bekwaam in de sociaal-emotionele lessen."),
    ("confident_behaviour", "Ik weet wat ik moet doen bij lastig gedrag in de groep."),
)
DUO_ROLES = ("teacher", "specialist")


class WellbeingCheck(CreatedMixin, Base):
    """One pupil's well-being check at one moment; its answers are the rows of `WellbeingAnswer`."""

    __tablename__ = "wellbeing_check"
    __table_args__ = (UniqueConstraint("pupil_id", "moment"), one_of("moment", CHECK_MOMENTS))

    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("group.id", ondelete="CASCADE"), index=True)
    moment: Mapped[str] = mapped_column(String(10))
    taken_on: Mapped[date] = mapped_column(Date)

    answers: Mapped[list[WellbeingAnswer]] = relationship(cascade="all, delete-orphan", order_by="WellbeingAnswer.item")


class WellbeingAnswer(Base):
    __tablename__ = "wellbeing_answer"
    __table_args__ = (CheckConstraint("score BETWEEN 1 AND 5", name="score_range"),)

    check_id: Mapped[int] = mapped_column(ForeignKey("wellbeing_check.id", ondelete="CASCADE"), primary_key=True)
    item: Mapped[str] = mapped_column(String(30), primary_key=True)
    score: Mapped[int] = mapped_column(Integer)


class DuoCheck(CreatedMixin, Base):
    """A teacher's or specialist's own check for one group at one moment (reported per municipality only)."""

    __tablename__ = "duo_check"
    __table_args__ = (UniqueConstraint("group_id", "staff_id", "moment"), one_of("moment", CHECK_MOMENTS),
                      one_of("role", DUO_ROLES))

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("group.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(12))
    moment: Mapped[str] = mapped_column(String(10))
    taken_on: Mapped[date] = mapped_column(Date)

    answers: Mapped[list[DuoAnswer]] = relationship(cascade="all, delete-orphan", order_by="DuoAnswer.item")


class DuoAnswer(Base):
    __tablename__ = "duo_answer"
    __table_args__ = (CheckConstraint("score BETWEEN 1 AND 5", name="score_range"),)

    check_id: Mapped[int] = mapped_column(ForeignKey("duo_check.id", ondelete="CASCADE"), primary_key=True)
    item: Mapped[str] = mapped_column(String(30), primary_key=True)
    score: Mapped[int] = mapped_column(Integer)
