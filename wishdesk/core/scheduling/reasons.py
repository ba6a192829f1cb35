"""Why a session cannot be on given days, in short Dutch phrases with the person to blame.
Used by the explanations; the conflict checker words its own messages."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from wishdesk.core.scheduling.prepare import Prepared, candidate_minutes
from wishdesk.core.scheduling.problem import WEEKDAYS_NL, Id, Session, SessionKind
from wishdesk.core.scheduling.texts import fmt_date


def day_reasons(prep: Prepared, session: Session, days: list[date]) -> list[tuple[str, Id | None]]:
    """Why the session cannot be on these days: short Dutch reasons with the person to blame."""
    p = prep.problem
    group, school = p.group_of(session), p.school_of(session)
    teacher_id, specialist_id = p.teacher_id(session), p.specialist_id(session)
    closed: dict[str, list[date]] = defaultdict(list)
    weekdays: dict[tuple[str, Id | None], set[int]] = defaultdict(set)
    absent: dict[tuple, list[date]] = defaultdict(list)
    rhythms: set[str] = set()
    for day in days:
        if day.weekday() >= 5:
            continue
        if day in school.closed_days:
            closed[school.closed_days[day]].append(day)
            continue
        if (group.not_before and day < group.not_before) or (group.not_after and day > group.not_after):
            closed[f"buiten de afgesproken periode van {group.name}"].append(day)
            continue
        if candidate_minutes(p, session, day):
            continue
        windows = [w for w in school.lesson_windows if w.weekday == day.weekday()]
        if session.kind == SessionKind.LESSON and not windows:
            open_days = sorted({w.weekday for w in school.lesson_windows})
            rhythm = (f"{school.name} heeft alleen op {join_words(WEEKDAYS_NL[n] for n in open_days)} lestijd "
                      "voor groep 6" if open_days else f"{school.name} heeft geen lestijden voor groep 6")
            rhythms.add(rhythm)
            continue
        blamed = False
        for person_id in (teacher_id, specialist_id):
            person = p.people_by_id.get(person_id) if person_id is not None else None
            if person is None:
                continue
            for absence in person.absences:
                if absence.start.date() <= day < absence.end.date() or absence.start.date() == day:
                    absent[(person.name, absence.reason, absence.start, absence.end, person_id)].append(day)
                    blamed = True
            if not blamed and session.kind == SessionKind.LESSON and person.working_times:
                works = {w.weekday for w in person.working_times}
                if day.weekday() not in works:
                    weekdays[(f"{person.name} werkt niet", person_id)].add(day.weekday())
                    blamed = True
        if not blamed:
            weekdays[("de lestijden en werktijden sluiten niet op elkaar aan", None)].add(day.weekday())
    reasons: list[tuple[str, Id | None]] = []
    for name, dates in closed.items():
        reasons.append((f"{name} ({_span(dates)})", None))
    for (name, why, start, end, person_id) in absent:
        last = (end - timedelta(microseconds=1)).date()
        reason = f" ({why})" if why else ""
        reasons.append((f"{name} is afwezig{reason} ({_span([start.date(), last])})", person_id))
    reasons.extend((text, None) for text in sorted(rhythms))
    for (text, person_id), numbers in weekdays.items():
        reasons.append((f"{text} op {join_words(WEEKDAYS_NL[n] for n in sorted(numbers))}", person_id))
    return reasons


def _span(dates: list[date]) -> str:
    first, last = min(dates), max(dates)
    return fmt_date(first) if first == last else f"{fmt_date(first)} t/m {fmt_date(last)}"


def join_words(items) -> str:
    """'a', 'a en b', 'a, b en c'."""
    items = list(items)
    if not items:
        return ""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def reason_text(reasons: list[tuple[str, Id | None]]) -> str:
    """Join the reasons; the school's usual weekly rhythm is left out when something else is
    to blame (it is true for every week and hides the real cause)."""
    special = [text for text, _ in reasons if "lestijd" not in text]
    texts = special or [text for text, _ in reasons]
    return "; ".join(texts) if texts else "er is dan geen lesmoment vrij"
