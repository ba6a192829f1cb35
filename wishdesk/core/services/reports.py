"""The report for the municipality that funds the programme: what WIsH reached in a school year.

Aggregates only. The queries below count rows per group (GROUP BY) and never load a pupil's, parent's or
staff member's name; the only names in the result are those of the municipality and its schools. Counts
about pupils or families go through `report_data.suppress` (shown as "<5"), and when exactly one school
has such a hidden count in a column, the smallest other count in that column is hidden too, so the hidden
one cannot be worked out from the total. Pupils' signalen (early-warning notes) are sensitive data and are
not part of this report in any form: this module does not touch that table.

Which figures are people counts is listed in `report_data.PEOPLE_COUNTS`; language counts of the
home-activity sheets are treated the same way, and a language in fewer than 5 sets is not even named (a rare
home language points at one family): those are counted together as "Andere talen".
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import func, select

from .. import access
from ..db import Database
from ..errors import NotFound
from ..models import (
    Attendance,
    Group,
    ParentAttendance,
    ParentEvent,
    Pupil,
    ReturnSlip,
    School,
    Session,
    SessionChange,
    SessionLog,
    pupil_guardian,
)
from ..report_data import (
    OTHER_LANGUAGES,
    PEOPLE_COUNTS,
    PROTECTED_NOTE,
    Figures,
    LanguageCount,
    MeetingFigures,
    MunicipalityReport,
    SchoolLine,
    figure_value,
    suppress,
)
from ..suppression import THRESHOLD, protect_column, protect_rates, safe_rate
from . import report_tables as rt
from .handouts import language_name, list_deliveries
from .meetings import list_meetings
from .municipality import municipality_name, report_title
from .report_export import report_to_json, report_to_xlsx  # noqa: F401 - re-exported (callers use reports.*)
from .wellbeing_stats import GroupWellbeing, duo_sums, group_wellbeing
from .years import find_year

MEETING_LABELS = {"intervision": "Intervisie", "team_meeting": "Teamoverleg op school"}


@dataclass
class _Tally:
    """Unsuppressed counts of one school or of all; only `_figures` turns them into something shown."""

    schools: set[int] = field(default_factory=set)
    groups: int = 0
    groups_reached: int = 0
    pupils_reached: int = 0
    lessons: Counter = field(default_factory=Counter)  # by status
    cancelled: int = 0
    present: int = 0
    recorded: int = 0
    reflections: int = 0
    climate_sum: int = 0
    climate_count: int = 0
    handout_sets: int = 0
    handout_sheets: int = 0
    slips: Counter = field(default_factory=Counter)  # done / not_done
    parent_events: int = 0
    families: set[int] = field(default_factory=set)  # family keys (a root guardian id)

    def add(self, other: _Tally) -> None:
        for name in ("groups", "groups_reached", "pupils_reached", "cancelled", "present", "recorded", "reflections",
                     "climate_sum", "climate_count", "handout_sets", "handout_sheets", "parent_events"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.schools |= other.schools
        self.lessons.update(other.lessons)
        self.slips.update(other.slips)
        self.families |= other.families


def _people(t: _Tally) -> dict[str, int]:
    """The unsuppressed value of every people count (`PEOPLE_COUNTS`) of a tally."""
    return {"pupils_reached": t.pupils_reached, "handout_sheets": t.handout_sheets, "slips_done": t.slips["done"],
            "slips_not_done": t.slips["not_done"], "families_attending": len(t.families)}


def _figures(t: _Tally) -> Figures:
    # An attendance rate is only shown when present and absent marks are each at least 5 (`safe_rate`):
    # rate x marks (pupils x lessons held, both published) would give a small number of absences back.
    return Figures(
        schools=len(t.schools), groups=t.groups, groups_reached=t.groups_reached,
        lessons_total=sum(t.lessons.values()), lessons_held=t.lessons["held"], lessons_planned=t.lessons["planned"],
        lessons_unplanned=t.lessons["unplanned"], lessons_cancelled=t.cancelled,
        attendance_rate=safe_rate(t.present, t.recorded),
        reflections=t.reflections,
        climate_average=round(t.climate_sum / t.climate_count, 2) if t.climate_count else None,
        handout_sets=t.handout_sets, parent_events_held=t.parent_events,
        **{name: suppress(n) for name, n in _people(t).items()},
    )


def _protect(lines: list[SchoolLine], tallies: dict[int, _Tally], total: _Tally,
             totals: Figures) -> tuple[list[SchoolLine], Figures, bool]:
    """Complementary suppression of the people counts over the per-school table (see `core.suppression`):
    no hidden count can be worked out from the total and the other schools. Returns the lines, the totals
    (a total is hidden when nothing else protects its column) and whether more than "<5" was hidden."""
    people = [_people(tallies[line.school_id]) for line in lines]
    overall = _people(total)
    extra = False
    hidden_total: dict[str, None] = {}
    for name in PEOPLE_COUNTS:
        values = [p[name] for p in people]
        hidden, total_hidden = protect_column(values, overall[name])
        if total_hidden:
            hidden_total[name] = None
        for i in hidden:
            if values[i] >= THRESHOLD:
                extra = True
                figures = lines[i].figures
                lines[i] = replace(lines[i], figures=replace(figures, **{name: None},
                                                             protected=figures.protected | {name}))
    primary = {i for i, line in enumerate(lines) if line.figures.attendance_rate is None}
    tallied = [tallies[line.school_id] for line in lines]
    for i in protect_rates([t.present for t in tallied], [t.recorded for t in tallied], primary,
                           totals.attendance_rate is not None) - primary:
        extra = True
        lines[i] = replace(lines[i], figures=replace(lines[i].figures, attendance_rate=None))
    if len(lines) > 1 and hidden_total:
        big = {name for name in hidden_total if overall[name] >= THRESHOLD}
        extra = extra or bool(big)
        totals = replace(totals, **hidden_total, protected=totals.protected | big)
    return lines, totals, extra


def _family_keys(s, guardian_ids: set[int]) -> dict[int, int]:  # noqa: ANN001 - ORM session
    """Guardian id -> family key: guardians of the same pupil (and so of siblings) are one family."""
    parent = {g: g for g in guardian_ids}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    if guardian_ids:
        pupils = select(pupil_guardian.c.pupil_id).where(pupil_guardian.c.guardian_id.in_(guardian_ids))
        by_pupil: dict[int, list[int]] = defaultdict(list)
        for pupil_id, guardian_id in s.execute(select(pupil_guardian.c.pupil_id, pupil_guardian.c.guardian_id)
                                               .where(pupil_guardian.c.pupil_id.in_(pupils))):
            by_pupil[pupil_id].append(guardian_id)
        for ids in by_pupil.values():
            for other in ids[1:]:
                parent[find(other)] = find(ids[0])
    return {g: find(g) for g in guardian_ids}


def _tallies(s, year, school_id: int | None, today: date) -> tuple[dict[int, _Tally], dict[int, str], dict[int, int]]:  # noqa: ANN001
    """Per school: the unsuppressed tally. Also the school names and group -> school of the groups counted."""
    query = select(Group.id, Group.school_id, Group.archived).where(Group.school_year_id == year.id)
    if school_id is not None:
        query = query.where(Group.school_id == school_id)
    rows = s.execute(query).all()
    held_groups = set(s.scalars(select(Session.group_id).where(
        Session.group_id.in_([r.id for r in rows]), Session.status == "held").distinct()))
    # An archived group still counts when it had lessons; otherwise it is left out.
    school_of = {r.id: r.school_id for r in rows if not r.archived or r.id in held_groups}
    ids = list(school_of)
    schools = set(school_of.values()) | ({school_id} if school_id is not None else set())
    names = dict(s.execute(select(School.id, School.name).where(School.id.in_(schools))).all())
    tallies = {sid: _Tally(schools={sid} if sid in school_of.values() else set()) for sid in names}

    def per_group(statement, apply) -> None:  # noqa: ANN001 - rows grouped by group id first
        for group_id, *values in s.execute(statement):
            apply(tallies[school_of[group_id]], *values)

    for gid in ids:
        tallies[school_of[gid]].groups += 1
        tallies[school_of[gid]].groups_reached += gid in held_groups
    per_group(select(Session.group_id, Session.status, func.count()).where(Session.group_id.in_(ids))
              .group_by(Session.group_id, Session.status), lambda t, status, n: t.lessons.update({status: n}))
    was_cancelled = select(SessionChange.session_id).where(SessionChange.kind == "cancelled")
    per_group(select(Session.group_id, func.count(Session.id)).where(
        Session.group_id.in_(ids), (Session.status == "cancelled") | Session.id.in_(was_cancelled))
        .group_by(Session.group_id), lambda t, n: setattr(t, "cancelled", t.cancelled + n))
    per_group(select(Session.group_id, Attendance.present, func.count()).join(Attendance).where(
        Session.group_id.in_(ids), Session.status == "held").group_by(Session.group_id, Attendance.present),
        _add_attendance)
    came = select(Attendance.pupil_id).join(Session).where(Session.status == "held", Attendance.present.is_(True))
    per_group(select(Pupil.group_id, func.count(Pupil.id)).where(
        Pupil.group_id.in_(held_groups & set(ids)), Pupil.archived.is_(False) | Pupil.id.in_(came))
        .group_by(Pupil.group_id), lambda t, n: setattr(t, "pupils_reached", t.pupils_reached + n))
    per_group(select(Session.group_id, func.count(SessionLog.id), func.coalesce(func.sum(SessionLog.climate), 0),
                     func.count(SessionLog.climate)).join(SessionLog).where(Session.group_id.in_(ids))
              .group_by(Session.group_id), _add_reflections)
    per_group(select(Pupil.group_id, ReturnSlip.status, func.count()).join(ReturnSlip).where(
        Pupil.group_id.in_(ids)).group_by(Pupil.group_id, ReturnSlip.status),
        lambda t, status, n: t.slips.update({status: n}))
    # Parent events that took place (dated in the year, not in the future) and the families that came.
    end = min(year.end_date, today)
    events = dict(s.execute(select(ParentEvent.id, ParentEvent.school_id).where(
        ParentEvent.school_id.in_(list(names)), ParentEvent.date.between(year.start_date, end))).all())
    for sid in events.values():
        tallies[sid].parent_events += 1
    attended = s.execute(select(ParentAttendance.guardian_id, ParentAttendance.parent_event_id).where(
        ParentAttendance.parent_event_id.in_(list(events)), ParentAttendance.attended.is_(True))).all()
    family_of = _family_keys(s, {g for g, _ in attended})
    for guardian_id, event_id in attended:
        tallies[events[event_id]].families.add(family_of[guardian_id])
    return tallies, names, school_of


def _add_attendance(t: _Tally, present: bool, n: int) -> None:
    t.recorded += n
    t.present += n if present else 0


def _add_reflections(t: _Tally, n: int, climate_sum: int, climate_count: int) -> None:
    t.reflections += n
    t.climate_sum += int(climate_sum or 0)
    t.climate_count += climate_count


def _languages(per_language: Counter, sets: list[tuple[str, ...]]) -> tuple[LanguageCount, ...]:
    """Sets per language. A language in fewer than 5 sets would point at a family (its home language), so
    such languages are not named: they are counted together as "other languages"."""
    shown = sorted((code for code, n in per_language.items() if suppress(n) is not None),
                   key=lambda code: (code != "nl", language_name(code)))
    out = [LanguageCount(code, language_name(code), per_language[code]) for code in shown]
    rare = set(per_language) - set(shown)
    if rare:
        out.append(LanguageCount(OTHER_LANGUAGES, "Andere talen", suppress(sum(1 for langs in sets if rare & set(langs)))))
    return tuple(out)


def _meetings(db: Database, year: str, school_id: int | None, today: date) -> tuple[MeetingFigures, ...]:
    """Intervisie and team meetings that took place: how often, how many trainers, attended hours.
    Counts of staff, never names. A one-school report has only that school's meetings."""
    out = []
    views = [v for v in list_meetings(db, year=year) if v.record.date <= today
             and (school_id is None or v.record.school_id == school_id)]
    for kind, label in MEETING_LABELS.items():
        mine = [v.record for v in views if v.record.kind == kind]
        if not mine:
            continue
        came = [a for r in mine for a in r.attendees if a.attended]
        out.append(MeetingFigures(kind, label, len(mine), len({a.staff_id for a in came}),
                                  round(sum(a.hours for a in came), 2)))
    return tuple(out)


def _notes(school_id: int | None, today: date, protected: bool, municipality: str | None) -> tuple[str, ...]:
    notes = [
        "Alleen totalen: dit overzicht bevat geen namen van leerlingen, ouders of medewerkers.",
        "Aantallen over leerlingen en gezinnen (leerlingen bereikt, thuisopdrachtbladen en de talen daarvan, "
        "retourstrookjes, gezinnen bij ouderbijeenkomsten) onder de 5 staan er als “<5”, ook 0, zodat geen "
        "kind herkenbaar is. Talen die in minder dan 5 sets voorkwamen, staan samen onder “Andere talen”.",
        "Leerlingen bereikt: de leerlingen van groepen met minstens één gegeven les.",
        "Een les die aan jongens en meisjes apart wordt gegeven, telt als twee lesmomenten. Een afgelaste les "
        "krijgt een nieuwe datum en telt daarna gewoon mee als gepland of gegeven.",
        "Aanwezigheid: het deel van de genoteerde aanwezigheden bij gegeven lessen; alleen getoond als er "
        "minstens 5 zijn genoteerd.",
        "Een gezin telt één keer, ook als het bij meer bijeenkomsten was; broers en zussen zijn één gezin.",
        f"Ouderbijeenkomsten, intervisie en teamoverleg tellen mee als ze op of vóór {today:%d-%m-%Y} "
        "plaatsvonden.",
        "Signalen over leerlingen (vroegsignalering) zijn vertrouwelijk en tellen in geen enkele vorm mee.",
    ]
    if protected:
        notes.insert(2, PROTECTED_NOTE)
    notes.append("Welbevinden: het gemiddelde (1-5) van de leerlingen die de check vóór les 1 en na de laatste les "
                 "invulden; een gemiddelde over minder dan 5 leerlingen staat er niet.")
    if not municipality:
        notes.append("De naam van de gemeente is nog niet ingesteld (Inrichting).")
    if school_id is not None:
        notes.append("Dit is de rapportage van één school: intervisie zonder school staat er niet in.")
    return tuple(notes)


def municipality_report(db: Database, year: str | None = None, school_id: int | None = None, *,
                        today: date | None = None, as_staff: int | None = None) -> MunicipalityReport:
    """The report of one school year (default: the current one, else the latest), for all schools or one.

    Raises NotFound for an unknown school or school year, ValidationError for a badly written year.
    ``as_staff``: all schools only for a programme coordinator, else one of their own (PermissionDenied)."""
    today = today or date.today()
    with db.session() as s:
        access.check_report(s, access.scope_in(s, as_staff), school_id)
        school_year = find_year(s, year)
        if school_year is None:
            raise NotFound(f"Schooljaar {year} bestaat niet." if year else "Er is nog geen schooljaar ingericht.")
        if school_id is not None and s.get(School, school_id) is None:
            raise NotFound(f"School {school_id} bestaat niet.")
        tallies, names, school_of = _tallies(s, school_year, school_id, today)
        municipality = municipality_name(s)
        wellbeing = group_wellbeing(s, school_of)
        duo = duo_sums(s, school_of) if school_id is None else None  # the duo: per municipality only
        name, start, end = school_year.name, school_year.start_date, school_year.end_date
    languages: Counter = Counter()
    sets_languages: list[tuple[str, ...]] = []
    for delivery in list_deliveries(db):
        if delivery.group_id in school_of:
            tally = tallies[school_of[delivery.group_id]]
            tally.handout_sets += 1
            tally.handout_sheets += delivery.sheet_count
            languages.update(delivery.languages)
            sets_languages.append(delivery.languages)
    total = _Tally()
    for tally in tallies.values():
        total.add(tally)
    totals = _figures(total)
    lines = [SchoolLine(sid, names[sid], _figures(tallies[sid])) for sid in sorted(names, key=lambda i: names[i])]
    lines, totals, protected = _protect(lines, tallies, total, totals)
    languages_found = _languages(languages, sets_languages)
    meetings = _meetings(db, name, school_id, today)
    tables = _tables(lines, totals, languages_found, meetings, wellbeing, school_of, duo)
    return MunicipalityReport(
        title=report_title(municipality, name), municipality=municipality or "", year=name,
        year_start=start, year_end=end, school_id=school_id, school_name=names.get(school_id),
        generated_on=today, totals=totals, schools=tuple(lines),
        languages=languages_found, meetings=meetings, notes=_notes(school_id, today, protected, municipality),
        tables=tables)


def _tables(lines: list[SchoolLine], totals: Figures, languages: tuple[LanguageCount, ...],
            meetings: tuple[MeetingFigures, ...], wellbeing: dict[int, GroupWellbeing], school_of: dict[int, int],
            duo: dict | None) -> tuple:
    per_school: dict[int, GroupWellbeing] = defaultdict(GroupWellbeing)
    for group_id, sums in wellbeing.items():
        per_school[school_of[group_id]].add(sums)
    everything = GroupWellbeing()
    for sums in per_school.values():
        everything.add(sums)
    out = [rt.key_figures_table(totals), rt.school_table(lines, totals), rt.language_table(languages),
           rt.meeting_table(meetings), rt.wellbeing_item_table(everything),
           rt.wellbeing_school_table([line.school_name for line in lines],
                                     [per_school[line.school_id] for line in lines], everything)]
    if duo is not None:
        out.append(rt.duo_table(duo))
    return tuple(out)


__all__ = ["municipality_report", "report_to_json", "report_to_xlsx", "suppress", "figure_value"]
