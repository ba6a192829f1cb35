"""Deterministic synthetic municipality for benchmarks and tests (plain data, fixed seed).

The default matches PRODUCT.md: 50 schools, 80 groups, 13 specialists, 8 lessons, 40 % of
groups split into boys and girls (896 lessons), plus a parent evening and a showcase per group.
"""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from wishdesk.core.calendar import SchoolCalendar, SchoolYear
from wishdesk.core.scheduling.problem import (
    Absence,
    Group,
    Person,
    Problem,
    Rules,
    School,
    Session,
    SessionKind,
    TimeWindow,
)

SUBGROUPS = ("jongens", "meisjes")


def build_sessions(group: Group, lessons: int = 8, split: bool = False, events: bool = True) -> list[Session]:
    """The sessions of one group: lessons 1..n (both halves when split) and its parent events."""
    sessions = []
    for number in range(1, lessons + 1):
        for subgroup in SUBGROUPS if split else (None,):
            suffix = f"-{subgroup}" if subgroup else ""
            sessions.append(Session(f"{group.id}-L{number}{suffix}", group.id, SessionKind.LESSON,
                                    number, subgroup))
    if events:
        sessions.append(Session(f"{group.id}-OA", group.id, SessionKind.PARENT_EVENING))
        sessions.append(Session(f"{group.id}-TM", group.id, SessionKind.SHOWCASE))
    return sessions


def municipality(
    schools: int = 50,
    groups: int = 80,
    specialists: int = 13,
    lessons: int = 8,
    split_share: float = 0.4,
    seed: int = 2025,
    school_year: SchoolYear | None = None,
    region: str = "zuid",
    events: bool = True,
    rules: Rules | None = None,
) -> Problem:
    """Build the synthetic instance; same arguments give the same problem."""
    rng = random.Random(seed)
    school_year = school_year or SchoolYear(2025)
    rules = rules or Rules()
    base = SchoolCalendar(school_year, region)
    school_days = base.school_days()
    specialist_people = []
    for index in range(specialists):
        day_off = index % 5
        working = tuple(TimeWindow(d, time(8, 0), time(17, 0)) for d in range(5) if d != day_off)
        start = school_days[rng.randrange(40, len(school_days) - 40)]
        specialist_people.append(Person(
            f"S{index + 1:02d}", f"Specialist {index + 1}", "specialist", working,
            (Absence.days(start, start + timedelta(days=4), "vakantie"),),
        ))
    school_list, people, group_list, sessions = [], list(specialist_people), [], []
    group_counts = [1] * schools
    for extra in range(groups - schools):
        group_counts[extra % schools] += 1
    for index in range(schools):
        specialist = specialist_people[index % specialists]
        off = {w.weekday for w in specialist.working_times} ^ set(range(5))
        days = [d for d in range(5) if d not in off]
        window_days = sorted(rng.sample(days, 3))
        windows = [TimeWindow(d, time(8, 30), time(12, 0)) for d in window_days]
        if rng.random() < 0.5:
            windows.append(TimeWindow(window_days[0], time(13, 0), time(15, 0)))
        studies = {d: "Studiedag" for d in rng.sample([d for d in school_days if d.weekday() < 5], 3)}
        calendar = SchoolCalendar(school_year, region, study_days=studies)
        school = School.from_calendar(f"B{index + 1:02d}", f"Basisschool {index + 1}", tuple(windows), calendar)
        school_list.append(school)
        for number in range(group_counts[index]):
            teacher_id = f"T{index + 1:02d}{chr(97 + number)}"
            working: tuple[TimeWindow, ...] = ()
            if rng.random() < 0.3:  # part-time: works three consecutive days covering two windows
                for first in range(3):
                    span = set(range(first, first + 3))
                    if len(span & set(window_days)) >= 2:
                        working = tuple(TimeWindow.whole_day(d) for d in sorted(span))
                        break
            people.append(Person(teacher_id, f"Leerkracht {index + 1}{chr(97 + number)}", "teacher", working))
            group = Group(f"G{index + 1:02d}{chr(97 + number)}", f"Groep 6{chr(65 + number)}",
                          school.id, teacher_id, specialist.id)
            group_list.append(group)
    split_ids = set(rng.sample([g.id for g in group_list], round(split_share * len(group_list))))
    for group in group_list:
        sessions.extend(build_sessions(group, lessons, group.id in split_ids, events))
    first_day = next(d for d in school_days if d >= date(school_year.start_year, 9, 1))
    last_day = school_days[-1]
    return Problem(first_day, last_day, tuple(school_list), tuple(people), tuple(group_list),
                   tuple(sessions), rules)
