"""Invitation letters for parent events (parent evening, showcase): one per family, in its language beside Dutch.

Texts: the event's title, and the programme's description of this kind of event with its translations (or,
when the programme has none, the event's own notes). The event's notes are printed as well, as the school's
own word for this evening. A family whose language has no translation gets the fallback the person printing
chose (Dutch with English, or Dutch only), and the job says how many families that was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from ..db import Database
from ..errors import NotFound, ValidationError
from ..languages import FALLBACK_DUTCH_ENGLISH, order_key
from ..models import CurriculumEvent, Group, ParentEvent, Pupil, School, SchoolYear, Staff
from ..print_data import DUTCH, InvitationBatch, InvitationData, InvitationText, Recipient
from .handouts import check_fallback, fallback_note, group_families, resolve_language

REPLY_DAYS = 7  # the reply slip comes back a week before the event


@dataclass(frozen=True)
class InvitationJob:
    event_id: int
    batch: InvitationBatch
    fallback: str = FALLBACK_DUTCH_ENGLISH
    fallback_families: int = 0
    fallback_languages: tuple[str, ...] = ()

    @property
    def notes(self) -> tuple[str, ...]:
        """Dutch one-liners for the CLI."""
        if not self.fallback_families:
            return ()
        return (fallback_note(self.fallback_families, self.fallback_languages, self.fallback),)


def _names(people: list[Staff | None]) -> str:
    seen: list[str] = []
    for person in people:
        if person is not None and person.name not in seen:
            seen.append(person.name)
    return " en ".join([", ".join(seen[:-1]), seen[-1]] if len(seen) > 1 else seen)


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


def build_invitations(db: Database, event_id: int, *, generic: bool = False, today: date | None = None,
                      fallback: str = FALLBACK_DUTCH_ENGLISH, group_id: int | None = None) -> InvitationJob:
    """The letters for one event: one per family of its group(s) (only ``group_id``'s when given), or with
    ``generic`` one letter without a name per language. The reply slip asks for an answer a week before."""
    check_fallback(fallback)
    today = today or date.today()
    with db.session() as s:
        event = s.get(ParentEvent, event_id)
        if event is None:
            raise NotFound(f"Bijeenkomst {event_id} bestaat niet.")
        if event.date is None or event.start_time is None:
            raise ValidationError("Geef de bijeenkomst eerst een datum en begintijd; dan kunt u uitnodigingen printen.")
        groups = _event_groups(s, event)
        if group_id is not None:
            groups = [g for g in groups if g.id == group_id]
            if not groups:
                raise ValidationError(f"Bijeenkomst {event_id} is niet voor groep {group_id}.")
        programme = _programme(s, groups, event.kind)
        description = dict(programme.description) if programme is not None else {}
        notes = (event.notes or "").strip()
        dutch = description.get(DUTCH) or notes
        if not dutch.strip():
            raise ValidationError("De uitnodiging heeft nog geen tekst: schrijf in de notities wat er gebeurt.")
        texts = [InvitationText(DUTCH, event.title, dutch)]
        for code, text in sorted(description.items(), key=lambda item: order_key(item[0])):
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
            notes=notes if notes != dutch else "",  # printed once: as the letter when there is no programme text
        )
        if generic:
            return InvitationJob(event.id, InvitationBatch.generic(invitation), fallback)
        available = [t.language for t in texts]
        pupils = list(s.scalars(select(Pupil).options(selectinload(Pupil.guardians))
                                .where(Pupil.group_id.in_([g.id for g in groups]), Pupil.archived.is_(False))
                                .order_by(Pupil.first_name)))
        if not pupils:
            raise ValidationError("Deze bijeenkomst heeft geen leerlingen om uitnodigingen voor te printen; "
                                  "print losse uitnodigingen per taal.")
        recipients, missed = [], []
        for family in group_families(pupils):
            code, missing = resolve_language(family, available, fallback)
            recipients.append(Recipient(code, tuple(p.display_name for p in family)))
            if missing:
                missed.append(missing)
        return InvitationJob(event.id, InvitationBatch(invitation, tuple(recipients)), fallback, len(missed),
                             tuple(sorted(set(missed), key=order_key)))


def event_for_group(db: Database, group_id: int, today: date | None = None) -> int:
    """The group's next dated parent event (its own or its school's), else its latest one: the id."""
    today = today or date.today()
    with db.session() as s:
        group = s.get(Group, group_id)
        if group is None:
            raise NotFound(f"Groep {group_id} bestaat niet.")
        year = group.school_year
        mine = or_(ParentEvent.group_id == group.id,
                   (ParentEvent.group_id.is_(None)) & (ParentEvent.school_id == group.school_id))
        dated = (select(ParentEvent.id, ParentEvent.date).where(mine, ParentEvent.date.is_not(None),
                                                                ParentEvent.date >= year.start_date,
                                                                ParentEvent.date <= year.end_date))
        rows = list(s.execute(dated))
        if not rows:
            raise ValidationError(f"Groep {group.name} heeft nog geen bijeenkomst met een datum; plan er eerst een.")
        coming = sorted((d, i) for i, d in rows if d >= today)
        return coming[0][1] if coming else max((d, i) for i, d in rows)[1]
