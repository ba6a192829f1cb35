"""Calendar export: parses with icalendar, carries the WIsH fields and round-trips."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import icalendar

from wishdesk.core.ics_export import (
    IcsEvent,
    IcsPerson,
    events_from_plan,
    ics_to_events,
    session_uid,
    sessions_to_ics,
)
from wishdesk.core.scheduling.problem import Group, Person, Problem, School, TimeWindow
from wishdesk.core.scheduling.solver import plan
from wishdesk.core.scheduling.synthetic import build_sessions

STAMP = datetime(2025, 8, 20, 12, 0, tzinfo=UTC)
ANNA = IcsPerson("T1", "Juf Anna", None, "teacher")
SANNE = IcsPerson("S1", "Sanne de Vries", "sanne@example.org", "specialist")
KARIM = IcsPerson("S2", "Karim", None, "specialist")


def _events() -> list[IcsEvent]:
    return [
        IcsEvent(session_uid(11), datetime(2025, 10, 7, 8, 30), datetime(2025, 10, 7, 10, 0),
                 "WIsH les 3 – Groep 6A (jongens)", "De Regenboog", "G1", 3, ANNA, SANNE, "Thema: grenzen"),
        # Winter time: the offset in the VTIMEZONE changes, the local time must not.
        IcsEvent(session_uid(12), datetime(2025, 12, 2, 13, 0), datetime(2025, 12, 2, 14, 30),
                 "WIsH les 4 – Groep 6A", "De Regenboog", "G1", 4, ANNA, SANNE),
        IcsEvent(session_uid(13), datetime(2025, 11, 4, 19, 0), datetime(2025, 11, 4, 20, 30),
                 "WIsH ouderavond – Groep 6B", "De Linde", "G2", None, IcsPerson("T2", "Meester Bram", None, "teacher"),
                 KARIM),
    ]


def test_file_parses_and_has_every_required_field(tmp_path):
    path = tmp_path / "wish.ics"
    path.write_bytes(sessions_to_ics(_events(), dtstamp=STAMP))
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    zones = calendar.walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["Europe/Amsterdam"]
    events = calendar.walk("VEVENT")
    assert len(events) == 3
    first = next(e for e in events if str(e["UID"]) == session_uid(11))
    start = first.decoded("DTSTART")
    assert start == datetime(2025, 10, 7, 8, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))
    assert first["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert first.decoded("DTEND").utcoffset().total_seconds() == 7200
    assert str(first["SUMMARY"]) == "WIsH les 3 – Groep 6A (jongens)"
    assert str(first["LOCATION"]) == "De Regenboog"
    attendees = first["ATTENDEE"]
    assert [str(a.params["CN"]) for a in attendees] == ["Juf Anna", "Sanne de Vries"]
    assert str(attendees[1]) == "mailto:sanne@example.org"
    assert str(attendees[0]).startswith("urn:uuid:")  # no made-up e-mail address
    assert first["CATEGORIES"].cats == ["WIsH"]
    assert str(first["X-WISHDESK-GROUP"]) == "G1" and str(first["X-WISHDESK-LESSON"]) == "3"
    winter = next(e for e in events if str(e["UID"]) == session_uid(12))
    assert winter.decoded("DTSTART").utcoffset().total_seconds() == 3600
    assert b"VTIMEZONE" in path.read_bytes().split(b"BEGIN:VEVENT")[0]


def test_round_trip_gives_the_same_events():
    events = _events()
    back = ics_to_events(sessions_to_ics(events, dtstamp=STAMP))
    assert sorted(back, key=lambda e: e.uid) == sorted(events, key=lambda e: e.uid)


def test_per_person_export_and_stable_uids():
    only_sanne = ics_to_events(sessions_to_ics(_events(), person_id="S1", dtstamp=STAMP))
    assert {e.uid for e in only_sanne} == {session_uid(11), session_uid(12)}
    only_anna = ics_to_events(sessions_to_ics(_events(), person_id="T1", dtstamp=STAMP))
    assert len(only_anna) == 2
    again = ics_to_events(sessions_to_ics(list(reversed(_events())), dtstamp=STAMP))
    assert {e.uid for e in again} == {e.uid for e in _events()}
    assert session_uid(11) == session_uid("11") == "wishdesk-session-11@wishdesk.local"


def test_events_from_a_plan():
    group = Group("G", "Groep 6A", "A", "T", "S")
    problem = Problem(date(2025, 9, 1), date(2025, 12, 19),
                      (School("A", "De Regenboog", (TimeWindow(1, time(8, 30), time(12, 0)),)),),
                      (Person("T", "Juf Anna", "teacher"), Person("S", "Sanne", email="sanne@example.org")),
                      (group,), tuple(build_sessions(group, 2, split=True, events=True)))
    result = plan(problem, time_limit=3)
    assert result.ok
    events = events_from_plan(problem, result.assignments)
    assert len(events) == 6
    lesson = next(e for e in events if e.uid == session_uid("G-L2-meisjes"))
    assert lesson.summary == "WIsH les 2 – Groep 6A (meisjes)" and lesson.lesson_number == 2
    assert lesson.location == "De Regenboog" and lesson.teacher.name == "Juf Anna"
    evening = next(e for e in events if e.uid == session_uid("G-OA"))
    assert evening.summary == "WIsH ouderavond – Groep 6A" and evening.lesson_number is None
    back = ics_to_events(sessions_to_ics(events, person_id="S", dtstamp=STAMP))
    assert len(back) == 6 and all(e.specialist.email == "sanne@example.org" for e in back)
