"""Parents: events (parent evening, walk-in, round table, online activity, closing showcase) with attendance
per family, the home-activity return slips (two-way communication), and the data for invitation letters.

A family is every pupil and guardian linked through pupil_guardian (siblings share guardians). Attendance is
stored per guardian; a family counts as present when one of its guardians came.

``as_staff`` (the signed-in person, core.access): events of a group go with the group, school-wide events
with the school, return slips with the pupil; another school's are refused (PermissionDenied) or not listed.
Undo and redo run without it: they put back the person's own edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from .. import access
from ..db import Database
from ..errors import NotFound, ValidationError
from ..models import (
    Group,
    LessonTemplate,
    ParentAttendance,
    ParentEvent,
    Pupil,
    ReturnSlip,
    School,
    SchoolYear,
)
from ..models.vocab import PARENT_EVENT_KINDS, RETURN_SLIP_STATUSES
from ..team.stale import expect_version, refuse_if_changed

DEFAULT_TITLES = {
    "parent_evening": "Ouderavond weerbaarheid", "walk_in": "Inloop voor ouders",
    "round_table": "Rondetafelgesprek met ouders", "online": "Online ouderactiviteit", "showcase": "Toonmoment",
}


@dataclass(frozen=True)
class ParentEventView:
    id: int
    kind: str
    school_id: int
    school_name: str
    group_id: int | None
    group_name: str | None  # None: for the whole school
    date: date | None
    start_time: time | None
    end_time: time | None
    location: str | None
    title: str
    notes: str | None
    families: int
    families_present: int
    attendance_recorded: bool
    version: int | None = field(default=None, compare=False)  # the row version read (see save_parent_event)


@dataclass(frozen=True)
class ParentEventRecord:
    """Every stored field of an event and its attendance, so undo can put a deleted event back."""

    id: int
    kind: str
    school_id: int
    group_id: int | None
    date: date | None
    start_time: time | None
    end_time: time | None
    location: str | None
    title: str
    notes: str | None
    attendance: tuple[tuple[int, bool], ...] = ()
    version: int | None = field(default=None, compare=False)  # the row version read (see update/save)


@dataclass(frozen=True)
class FamilyRow:
    guardian_ids: tuple[int, ...]  # the family's key
    pupil_names: tuple[str, ...]
    group_name: str
    languages: tuple[str, ...]
    present: bool | None  # None: not recorded


# --- families --------------------------------------------------------------------------------------------

def _event_groups(s: OrmSession, event: ParentEvent) -> list[Group]:
    if event.group_id is not None:
        return [s.get(Group, event.group_id)]
    query = select(Group).join(SchoolYear).where(Group.school_id == event.school_id, Group.archived.is_(False))
    if event.date is not None:
        query = query.where(SchoolYear.start_date <= event.date, SchoolYear.end_date >= event.date)
    groups = list(s.scalars(query.order_by(SchoolYear.start_date.desc(), Group.name)))
    if event.date is None and groups:  # no date yet: the school's latest year
        groups = [g for g in groups if g.school_year_id == groups[0].school_year_id]
    return sorted(groups, key=lambda g: g.name)


def _families(s: OrmSession, groups: Sequence[Group]) -> list[tuple[tuple[int, ...], list[Pupil], str, set[str]]]:
    """Connected pupils and guardians of the groups; pupils without a guardian are left out (nobody to invite)."""
    pupils = list(s.scalars(select(Pupil).options(selectinload(Pupil.guardians)).where(
        Pupil.group_id.in_([g.id for g in groups]), Pupil.archived.is_(False)).order_by(Pupil.first_name)))
    names = {g.id: g.name for g in groups}
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for pupil in pupils:
        ids = [g.id for g in pupil.guardians]
        for other in ids[1:]:
            parent[find(other)] = find(ids[0])
    families: dict[int, tuple[set[int], list[Pupil], set[str]]] = {}
    for pupil in pupils:
        if not pupil.guardians:
            continue
        root = find(pupil.guardians[0].id)
        entry = families.setdefault(root, (set(), [], set()))
        entry[0].update(g.id for g in pupil.guardians)
        entry[1].append(pupil)
        entry[2].update(g.language for g in pupil.guardians)
    out = [(tuple(sorted(ids)), kids, ", ".join(sorted({names[k.group_id] for k in kids})), langs)
           for ids, kids, langs in families.values()]
    return sorted(out, key=lambda f: (f[2], f[1][0].first_name))


def event_families(db: Database, event_id: int, *, as_staff: int | None = None) -> list[FamilyRow]:
    """The families invited to an event, with their recorded attendance."""
    with db.session() as s:
        event = _event(s, event_id, as_staff)
        marks = {a.guardian_id: a.attended for a in event.attendance}
        rows = []
        for ids, kids, group_name, langs in _families(s, _event_groups(s, event)):
            recorded = [marks[g] for g in ids if g in marks]
            rows.append(FamilyRow(ids, tuple(k.display_name for k in kids), group_name, tuple(sorted(langs)),
                                  any(recorded) if recorded else None))
        return rows


def replace_event_attendance(db: Database, event_id: int, families: Sequence[tuple[Sequence[int], bool]], *,
                             as_staff: int | None = None) -> tuple[tuple[tuple[int, ...], bool], ...]:
    """Record per family (its guardian ids) whether it came, replacing what was recorded. Returns the old
    rows in the same form (one guardian each), so saving them again is the undo."""
    with db.write() as s:
        event = _event(s, event_id, as_staff)
        before = tuple(((a.guardian_id,), a.attended) for a in sorted(event.attendance, key=lambda a: a.guardian_id))
        event.attendance.clear()
        s.flush()
        marks = {g: bool(present) for ids, present in families for g in ids}
        event.attendance.extend(ParentAttendance(guardian_id=g, attended=a) for g, a in marks.items())
        return before


# --- events ----------------------------------------------------------------------------------------------

def _event(s: OrmSession, event_id: int, as_staff: int | None = None) -> ParentEvent:
    event = s.get(ParentEvent, event_id)
    if event is None:
        raise NotFound(f"Ouderbijeenkomst {event_id} bestaat niet.")
    _check(s, event, as_staff)
    return event


def _check(s: OrmSession, event: object, as_staff: int | None) -> None:
    """An event (or a record of one) of a school the signed-in person does not work at: PermissionDenied."""
    if as_staff is not None:
        access.check_slot_visible(s, access.scope_in(s, as_staff), event)


def _view(s: OrmSession, event: ParentEvent) -> ParentEventView:
    marks = {a.guardian_id: a.attended for a in event.attendance}
    families = _families(s, _event_groups(s, event))
    present = sum(1 for ids, *_ in families if any(marks.get(g) for g in ids))
    group = s.get(Group, event.group_id) if event.group_id else None
    return ParentEventView(event.id, event.kind, event.school_id, s.get(School, event.school_id).name,
                           event.group_id, group.name if group else None, event.date, event.start_time,
                           event.end_time, event.location, event.title, event.notes, len(families), present,
                           bool(marks), event.version)


def list_parent_events(db: Database, group_id: int | None = None, school_id: int | None = None, *,
                       as_staff: int | None = None) -> list[ParentEventView]:
    """Events of a group together with its school's school-wide events; or all events of a school; or all."""
    with db.session() as s:
        query = select(ParentEvent).options(selectinload(ParentEvent.attendance))
        scope = access.scope_in(s, as_staff)
        if group_id is not None:
            access.check_group_visible(s, scope, group_id)
        elif school_id is not None:
            access.check_school_visible(s, scope, school_id)
        else:
            seen = access.seen_school_ids(s, scope)
            if seen is not None:  # of the schools they work at: their groups' events and the school-wide ones
                groups = select(Group.id).where(access.group_clause(scope))
                query = query.where(ParentEvent.school_id.in_(seen),
                                    ParentEvent.group_id.is_(None) | ParentEvent.group_id.in_(groups))
        if group_id is not None:
            group = s.get(Group, group_id)
            if group is None:
                raise NotFound(f"Groep {group_id} bestaat niet.")
            query = query.where(ParentEvent.school_id == group.school_id,
                                (ParentEvent.group_id == group_id) | ParentEvent.group_id.is_(None))
        elif school_id is not None:
            query = query.where(ParentEvent.school_id == school_id)
        events = s.scalars(query.order_by(ParentEvent.date.is_(None), ParentEvent.date, ParentEvent.start_time,
                                          ParentEvent.id)).all()
        return [_view(s, e) for e in events]


def get_parent_event(db: Database, event_id: int, *, as_staff: int | None = None) -> ParentEventView:
    with db.session() as s:
        return _view(s, _event(s, event_id, as_staff))


def _validate(s: OrmSession, record: ParentEventRecord) -> None:
    if record.kind not in PARENT_EVENT_KINDS:
        raise ValidationError(f"Onbekend soort bijeenkomst '{record.kind}'.", field="kind")
    if not (record.title or "").strip():
        raise ValidationError("Geef de bijeenkomst een titel.", field="title")
    if record.start_time and record.end_time and record.end_time <= record.start_time:
        raise ValidationError("De eindtijd moet na de begintijd liggen.", field="end_time")
    if s.get(School, record.school_id) is None:
        raise NotFound(f"School {record.school_id} bestaat niet.")
    if record.group_id is not None:
        group = s.get(Group, record.group_id)
        if group is None or group.school_id != record.school_id:
            raise ValidationError("Deze groep hoort niet bij de gekozen school.", field="group")


def _apply(event: ParentEvent, record: ParentEventRecord) -> None:
    event.kind, event.school_id, event.group_id = record.kind, record.school_id, record.group_id
    event.date, event.start_time, event.end_time = record.date, record.start_time, record.end_time
    event.location = (record.location or "").strip() or None
    event.title, event.notes = record.title.strip(), (record.notes or "").strip() or None


def _record(event: ParentEvent) -> ParentEventRecord:
    return ParentEventRecord(event.id, event.kind, event.school_id, event.group_id, event.date, event.start_time,
                             event.end_time, event.location, event.title, event.notes,
                             tuple(sorted((a.guardian_id, a.attended) for a in event.attendance)), event.version)


def save_parent_event(db: Database, record: ParentEventRecord, version: int | None = None, *,
                      as_staff: int | None = None) -> ParentEventRecord:
    """Update an existing event (attendance is left alone). Returns the event as it was before, for undo.
    `version`: the one the person read (record.version when the dialog opened; undo passes none): StaleEdit
    when someone else saved the event since."""
    with db.write() as s:
        _validate(s, record)
        _check(s, record, as_staff)  # not moved to another school's group either
        event = _event(s, record.id, as_staff)
        expect_version(event, version)
        before = _record(event)
        _apply(event, record)
        return before


def create_parent_event(db: Database, record: ParentEventRecord, *, as_staff: int | None = None) -> int:
    """Create an event (record.id is ignored unless it is free, so undo-redo keeps the same id)."""
    with db.write() as s:
        _validate(s, record)
        _check(s, record, as_staff)
        event = ParentEvent(id=record.id if record.id and s.get(ParentEvent, record.id) is None else None)
        _apply(event, record)
        event.attendance = [ParentAttendance(guardian_id=g, attended=a) for g, a in record.attendance]
        s.add(event)
        s.flush()
        return event.id


def delete_parent_event(db: Database, event_id: int, *, as_staff: int | None = None) -> ParentEventRecord:
    """Delete an event and its attendance; returns it whole so `create_parent_event` can put it back."""
    with db.write() as s:
        event = _event(s, event_id, as_staff)
        before = _record(event)
        s.delete(event)
        return before


# --- return slips ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SlipRow:
    pupil_id: int
    first_name: str
    status: str | None  # done / not_done / None: nothing came back
    comment: str
    received_on: date | None


@dataclass(frozen=True)
class SlipMark:
    pupil_id: int
    status: str | None  # None: nothing came back (removes a recorded slip)
    comment: str = ""
    received_on: date | None = None


def return_slips(db: Database, group_id: int, template_id: int, *, as_staff: int | None = None) -> list[SlipRow]:
    """Every pupil of the group with what their family sent back for that lesson's home activity."""
    with db.session() as s:
        access.check_group_visible(s, access.scope_in(s, as_staff), group_id)
        slips = {r.pupil_id: r for r in s.scalars(select(ReturnSlip).join(Pupil).where(
            Pupil.group_id == group_id, ReturnSlip.template_id == template_id))}
        pupils = s.scalars(select(Pupil).where(Pupil.group_id == group_id).order_by(Pupil.first_name))
        return [SlipRow(p.id, p.display_name, slips[p.id].status if p.id in slips else None,
                        (slips[p.id].comment or "") if p.id in slips else "",
                        slips[p.id].received_on if p.id in slips else None)
                for p in pupils if p.id in slips or not p.archived]


def _slips_shown(marks: Sequence[SlipMark], names: dict[int, str]) -> dict[str, str | None]:
    """Slips as people compare them: first name -> "gedaan" / "niet gedaan: opmerking" (None: nothing back)."""
    words = {"done": "gedaan", "not_done": "niet gedaan"}
    return {names.get(m.pupil_id, str(m.pupil_id)): None if m.status is None else
            f"{words.get(m.status, m.status)}: {(m.comment or '').strip()}".rstrip(": ") for m in marks}


def replace_return_slips(db: Database, template_id: int, marks: Sequence[SlipMark],
                         today: date | None = None, expected: Sequence[SlipMark] | None = None, *,
                         as_staff: int | None = None) -> tuple[SlipMark, ...]:
    """Record what families sent back for one lesson, in one transaction. Returns the previous state of the
    same pupils; saving that again is the undo. `expected`: these pupils' slips as the person read them;
    someone else recorded other slips for them since: StaleEdit (nothing written)."""
    if any(m.status is not None and m.status not in RETURN_SLIP_STATUSES for m in marks):
        raise ValidationError("Onbekende status van een retourstrookje.", field="status")
    with db.write() as s:
        if s.get(LessonTemplate, template_id) is None:
            raise NotFound(f"Les {template_id} bestaat niet.")
        scope = access.scope_in(s, as_staff)
        for mark in marks:  # the same rule as the team database's: a slip goes with its pupil
            access.check_pupil_visible(s, scope, mark.pupil_id)
        slips = {r.pupil_id: r for r in s.scalars(select(ReturnSlip).where(
            ReturnSlip.template_id == template_id, ReturnSlip.pupil_id.in_([m.pupil_id for m in marks])))}
        before = []
        for mark in marks:
            slip = slips.get(mark.pupil_id)
            before.append(SlipMark(mark.pupil_id, slip.status, slip.comment or "", slip.received_on) if slip
                          else SlipMark(mark.pupil_id, None))
            if mark.status is None:
                if slip is not None:
                    s.delete(slip)
                continue
            if slip is None:
                if s.get(Pupil, mark.pupil_id) is None:
                    raise NotFound(f"Leerling {mark.pupil_id} bestaat niet.")
                slip = ReturnSlip(pupil_id=mark.pupil_id, template_id=template_id)
                s.add(slip)
            slip.status, slip.comment = mark.status, (mark.comment or "").strip() or None
            slip.received_on = mark.received_on or slip.received_on or today or date.today()
        if expected is not None:  # checked before anything is flushed: a refusal writes nothing
            names = dict(s.execute(select(Pupil.id, Pupil.first_name).where(
                Pupil.id.in_([m.pupil_id for m in marks]))).all())
            wanted = {m.pupil_id for m in marks}
            refuse_if_changed("return_slip", (template_id,),
                              _slips_shown([m for m in expected if m.pupil_id in wanted], names),
                              _slips_shown(before, names), _slips_shown(marks, names))
        return tuple(before)


@dataclass(frozen=True)
class SlipSummary:
    lesson_number: int
    done: int
    not_done: int
    missing: int
    comments: tuple[tuple[str, str], ...]  # (first name, comment)


def slip_summary(db: Database, group_id: int, template_id: int, *, as_staff: int | None = None) -> SlipSummary:
    """What families sent back for one lesson, as the duo sees it before the next lesson."""
    rows = return_slips(db, group_id, template_id, as_staff=as_staff)
    with db.session() as s:
        number = s.get(LessonTemplate, template_id).number
    return SlipSummary(number, sum(r.status == "done" for r in rows), sum(r.status == "not_done" for r in rows),
                       sum(r.status is None for r in rows),
                       tuple((r.first_name, r.comment) for r in rows if r.comment))
