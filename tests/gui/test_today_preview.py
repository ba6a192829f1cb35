"""Start-up's first look at Vandaag (gui/today_preview.py): the signed-in person's lessons read without the ORM
take the page's place at once, the real page takes the same rows over when the database is open (no blink),
its own read then gives the same rows, and nothing in the first look can change anything."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from wishdesk.core.opening import open_database
from wishdesk.core.services import sessions
from wishdesk.gui import opening, settings
from wishdesk.gui.controller import Controller
from wishdesk.gui.operations import Operations
from wishdesk.gui.pages.today import TodayPage
from wishdesk.gui.today_preview import TodayPreview, show_preview

TODAY = date(2026, 11, 4)


class _Today(date):
    @classmethod
    def today(cls) -> date:  # the page and the preview both ask the real date: one fixed day for the test
        return TODAY


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, int]:
    """A 2-school demo planned with a year under way: (file, database id, its busiest specialist)."""
    from wishdesk.core.demo import build_demo
    from wishdesk.core.identity import database_id

    path = tmp_path_factory.mktemp("preview") / "planned.sqlite"
    db = open_database(path, create=True)
    with db.write() as s:
        for _ in build_demo(s, schools=2, seed=7, year="2026-2027", plan=True, today=TODAY):
            pass
    ident = database_id(db)
    db.close()
    con = sqlite3.connect(path)
    busiest = con.execute("SELECT specialist_id FROM session WHERE date >= ? GROUP BY specialist_id "
                          "ORDER BY count(*) DESC LIMIT 1", (TODAY.isoformat(),)).fetchone()[0]
    con.close()
    return path, ident, busiest


@pytest.fixture
def fixed_day(monkeypatch):  # noqa: ANN001, ANN201
    import wishdesk.gui.pages.today as today_module
    import wishdesk.gui.today_preview as preview_module

    monkeypatch.setattr(today_module, "date", _Today)
    monkeypatch.setattr(preview_module, "date", _Today)


def _orm_rows(path: Path, staff_id: int) -> list:
    db = open_database(path, read_only=True)
    try:
        return sessions.upcoming_sessions(db, staff_id, TODAY)
    finally:
        db.close()


def test_first_look_then_the_real_page_with_the_same_rows(qtbot, planned, fixed_day) -> None:  # noqa: ANN001
    path, ident, staff = planned
    settings.set_staff_id(ident, staff)
    settings.set_last_page(ident, "today")
    expected = _orm_rows(path, staff)
    assert expected
    controller = Controller(QApplication.instance())
    shell = controller.show_shell()
    qtbot.addWidget(shell)
    preview = show_preview(shell, path, 0)
    assert isinstance(preview, TodayPreview) and shell.stack.currentWidget() is preview
    assert preview.list.rows() == expected
    assert not preview.findChildren(QPushButton)  # nothing to click that changes anything
    selected = preview.list.current()
    assert selected is not None and selected.date >= TODAY  # today's lesson or the next one
    Operations.inline = False  # the page's own read runs in the background, as in the app
    try:
        opening.start_open(path)
        db = controller.open_interactively(path)
        window = controller.show(db)
        page = window.pages.built("today")
        assert isinstance(page, TodayPage) and window.stack.currentWidget() is page
        assert page.list.rows() == expected  # taken over from the first look before its own read is back
        assert page.lessons_stack.currentIndex() == 1
        page.ctx.ops.wait()
        qtbot.wait(200)  # its read's answer is delivered on the GUI thread
        assert page.list.rows() == expected  # its own read: the same rows
        assert page.list.current().id == selected.id  # the same lesson stays selected
    finally:
        Operations.inline = True
        controller.shutdown()


def test_no_first_look_without_a_person_or_on_another_page(qtbot, planned, fixed_day) -> None:  # noqa: ANN001
    path, ident, staff = planned
    controller = Controller(QApplication.instance())
    shell = controller.show_shell()
    qtbot.addWidget(shell)
    settings.set_staff_id(ident, None)
    assert show_preview(shell, path, 0) is None
    settings.set_staff_id(ident, staff)
    settings.set_last_page(ident, "planning")
    assert show_preview(shell, path, 0) is None  # the window opens on Planning: nothing to show early
    settings.set_last_page(ident, "today")
    assert show_preview(shell, path, 0) is not None


def test_an_older_schema_gets_no_first_look(qtbot, planned, tmp_path: Path, fixed_day) -> None:  # noqa: ANN001
    import shutil

    path, ident, staff = planned
    copy = shutil.copyfile(path, tmp_path / "older.sqlite")
    con = sqlite3.connect(copy)
    con.execute("UPDATE alembic_version SET version_num = '0008'")
    con.commit()
    con.close()
    settings.set_staff_id(ident, staff)
    settings.set_last_page(ident, "today")
    controller = Controller(QApplication.instance())
    shell = controller.show_shell()
    qtbot.addWidget(shell)
    assert show_preview(shell, copy, 0) is None
    assert not isinstance(shell.stack.currentWidget(), TodayPreview)


def test_another_person_on_the_page_does_not_take_the_first_look(qtbot, planned, fixed_day) -> None:  # noqa: ANN001
    path, ident, staff = planned
    settings.set_staff_id(ident, staff)
    settings.set_last_page(ident, "today")
    controller = Controller(QApplication.instance())
    shell = controller.show_shell()
    qtbot.addWidget(shell)
    preview = show_preview(shell, path, 0)
    db = controller.open_interactively(path)
    try:
        ctx = controller.context_for(db)
        ctx.staff_id = None  # someone else is at the keyboard by now
        page = TodayPage(ctx)
        qtbot.addWidget(page)
        page.take_over(preview)
        assert page.list.rows() == []
    finally:
        db.close()
