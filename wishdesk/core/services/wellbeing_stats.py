"""Well-being aggregates, the one place that reads the checks for reports and the dashboard.

Raw sums only (never a name); `core.suppression` and the callers decide what is shown. A pupil's score on
a check is the mean of the items answered; a group's mean is the mean over its pupils, so the mean of a
school is the n-weighted mean of its groups (the rule suppression relies on).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from ..models import DuoAnswer, DuoCheck, WellbeingAnswer, WellbeingCheck


@dataclass
class Sums:
    """Sum of scores and number of answers (an item) or of pupils (overall)."""

    total: float = 0.0
    n: int = 0

    def add(self, other: Sums) -> None:
        self.total += other.total
        self.n += other.n

    @property
    def mean(self) -> float | None:
        return self.total / self.n if self.n else None


@dataclass
class GroupWellbeing:
    """Per moment: per item sums and the pupils' overall sums."""

    items: dict[tuple[str, str], Sums] = field(default_factory=lambda: defaultdict(Sums))  # (moment, item)
    overall: dict[str, Sums] = field(default_factory=lambda: defaultdict(Sums))  # moment

    def add(self, other: GroupWellbeing) -> None:
        for key, sums in other.items.items():
            self.items[key].add(sums)
        for key, sums in other.overall.items():
            self.overall[key].add(sums)


def group_wellbeing(s: OrmSession, group_ids: Iterable[int]) -> dict[int, GroupWellbeing]:
    """Per group id: the sums of its pupils' checks."""
    ids = list(group_ids)
    out: dict[int, GroupWellbeing] = defaultdict(GroupWellbeing)
    if not ids:
        return out
    per_check: dict[int, list[int]] = defaultdict(list)
    meta: dict[int, tuple[int, str]] = {}
    rows = s.execute(select(WellbeingCheck.id, WellbeingCheck.group_id, WellbeingCheck.moment, WellbeingAnswer.item,
                            WellbeingAnswer.score).join(WellbeingAnswer).where(WellbeingCheck.group_id.in_(ids)))
    for check_id, group_id, moment, item, score in rows:
        sums = out[group_id].items[(moment, item)]
        sums.total += score
        sums.n += 1
        per_check[check_id].append(score)
        meta[check_id] = (group_id, moment)
    for check_id, scores in per_check.items():
        group_id, moment = meta[check_id]
        sums = out[group_id].overall[moment]
        sums.total += sum(scores) / len(scores)
        sums.n += 1
    return out


def duo_sums(s: OrmSession, group_ids: Iterable[int]) -> dict[tuple[str, str, str], Sums]:
    """(role, moment, item) -> sums over the people of the duo checks of these groups: n is the number of
    distinct staff (a specialist with checks in six groups is one person, not six), and each person's score
    is the mean of their own checks, so a mean over n people is what it says."""
    ids = list(group_ids)
    per_person: dict[tuple[str, str, str], dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    if ids:
        for role, moment, staff, item, score in s.execute(
                select(DuoCheck.role, DuoCheck.moment, DuoCheck.staff_id, DuoAnswer.item, DuoAnswer.score)
                .join(DuoAnswer).where(DuoCheck.group_id.in_(ids))):
            per_person[(role, moment, item)][staff].append(score)
    out: dict[tuple[str, str, str], Sums] = defaultdict(Sums)
    for key, people in per_person.items():
        out[key] = Sums(sum(sum(v) / len(v) for v in people.values()), len(people))
    return out
