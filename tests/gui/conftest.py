"""GUI tests: background work runs inline; error dialogs are collected instead of shown."""

from __future__ import annotations

import pytest

from wishdesk.gui.operations import Operations


@pytest.fixture(autouse=True)
def inline_operations():  # noqa: ANN201
    errors: list[str] = []
    Operations.inline = True
    Operations.error_sink = errors.append
    yield errors
    Operations.inline = False
    Operations.error_sink = None


@pytest.fixture
def window(qtbot, demo_db):  # noqa: ANN001, ANN201
    from wishdesk.gui.context import AppContext
    from wishdesk.gui.main_window import MainWindow

    win = MainWindow(AppContext(db=demo_db, ops=Operations()))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
