"""A family's data on request (AVG right of access): everything stored about one pupil and their guardians.

Records, guardians, lesson attendance, parent-event attendance, return slips, consents and the home-activity
sheets handed out to the pupil's group, as plain ``FamilyExportData`` for the PDF (``printing.family_export``)
or JSON. Concerns (zorgsignalen) are NOT included: only a care coordinator may export them, and the export
has no signed-in person yet (the CLI has no sign-in), so the document says where to ask for them.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

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
from .handouts import language_name

_YES_NO = {True: "ja", False: "nee"}


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def family_export(db: Database, pupil_id: int, today: date | None = None) -> FamilyExportData:
    """Collect one pupil's data (see the module docstring for what is and is not included)."""
    with db.session() as s:
        pupil = s.get(Pupil, pupil_id, options=[selectinload(Pupil.guardians), selectinload(Pupil.consents)])
        if pupil is None:
            raise NotFound(f"Leerling {pupil_id} bestaat niet.")
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
        return FamilyExportData(
            pupil_id=pupil.id, pupil_name=pupil.first_name, school_name=group.school.name, group_name=group.name,
            language=language, made_on=today or date.today(),
            sections=(record, people, attendance, evenings, returned, consents, delivered),
            concerns_included=False)


def export_json(data: FamilyExportData) -> str:
    """The export as JSON (dates as ISO text), for a parent who asks for a machine-readable copy."""
    raw = asdict(data)
    raw["made_on"] = data.made_on.isoformat()
    raw["sections"] = [{"section": sec.key, "columns": list(sec.columns), "rows": [list(r) for r in sec.rows]}
                       for sec in data.sections]
    raw["note"] = ("Zorgsignalen staan hier niet in; die kan alleen de intern begeleider van de school opvragen."
                   if not data.concerns_included else "")
    return json.dumps(raw, ensure_ascii=False, indent=2)
