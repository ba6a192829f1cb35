"""The well-being entry grid (keyboard only) and the municipality field, against the real services."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from wishdesk.core.models import Group
from wishdesk.core.services import municipality
from wishdesk.core.services import wellbeing as wb
from wishdesk.gui.widgets.municipality_field import MunicipalityField
from wishdesk.gui.widgets.wellbeing_grid import WellbeingGrid


def test_typing_scores_fills_the_grid_and_saves(qtbot, demo_db) -> None:  # noqa: ANN001
    with demo_db.session() as s:
        group_id = s.scalar(select(Group.id).order_by(Group.id).limit(1))
    grid = WellbeingGrid()
    qtbot.addWidget(grid)
    grid.show()
    grid.set_rows(wb.group_grid(demo_db, group_id, "before"))
    grid.setFocus()
    for key in "4534120":  # six answers for the first pupil, then a 2 for the second; 0 clears it again
        qtbot.keyClick(grid, key)
    assert [grid.score(0, c) for c in range(6)] == [4, 5, 3, 4, 1, 2]
    assert grid.score(1, 0) is None and (grid.currentRow(), grid.currentColumn()) == (1, 0)
    qtbot.keyClick(grid, "3")
    qtbot.keyClick(grid, Qt.Key.Key_Backspace)  # the cursor moved on: clears the next cell, which is empty
    undo = wb.save_group_checks(demo_db, grid.records("before", date(2026, 9, 1)))
    rows = wb.group_grid(demo_db, group_id, "before")
    assert rows[0].scores == {"safe": 4, "classmates": 5, "teacher": 3, "say_no": 4, "ask_help": 1, "happy": 2}
    assert rows[1].scores == {"safe": 3}
    wb.save_group_checks(demo_db, list(undo))
    assert all(not r.scores for r in wb.group_grid(demo_db, group_id, "before"))


def test_municipality_field_saves_a_cleaned_name(qtbot, demo_db) -> None:  # noqa: ANN001
    field = MunicipalityField()
    qtbot.addWidget(field)
    saved: list[str] = []
    field.save_requested.connect(saved.append)
    field.set_name(None)
    assert not field.save_button.isEnabled()
    qtbot.keyClicks(field.edit, "  Gemeente   Oss ")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert saved == ["Gemeente Oss"]
    municipality.set_municipality_name(demo_db, saved[0])
    assert municipality.get_municipality_name(demo_db) == "Gemeente Oss"
