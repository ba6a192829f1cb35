"""The dashboard of the Rapportage page: per school year, with drill-down municipality -> school -> group.

Figures per node: lessons planned / held / cancelled, attendance rate, reflections written, parent reach,
return-slip rate, home-activity sets by language, trainer hours and the well-being change per item (mean
before and after, with the number of pupils). Aggregates only, never a name except those of schools and
groups. Means over fewer than 5 are not shown; a rate only when its part, its rest and every published part of
it are at least 5, with complementary hiding between a node's children (`core.suppression`); the pupil counts of the well-being items get
complementary suppression over the children of a node, with what the parent view hid staying hidden.

Definitions (what `tests/core/test_dashboard.py` recomputes):
- planned: dated, not yet held; held; cancelled: cancelled now or at least once (as in the report).
- attendance rate: present / marks recorded at held lessons.
- parent reach: pupils with at least one guardian at a parent event of the year (up to today) / pupils
  with a guardian.
- return-slip rate: return slips received / home-activity sheets printed.
- trainer hours: per held lesson its length x the trainers on it (teacher, specialist), plus attended
  meeting hours (intervision counts for the municipality only; a team meeting for its school).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select

from .. import access
from ..db import Database
from ..errors import NotFound
from ..models import (
    Attendance,
    Group,
    HandoutDelivery,
    Meeting,
    MeetingAttendance,
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
from ..models.wellbeing import PUPIL_ITEMS
from ..suppression import THRESHOLD, protect_column, protect_rates, rate_is_safe, safe_rate
from .handouts import language_name
from .municipality import municipality_name
from .wellbeing_stats import GroupWellbeing, Sums, group_wellbeing
from .years import find_year


@dataclass
class _Raw:
    planned: int = 0
    held: int = 0
    cancelled: int = 0
    present: int = 0
    recorded: int = 0
    reflections: int = 0
    pupils_with_guardian: int = 0
    pupils_parents_came: int = 0
    sheets: int = 0
    slips: int = 0
    slips_done: int = 0  # published separately in the report, so the slip rate must not reveal them
    languages: Counter = field(default_factory=Counter)
    trainer_hours: float = 0.0
    wellbeing: GroupWellbeing = field(default_factory=GroupWellbeing)

    def add(self, other: _Raw) -> None:
        for name in ("planned", "held", "cancelled", "present", "recorded", "reflections", "pupils_with_guardian",
                     "pupils_parents_came", "sheets", "slips", "slips_done", "trainer_hours"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.languages.update(other.languages)
        self.wellbeing.add(other.wellbeing)


@dataclass(frozen=True)
class ItemChange:
    item: str
    label: str  # Dutch
    n_before: int | None  # None: hidden
    mean_before: float | None
    n_after: int | None
    mean_after: float | None

    @property
    def change(self) -> float | None:
        if self.mean_before is None or self.mean_after is None:
            return None
        return round(self.mean_after - self.mean_before, 2)


@dataclass(frozen=True)
class NodeFigures:
    planned: int
    held: int
    cancelled: int
    attendance_rate: float | None
    reflections: int
    parent_reach: float | None
    slip_rate: float | None
    sheets_by_language: tuple[tuple[str, int], ...]  # (Dutch language name, sets); rare ones as "Andere talen"
    trainer_hours: float
    wellbeing: tuple[ItemChange, ...]


@dataclass(frozen=True)
class DashboardLine:
    id: int
    label: str
    figures: NodeFigures


@dataclass(frozen=True)
class DashboardView:
    year: str
    level: str  # municipality / school / group
    title: str
    node_id: int | None
    figures: NodeFigures
    children: tuple[DashboardLine, ...]  # schools of the municipality, groups of a school; none for a group
    school_id: int | None = None  # the school shown, or the school of the group shown


def _hours(start, end) -> float:  # noqa: ANN001
    if start is None or end is None:
        return 0.0
    return (datetime.combine(date.min, end) - datetime.combine(date.min, start)).seconds / 3600


def _load(s, year, today: date) -> tuple[dict[int, _Raw], dict[int, tuple[int, str]], dict[int | None, float]]:  # noqa: ANN001, C901
    groups = {gid: (sid, name) for gid, sid, name in s.execute(
        select(Group.id, Group.school_id, Group.name).where(Group.school_year_id == year.id))}
    ids = list(groups)
    raw: dict[int, _Raw] = {gid: _Raw() for gid in ids}
    was_cancelled = set(s.scalars(select(SessionChange.session_id).where(SessionChange.kind == "cancelled")))
    for sid, gid, status, start, end, teacher, specialist in s.execute(
            select(Session.id, Session.group_id, Session.status, Session.start_time, Session.end_time,
                   Session.teacher_id, Session.specialist_id).where(Session.group_id.in_(ids))):
        r = raw[gid]
        r.planned += status == "planned"
        r.held += status == "held"
        r.cancelled += status == "cancelled" or sid in was_cancelled
        if status == "held":
            r.trainer_hours += _hours(start, end) * ((teacher is not None) + (specialist is not None))
    for gid, present, n in s.execute(select(Session.group_id, Attendance.present, func.count()).join(Attendance)
                                     .where(Session.group_id.in_(ids), Session.status == "held")
                                     .group_by(Session.group_id, Attendance.present)):
        raw[gid].recorded += n
        raw[gid].present += n if present else 0
    for gid, n in s.execute(select(Session.group_id, func.count(SessionLog.id)).join(SessionLog)
                            .where(Session.group_id.in_(ids)).group_by(Session.group_id)):
        raw[gid].reflections += n
    end = min(year.end_date, today)
    came = set(s.scalars(select(ParentAttendance.guardian_id).join(ParentEvent).where(
        ParentAttendance.attended.is_(True), ParentEvent.date.between(year.start_date, end))))
    guardians: dict[int, set[int]] = defaultdict(set)
    pupil_group = {}
    for pid, gid, guardian in s.execute(select(Pupil.id, Pupil.group_id, pupil_guardian.c.guardian_id)
                                        .join(pupil_guardian, pupil_guardian.c.pupil_id == Pupil.id)
                                        .where(Pupil.group_id.in_(ids), Pupil.archived.is_(False))):
        guardians[pid].add(guardian)
        pupil_group[pid] = gid
    for pid, gs in guardians.items():
        raw[pupil_group[pid]].pupils_with_guardian += 1
        raw[pupil_group[pid]].pupils_parents_came += bool(gs & came)
    for gid, sheets, languages in s.execute(select(HandoutDelivery.group_id, HandoutDelivery.sheet_count,
                                                   HandoutDelivery.languages).where(HandoutDelivery.group_id.in_(ids))):
        raw[gid].sheets += sheets
        raw[gid].languages.update(code for code in languages.split(",") if code)
    for gid, status, n in s.execute(select(Pupil.group_id, ReturnSlip.status, func.count(ReturnSlip.id))
                                    .join(ReturnSlip).where(Pupil.group_id.in_(ids))
                                    .group_by(Pupil.group_id, ReturnSlip.status)):
        raw[gid].slips += n
        raw[gid].slips_done += n if status == "done" else 0
    for gid, sums in group_wellbeing(s, ids).items():
        raw[gid].wellbeing = sums
    meeting_hours: dict[int | None, float] = defaultdict(float)  # school id (None: intervision) -> hours
    for school_id, hours in s.execute(select(Meeting.school_id, MeetingAttendance.hours).join(MeetingAttendance)
                                      .where(MeetingAttendance.attended.is_(True),
                                             Meeting.date.between(year.start_date, end))):
        meeting_hours[school_id] += hours or 0.0
    return raw, groups, meeting_hours


def _items(w: GroupWellbeing, hidden: dict[tuple[str, str], bool]) -> tuple[ItemChange, ...]:
    out = []
    for code, text in PUPIL_ITEMS:
        values = []
        for moment in ("before", "after"):
            sums = w.items.get((moment, code), Sums())
            shown = sums.n >= THRESHOLD and not hidden.get((moment, code), False)
            values += [sums.n if shown else None, round(sums.total / sums.n, 2) if shown else None]
        out.append(ItemChange(code, text, *values))
    return tuple(out)


#: The rates of a node: name -> (part, whole, published components of the part).
RATES = {
    "attendance_rate": lambda r: (r.present, r.recorded, ()),
    "parent_reach": lambda r: (r.pupils_parents_came, r.pupils_with_guardian, ()),
    "slip_rate": lambda r: (r.slips, r.sheets, (r.slips_done, r.slips - r.slips_done)),
}


def _rates(r: _Raw, hidden: set[str] = frozenset()) -> dict[str, float | None]:
    out = {}
    for name, parts in RATES.items():
        part, whole, components = parts(r)
        out[name] = None if name in hidden else safe_rate(part, whole, *components)
    return out


def _hidden_rates(parts: list[_Raw], total: _Raw, fixed: set[str] = frozenset()) -> list[set[str]]:
    """Per child: the rates hidden, primarily (`rate_is_safe`) and so that the parent's rate minus the shown
    children's rates (with their published wholes) gives no hidden part back."""
    out: list[set[str]] = [set() for _ in parts]
    for name, split in RATES.items():
        values = [split(p) for p in parts]
        primary = {i for i, (part, whole, comps) in enumerate(values) if not rate_is_safe(part, whole, *comps)}
        part, whole, comps = split(total)
        shown = name not in fixed and rate_is_safe(part, whole, *comps)
        for i in protect_rates([v[0] for v in values], [v[1] for v in values], primary, shown):
            out[i].add(name)
    return out


def _figures(r: _Raw, hours: float, hidden: dict[tuple[str, str], bool],
             hidden_rates: set[str] = frozenset()) -> NodeFigures:
    shown = sorted((c for c, n in r.languages.items() if n >= THRESHOLD), key=lambda c: (c != "nl", language_name(c)))
    languages = [(language_name(c), r.languages[c]) for c in shown]
    rare = sum(n for c, n in r.languages.items() if c not in shown)
    if rare:
        languages.append(("Andere talen", rare))
    rates = _rates(r, hidden_rates)
    return NodeFigures(r.planned, r.held, r.cancelled, rates["attendance_rate"], r.reflections,
                       rates["parent_reach"], rates["slip_rate"], tuple(languages), round(r.trainer_hours + hours, 2), _items(r.wellbeing, hidden))


def _protect(parts: list[_Raw], total: _Raw, fixed: dict[tuple[str, str], bool]) -> list[dict[tuple[str, str], bool]]:
    """Per child: which well-being item counts are hidden beyond the primary rule (complementary)."""
    out: list[dict[tuple[str, str], bool]] = [{} for _ in parts]
    for moment in ("before", "after"):
        for code, _text in PUPIL_ITEMS:
            key = (moment, code)
            values = [p.wellbeing.items.get(key, Sums()).n for p in parts]
            hidden, _ = protect_column(values, total.wellbeing.items.get(key, Sums()).n, total_hidden=fixed.get(key, False))
            for i in hidden:
                out[i][key] = True
    return out


def dashboard(db: Database, year: str | None = None, school_id: int | None = None, group_id: int | None = None, *,
              today: date | None = None, as_staff: int | None = None) -> DashboardView:
    """The dashboard of a school year at municipality level, or for one school, or for one group.
    ``as_staff``: the municipality level only for a programme coordinator (core.access.check_report)."""
    today = today or date.today()
    with db.session() as s:
        access.check_report(s, access.scope_in(s, as_staff), school_id, group_id)
        school_year = find_year(s, year)
        if school_year is None:
            raise NotFound(f"Schooljaar {year} bestaat niet." if year else "Er is nog geen schooljaar ingericht.")
        raw, groups, meeting_hours = _load(s, school_year, today)
        year_name = school_year.name
        name = municipality_name(s)
        municipality = (name if name.lower().startswith("gemeente") else f"Gemeente {name}") if name else "Alle scholen"
        school_names = dict(s.execute(select(School.id, School.name).where(
            School.id.in_({sid for sid, _ in groups.values()}))).all())
    if group_id is not None:
        if group_id not in groups:
            raise NotFound(f"Groep {group_id} bestaat niet in schooljaar {year_name}.")
        school_id = groups[group_id][0]
    if school_id is not None and school_id not in school_names:
        raise NotFound(f"School {school_id} heeft geen groep in schooljaar {year_name}.")
    per_school: dict[int, _Raw] = defaultdict(_Raw)
    for gid, r in raw.items():
        per_school[groups[gid][0]].add(r)
    total = _Raw()
    for r in per_school.values():
        total.add(r)
    schools = sorted(school_names, key=lambda i: school_names[i])
    school_hidden = dict(zip(schools, _protect([per_school[i] for i in schools], total, {}), strict=True))
    school_rates = dict(zip(schools, _hidden_rates([per_school[i] for i in schools], total), strict=True))
    if school_id is None:
        children = tuple(DashboardLine(i, school_names[i], _figures(per_school[i], meeting_hours.get(i, 0.0),
                                                                      school_hidden[i], school_rates[i]))
                         for i in schools)
        hours = sum(meeting_hours.values())
        return DashboardView(year_name, "municipality", municipality, None, _figures(total, hours, {}), children)
    mine = sorted((g for g, (sid, _n) in groups.items() if sid == school_id), key=lambda g: groups[g][1])
    fixed = school_hidden[school_id]
    group_hidden = dict(zip(mine, _protect([raw[g] for g in mine], per_school[school_id], fixed), strict=True))
    fixed_rates = school_rates[school_id]  # a school rate hidden in the municipality view stays hidden
    group_rates = dict(zip(mine, _hidden_rates([raw[g] for g in mine], per_school[school_id], fixed_rates),
                           strict=True))
    school_figures = _figures(per_school[school_id], meeting_hours.get(school_id, 0.0), fixed, fixed_rates)
    if group_id is None:
        children = tuple(DashboardLine(g, f"Groep {groups[g][1]}", _figures(raw[g], 0.0, group_hidden[g],
                                                                            group_rates[g])) for g in mine)
        return DashboardView(year_name, "school", school_names[school_id], school_id, school_figures, children, school_id)
    return DashboardView(year_name, "group", f"{school_names[school_id]} · groep {groups[group_id][1]}", group_id,
                         _figures(raw[group_id], 0.0, group_hidden[group_id], group_rates[group_id]), (), school_id)
