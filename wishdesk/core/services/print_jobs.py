"""Data for the other printed papers: the duo's lesson plan and the parent-evening invitation letter.

Like ``handouts``, these read the models and hand finished ``print_data`` dataclasses to the printing
layer (which never sees the database). Texts are Dutch; the invitation adds each family's language where
the programme has a translation of the event's description.
"""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..db import Database
from ..errors import NotFound
from ..languages import FALLBACK_DUTCH_ENGLISH
from ..models import (
    Group,
    LessonTemplate,
    Session,
    Staff,
)
from ..print_data import DUTCH, InvitationBatch, LessonPlanData, LessonPlanStep
from .handouts import template_for
from .invitations import build_invitations

SUBGROUP_NAMES = {"all": "", "boys": "jongens", "girls": "meisjes"}


def _names(people: list[Staff | None]) -> str:
    seen: list[str] = []
    for person in people:
        if person is not None and person.name not in seen:
            seen.append(person.name)
    return " en ".join([", ".join(seen[:-1]), seen[-1]] if len(seen) > 1 else seen)


def _plan(template: LessonTemplate, group: Group, session: Session | None) -> LessonPlanData:
    def pick(values: dict | None) -> str:
        return (values or {}).get(DUTCH) or ""

    dutch_activity = next((a for a in template.home_activities if a.language == DUTCH), None)
    teachers = sorted(group.teachers, key=lambda t: t.id)
    teacher = session.teacher if session is not None and session.teacher is not None else None
    specialist = session.specialist if session is not None and session.specialist is not None else group.specialist
    title, theme = template.text("title"), template.text("theme")
    return LessonPlanData(
        school_name=group.school.name, group_name=group.name, lesson_number=template.number, lesson_title=title,
        steps=tuple(LessonPlanStep(pick(st.title) or f"Stap {st.position}", st.minutes, st.lead, pick(st.description))
                    for st in template.steps),
        goals=tuple((template.goals or {}).get(DUTCH) or ()),
        materials=tuple((template.materials or {}).get(DUTCH) or ()),
        theme=theme if theme != title else "",
        session_date=session.date if session is not None else None,
        start_time=session.start_time if session is not None else None,
        subgroup=SUBGROUP_NAMES.get(session.subgroup, "") if session is not None else "",
        teacher_name=teacher.name if teacher is not None else _names(list(teachers)),
        specialist_name=specialist.name if specialist is not None else "",
        home_activity_title=dutch_activity.title if dutch_activity is not None else "",
    )


_TEMPLATE_LOAD = (selectinload(LessonTemplate.steps), selectinload(LessonTemplate.home_activities))


def lesson_plan_for_session(db: Database, session_id: int) -> LessonPlanData:
    """The plan of one scheduled lesson: its date, start time, half of the group and its duo."""
    with db.session() as s:
        row = s.get(Session, session_id)
        if row is None:
            raise NotFound(f"Lesmoment {session_id} bestaat niet.")
        template = s.get(LessonTemplate, row.template_id, options=_TEMPLATE_LOAD)
        return _plan(template, row.group, row)


def lesson_plans_for_group(db: Database, group_id: int, lesson_number: int) -> list[LessonPlanData]:
    """Lesson N for a group: one plan per scheduled half (boys/girls) that is not cancelled, ordered by date;
    one plan without a date when the lesson has no sessions yet."""
    with db.session() as s:
        group = s.get(Group, group_id)
        if group is None:
            raise NotFound(f"Groep {group_id} bestaat niet.")
        template = s.get(LessonTemplate, template_for(s, group, lesson_number).id, options=_TEMPLATE_LOAD)
        sessions = list(s.scalars(select(Session).where(Session.group_id == group.id,
                                                        Session.template_id == template.id,
                                                        Session.status != "cancelled")))
        sessions.sort(key=lambda r: (r.date or date.max, r.start_time or time.min, r.subgroup))
        if not sessions:
            return [_plan(template, group, None)]
        return [_plan(template, group, row) for row in sessions]


# --- invitations ----------------------------------------------------------------------------------------

def invitation_batch(db: Database, event_id: int, *, generic: bool = False, today: date | None = None,
                     fallback: str = FALLBACK_DUTCH_ENGLISH) -> InvitationBatch:
    """The invitation letters for a parent event (see ``invitations.build_invitations``, which also counts the
    families that got the fallback language)."""
    return build_invitations(db, event_id, generic=generic, today=today, fallback=fallback).batch
