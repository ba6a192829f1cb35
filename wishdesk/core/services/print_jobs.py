"""Data for the other printed papers: the duo's lesson plan and the parent-evening invitation letter.

Like ``handouts``, these read the models and hand finished ``print_data`` dataclasses to the printing
layer (which never sees the database). Texts are Dutch; the invitation adds each family's language where
the programme has a translation of the event's description.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from ..db import Database
from ..errors import NotFound, ValidationError
from ..models import (
    CurriculumEvent,
    Group,
    LessonTemplate,
    ParentEvent,
    Pupil,
    School,
    SchoolYear,
    Session,
    Staff,
)
from ..print_data import (
    DUTCH,
    InvitationBatch,
    InvitationData,
    InvitationText,
    LessonPlanData,
    LessonPlanStep,
    Recipient,
)
from .handouts import family_language, group_families, template_for

SUBGROUP_NAMES = {"all": "", "boys": "jongens", "girls": "meisjes"}
REPLY_DAYS = 7  # the reply slip comes back a week before the event


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

def _event_groups(s: OrmSession, event: ParentEvent) -> list[Group]:
    """The event's group, or every active group of the school in the school year of the event date."""
    if event.group_id is not None:
        return [s.get(Group, event.group_id)]
    query = (select(Group).join(SchoolYear).where(Group.school_id == event.school_id, Group.archived.is_(False),
                                                  SchoolYear.start_date <= event.date, SchoolYear.end_date >= event.date)
             .order_by(Group.name))
    return list(s.scalars(query))


def _programme(s: OrmSession, groups: list[Group], kind: str) -> CurriculumEvent | None:
    curriculum_id = groups[0].school_year.curriculum_id if groups else None
    query = select(CurriculumEvent).where(CurriculumEvent.kind == kind)
    if curriculum_id is not None:
        query = query.where(CurriculumEvent.curriculum_id == curriculum_id)
    return s.scalar(query.order_by(CurriculumEvent.curriculum_id.desc()).limit(1))


def invitation_batch(db: Database, event_id: int, *, generic: bool = False, today: date | None = None) -> InvitationBatch:
    """The invitation letters for a parent event: one per family of its group(s), in the family's language
    beside Dutch; ``generic``: one letter without a name per language instead.

    Texts: the event's title, and the programme's description of this kind of event (with its translations)
    or else the event's own notes. The reply slip asks for an answer a week before, if that is still ahead.
    """
    today = today or date.today()
    with db.session() as s:
        event = s.get(ParentEvent, event_id)
        if event is None:
            raise NotFound(f"Bijeenkomst {event_id} bestaat niet.")
        if event.date is None or event.start_time is None:
            raise ValidationError("Geef de bijeenkomst eerst een datum en begintijd; dan kunt u uitnodigingen printen.")
        groups = _event_groups(s, event)
        programme = _programme(s, groups, event.kind)
        description = dict(programme.description) if programme is not None else {}
        dutch = description.get(DUTCH) or event.notes or ""
        if not dutch.strip():
            raise ValidationError("De uitnodiging heeft nog geen tekst: schrijf in de notities wat er gebeurt.")
        texts = [InvitationText(DUTCH, event.title, dutch)]
        for code, text in sorted(description.items()):
            if code != DUTCH and text:
                texts.append(InvitationText(code, (programme.title or {}).get(code) or event.title, text))
        school = s.get(School, event.school_id)
        reply_by = event.date - timedelta(days=REPLY_DAYS)
        invitation = InvitationData(
            school_name=school.name, group_name=", ".join(g.name for g in groups), event_date=event.date,
            start_time=event.start_time, place=event.location or school.name, texts=tuple(texts),
            end_time=event.end_time, reply_by=reply_by if reply_by > today else None,
            contact=_names([t for g in groups for t in sorted(g.teachers, key=lambda t: t.id)]
                           + [g.specialist for g in groups]),
        )
        if generic:
            return InvitationBatch.generic(invitation)
        available = [t.language for t in texts]
        pupils = list(s.scalars(select(Pupil).options(selectinload(Pupil.guardians))
                                .where(Pupil.group_id.in_([g.id for g in groups]), Pupil.archived.is_(False))
                                .order_by(Pupil.first_name)))
        if not pupils:
            raise ValidationError("Deze bijeenkomst heeft geen leerlingen om uitnodigingen voor te printen; "
                                  "print losse uitnodigingen per taal.")
        recipients = tuple(Recipient(family_language(family, available), tuple(p.first_name for p in family))
                           for family in group_families(pupils))
        return InvitationBatch(invitation, recipients)
