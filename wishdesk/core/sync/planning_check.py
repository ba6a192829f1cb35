"""After a sync, the planning is checked again (issue 14: "planning changes are re-checked after a pull").

Two laptops can each plan a lesson that is fine on its own and clashes with the other (the same specialist at
two schools at once). Neither laptop could see that offline; after the sync this replica holds both, so the
independent conflict checker (services/planning.conflicts) runs on what changed: the lessons that came in or
went out; when a rule's inputs changed (absences, availability, lesson times, calendar days) the whole planning.
"""

from __future__ import annotations

from sqlalchemy import select

from ..errors import WishDeskError

SESSIONS = "session"
RULE_TABLES = frozenset({"absence", "availability", "lesson_window", "calendar_entry", "staff_school",
                         "group_teacher", "group"})


def touches_planning(changed: dict[str, set[str]]) -> bool:
    return bool(changed.get(SESSIONS)) or any(changed.get(t) for t in RULE_TABLES)


def planning_clashes(db, changed: dict[str, set[str]]) -> list[str]:  # noqa: ANN001 - Database
    """The broken planning rules that involve what this sync changed, as Dutch lines ("12-01-2027 …")."""
    if not touches_planning(changed):
        return []
    from ..models import Session
    from ..services.planning import conflicts

    try:
        rows = conflicts(db)
    except WishDeskError:  # no school year on this laptop (yet): there is no planning to check
        return []
    if not any(changed.get(t) for t in RULE_TABLES):
        with db.session() as s:
            ids = set(s.scalars(select(Session.id).where(Session.gid.in_(sorted(changed[SESSIONS])))))
        rows = [r for r in rows if ids.intersection(r.session_ids)]
    return [f"{r.day:%d-%m-%Y} {r.message}" if r.day else r.message for r in rows]
