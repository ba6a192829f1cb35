"""Recording well-being checks: one transaction each, undo by writing back what the write returned."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from wishdesk.core.errors import ValidationError
from wishdesk.core.models import Group, Pupil, Staff, WellbeingAnswer
from wishdesk.core.services import wellbeing as wb


def _group(db) -> tuple[int, list[int]]:  # noqa: ANN001
    with db.session() as s:
        group_id = s.scalar(select(Group.id).order_by(Group.id).limit(1))
        return group_id, list(s.scalars(select(Pupil.id).where(Pupil.group_id == group_id).order_by(Pupil.id)))


def test_pupil_check_saved_replaced_and_undone(demo_db) -> None:  # noqa: ANN001
    group_id, pupils = _group(demo_db)
    first = wb.PupilCheckRecord(pupils[0], "before", date(2026, 9, 1), (("safe", 4), ("happy", 5)))
    assert wb.save_pupil_check(demo_db, first) is None
    grid = {r.pupil_id: r for r in wb.group_grid(demo_db, group_id, "before")}
    assert grid[pupils[0]].scores == {"safe": 4, "happy": 5} and grid[pupils[1]].scores == {}
    second = wb.PupilCheckRecord(pupils[0], "before", date(2026, 9, 2), (("safe", 2),))
    undo = wb.save_pupil_check(demo_db, second)
    assert undo == first
    assert wb.save_pupil_check(demo_db, undo) == second  # undo puts the first back, and returns the redo
    assert {r.pupil_id: r for r in wb.group_grid(demo_db, group_id, "before")}[pupils[0]].scores == {"safe": 4, "happy": 5}
    assert wb.clear_pupil_check(demo_db, pupils[0], "before") == first
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(WellbeingAnswer)) == 0


def test_group_grid_in_one_transaction_and_bad_scores_write_nothing(demo_db) -> None:  # noqa: ANN001
    group_id, pupils = _group(demo_db)
    rows = [wb.PupilCheckRecord(p, "after", date(2027, 5, 1), (("say_no", 3),)) for p in pupils[:3]]
    undo = wb.save_group_checks(demo_db, rows)
    assert [u.scores for u in undo] == [(), (), ()]
    bad = [wb.PupilCheckRecord(pupils[3], "after", date(2027, 5, 1), (("say_no", 4),)),
           wb.PupilCheckRecord(pupils[4], "after", date(2027, 5, 1), (("say_no", 6),))]
    with pytest.raises(ValidationError):
        wb.save_group_checks(demo_db, bad)
    scores = {r.pupil_id: r.scores for r in wb.group_grid(demo_db, group_id, "after")}
    assert scores[pupils[3]] == {} and scores[pupils[0]] == {"say_no": 3}
    wb.save_group_checks(demo_db, list(undo))
    assert all(not r.scores for r in wb.group_grid(demo_db, group_id, "after"))


def test_duo_check_roundtrip(demo_db) -> None:  # noqa: ANN001
    group_id, _ = _group(demo_db)
    with demo_db.session() as s:
        staff_id = s.scalar(select(Staff.id).limit(1))
    record = wb.DuoCheckRecord(group_id, staff_id, "teacher", "before", date(2026, 9, 1), (("competent", 3),))
    assert wb.save_duo_check(demo_db, record) is None
    assert wb.save_duo_check(demo_db, wb.DuoCheckRecord(group_id, staff_id, "teacher", "before",
                                                        date(2026, 9, 1), ())) == record
    with pytest.raises(ValidationError):
        wb.save_duo_check(demo_db, wb.DuoCheckRecord(group_id, staff_id, "parent", "before", date(2026, 9, 1), ()))
