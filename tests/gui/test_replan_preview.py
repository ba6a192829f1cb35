"""'Re-plan everything…' on the Planning page (issue 17): a preview lists which lessons would move before
anything is written; Cancel writes nothing, OK moves them as one undoable edit."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from tests.core.test_planning_service import SUMMER
from tests.gui.test_planning_page import _page, _rows, planned  # noqa: F401 - the fixture
from wishdesk.core.models import Session


def _crowd(db) -> dict:  # noqa: ANN001
    """Put lessons 2-4 of the first group on lesson 1's moment: a plan that re-planning clearly improves."""
    with db.write() as s:
        rows = s.scalars(select(Session).where(Session.status == "planned")
                         .order_by(Session.group_id, Session.date)).all()
        first = rows[0]
        for row in rows[1:4]:
            row.date, row.start_time, row.end_time = first.date, first.start_time, first.end_time
    return _rows(db)


def _preview(qtbot, page):  # noqa: ANN001, ANN202
    page.replan.button.click()
    qtbot.waitUntil(lambda: page.replan.dialog is not None and page.replan.dialog.isVisible())
    return page.replan.dialog


def test_preview_then_cancel_writes_nothing_and_confirm_moves_with_undo(qtbot, planned) -> None:  # noqa: ANN001, F811
    crowded = _crowd(planned)
    page = _page(qtbot, planned, SUMMER)
    dialog = _preview(qtbot, page)
    moves = dialog.preview.moves
    count = len(moves)  # the page plans with CP-SAT, the fixture greedily: more than the crowded three move
    assert count >= 3 and dialog.model.rowCount() == count and dialog.preview.planned == 0
    assert f"{count} lesmomenten verplaatst" in dialog.summary.text()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == f"Move {count} lesson(s)" and ok.isEnabled()
    lessons = [m for m in moves if m.key.startswith("s")]  # "e..." are parent evenings
    moved_ids = {int(m.key[1:]) for m in lessons}
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert _rows(planned) == crowded  # cancel: nothing written

    dialog = _preview(qtbot, page)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: _rows(planned) != crowded)
    after = _rows(planned)
    assert {i for i in after if after[i] != crowded[i]} == moved_ids
    assert all(after[i][1:3] == (m.after.date(), m.after.time()) for m in lessons for i in [int(m.key[1:])])
    assert page.ctx.undo_stack.undoText() == "Re-plan everything"
    page.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: _rows(planned) == crowded)
    page.ctx.undo_stack.redo()
    qtbot.waitUntil(lambda: _rows(planned) == after)


def test_a_plan_that_stands_previews_no_moves(qtbot, planned) -> None:  # noqa: ANN001, F811
    page = _page(qtbot, planned, SUMMER)
    before = _rows(planned)
    dialog = _preview(qtbot, page)
    assert dialog.preview.moves == () and dialog.model.rowCount() == 0
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.summary.text().startswith("Opnieuw plannen verandert niets")
    dialog.reject()
    assert _rows(planned) == before
