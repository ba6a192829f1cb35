"""The demo municipality: deterministic, realistic, complete."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

from wishdesk.core.demo import build_demo
from wishdesk.core.models import CalendarEntry, Group, Guardian, Pupil, School, Staff
from wishdesk.core.schema import open_database
from wishdesk.core.services import directory


def _build(path: Path, schools: int, seed: int):  # noqa: ANN202
    db = open_database(path, create=True)
    with db.write() as s:
        steps = list(build_demo(s, schools=schools, seed=seed, year="2026-2027"))
    return db, steps


def _snapshot(db) -> list:  # noqa: ANN001
    return [(g.school, g.name, g.pupils, g.specialist, g.teachers) for g in directory.list_groups(db)] + [
        [(p.first_name, p.subgroup, tuple(x.language for x in p.guardians)) for p in directory.list_pupils(db, g.id)]
        for g in directory.list_groups(db)
    ]


def test_same_seed_same_data(tmp_path: Path) -> None:
    a, _ = _build(tmp_path / "a.sqlite", 5, 3)
    b, _ = _build(tmp_path / "b.sqlite", 5, 3)
    c, _ = _build(tmp_path / "c.sqlite", 5, 4)
    try:
        assert _snapshot(a) == _snapshot(b)
        assert _snapshot(a) != _snapshot(c)
    finally:
        for db in (a, b, c):
            db.close()


def test_demo_is_realistic(tmp_path: Path) -> None:
    db, steps = _build(tmp_path / "d.sqlite", 12, 1)
    try:
        assert steps[-1] == (12, 12)
        with db.session() as s:
            assert s.scalar(select(func.count(School.id))) == 12
            groups = s.scalars(select(Group)).all()
            assert 12 <= len(groups) <= 36
            assert all(g.specialist_id and g.teachers for g in groups)
            sizes = [s.scalar(select(func.count(Pupil.id)).where(Pupil.group_id == g.id)) for g in groups]
            assert all(20 <= n <= 30 for n in sizes)
            languages = Counter(s.scalars(select(Guardian.language)).all())
            assert languages.most_common(1)[0][0] == "nl"
            assert {"tr", "ar"} <= set(languages)
            specialists = [p for p in s.scalars(select(Staff)).all() if "specialist" in p.role_codes]
            assert len(specialists) == 3  # ~1 per 4 schools
            holidays = s.scalars(select(CalendarEntry).where(CalendarEntry.region == "zuid")).all()
            assert any("Kerst" in h.name for h in holidays)
    finally:
        db.close()
