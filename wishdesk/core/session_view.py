"""A lesson moment as the Vandaag list and the lesson pages show it: plain data, no database layer.

Its own module (``services.sessions`` re-exports it) so the first Vandaag list can be read and shown at start-up
before SQLAlchemy has loaded (``core/today_fast.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time


@dataclass(frozen=True)
class SessionView:
    id: int
    group_id: int
    group_name: str
    school_id: int
    school_name: str
    template_id: int
    lesson_number: int
    lesson_title: str
    subgroup: str  # all / boys / girls
    date: date | None
    start_time: time | None
    end_time: time | None
    teacher_id: int | None
    teacher_name: str | None
    specialist_id: int | None
    specialist_name: str | None
    status: str  # unplanned / planned / held / cancelled
    cancel_reason: str | None
    version: int | None = None  # the row version as read: an edit based on it is refused if someone saved since


#: Roles that give lessons themselves.
TEACHING_ROLES = frozenset({"teacher", "specialist"})


@dataclass(frozen=True)
class LessonDay:
    """What stands behind an empty lesson list (counts over the person's groups and their own lessons).
    Here, beside ``SessionView``, because the start-up read without the ORM (``core/today_fast.py``) makes one
    too; ``services/lesson_day.py`` makes it through the ORM."""

    gives_lessons: bool  # a teacher or specialist, or linked to a group
    coordinator: bool  # a programme coordinator: plans the lessons themselves
    groups: int  # groups they work with (teacher or specialist)
    held: int
    planned: int
    unplanned: int  # lessons that exist but have no date yet
