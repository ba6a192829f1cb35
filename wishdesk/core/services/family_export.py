"""A family's data on request (AVG right of access): everything stored about one pupil and their guardians.

Records, guardians, lesson attendance, parent-event attendance, return slips, consents and the home-activity
sheets handed out to the pupil's group, as plain ``FamilyExportData`` for the PDF (``printing.family_export``)
or JSON. Concerns (zorgsignalen) are included, opened with the signed-in identity, only when that person is
the care coordinator (IB'er) of the pupil's school; for anybody else (or nobody signed in) the document has
a line saying they are left out, why, and where to ask for them.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from .. import access
from ..db import Database
from ..errors import NotFound
from ..languages import DUTCH, is_sheet_language
from ..models import (
    Attendance,
    Group,
    HandoutDelivery,
    LessonTemplate,
    ParentAttendance,
    ParentEvent,
    Pupil,
    ReturnSlip,
    Session,
)
from ..print_data import ExportSection, FamilyExportData
from ..security.accounts import Identity
from .concerns import visible_concerns
from .handouts import language_name

_YES_NO = {True: "ja", False: "nee"}


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _concerns(db: Database, pupil_id: int, school_name: str, coordinator_id: int | None,
              viewer: Identity | None) -> tuple[ExportSection | None, str]:
    """The concerns section when ``viewer`` is the school's care coordinator, else (None, why not)."""
    if viewer is None:
        return None, ("Zorgsignalen zijn weggelaten: niemand is aangemeld, en alleen de intern begeleider van "
                      f"{school_name} mag ze meegeven.")
    if coordinator_id is None or viewer.staff_id != coordinator_id:
        return None, (f"Zorgsignalen zijn weggelaten: {viewer.name} is niet de intern begeleider van {school_name}; "
                      "alleen die mag ze meegeven.")
    rows = tuple((_day(c.observed_on), c.category, c.observation, c.follow_up, _day(c.review_date),
                  _YES_NO[bool(c.closed)])
                 for c in sorted(visible_concerns(db, viewer, pupil_id=pupil_id), key=lambda c: (c.observed_on, c.id)))
    return ExportSection("concerns", ("datum", "soort", "observatie", "vervolg", "evaluatie", "gesloten"), rows), ""


def family_export(db: Database, pupil_id: int, today: date | None = None,
                  viewer: Identity | None = None, *, as_staff: int | None = None) -> FamilyExportData:
    """Collect one pupil's data (see the module docstring for what is and is not included). ``viewer`` is the
    signed-in person; only the school's care coordinator gets the concerns (a bare staff id does not count:
    sealed texts need the identity's key). Who may export at all (core.access): ``as_staff``, else the
    signed-in ``viewer`` Identity; neither: no scope (a plain database has nobody signed in)."""
    if as_staff is None and isinstance(viewer, Identity):
        as_staff = viewer.staff_id
    with db.session() as s:
        pupil = s.get(Pupil, pupil_id, options=[selectinload(Pupil.guardians), selectinload(Pupil.consents)])
        if pupil is None:
            raise NotFound(f"Leerling {pupil_id} bestaat niet.")
        access.check_family_export(s, access.scope_in(s, as_staff), pupil_id)
        group = s.get(Group, pupil.group_id)
        guardians = sorted(pupil.guardians, key=lambda g: g.id)
        language = next((g.language for g in guardians if g.language != DUTCH and is_sheet_language(g.language)),
                        DUTCH)
        record = ExportSection("pupil", ("veld", "waarde"), (
            ("voornaam", pupil.first_name), ("school", group.school.name), ("groep", group.name),
            ("schooljaar", group.school_year.name), ("jongens/meisjes", pupil.subgroup or ""),
            ("gearchiveerd", _YES_NO[bool(pupil.archived)])))
        people = ExportSection("guardians", ("naam", "taal", "contact"), tuple(
            (g.name or "", language_name(g.language), g.contact_preference) for g in guardians))
        lessons = s.execute(
            select(Session.date, LessonTemplate.number, Attendance.present, Attendance.reason)
            .join(Session, Session.id == Attendance.session_id).join(LessonTemplate, LessonTemplate.id == Session.template_id)
            .where(Attendance.pupil_id == pupil.id).order_by(Session.date, LessonTemplate.number))
        attendance = ExportSection("attendance", ("datum", "les", "aanwezig", "reden"), tuple(
            (_day(d), str(n), _YES_NO[bool(p)], r or "") for d, n, p, r in lessons))
        events = s.execute(
            select(ParentEvent.date, ParentEvent.title, ParentAttendance.attended, ParentAttendance.guardian_id)
            .join(ParentEvent, ParentEvent.id == ParentAttendance.parent_event_id)
            .where(ParentAttendance.guardian_id.in_([g.id for g in guardians]) if guardians else False)
            .order_by(ParentEvent.date))
        names = {g.id: g.name or f"ouder {i}" for i, g in enumerate(guardians, start=1)}
        evenings = ExportSection("attendance", ("datum", "bijeenkomst", "ouder", "aanwezig"), tuple(
            (_day(d), t, names.get(gid, ""), _YES_NO[bool(a)]) for d, t, a, gid in events))
        slips = s.execute(
            select(ReturnSlip.received_on, LessonTemplate.number, ReturnSlip.status, ReturnSlip.comment)
            .join(LessonTemplate, LessonTemplate.id == ReturnSlip.template_id)
            .where(ReturnSlip.pupil_id == pupil.id).order_by(ReturnSlip.received_on))
        returned = ExportSection("return_slips", ("ontvangen", "les", "status", "opmerking"), tuple(
            (_day(d), str(n), st, c or "") for d, n, st, c in slips))
        consents = ExportSection("consents", ("doel", "gegeven op", "ingetrokken op", "notitie"), tuple(
            (c.purpose, _day(c.granted_on), _day(c.withdrawn_on), c.note or "")
            for c in sorted(pupil.consents, key=lambda c: (c.granted_on, c.id))))
        sheets = s.execute(
            select(HandoutDelivery.printed_on, LessonTemplate.number, HandoutDelivery.languages, HandoutDelivery.layout)
            .join(LessonTemplate, LessonTemplate.id == HandoutDelivery.template_id)
            .where(HandoutDelivery.group_id == group.id).order_by(HandoutDelivery.printed_on))
        delivered = ExportSection("sheets_delivered", ("geprint op", "les", "talen", "opmaak"), tuple(
            (_day(d), str(n), langs, layout) for d, n, langs, layout in sheets))
        school_name, coordinator_id = group.school.name, group.school.care_coordinator_id
        sections = (record, people, attendance, evenings, returned, consents, delivered)
        head = dict(pupil_id=pupil.id, pupil_name=pupil.first_name, school_name=school_name, group_name=group.name,
                    language=language, made_on=today or date.today())
    concerns, note = _concerns(db, pupil_id, school_name, coordinator_id,
                               viewer if isinstance(viewer, Identity) else None)
    if concerns is None:
        return FamilyExportData(**head, sections=sections, concerns_included=False, concerns_note=note)
    return FamilyExportData(**head, sections=(*sections, concerns), concerns_included=True)


def export_json(data: FamilyExportData) -> str:
    """The export as JSON (dates as ISO text), for a parent who asks for a machine-readable copy."""
    raw = asdict(data)
    raw["made_on"] = data.made_on.isoformat()
    raw["sections"] = [{"section": sec.key, "columns": list(sec.columns), "rows": [list(r) for r in sec.rows]}
                       for sec in data.sections]
    raw["note"] = data.concerns_note if not data.concerns_included else ""
    return json.dumps(raw, ensure_ascii=False, indent=2)
