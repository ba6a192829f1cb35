"""Conflict checker: every rule a plan breaks, with the reason in Dutch.

Independent of the solver on purpose (it works on datetimes and the plain problem data, not
on the solver's precomputed slots), so it can verify solver plans and check hand-edited ones.
Held sessions are history: calendar, window and availability rules are not reported for them,
but others may not clash with them and the spacing rules count them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date, datetime, timedelta

from wishdesk.core.scheduling.problem import (
    Assignment,
    Conflict,
    Id,
    Problem,
    RuleCode,
    Session,
    SessionKind,
    SessionStatus,
)
from wishdesk.core.scheduling.texts import fmt_date, fmt_moment, person_name, sentence_start, session_label


def _minute(moment: datetime) -> int:
    return moment.hour * 60 + moment.minute


def _inside(windows, start: datetime, end: datetime) -> bool:
    if start.date() != (end - timedelta(microseconds=1)).date():
        return False
    return any(
        w.weekday == start.weekday() and w.start_minute <= _minute(start)
        and _minute(start) + int((end - start).total_seconds() // 60) <= w.end_minute
        for w in windows
    )


def _paused_days(vacation_days: frozenset[date], first: date, second: date) -> int:
    """Days from ``first`` up to ``second`` that are not school holidays."""
    return sum(1 for n in range((second - first).days) if first + timedelta(days=n) not in vacation_days)


class _Lazy:
    """Text made only when a message uses it (f-string or str()): the checker looks at every session of a city,
    and building each one's Dutch label up front cost more than the checks."""

    __slots__ = ("_make", "_text")

    def __init__(self, make) -> None:  # noqa: ANN001 - () -> str
        self._make, self._text = make, None

    def __str__(self) -> str:
        if self._text is None:
            self._text = self._make()
        return self._text

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def find_conflicts(
    problem: Problem, assignments: Mapping[Id, Assignment | datetime] | None = None
) -> list[Conflict]:
    """All broken rules of a plan. ``assignments`` maps session id to a start (or Assignment);
    without it, each session's own ``start`` is the plan (e.g. after manual edits)."""
    checker = _Checker(problem, assignments)
    checker.run()
    return checker.conflicts


class _Checker:
    def __init__(self, problem: Problem, assignments: Mapping[Id, Assignment | datetime] | None) -> None:
        self.p = problem
        self.conflicts: list[Conflict] = []
        self.start: dict[Id, datetime] = {}
        for session in problem.sessions:
            value = (assignments or {}).get(session.id) if assignments is not None else session.start
            if isinstance(value, Assignment):
                value = value.start
            if value is not None:
                self.start[session.id] = value
            elif assignments is not None and session.fixed:
                self.start[session.id] = session.start

    def end(self, sid: Id) -> datetime:
        return self.start[sid] + timedelta(minutes=self.p.duration(self.p.sessions_by_id[sid]))

    def add(self, rule: RuleCode, message: str, sessions: list[Session], people: tuple = ()) -> None:
        self.conflicts.append(Conflict(
            rule, message, tuple(s.id for s in sessions),
            tuple(dict.fromkeys(s.group_id for s in sessions)),
            tuple(p for p in dict.fromkeys(people) if p is not None),
            tuple(dict.fromkeys(self.p.group_of(s).school_id for s in sessions)),
        ))

    def run(self) -> None:
        for session in self.p.sessions:
            if session.id not in self.start:
                self.add(RuleCode.UNPLANNED, f"{sentence_start(session_label(self.p, session))} heeft nog geen datum.",
                         [session])
            else:
                self.single(session)
        self.pairs()
        self.per_day()
        self.spacing()

    # ------------------------------------------------------------------ one session
    def single(self, s: Session) -> None:
        p, start, end = self.p, self.start[s.id], self.end(s.id)
        if s.status == SessionStatus.HELD and start == s.start:
            return  # history where it was: nothing to check (and no words to build)
        label = _Lazy(lambda: sentence_start(session_label(p, s)))  # the Dutch words only for a broken rule
        when = _Lazy(lambda: fmt_moment(start))
        if s.fixed and start != s.start:
            state = "al gegeven" if s.status == SessionStatus.HELD else "vastgezet"
            self.add(RuleCode.FIXED_MOVED, f"{label} is {state} op {fmt_moment(s.start)} maar staat nu op {when}.", [s])
        if s.status == SessionStatus.HELD:
            return
        group, school = p.group_of(s), p.school_of(s)
        teacher_id, specialist_id = p.teacher_id(s), p.specialist_id(s)
        day = start.date()
        if s.status == SessionStatus.OPEN and not (p.first_day <= day <= p.last_day):
            self.add(RuleCode.OUTSIDE_PERIOD, f"{label} ({when}) ligt buiten de planperiode "
                     f"{fmt_date(p.first_day)} t/m {fmt_date(p.last_day)}.", [s])
        if (group.not_before and day < group.not_before) or (group.not_after and day > group.not_after):
            self.add(RuleCode.OUTSIDE_PERIOD, f"{label} ({when}) ligt buiten de periode die voor "
                     f"{group.name} is afgesproken.", [s])
        if day.weekday() >= 5:
            self.add(RuleCode.SCHOOL_CLOSED, f"{label} staat in het weekend ({when}).", [s])
        elif day in school.closed_days:
            self.add(RuleCode.SCHOOL_CLOSED, f"{label} ({when}): {school.name} is dan dicht "
                     f"({school.closed_days[day]}).", [s])
        if s.kind == SessionKind.LESSON:
            if not _inside(school.lesson_windows, start, end):
                self.add(RuleCode.OUTSIDE_WINDOW, f"{label} ({when}) valt buiten de lestijden die "
                         f"{school.name} voor groep 6 heeft opgegeven.", [s])
            for person_id, rule in ((teacher_id, RuleCode.TEACHER_UNAVAILABLE),
                                    (specialist_id, RuleCode.SPECIALIST_UNAVAILABLE)):
                person = p.people_by_id.get(person_id) if person_id is not None else None
                if person and person.working_times and not _inside(person.working_times, start, end):
                    self.add(rule, f"{label} ({when}): {person.name} werkt dan niet.", [s], (person_id,))
        for person_id in (teacher_id, specialist_id):
            person = p.people_by_id.get(person_id) if person_id is not None else None
            for absence in person.absences if person else ():
                if absence.overlaps(start, end):
                    why = f" ({absence.reason})" if absence.reason else ""
                    self.add(RuleCode.ABSENT, f"{label} ({when}): {person.name} is dan afwezig{why}.",
                             [s], (person_id,))

    # ------------------------------------------------------------------ clashes
    def pairs(self) -> None:
        p = self.p
        by_day: dict[date, list[Session]] = defaultdict(list)
        for s in p.sessions:
            if s.id in self.start:
                by_day[self.start[s.id].date()].append(s)
        for sessions in by_day.values():
            sessions.sort(key=lambda s: self.start[s.id])
            # Only sessions that share a specialist, teacher or group can clash: compare those pairs, not every
            # pair of the day (a city has hundreds of lessons a day), in the same order as before.
            sharing: dict[tuple, list[int]] = defaultdict(list)
            for index, s in enumerate(sessions):
                spec = p.specialist_id(s)
                if spec is not None:
                    sharing[("s", spec)].append(index)
                sharing[("t", p.teacher_id(s))].append(index)
                sharing[("g", s.group_id)].append(index)
            candidates = {(i, j) for members in sharing.values() if len(members) > 1
                          for n, i in enumerate(members) for j in members[n + 1:]}
            for i, j in sorted(candidates):
                self.clash(sessions[i], sessions[j])

    def clash(self, a: Session, b: Session) -> None:
        p = self.p
        a_start, a_end, b_start, b_end = self.start[a.id], self.end(a.id), self.start[b.id], self.end(b.id)
        overlap = a_start < b_end and b_start < a_end

        def both() -> str:  # the Dutch words only for a pair that breaks a rule
            return f"{session_label(p, a)} ({fmt_moment(a_start)}) en {session_label(p, b)} ({fmt_moment(b_start)})"

        spec_a, spec_b = p.specialist_id(a), p.specialist_id(b)
        if spec_a is not None and spec_a == spec_b:
            school_a, school_b = p.group_of(a).school_id, p.group_of(b).school_id
            if overlap:
                self.add(RuleCode.SPECIALIST_DOUBLE_BOOKED, f"{person_name(p, spec_a)} staat tegelijk bij {both()}.",
                         [a, b], (spec_a,))
            elif school_a != school_b:
                travel = p.travel(school_a, school_b)
                gap = (max(a_start, b_start) - min(a_end, b_end)).total_seconds() / 60
                if gap < travel:
                    self.add(RuleCode.TRAVEL_TIME, f"{person_name(p, spec_a)} heeft tussen {both()} maar {int(gap)} "
                             f"minuten; de reistijd tussen de scholen is {travel} minuten.", [a, b], (spec_a,))
        if not overlap:
            return
        teacher_a, teacher_b = p.teacher_id(a), p.teacher_id(b)
        if teacher_a == teacher_b:
            self.add(RuleCode.TEACHER_DOUBLE_BOOKED, f"{person_name(p, teacher_a)} staat tegelijk bij {both()}.",
                     [a, b], (teacher_a,))
        elif a.group_id == b.group_id:
            self.add(RuleCode.GROUP_DOUBLE_BOOKED, f"{p.groups_by_id[a.group_id].name} heeft tegelijk {both()}.",
                     [a, b])

    def per_day(self) -> None:
        p = self.p
        counts: dict[tuple[Id, date], list[Session]] = defaultdict(list)
        for s in p.sessions:
            spec = p.specialist_id(s)
            if s.id in self.start and s.kind == SessionKind.LESSON and spec is not None:
                counts[(spec, self.start[s.id].date())].append(s)
        for (spec, day), sessions in sorted(counts.items(), key=lambda item: (str(item[0][0]), item[0][1])):
            limit = p.max_per_day(spec)
            if len(sessions) > limit:
                self.add(RuleCode.MAX_PER_DAY, f"{person_name(p, spec)} heeft op {fmt_date(day)} {len(sessions)} "
                         f"lessen; het maximum is {limit} per dag.", sessions, (spec,))

    # ------------------------------------------------------------------ spacing
    def spacing(self) -> None:
        p = self.p
        by_group: dict[Id, list[Session]] = defaultdict(list)
        for s in p.sessions:
            if s.id in self.start:
                by_group[s.group_id].append(s)
        for group_id, sessions in by_group.items():
            school = p.schools_by_id[p.groups_by_id[group_id].school_id]
            lessons = [s for s in sessions if s.kind == SessionKind.LESSON]
            seen: set[tuple[Id, Id]] = set()
            for subgroup in sorted({s.subgroup for s in lessons if s.subgroup}) or [None]:
                series = sorted((s for s in lessons if s.subgroup in (subgroup, None)),
                                key=lambda s: (s.lesson_number or 0, self.start[s.id]))
                for a, b in zip(series, series[1:], strict=False):
                    if (a.lesson_number or 0) == (b.lesson_number or 0) or (a.id, b.id) in seen:
                        continue
                    seen.add((a.id, b.id))
                    if a.status == b.status == SessionStatus.HELD:
                        continue
                    self.gap(a, b, school.vacation_days)
            if not lessons:
                continue
            numbers = sorted({s.lesson_number or 0 for s in lessons})
            first = [s for s in lessons if (s.lesson_number or 0) == numbers[0]]
            last = [s for s in lessons if (s.lesson_number or 0) == numbers[-1]]
            for event in sessions:
                if event.kind == SessionKind.PARENT_EVENING:
                    self.event_window(event, min(first, key=lambda s: self.start[s.id]), before=True)
                elif event.kind == SessionKind.SHOWCASE:
                    self.event_window(event, max(last, key=lambda s: self.end(s.id)), before=False)

    def gap(self, a: Session, b: Session, vacation_days: frozenset[date]) -> None:
        p, rules = self.p, self.p.rules
        label_a, label_b = _Lazy(lambda: session_label(p, a)), _Lazy(lambda: session_label(p, b))
        when = _Lazy(lambda: f"{label_a} ({fmt_date(self.start[a.id].date())}) en {label_b} "
                             f"({fmt_date(self.start[b.id].date())})")
        if self.start[b.id] < self.end(a.id):
            self.add(RuleCode.LESSON_ORDER, f"{sentence_start(str(label_b))} staat vóór {label_a}; de lessen "
                     "moeten in de volgorde van het lesprogramma.", [a, b])
            return
        days = (self.start[b.id].date() - self.start[a.id].date()).days
        if days < rules.min_gap_days:
            self.add(RuleCode.MIN_GAP, f"Tussen {when} zitten {days} dagen; minimaal {rules.min_gap_days}.", [a, b])
        paused = _paused_days(vacation_days, self.start[a.id].date(), self.start[b.id].date())
        if paused > rules.max_gap_days:
            self.add(RuleCode.MAX_GAP, f"Tussen {when} zitten {paused} dagen (schoolvakanties niet "
                     f"meegeteld); maximaal {rules.max_gap_days}.", [a, b])

    def event_window(self, event: Session, lesson: Session, before: bool) -> None:
        p, rules = self.p, self.p.rules
        label = _Lazy(lambda: sentence_start(session_label(p, event)))
        lesson_label = _Lazy(lambda: session_label(p, lesson))
        if before:
            low, high, rule = rules.parent_evening_min_days_before, rules.parent_evening_max_days_before, RuleCode.PARENT_EVENING
            days = (self.start[lesson.id].date() - self.start[event.id].date()).days
            wrong_order = self.end(event.id) > self.start[lesson.id]
            words = "vóór"
        else:
            low, high, rule = rules.showcase_min_days_after, rules.showcase_max_days_after, RuleCode.SHOWCASE
            days = (self.start[event.id].date() - self.start[lesson.id].date()).days
            wrong_order = self.start[event.id] < self.end(lesson.id)
            words = "na"
        if wrong_order or not low <= days <= high:
            self.add(rule, f"{label} ({fmt_moment(self.start[event.id])}) moet {low} tot {high} dagen {words} "
                     f"{lesson_label} ({fmt_date(self.start[lesson.id].date())}) zijn.", [event, lesson])
