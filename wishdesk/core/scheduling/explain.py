"""Why no plan exists, in a coordinator's words (Dutch): which group, person, rule and weeks.

First quick necessary-condition checks (cheap, precise wording): a session without any legal
moment, a series of lessons that cannot be spaced within the gap rules, a parent evening or
showcase that cannot fit, a specialist with more lessons than days. When those pass but CP-SAT
still finds no plan, :func:`explain_by_relaxation` lets the soft-able rules give way, minimises
the violations and reports the rules that had to give, with the weeks involved.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from datetime import date

from wishdesk.core.scheduling.prepare import DAY, Prepared
from wishdesk.core.scheduling.problem import WEEKDAYS_NL, Explanation, Id, RuleCode, Session, SessionKind
from wishdesk.core.scheduling.reasons import day_reasons, join_words, reason_text
from wishdesk.core.scheduling.texts import (
    fmt_date,
    group_label,
    iso_weeks,
    person_name,
    sentence_start,
    session_label,
    weeks_text,
)

# --------------------------------------------------------------------------- quick checks


def quick_checks(prep: Prepared, session_ids: list[Id], stretch_gaps: bool = False) -> list[Explanation]:
    """Necessary conditions, cheapest first; empty when none fails. ``stretch_gaps``: the
    maximum gap may give way (re-planning), so it is not checked."""
    p = prep.problem
    found = _no_moments(prep, session_ids)
    if found:
        return found
    groups = sorted({p.sessions_by_id[s].group_id for s in session_ids}, key=str)
    for group_id in groups:
        found.extend(_series_check(prep, group_id, prep.ndays if stretch_gaps else None))
    if found:
        return found
    specialists = sorted({prep.specialist[s] for s in session_ids if prep.specialist[s] is not None}, key=str)
    for specialist in specialists:
        if explanation := _capacity_check(prep, specialist, session_ids):
            found.append(explanation)
    return found


def _no_moment(prep: Prepared, session: Session) -> tuple[RuleCode, str, tuple[Id, ...]] | None:
    """(rule, reason text, people) when the session has no legal moment at all."""
    if session.id in prep.fixed or prep.starts[session.id]:
        return None
    days = [prep.date_of(i) for i in range(prep.first_index, prep.last_index + 1)]
    reasons = day_reasons(prep, session, days)
    people = tuple(dict.fromkeys(pid for _, pid in reasons if pid is not None))
    rule = RuleCode.OUTSIDE_WINDOW
    if any(pid == prep.specialist[session.id] for pid in people):
        rule = RuleCode.SPECIALIST_UNAVAILABLE
    elif any(pid == prep.teacher[session.id] for pid in people):
        rule = RuleCode.TEACHER_UNAVAILABLE
    if any("afwezig" in t for t, _ in reasons):
        reasons = [r for r in reasons if "lestijd" not in r[0]]
    text = "; ".join(t for t, _ in reasons if "vakantie" not in t.lower()) or reason_text(reasons)
    return rule, text, people


def _no_moments(prep: Prepared, session_ids: list[Id]) -> list[Explanation]:
    """One explanation per group and reason, listing the sessions it concerns."""
    p = prep.problem
    found: dict[tuple, list[Session]] = {}
    for sid in session_ids:
        session = p.sessions_by_id[sid]
        if (why := _no_moment(prep, session)) is not None:
            found.setdefault((session.group_id, *why), []).append(session)
    result = []
    for (group_id, rule, text, people), sessions in found.items():
        labels = [session_label(p, s).split(" van ")[0] for s in sessions]
        result.append(Explanation(
            rule,
            f"{group_label(p, group_id)}: er is tussen {fmt_date(p.first_day)} en {fmt_date(p.last_day)} "
            f"geen enkel mogelijk moment voor {join_words(labels)}: {text}.",
            (group_id,), people, tuple(s.id for s in sessions)))
    return result


def _series_check(prep: Prepared, group_id: Id, max_gap: int | None = None) -> list[Explanation]:
    """Can each series of the group be spaced within the gap rules, ignoring other groups?"""
    p, rules = prep.problem, prep.problem.rules
    max_gap = rules.max_gap_days if max_gap is None else max_gap
    lessons = [s for s in p.sessions if s.group_id == group_id and s.kind == SessionKind.LESSON]
    if not lessons:
        return []
    before = {a for a, _ in prep.before}
    after = {b for _, b in prep.after}
    evenings = [s for s in p.sessions if s.group_id == group_id and s.id in before]
    showcases = [s for s in p.sessions if s.group_id == group_id and s.id in after]
    for subgroup in sorted({s.subgroup for s in lessons if s.subgroup}) or [None]:
        series = sorted((s for s in lessons if s.subgroup in (subgroup, None)), key=lambda s: s.lesson_number or 0)
        reach = prep.days_of(series[0].id)
        for evening in evenings:
            evening_days = prep.days_of(evening.id)
            reach = [d for d in reach if _any_between(evening_days, d - rules.parent_evening_max_days_before,
                                                      d - rules.parent_evening_min_days_before)]
            if not reach:
                return [_event_explanation(prep, evening, series[0], before=True)]
        for previous, current in zip(series, series[1:], strict=False):
            options, new_reach = prep.days_of(current.id), []
            for day in options:
                index = bisect_right(reach, day - rules.min_gap_days) - 1
                if index >= 0 and prep.paused_gap(current.id, reach[index], day) <= max_gap:
                    new_reach.append(day)
            if not new_reach:
                segments = _segments_explanation(prep, series) if max_gap == rules.max_gap_days else None
                return [segments or _gap_explanation(prep, previous, current, reach)]
            reach = new_reach
        for showcase in showcases:
            show_days = prep.days_of(showcase.id)
            if not any(_any_between(show_days, d + rules.showcase_min_days_after,
                                    d + rules.showcase_max_days_after) for d in reach):
                return [_event_explanation(prep, showcase, series[-1], before=False)]
    return []


def _any_between(days: list[int], low: int, high: int) -> bool:
    index = bisect_right(days, high) - 1
    return index >= 0 and days[index] >= low


def _longest_chain(prep: Prepared, sid: Id, days: list[int], max_gap: int | None) -> int:
    """Most lessons that fit one after another on ``days`` with the gap rules (others ignored)."""
    min_gap = prep.problem.rules.min_gap_days
    best: list[int] = []
    for i, day in enumerate(days):
        value = 1
        for j in range(i - 1, -1, -1):
            if max_gap is not None and prep.paused_gap(sid, days[j], day) > max_gap:
                break
            if day - days[j] >= min_gap:
                value = max(value, best[j] + 1)
        best.append(value)
    return max(best, default=0)


def _segments_explanation(prep: Prepared, series: list[Session]) -> Explanation | None:
    """When even the possible lesson days alone cannot hold the series: say whether stretches
    without lessons (holidays, absence) or the weekly rhythm versus the gap rules are to blame."""
    p, rules = prep.problem, prep.problem.rules
    first = series[0]
    days = sorted({d for s in series for d in prep.days_of(s.id)})
    longest = _longest_chain(prep, first.id, days, rules.max_gap_days)
    if longest >= len(series):
        return None
    holes = [(a + 1, b - 1) for a, b in zip(days, days[1:], strict=False)
             if prep.paused_gap(first.id, a, b) > rules.max_gap_days]
    what = f"{group_label(p, first.group_id)}" + (f" ({first.subgroup})" if first.subgroup else "")
    text = (f"{what}: de {len(series)} lessen passen niet tussen {fmt_date(prep.date_of(days[0]))} en "
            f"{fmt_date(prep.date_of(days[-1]))} met minstens {rules.min_gap_days} en hoogstens "
            f"{rules.max_gap_days} dagen (schoolvakanties niet meegeteld) ertussen; er passen hoogstens "
            f"{longest} lessen achter elkaar.")
    reasons: list[tuple[str, Id | None]] = []
    hole_days: list[date] = []
    for start, end in holes:
        dates = [prep.date_of(i) for i in range(start, end + 1)]
        hole_days.extend(dates)
        reasons.extend(r for r in day_reasons(prep, first, dates) if r not in reasons)
    numbers = sorted({prep.date_of(d).weekday() for d in days})
    vacation = p.school_of(first).vacation_days
    rhythm = [d for d in range(days[0], days[-1] + 1)
              if prep.date_of(d).weekday() in numbers and prep.date_of(d) not in vacation]
    if _longest_chain(prep, first.id, days, None) < len(series):
        rule = RuleCode.OUTSIDE_PERIOD
        also = f", ook omdat in {weeks_text(hole_days)} geen les kan: {reason_text(reasons)}" if holes else ""
        text += f" De periode is te kort{also}; begin eerder of plan door tot later."
    elif _longest_chain(prep, first.id, rhythm, rules.max_gap_days) < len(series):
        rule, reasons, hole_days = RuleCode.MAX_GAP, [], []
        text += (f" Er kan alleen op {join_words(WEEKDAYS_NL[n] for n in numbers)} les zijn, en dat weekritme past "
                 "niet bij de tussenruimte; verruim de tussenruimte of de lestijden.")
    else:
        rule = RuleCode.MAX_GAP
        text += f" In {weeks_text(hole_days)} kan geen les: {reason_text(reasons)}."
    people = tuple(dict.fromkeys(pid for _, pid in reasons if pid is not None))
    return Explanation(rule, text, (first.group_id,), people, tuple(s.id for s in series), iso_weeks(hole_days))


def _gap_explanation(prep: Prepared, previous: Session, current: Session, reach: list[int]) -> Explanation:
    p, rules = prep.problem, prep.problem.rules
    latest = reach[-1]
    first = latest + rules.min_gap_days
    last = max(first, prep.latest_day_within_gap(current.id, latest, rules.max_gap_days))
    window = [prep.date_of(i) for i in range(first, min(last, prep.ndays - 1) + 1)]
    later = [d for d in prep.days_of(current.id) if d >= reach[0] + rules.min_gap_days]
    what = f"les {current.lesson_number}" + (f" ({current.subgroup})" if current.subgroup else "")
    head = f"{group_label(p, current.group_id)}: {what} kan niet binnen de regels na les {previous.lesson_number}."
    if not later:
        rule = RuleCode.OUTSIDE_PERIOD
        first = reach[0] + rules.min_gap_days
        body = (f" Les {previous.lesson_number} kan op zijn vroegst op {fmt_date(prep.date_of(reach[0]))}; "
                f"vanaf {rules.min_gap_days} dagen later tot {fmt_date(p.last_day)} is er geen mogelijk "
                "moment meer")
        window = [prep.date_of(i) for i in range(first, prep.last_index + 1)]
        if any(b == previous.id for _, b in prep.before):
            body += f" (de ouderavond moet minstens {rules.parent_evening_min_days_before} dag eerder zijn)"
    else:
        rule = RuleCode.MAX_GAP
        body = (f" Les {previous.lesson_number} kan op zijn laatst op {fmt_date(prep.date_of(latest))}; "
                f"daarna moet les {current.lesson_number} binnen {rules.max_gap_days} dagen (schoolvakanties "
                f"niet meegeteld) volgen, maar in {weeks_text(window)} kan dat niet")
    reasons = day_reasons(prep, current, window)
    people = tuple(dict.fromkeys(pid for _, pid in reasons if pid is not None))
    return Explanation(rule, f"{head}{body}: {reason_text(reasons)}.", (current.group_id,), people,
                       (previous.id, current.id), iso_weeks(window))


def _event_explanation(prep: Prepared, event: Session, lesson: Session, before: bool) -> Explanation:
    p, rules = prep.problem, prep.problem.rules
    if before:
        rule, low, high = RuleCode.PARENT_EVENING, rules.parent_evening_min_days_before, rules.parent_evening_max_days_before
        text = f"{low} tot {high} dagen vóór les {lesson.lesson_number}"
    else:
        rule, low, high = RuleCode.SHOWCASE, rules.showcase_min_days_after, rules.showcase_max_days_after
        text = f"{low} tot {high} dagen na les {lesson.lesson_number}"
    return Explanation(
        rule,
        f"{sentence_start(session_label(p, event))} moet {text} zijn, maar er is geen combinatie van data "
        "waarop dat kan (let op vakanties, afwezigheid en de lestijden).",
        (event.group_id,), (), (event.id, lesson.id),
    )


def _capacity_check(prep: Prepared, specialist: Id, session_ids: list[Id]) -> Explanation | None:
    p = prep.problem
    lessons = prep.lessons_of_specialist(specialist, session_ids)
    per_day: dict[int, int] = defaultdict(int)
    for sid in lessons:
        for day in prep.days_of(sid):
            per_day[day] += 1
    limit = p.max_per_day(specialist)
    capacity = sum(min(limit, n) for n in per_day.values())
    if len(lessons) <= capacity:
        return None
    return Explanation(
        RuleCode.CAPACITY,
        f"{person_name(p, specialist)} moet {len(lessons)} lessen geven, maar op de dagen waarop dat kan passen "
        f"er hoogstens {capacity} (maximaal {limit} per dag). Verdeel groepen over meer specialisten of "
        "verruim de lestijden of het maximum per dag.",
        tuple(dict.fromkeys(p.sessions_by_id[s].group_id for s in lessons)), (specialist,), tuple(lessons),
    )


# --------------------------------------------------------------------------- relaxation


def explain_by_relaxation(prep: Prepared, session_ids: list[Id], time_limit: float = 5.0,
                          cancel=None) -> list[Explanation]:
    """Let the rules that can give way do so, minimise the damage, and report what gave."""
    from wishdesk.core.scheduling.cpmodel import ComponentModel

    p, rules = prep.problem, prep.problem.rules
    outcome = ComponentModel(prep, session_ids, mode="relax").solve(time_limit, cancel=cancel)
    specialist = next((prep.specialist[s] for s in session_ids if prep.specialist[s] is not None), None)
    if outcome.status not in ("optimal", "feasible"):
        return [Explanation(
            RuleCode.UNKNOWN,
            f"Voor de groepen van {person_name(p, specialist)} is geen planning gevonden, ook niet als de "
            "regels voor tussenruimte, reistijd en het maximum per dag worden losgelaten. Controleer vastgezette "
            "en al gegeven lessen die elkaar overlappen.",
            tuple(dict.fromkeys(p.sessions_by_id[s].group_id for s in session_ids)),
            (specialist,) if specialist is not None else (), tuple(session_ids))]
    found = []
    for violation in outcome.violations:
        ids = violation.session_ids
        days = sorted({outcome.starts[s] // DAY for s in ids})
        dates = [prep.date_of(d) for d in range(days[0], days[-1] + 1)] if days else []
        sessions = [p.sessions_by_id[s] for s in ids]
        if violation.rule == "max_gap":
            a, b = sessions
            gap = rules.max_gap_days + violation.amount
            reasons = day_reasons(prep, b, dates[rules.min_gap_days:])
            busy = f"{person_name(p, prep.specialist[b.id])} is op de overige dagen al bij andere groepen"
            found.append(Explanation(
                RuleCode.MAX_GAP,
                f"{group_label(p, a.group_id)}: tussen les {a.lesson_number} en les {b.lesson_number}"
                f"{f' ({b.subgroup})' if b.subgroup else ''} zouden {gap} dagen zitten (schoolvakanties niet "
                f"meegeteld), in {weeks_text(dates)}; maximaal {rules.max_gap_days}. Oorzaak: "
                f"{reason_text(reasons)}; {busy}.",
                (a.group_id,), (prep.specialist[b.id],), ids, iso_weeks(dates)))
        elif violation.rule == "min_gap":
            a, b = sessions
            found.append(Explanation(
                RuleCode.MIN_GAP,
                f"{group_label(p, a.group_id)}: les {a.lesson_number} en les {b.lesson_number} zouden maar "
                f"{rules.min_gap_days - violation.amount} dagen uit elkaar liggen ({weeks_text(dates)}); "
                f"minimaal {rules.min_gap_days}.", (a.group_id,), (), ids, iso_weeks(dates)))
        elif violation.rule in ("parent_evening", "showcase"):
            event = next(s for s in sessions if s.kind != SessionKind.LESSON)
            code = RuleCode.PARENT_EVENING if violation.rule == "parent_evening" else RuleCode.SHOWCASE
            found.append(Explanation(
                code, f"{sentence_start(session_label(p, event))} past niet binnen de afgesproken termijn rond de "
                f"lessen ({weeks_text(dates)}); {violation.amount} dag(en) te veel of te weinig.",
                (event.group_id,), (), ids, iso_weeks(dates)))
        else:
            found.append(_resource_violation(prep, outcome.starts, violation, session_ids))
    return found or [Explanation(
        RuleCode.UNKNOWN, f"De planning voor {person_name(p, specialist)} lukte niet binnen de rekentijd; "
        "probeer het opnieuw met meer tijd.", (), (), tuple(session_ids))]


def _resource_violation(prep: Prepared, starts: dict[Id, int], violation, session_ids: list[Id]) -> Explanation:
    p = prep.problem
    person = violation.person_id
    lessons = prep.lessons_of_specialist(person, session_ids)
    per_day: dict[int, list[Id]] = defaultdict(list)
    for sid in lessons:
        per_day[starts[sid] // DAY].append(sid)
    groups = tuple(dict.fromkeys(p.sessions_by_id[s].group_id for s in lessons))
    if violation.rule == "max_per_day":
        limit = p.max_per_day(person)
        busy = [prep.date_of(d) for d, ids in per_day.items() if len(ids) > limit]
        return Explanation(
            RuleCode.MAX_PER_DAY,
            f"{person_name(p, person)} zou in {weeks_text(busy)} meer dan {limit} lessen per dag moeten geven "
            f"om alle groepen binnen de tussenruimte-regels te plannen.", groups, (person,), tuple(lessons),
            iso_weeks(busy))
    schools = sorted({prep.school[s] for s in lessons}, key=str)
    pairs = [(p.travel(a, b), a, b) for i, a in enumerate(schools) for b in schools[i + 1:]]
    minutes, first, second = max(pairs, key=lambda item: item[0])
    names = p.schools_by_id
    return Explanation(
        RuleCode.TRAVEL_TIME,
        f"{person_name(p, person)} kan niet alle groepen plannen zonder op één dag tussen scholen te reizen, "
        f"en daarvoor is de tijd te kort (bijvoorbeeld {minutes} minuten reistijd tussen "
        f"{names[first].name} en {names[second].name}). Verruim de lestijden, zodat er op één ochtend plaats "
        "is voor twee scholen, of laat de lessen later beginnen of eindigen.",
        groups, (person,), tuple(lessons))
