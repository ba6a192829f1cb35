"""Keyboard use: on every page of the main window, Tab visits each control once, in reading order.

A teacher who works with the keyboard (or a screen reader) must reach every button, field and table by
pressing Tab, never get stuck in a control that swallows Tab (a table moving from cell to cell), and move
through the page the way it reads: top to bottom, left to right, and column by column where the page has
columns side by side. Every tab of a page's tab widgets is checked as it is shown.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from tests.core.test_sessions import plan_group
from wishdesk.core.identity import database_id
from wishdesk.gui import settings
from wishdesk.gui.pages.registry import PAGES


def _rect(widget: QWidget, page: QWidget) -> QRect:
    return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())


def _name(widget: QWidget, page: QWidget) -> str:
    r = _rect(widget, page)
    label = widget.accessibleName() or widget.objectName() or getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {label!r} at ({r.x()}, {r.y()})"


def interactive_widgets(page: QWidget) -> list[QWidget]:
    """Enabled, visible controls that take focus with Tab, in reading order. A widget that hands its focus
    to another (a focus proxy) counts as that other widget."""
    found = [w for w in page.findChildren(QWidget)
             if w.isVisible() and w.isEnabled() and w.focusProxy() is None
             and w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value]
    return sorted(found, key=lambda w: (_rect(w, page).y(), _rect(w, page).x()))


def tab_cycle(page: QWidget, first: QWidget) -> list[QWidget]:
    """Press Tab from `first` until the focus comes back to it; returns the page's widgets in the order
    they got the focus (the focus may pass through the rest of the window, e.g. the navigation)."""
    app = QApplication.instance()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    app.processEvents()
    assert app.focusWidget() is first, f"{_name(first, page)} does not take the focus"
    visited = [first]
    limit = 3 * len(interactive_widgets(page)) + 20
    for _ in range(limit):
        QTest.keyClick(app.focusWidget(), Qt.Key.Key_Tab)
        app.processEvents()
        focused = app.focusWidget()
        assert focused is not None, "Tab left the window without focus"
        if focused is first:
            return visited
        if page.isAncestorOf(focused):
            visited.append(focused)
    names = [_name(w, page) for w in visited[-5:]]
    raise AssertionError(f"Tab never came back to {_name(first, page)}; last visited: {names}")


def reads_on(before: QRect, after: QRect) -> bool:
    """Reading order between two controls: the same row (any order), further down, or the top of a next
    column to the right."""
    same_row = after.top() < before.bottom() and before.top() < after.bottom()
    below = after.top() >= before.bottom() - 2  # a few pixels of layout overlap do not make a new row
    next_column = after.left() >= before.right() - 2
    return same_row or below or next_column


def check_page(page: QWidget) -> None:
    page.window().activateWindow()  # building a page can take the activation away (offscreen platform)
    QTest.qWaitForWindowActive(page.window())
    QApplication.instance().processEvents()  # pages enable their buttons once their rows have loaded
    assert interactive_widgets(page), "the page has no controls"
    # One round first: a table that gets the focus selects its first row, which enables the buttons that act
    # on it (a group's pupils); the second round checks the page in that settled state.
    tab_cycle(page, interactive_widgets(page)[0])
    expected = interactive_widgets(page)
    visited = tab_cycle(page, expected[0])
    names = [_name(w, page) for w in visited]
    assert len(set(visited)) == len(visited), f"Tab visits a control twice: {names}"
    missed = [_name(w, page) for w in expected if w not in visited]
    assert not missed, f"Tab never reaches: {missed}"
    extra = [_name(w, page) for w in visited if w not in expected]
    assert not extra, f"Tab stops on hidden or disabled controls: {extra}"
    for before, after in zip(visited, visited[1:], strict=False):
        assert reads_on(_rect(before, page), _rect(after, page)), \
            f"Tab jumps back from {_name(before, page)} to {_name(after, page)}: {names}"


def check_all_tabs(page: QWidget) -> int:
    """Check the page as shown, then with each tab of each (visible) tab widget; returns the states checked."""
    app = QApplication.instance()
    app.processEvents()
    check_page(page)
    checked = 1
    for tabs in [t for t in page.findChildren(QTabWidget) if t.isVisible()]:
        start = tabs.currentIndex()
        for index in range(tabs.count()):
            if index == start or not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            app.processEvents()
            check_page(page)
            checked += 1
        tabs.setCurrentIndex(start)
        app.processEvents()
    return checked


@pytest.fixture
def active_window(window, qtbot):  # noqa: ANN001, ANN201
    window.resize(1300, 850)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.mark.parametrize("key", [spec.key for spec in PAGES])
def test_tab_visits_every_control_once_in_reading_order(active_window, key) -> None:  # noqa: ANN001
    active_window.show_page(key)
    page = active_window.pages[key]
    assert check_all_tabs(page) >= 1


@pytest.fixture
def signed_in_teacher(demo_db):  # noqa: ANN001, ANN201
    """A teacher with a lesson today, chosen on the Today page (its lessons, plan and buttons show)."""
    plan = plan_group(demo_db, today=date.today())
    settings.set_staff_id(database_id(demo_db), plan.teacher_id)
    yield plan
    settings.forget_database(database_id(demo_db))


def test_today_page_with_lessons(signed_in_teacher, active_window) -> None:  # noqa: ANN001
    active_window.show_page("today")
    page = active_window.pages["today"]
    assert page.held_button.isVisible()
    assert check_all_tabs(page) >= 4
