"""The lesson programme. A school year uses its own copy, so editing next year's programme never
rewrites the history of sessions already held."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, CreatedMixin, Versioned, one_of
from .vocab import LESSON_KINDS, PARENT_EVENT_KINDS, STEP_LEADS


class Curriculum(CreatedMixin, Versioned, Base):
    __tablename__ = "curriculum"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    copied_from_id: Mapped[int | None] = mapped_column(ForeignKey("curriculum.id", ondelete="SET NULL"))

    lessons: Mapped[list[LessonTemplate]] = relationship(
        back_populates="curriculum", order_by="LessonTemplate.number", cascade="all, delete-orphan"
    )
    events: Mapped[list[CurriculumEvent]] = relationship(cascade="all, delete-orphan")


class LessonTemplate(Versioned, Base):
    """One lesson of the programme. Texts are {language: text} objects; Dutch is always present."""

    __tablename__ = "lesson_template"
    __table_args__ = (
        UniqueConstraint("curriculum_id", "number"),
        one_of("kind", LESSON_KINDS),
        CheckConstraint("duration_minutes > 0", name="duration_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    curriculum_id: Mapped[int] = mapped_column(ForeignKey("curriculum.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10), default="practice")
    duration_minutes: Mapped[int] = mapped_column(Integer, default=90)
    title: Mapped[dict] = mapped_column(default=dict)
    theme: Mapped[dict] = mapped_column(default=dict)
    goals: Mapped[dict] = mapped_column(default=dict)  # {lang: [goal, ...]}
    materials: Mapped[dict] = mapped_column(default=dict)  # {lang: [item, ...]}
    class_summary: Mapped[dict] = mapped_column(default=dict)
    child_practice: Mapped[dict] = mapped_column(default=dict)
    checked: Mapped[dict] = mapped_column(default=dict)  # {lang: bool} checked by a person
    # the programme's video of this lesson (no pupils in it); the sheet's QR falls back to the group's video
    video_url: Mapped[str | None] = mapped_column(String(500), default=None)

    curriculum: Mapped[Curriculum] = relationship(back_populates="lessons")
    steps: Mapped[list[LessonStep]] = relationship(
        back_populates="template", order_by="LessonStep.position", cascade="all, delete-orphan"
    )
    home_activities: Mapped[list[HomeActivity]] = relationship(
        back_populates="template", cascade="all, delete-orphan"
    )

    def text(self, field: str, language: str = "nl") -> str:
        values = getattr(self, field) or {}
        return values.get(language) or values.get("nl") or ""


class LessonStep(Versioned, Base):
    __tablename__ = "lesson_step"
    __table_args__ = (
        UniqueConstraint("template_id", "position"),
        one_of("lead", STEP_LEADS),
        CheckConstraint("minutes > 0", name="minutes_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("lesson_template.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer)
    lead: Mapped[str] = mapped_column(String(12))
    title: Mapped[dict] = mapped_column(default=dict)
    description: Mapped[dict] = mapped_column(default=dict)

    template: Mapped[LessonTemplate] = relationship(back_populates="steps")


class HomeActivity(Versioned, Base):
    """The parent/child activity after a lesson, in one language, with a 'checked by a person' flag."""

    __tablename__ = "home_activity"
    __table_args__ = (UniqueConstraint("template_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("lesson_template.id", ondelete="CASCADE"), index=True)
    language: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    tip: Mapped[str | None] = mapped_column(Text)
    checked: Mapped[bool] = mapped_column(Boolean, default=False)

    template: Mapped[LessonTemplate] = relationship(back_populates="home_activities")


class CurriculumEvent(Versioned, Base):
    """A parent event that belongs to the programme (parent evening before lesson 1, showcase after the last)."""

    __tablename__ = "curriculum_event"
    __table_args__ = (
        one_of("kind", PARENT_EVENT_KINDS),
        one_of("position", ("before_first", "after_last")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    curriculum_id: Mapped[int] = mapped_column(ForeignKey("curriculum.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    position: Mapped[str] = mapped_column(String(20))
    duration_minutes: Mapped[int] = mapped_column(Integer, default=90)
    title: Mapped[dict] = mapped_column(default=dict)
    description: Mapped[dict] = mapped_column(default=dict)
