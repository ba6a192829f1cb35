"""Calendar export (.ics) of planned sessions, per person or for everything.

Every VEVENT has a stable UID (from the session id, so re-importing updates instead of
duplicating), DTSTART/DTEND in Europe/Amsterdam with a VTIMEZONE, SUMMARY naming lesson and
group, LOCATION = school name, one ATTENDEE (CN = name) for the teacher and one for the
specialist, CATEGORIES:WIsH and X-WISHDESK-GROUP / X-WISHDESK-LESSON. ``icalendar`` is imported
lazily. :func:`ics_to_events` reads such a file back (round trip, tests, re-import).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
PRODID = "-//WIsH Desk//WIsH Desk agenda//NL"
UID_DOMAIN = "wishdesk.local"
_NAMESPACE = uuid.UUID("6f1b2c9e-5d0a-4c61-9a51-1f3f5c1d7e20")


@dataclass(frozen=True)
class IcsPerson:
    id: str
    name: str
    email: str | None = None
    role: str = "specialist"  # "teacher" or "specialist"


@dataclass(frozen=True)
class IcsEvent:
    """One calendar entry. ``start``/``end`` naive local (Europe/Amsterdam) or aware."""

    uid: str
    start: datetime
    end: datetime
    summary: str
    location: str
    group_id: str
    lesson_number: int | None = None
    teacher: IcsPerson | None = None
    specialist: IcsPerson | None = None
    description: str = ""


def session_uid(session_id: object, domain: str = UID_DOMAIN) -> str:
    """Stable UID for a session: the same session always gets the same UID."""
    return f"wishdesk-session-{session_id}@{domain}"


def _local(moment: datetime) -> datetime:
    """Aware datetime in Europe/Amsterdam (naive input is taken as Amsterdam local time)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=AMSTERDAM)
    return moment.astimezone(AMSTERDAM)


def _address(person: IcsPerson) -> str:
    # Without an e-mail address a urn:uuid keeps ATTENDEE valid (RFC 5545 wants a URI) and
    # makes sure no calendar program mails invitations to a made-up address.
    if person.email:
        return f"mailto:{person.email}"
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{person.role}:{person.id}')}"


def sessions_to_ics(
    events: Iterable[IcsEvent],
    *,
    person_id: str | None = None,
    calendar_name: str = "WIsH-lessen",
    dtstamp: datetime | None = None,
) -> bytes:
    """An iCalendar file with the events; with ``person_id`` only those this person attends."""
    from icalendar import Calendar, Event, vCalAddress, vText

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", calendar_name)
    calendar.add("x-wr-timezone", "Europe/Amsterdam")
    calendar.add_component(_amsterdam_timezone())  # before the events, as Outlook prefers
    stamp = (dtstamp or datetime.now(UTC)).astimezone(UTC)
    for item in sorted(events, key=lambda e: (_local(e.start), e.uid)):
        people = [p for p in (item.teacher, item.specialist) if p is not None]
        if person_id is not None and not any(str(p.id) == str(person_id) for p in people):
            continue
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", _local(item.start))
        event.add("dtend", _local(item.end))
        event.add("summary", item.summary)
        event.add("location", item.location)
        if item.description:
            event.add("description", item.description)
        event.add("categories", ["WIsH"])
        for person in people:
            attendee = vCalAddress(_address(person))
            attendee.params["CN"] = vText(person.name)
            attendee.params["ROLE"] = vText("REQ-PARTICIPANT")
            attendee.params["CUTYPE"] = vText("INDIVIDUAL")
            attendee.params["X-WISHDESK-ROLE"] = vText(person.role)
            attendee.params["X-WISHDESK-ID"] = vText(str(person.id))
            event.add("attendee", attendee, encode=0)
        event.add("x-wishdesk-group", str(item.group_id))
        if item.lesson_number is not None:
            event.add("x-wishdesk-lesson", str(item.lesson_number))
        calendar.add_component(event)
    return calendar.to_ical()


def _amsterdam_timezone():
    """VTIMEZONE for Europe/Amsterdam with the EU summer-time rules as RRULEs: compact, and
    valid for every year (generated tables stop at 2038)."""
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

    zone = Timezone()
    zone.add("tzid", "Europe/Amsterdam")
    zone.add("x-lic-location", "Europe/Amsterdam")
    for part, name, start, offsets, month in (
        (TimezoneDaylight(), "CEST", datetime(1981, 3, 29, 2, 0), ("+0100", "+0200"), 3),
        (TimezoneStandard(), "CET", datetime(1996, 10, 27, 3, 0), ("+0200", "+0100"), 10),
    ):
        part.add("tzname", name)
        part.add("dtstart", start)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        part.add("tzoffsetfrom", _offset(offsets[0]))
        part.add("tzoffsetto", _offset(offsets[1]))
        zone.add_component(part)
    return zone


def _offset(text: str):
    from datetime import timedelta

    sign = -1 if text.startswith("-") else 1
    return timedelta(hours=sign * int(text[1:3]), minutes=sign * int(text[3:5]))


def _text(component, name: str) -> str:
    value = component.get(name)
    return "" if value is None else str(value)


def _person(attendee) -> IcsPerson:
    params = attendee.params
    address = str(attendee)
    email = address[7:] if address.lower().startswith("mailto:") else None
    role = str(params.get("X-WISHDESK-ROLE", "specialist"))
    return IcsPerson(str(params.get("X-WISHDESK-ID", address)), str(params.get("CN", "")), email, role)


def ics_to_events(data: bytes) -> list[IcsEvent]:
    """Read events written by :func:`sessions_to_ics` (times returned naive, Amsterdam)."""
    from icalendar import Calendar

    calendar = Calendar.from_ical(data)
    events = []
    for component in calendar.walk("VEVENT"):
        start = component.decoded("dtstart")
        end = component.decoded("dtend")
        attendees = component.get("attendee") or []
        if not isinstance(attendees, list):
            attendees = [attendees]
        people = [_person(a) for a in attendees]
        teacher = next((p for p in people if p.role == "teacher"), None)
        specialist = next((p for p in people if p.role == "specialist"), None)
        lesson = _text(component, "x-wishdesk-lesson")
        events.append(IcsEvent(
            uid=_text(component, "uid"),
            start=_local(start).replace(tzinfo=None),
            end=_local(end).replace(tzinfo=None),
            summary=_text(component, "summary"),
            location=_text(component, "location"),
            group_id=_text(component, "x-wishdesk-group"),
            lesson_number=int(lesson) if lesson.strip().isdigit() else None,
            teacher=teacher,
            specialist=specialist,
            description=_text(component, "description"),
        ))
    return events


def events_from_plan(problem, assignments: Mapping[object, object], uid_domain: str = UID_DOMAIN) -> list[IcsEvent]:
    """Calendar events for a planner result (``Problem`` + assignments: id -> Assignment/datetime)."""
    from datetime import timedelta

    from wishdesk.core.scheduling.problem import Assignment, SessionKind

    events = []
    for sid, value in assignments.items():
        session = problem.sessions_by_id[sid]
        group = problem.group_of(session)
        school = problem.school_of(session)
        start = value.start if isinstance(value, Assignment) else value
        end = start + timedelta(minutes=problem.duration(session))
        if session.kind == SessionKind.LESSON:
            summary = f"WIsH les {session.lesson_number} – {group.name}"
            if session.subgroup:
                summary += f" ({session.subgroup})"
        else:
            kind = "ouderavond" if session.kind == SessionKind.PARENT_EVENING else "toonmoment"
            summary = f"WIsH {kind} – {group.name}"
        teacher_id, specialist_id = problem.teacher_id(session), problem.specialist_id(session)
        teacher = _ics_person(problem.people_by_id.get(teacher_id), teacher_id, "teacher")
        specialist = (_ics_person(problem.people_by_id.get(specialist_id), specialist_id, "specialist")
                      if specialist_id is not None else None)
        events.append(IcsEvent(session_uid(sid, uid_domain), start, end, summary, school.name, str(group.id),
                               session.lesson_number if session.kind == SessionKind.LESSON else None,
                               teacher, specialist))
    return events


def _ics_person(person, person_id, role: str) -> IcsPerson:
    if person is None:
        return IcsPerson(str(person_id), str(person_id), None, role)
    return IcsPerson(str(person.id), person.name, person.email, role)
