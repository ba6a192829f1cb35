"""The dashboard on the Rapportage page: drill-down municipality -> school -> group and back, figures as the
core computed them, and screenshots of each level (offscreen grab) saved for a person to look at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.gui.test_reports_page import _page
from wishdesk import cli
from wishdesk.core.opening import open_database
from wishdesk.core.services.dashboard import dashboard

SHOTS = Path(os.environ.get("WISHDESK_SCREENSHOTS", "")) if os.environ.get("WISHDESK_SCREENSHOTS") else None


@pytest.fixture
def history_db(tmp_path: Path):  # noqa: ANN201
    path = tmp_path / "history.sqlite"
    assert cli.main(["demo", "--db", str(path), "--schools", "3", "--years", "1", "--year", "2026-2027"]) == 0
    db = open_database(path)
    yield db
    db.close()


def _shot(widget, name: str, tmp_path: Path) -> Path:  # noqa: ANN001
    target = (SHOTS or tmp_path) / f"dashboard-{name}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(target))
    return target


def test_drill_down_and_up_with_screenshots(qtbot, history_db, inline_operations, tmp_path) -> None:  # noqa: ANN001
    page = _page(qtbot, history_db)
    page.year.setCurrentIndex(page.year.findData("2025-2026"))
    page.tabs.setCurrentWidget(page.dashboard)
    board = page.dashboard
    expected = dashboard(history_db, "2025-2026")
    assert board.view == expected and board.view.level == "municipality"
    assert board.figures["held"].text() == str(expected.figures.held)
    assert board.table.rowCount() == len(expected.children) == 3
    assert not board.up_button.isEnabled()
    assert _shot(page, "municipality", tmp_path).stat().st_size > 10_000
    board.table.cellActivated.emit(0, 0)
    school = expected.children[0]
    assert board.view.level == "school" and board.view.node_id == school.id
    assert board.view.figures == school.figures
    _shot(page, "school", tmp_path)
    board.table.cellActivated.emit(0, 0)
    assert board.view.level == "group" and not board.table.isVisible()
    assert board.view.figures.wellbeing[0].n_before is not None  # the history has well-being checks
    _shot(page, "group", tmp_path)
    board.up_button.click()
    assert board.view.level == "school" and board.view.node_id == school.id
    board.up_button.click()
    assert board.view.level == "municipality"
