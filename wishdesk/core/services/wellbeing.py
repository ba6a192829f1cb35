"""Recording the pupils' well-being checks and the duo's own checks (before lesson 1 and after the last).

Each write is one transaction and returns what undo needs: the check as it was before (None when there was
none), so writing that back (or `clear_*` for None) restores the database. Answers are 1-5; an item left
empty is simply not stored. Names never leave this module except in `group_grid`, which is for the entry
grid of the group's own staff.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from ..db import Database
from ..errors import NotFound, ValidationError
from ..models import DuoCheck, Group, Pupil, Staff, WellbeingCheck
from ..models.wellbeing import CHECK_MOMENTS, DUO_ITEMS, DUO_ROLES, PUPIL_ITEMS, DuoAnswer, WellbeingAnswer
from ..report_data import WellbeingForm

PUPIL_ITEM_CODES = tuple(code for code, _ in PUPIL_ITEMS)
DUO_ITEM_CODES = tuple(code for code, _ in DUO_ITEMS)
MOMENT_LABELS = {"before": "voor les 1", "after": "na de laatste les"}


@dataclass(frozen=True)
class PupilCheckRecord:
    """One pupil's check: everything undo needs to put it back."""

    pupil_id: int
    moment: str
    taken_on: date
    scores: tuple[tuple[str, int], ...]  # (item, 1-5), items without an answer left out


@dataclass(frozen=True)
class DuoCheckRecord:
    group_id: int
    staff_id: int
    role: str
    moment: str
    taken_on: date
    scores: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class GridRow:
    pupil_id: int
    first_name: str
    scores: dict[str, int]  # item -> score, for the moment asked


def _scores(scores: Mapping[str, int | None], items: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    out = []
    for item, score in scores.items():
        if item not in items:
            raise ValidationError(f"Onbekende vraag: {item}.")
        if score is None:
            continue
        if not isinstance(score, int) or not 1 <= score <= 5:
            raise ValidationError(f"Een antwoord is 1 tot en met 5 (niet {score}).")
        out.append((item, score))
    return tuple(sorted(out, key=lambda pair: items.index(pair[0])))


def _moment(moment: str) -> str:
    if moment not in CHECK_MOMENTS:
        raise ValidationError("Kies 'voor' of 'na' voor het moment van de check.")
    return moment


def _pupil_record(check: WellbeingCheck | None) -> PupilCheckRecord | None:
    if check is None:
        return None
    return PupilCheckRecord(check.pupil_id, check.moment, check.taken_on,
                            tuple(sorted(((a.item, a.score) for a in check.answers),
                                         key=lambda pair: PUPIL_ITEM_CODES.index(pair[0]))))


def _find_pupil_check(s: OrmSession, pupil_id: int, moment: str) -> WellbeingCheck | None:
    return s.scalar(select(WellbeingCheck).options(selectinload(WellbeingCheck.answers))
                    .where(WellbeingCheck.pupil_id == pupil_id, WellbeingCheck.moment == moment))


def _write_pupil(s: OrmSession, record: PupilCheckRecord) -> PupilCheckRecord | None:
    pupil = s.get(Pupil, record.pupil_id)
    if pupil is None:
        raise NotFound(f"Leerling {record.pupil_id} bestaat niet.")
    moment = _moment(record.moment)
    scores = _scores(dict(record.scores), PUPIL_ITEM_CODES)
    check = _find_pupil_check(s, pupil.id, moment)
    before = _pupil_record(check)
    if check is not None:
        s.delete(check)
        s.flush()
    if scores:
        s.add(WellbeingCheck(pupil_id=pupil.id, group_id=pupil.group_id, moment=moment, taken_on=record.taken_on,
                             answers=[WellbeingAnswer(item=i, score=v) for i, v in scores]))
    return before


def save_pupil_check(db: Database, record: PupilCheckRecord) -> PupilCheckRecord | None:
    """Store (or replace) one pupil's check; a record without scores removes it. Returns the check as it was
    (None: there was none), for undo."""
    with db.write() as s:
        return _write_pupil(s, record)


def clear_pupil_check(db: Database, pupil_id: int, moment: str) -> PupilCheckRecord | None:
    """Remove a pupil's check; returns it (for undo) or None when there was none."""
    return save_pupil_check(db, PupilCheckRecord(pupil_id, moment, date.today(), ()))


def save_group_checks(db: Database, records: list[PupilCheckRecord]) -> tuple[PupilCheckRecord, ...]:
    """The entry grid of one group at once, in one transaction. Returns, per pupil, what to write back for undo:
    the old check, or an empty record (no scores) where there was none."""
    out = []
    with db.write() as s:
        for record in records:
            before = _write_pupil(s, record)
            out.append(before or PupilCheckRecord(record.pupil_id, record.moment, record.taken_on, ()))
    return tuple(out)


def group_grid(db: Database, group_id: int, moment: str) -> list[GridRow]:
    """The pupils of a group (first name only) with their answers at ``moment``: the rows of the entry grid."""
    moment = _moment(moment)
    with db.session() as s:
        if s.get(Group, group_id) is None:
            raise NotFound(f"Groep {group_id} bestaat niet.")
        pupils = s.scalars(select(Pupil).where(Pupil.group_id == group_id, Pupil.archived.is_(False))
                           .order_by(Pupil.first_name)).all()
        checks = {c.pupil_id: c for c in s.scalars(select(WellbeingCheck).options(selectinload(WellbeingCheck.answers))
                                                   .where(WellbeingCheck.group_id == group_id,
                                                          WellbeingCheck.moment == moment))}
        return [GridRow(p.id, p.display_name, {a.item: a.score for a in checks[p.id].answers} if p.id in checks else {})
                for p in pupils]


# --- the duo ---------------------------------------------------------------------------------------------

def _duo_record(check: DuoCheck | None) -> DuoCheckRecord | None:
    if check is None:
        return None
    return DuoCheckRecord(check.group_id, check.staff_id, check.role, check.moment, check.taken_on,
                          tuple(sorted(((a.item, a.score) for a in check.answers),
                                       key=lambda pair: DUO_ITEM_CODES.index(pair[0]))))


def save_duo_check(db: Database, record: DuoCheckRecord) -> DuoCheckRecord | None:
    """Store (or replace) a teacher's or specialist's own check for a group; no scores removes it. Returns the
    check as it was (None: none), for undo."""
    if record.role not in DUO_ROLES:
        raise ValidationError("Een duocheck is van de leerkracht of van de specialist.")
    moment = _moment(record.moment)
    scores = _scores(dict(record.scores), DUO_ITEM_CODES)
    with db.write() as s:
        if s.get(Group, record.group_id) is None:
            raise NotFound(f"Groep {record.group_id} bestaat niet.")
        if s.get(Staff, record.staff_id) is None:
            raise NotFound(f"Medewerker {record.staff_id} bestaat niet.")
        check = s.scalar(select(DuoCheck).options(selectinload(DuoCheck.answers)).where(
            DuoCheck.group_id == record.group_id, DuoCheck.staff_id == record.staff_id, DuoCheck.moment == moment))
        before = _duo_record(check)
        if check is not None:
            s.delete(check)
            s.flush()
        if scores:
            s.add(DuoCheck(group_id=record.group_id, staff_id=record.staff_id, role=record.role, moment=moment,
                           taken_on=record.taken_on, answers=[DuoAnswer(item=i, score=v) for i, v in scores]))
        return before


def wellbeing_form(db: Database, group_id: int, moment: str) -> WellbeingForm:
    """The data of the printed check for a group (first names only), for `printing.report_wellbeing_form`."""
    moment = _moment(moment)
    with db.session() as s:
        group = s.get(Group, group_id)
        if group is None:
            raise NotFound(f"Groep {group_id} bestaat niet.")
        names = tuple(s.scalars(select(Pupil.first_name).where(Pupil.group_id == group_id, Pupil.archived.is_(False))
                                .order_by(Pupil.first_name)))
        return WellbeingForm(group.school.name, group.name, MOMENT_LABELS[moment], names,
                             tuple(text for _code, text in PUPIL_ITEMS))
