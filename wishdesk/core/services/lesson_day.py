"""Why someone's lesson day (Vandaag → Lessen) is empty, so the page can say what is true for them: a
coordinator who gives no lessons, a teacher without a group, groups whose lessons are all held or not planned yet.
"""

from __future__ import annotations

from sqlalchemy import func, select

from ..db import Database
from ..errors import NotFound
from ..models import Session, Staff
from ..session_view import TEACHING_ROLES, LessonDay  # noqa: F401 - re-exported
from .sessions import staff_group_ids, staff_sessions_clause


def lesson_day(db: Database, staff_id: int) -> LessonDay:
    with db.session() as s:
        person = s.get(Staff, staff_id)
        if person is None:
            raise NotFound(f"Medewerker {staff_id} bestaat niet.")
        roles = {r.role for r in person.roles}
        groups = staff_group_ids(s, staff_id)
        counts = dict(s.execute(select(Session.status, func.count()).where(staff_sessions_clause(s, staff_id))
                                .group_by(Session.status)).all())
        return LessonDay(gives_lessons=bool(roles & TEACHING_ROLES or groups or counts),
                         coordinator="programme_coordinator" in roles, groups=len(groups),
                         held=counts.get("held", 0), planned=counts.get("planned", 0),
                         unplanned=counts.get("unplanned", 0))
