"""The municipality report: counts per school year and school, the small-numbers rule, and no names anywhere."""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from tests.printing.pdfcheck import page_text
from wishdesk.core.errors import NotFound
from wishdesk.core.models import Group, Guardian, Pupil, School, Staff
from wishdesk.core.report_data import SUPPRESSED, suppress
from wishdesk.core.services import (
    attendance,
    handouts,
    meetings,
    parent_events,
    reflections,
    reports,
    sessions,
)
from wishdesk.core.services.attendance import AttendanceMark
from wishdesk.core.services.meetings import Attendee, MeetingRecord
from wishdesk.core.services.parent_events import ParentEventRecord, SlipMark
from wishdesk.printing.report import render_report

TODAY = date(2026, 11, 4)


@dataclass
class Activity:
    """What `make_activity` did, counted independently of the report code."""

    reached_groups: set[int] = field(default_factory=set)
    school_of: dict[int, int] = field(default_factory=dict)
    held: int = 0
    planned: int = 0
    cancelled: int = 0
    present: int = 0
    recorded: int = 0
    reflections: int = 0
    climates: list[int] = field(default_factory=list)
    sheets: int = 0
    sets: int = 0


def _groups(db) -> list[tuple[int, int, bool]]:  # noqa: ANN001
    with db.session() as s:
        return [(g.id, g.school_id, g.split_by_gender) for g in s.scalars(select(Group).order_by(Group.id))]


def make_activity(db, reached: int = 6) -> Activity:  # noqa: ANN001
    """Lessons 1-3 held for the first `reached` groups (with attendance: one pupil absent each time), lesson 4
    planned today (cancelled once in the first group), reflections on lesson 1, lesson 1 sheets printed."""
    act = Activity()
    sessions.ensure_all_sessions(db)
    for index, (group_id, school_id, _split) in enumerate(_groups(db)):
        act.school_of[group_id] = school_id
        if index >= reached:
            continue
        act.reached_groups.add(group_id)
        teacher = None
        for view in sessions.group_sessions(db, group_id):
            number = view.lesson_number
            if number > 4:
                continue
            when = TODAY + timedelta(weeks=number - 4)
            start = time(8, 30) if view.subgroup != "girls" else time(10, 15)
            sessions.move_session(db, view.id, when, start, (datetime.combine(when, start) + timedelta(minutes=90)).time())
            if number == 4:
                if index == 0:
                    sessions.cancel_session(db, view.id, "Zieke specialist")
                    sessions.move_session(db, view.id, when + timedelta(days=1))
                    act.cancelled += 1
                act.planned += 1
                continue
            sessions.mark_held(db, view.id, today=TODAY)
            act.held += 1
            rows = attendance.session_attendance(db, view.id)
            marks = [AttendanceMark(r.pupil_id, present=i != 0, reason="ziek" if i == 0 else "")
                     for i, r in enumerate(rows)]
            attendance.replace_attendance(db, view.id, marks)
            act.recorded += len(marks)
            act.present += len(marks) - 1
            teacher = teacher or view.teacher_id
            if number == 1:
                climate = 4 if index % 2 else 3
                reflections.save_reflection(db, view.id, view.teacher_id, "Goede sfeer", "Meer bewegen", climate)
                act.reflections += 1
                act.climates.append(climate)
        job = handouts.build_handouts(db, group_id, 1)
        handouts.record_delivery(db, job, "a4", printed_on=TODAY - timedelta(weeks=2))
        act.sets += 1
        act.sheets += job.sheet_count
    return act


def _pupils(db, group_id: int) -> list[int]:  # noqa: ANN001
    with db.session() as s:
        return list(s.scalars(select(Pupil.id).where(Pupil.group_id == group_id).order_by(Pupil.id)))


def _template(db, group_id: int, number: int = 1) -> int:  # noqa: ANN001
    return next(v.template_id for v in sessions.group_sessions(db, group_id) if v.lesson_number == number)


def every_name(db) -> set[str]:  # noqa: ANN001
    """Every pupil first name, staff name and guardian name in the database: none may be in a report."""
    with db.session() as s:
        names = set(s.scalars(select(Pupil.first_name))) | set(s.scalars(select(Staff.name)))
        return names | {n for n in s.scalars(select(Guardian.name)) if n}


def assert_no_names(text: str, names: set[str]) -> None:
    found = sorted(n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text))
    assert found == [], f"names in the report: {found}"


def test_counts_of_lessons_attendance_reflections_and_sheets(demo_db) -> None:  # noqa: ANN001
    act = make_activity(demo_db)
    report = reports.municipality_report(demo_db, "2026-2027", today=TODAY)
    t = report.totals
    groups = _groups(demo_db)
    assert (t.schools, t.groups, t.groups_reached) == (len({g[1] for g in groups}), len(groups), 6)
    assert t.pupils_reached == sum(len(_pupils(demo_db, g)) for g in act.reached_groups)
    assert (t.lessons_held, t.lessons_planned, t.lessons_cancelled) == (act.held, act.planned, act.cancelled)
    assert t.lessons_total == sum(len(sessions.group_sessions(demo_db, g[0])) for g in groups)
    assert t.lessons_unplanned == t.lessons_total - act.held - act.planned
    assert t.attendance_rate == pytest.approx(act.present / act.recorded, abs=1e-4)
    assert t.reflections == act.reflections
    assert t.climate_average == pytest.approx(sum(act.climates) / len(act.climates), abs=0.01)
    assert (t.handout_sets, t.handout_sheets) == (act.sets, act.sheets)
    assert sum(lang.sets or 0 for lang in report.languages if lang.code == "nl") == act.sets  # Dutch is on every set
    assert report.languages[0].code == "nl"
    # a language of fewer than 5 sets is not named (it would point at a family): "other languages" counts them
    per_language = Counter(code for d in handouts.list_deliveries(demo_db) for code in d.languages)
    assert [lang.code for lang in report.languages if lang.code != "other"] == sorted(
        (c for c, n in per_language.items() if n >= 5), key=lambda c: (c != "nl", handouts.language_name(c)))
    rare = {c for c, n in per_language.items() if n < 5}
    assert rare, "the demo should have a rare language"
    assert report.languages[-1].code == "other" and report.languages[-1].name == "Andere talen"
    other_sets = sum(1 for d in handouts.list_deliveries(demo_db) if rare & set(d.languages))
    assert report.languages[-1].sets == (other_sets if other_sets >= 5 else None)
    # per school: the lines add up to the totals where nothing is hidden
    assert sum(line.figures.lessons_held for line in report.schools) == t.lessons_held
    assert sum(line.figures.groups for line in report.schools) == t.groups
    assert [line.school_name for line in report.schools] == sorted(line.school_name for line in report.schools)


def test_one_school_and_unknown_school_or_year(demo_db) -> None:  # noqa: ANN001
    act = make_activity(demo_db)
    first_school = act.school_of[min(act.reached_groups)]
    report = reports.municipality_report(demo_db, school_id=first_school, today=TODAY)
    assert [line.school_id for line in report.schools] == [first_school]
    assert report.school_name == report.schools[0].school_name
    assert report.totals.lessons_held == sum(
        1 for g, sid in act.school_of.items() if sid == first_school
        for v in sessions.group_sessions(demo_db, g) if v.status == "held")
    with pytest.raises(NotFound):
        reports.municipality_report(demo_db, school_id=9999)
    with pytest.raises(NotFound, match="2030-2031"):
        reports.municipality_report(demo_db, "2030-2031")


def test_suppress_is_the_small_numbers_rule() -> None:
    assert [suppress(n) for n in (0, 1, 4, 5, 27)] == [None, None, None, 5, 27]


def test_small_counts_of_families_are_hidden_and_cannot_be_recomputed(demo_db) -> None:  # noqa: ANN001
    make_activity(demo_db, reached=0)
    groups = _groups(demo_db)
    first_per_school: dict[int, int] = {}
    for group_id, school_id, _ in groups:
        first_per_school.setdefault(school_id, group_id)
    not_done = dict(zip(sorted(first_per_school), (3, 6, 7, 8), strict=True))
    for school_id, count in not_done.items():
        group_id = first_per_school[school_id]
        pupils = _pupils(demo_db, group_id)
        marks = [SlipMark(p, "not_done" if i < count else "done") for i, p in enumerate(pupils)]
        parent_events.replace_return_slips(demo_db, _template(demo_db, group_id), marks, today=TODAY)
    report = reports.municipality_report(demo_db, today=TODAY)
    by_school = {line.school_id: line.figures for line in report.schools}
    assert report.totals.slips_not_done == sum(not_done.values())
    smallest, second = sorted(not_done, key=not_done.get)[:2]
    assert by_school[smallest].slips_not_done is None  # 3: below 5
    assert by_school[second].slips_not_done is None  # 6, hidden too: else 24 - 7 - 8 - 6 gives the 3 back
    assert [by_school[s].slips_not_done for s in sorted(not_done, key=not_done.get)[2:]] == [7, 8]
    assert any("terug te rekenen" in note for note in report.notes)
    # nobody was reached yet: pupils reached is 0, which is below 5 and so hidden as well
    assert report.totals.pupils_reached is None and report.totals.groups_reached == 0
    data = json.loads(reports.report_to_json(report))
    schools = next(t for t in data["tables"] if t["title"] == "Per school")
    column = schools["columns"].index("Strookjes niet gedaan")
    pupils = schools["columns"].index("Leerlingen bereikt")
    assert schools["total"]["values"][pupils] is None  # hidden cells are null in JSON
    names = {line.school_id: line.school_name for line in report.schools}
    assert {r["label"]: r["values"][column] for r in schools["rows"]}[names[smallest]] is None
    assert SUPPRESSED not in json.dumps(data["tables"])


def test_parent_events_count_families_once_and_only_past_events(demo_db) -> None:  # noqa: ANN001
    act = make_activity(demo_db)
    group_id = min(act.reached_groups)
    school_id = act.school_of[group_id]

    def event(day: date) -> int:
        return parent_events.create_parent_event(demo_db, ParentEventRecord(
            0, "parent_evening", school_id, group_id, day, time(19, 0), time(20, 30), "Aula", "Ouderavond", None))

    first, second, future = event(date(2026, 9, 15)), event(date(2026, 10, 20)), event(date(2027, 2, 1))
    families = parent_events.event_families(demo_db, first)
    parent_events.replace_event_attendance(demo_db, first, [(f.guardian_ids, i < 8) for i, f in enumerate(families)])
    parent_events.replace_event_attendance(demo_db, second, [(f.guardian_ids, 4 <= i < 10) for i, f in enumerate(families)])
    parent_events.replace_event_attendance(demo_db, future, [(f.guardian_ids, True) for f in families])
    first_report = reports.municipality_report(demo_db, today=TODAY)
    line = next(x for x in first_report.schools if x.school_id == school_id)
    assert line.figures.parent_events_held == 2  # the February evening has not taken place yet
    assert first_report.totals.families_attending == 10  # 8 and 6 families, 4 of them at both
    # the other schools had no family (0, hidden): showing this school's 10 next to a total of 10 would
    # reveal those zeros, so complementary suppression hides it too
    assert line.figures.families_attending is None
    other = sorted(set(act.school_of.values()) - {school_id})[0]
    other_group = next(g for g, s in act.school_of.items() if s == other)
    small = parent_events.create_parent_event(demo_db, ParentEventRecord(
        0, "walk_in", other, other_group, date(2026, 10, 1), time(8, 15), time(9, 0), None, "Inloop", None))
    few = parent_events.event_families(demo_db, small)[:2]
    parent_events.replace_event_attendance(demo_db, small, [(f.guardian_ids, True) for f in few])
    report = reports.municipality_report(demo_db, today=TODAY)
    assert next(x for x in report.schools if x.school_id == other).figures.families_attending is None


def test_meeting_hours_without_names(demo_db) -> None:  # noqa: ANN001
    make_activity(demo_db)
    with demo_db.session() as s:
        staff = list(s.scalars(select(Staff.id).order_by(Staff.id).limit(3)))
        school_id = s.scalar(select(School.id).order_by(School.id))

    def meeting(kind: str, day: date, people: list[Attendee], school: int | None = None) -> int:
        return meetings.create_meeting(demo_db, MeetingRecord(0, kind, day, time(14, 0), time(16, 0), school,
                                                              None, "Casus", tuple(people)))

    meeting("intervision", date(2026, 10, 12), [Attendee(staff[0], hours=2.0), Attendee(staff[1], hours=1.5),
                                                  Attendee(staff[2], attended=False)])
    meeting("intervision", date(2027, 3, 4), [Attendee(staff[0]), Attendee(staff[1])])  # still to come
    meeting("team_meeting", date(2026, 9, 1), [Attendee(staff[0], hours=1.0)], school_id)
    report = reports.municipality_report(demo_db, today=TODAY)
    assert [(m.kind, m.meetings, m.participants, m.hours) for m in report.meetings] == [
        ("intervision", 1, 2, 3.5), ("team_meeting", 1, 1, 1.0)]
    one = reports.municipality_report(demo_db, school_id=school_id, today=TODAY)
    assert [m.kind for m in one.meetings] == ["team_meeting"]  # intervision belongs to no school


def test_no_names_in_json_excel_or_pdf(demo_db, tmp_path) -> None:  # noqa: ANN001
    make_activity(demo_db)
    names = every_name(demo_db)
    assert len(names) > 100
    report = reports.municipality_report(demo_db, today=TODAY)
    text = reports.report_to_json(report)
    assert_no_names(text, names)
    json.loads(text)
    out = tmp_path / "rapportage.xlsx"
    reports.report_to_xlsx(report, out)
    book = load_workbook(out)
    cells = " ".join(str(c.value) for ws in book for row in ws.iter_rows() for c in row if c.value is not None)
    assert_no_names(cells, names)
    assert "Kerncijfers" in book.sheetnames and book["Per school"].max_row == len(report.schools) + 2
    buffer = io.BytesIO()
    render_report(report, buffer)
    reader = PdfReader(buffer)
    pdf_text = "\n".join(page_text(reader, i) for i in range(len(reader.pages)))
    assert_no_names(pdf_text, names)
    assert "WIsH-rapportage" in pdf_text and report.schools[0].school_name in pdf_text


def test_report_reads_no_table_of_signalen() -> None:
    """The report module never names the table of pupils' signalen (the privacy test in test_concerns.py
    checks every module; this one states the rule for the report explicitly)."""
    from pathlib import Path

    for module in (reports, __import__("wishdesk.core.report_data", fromlist=["x"])):
        source = Path(module.__file__).read_text(encoding="utf-8")
        assert not re.search(r"\bConcern\b|\bconcern\b", source)
