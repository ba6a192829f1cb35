"""Dutch wording shared by the conflict checker and the explanations (presentation only)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from wishdesk.core.scheduling.problem import Id, Problem, Session, SessionKind

DAYS_SHORT = ("ma", "di", "wo", "do", "vr", "za", "zo")


def sentence_start(text: str) -> str:
    """Upper-case the first letter only (str.capitalize would lower-case names: 'groep 6a (basisschool …)')."""
    return text[:1].upper() + text[1:]


def fmt_date(day: date) -> str:
    return f"{DAYS_SHORT[day.weekday()]} {day:%d-%m-%Y}"


def fmt_moment(moment: datetime) -> str:
    return f"{fmt_date(moment.date())} {moment:%H:%M}"


def group_label(problem: Problem, group_id: Id) -> str:
    group = problem.groups_by_id.get(group_id)
    if group is None:
        return f"groep {group_id}"
    school = problem.schools_by_id.get(group.school_id)
    return f"{group.name} ({school.name})" if school else group.name


def session_label(problem: Problem, session: Session) -> str:
    """E.g. 'les 4 (jongens) van Groep 6A (De Regenboog)'."""
    if session.kind == SessionKind.PARENT_EVENING:
        what = "de ouderavond"
    elif session.kind == SessionKind.SHOWCASE:
        what = "het toonmoment"
    else:
        what = f"les {session.lesson_number}" if session.lesson_number is not None else "een les"
        if session.subgroup:
            what += f" ({session.subgroup})"
    return f"{what} van {group_label(problem, session.group_id)}"


def person_name(problem: Problem, person_id: Id | None) -> str:
    if person_id is None:
        return "?"
    person = problem.people_by_id.get(person_id)
    return person.name if person else str(person_id)


def iso_weeks(days: Iterable[date]) -> tuple[int, ...]:
    return tuple(sorted({d.isocalendar()[1] for d in days}, key=lambda w: w))


def weeks_text(days: Iterable[date]) -> str:
    """'week 44-47' or 'week 51, 2-3' (in calendar order)."""
    ordered = sorted(set(days))
    weeks: list[int] = []
    for day in ordered:
        week = day.isocalendar()[1]
        if not weeks or weeks[-1] != week:
            weeks.append(week)
    if not weeks:
        return ""
    parts, start, prev = [], weeks[0], weeks[0]
    for week in weeks[1:] + [None]:
        if week is not None and week == prev + 1:
            prev = week
            continue
        parts.append(f"{start}" if start == prev else f"{start}-{prev}")
        if week is not None:
            start = prev = week
    return ("week " if len(weeks) == 1 else "weken ") + ", ".join(parts)
