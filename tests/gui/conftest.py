"""GUI tests: background work runs inline; error dialogs are collected instead of shown."""

from __future__ import annotations

import pytest

from wishdesk.gui.operations import Operations


@pytest.fixture(autouse=True)
def english_source_strings(qapp):  # noqa: ANN001, ANN201
    """Every test starts and ends without a translator, so tests that switch the language cannot leak
    Dutch into the next test (which would then look for English texts)."""
    from wishdesk.gui.i18n import remove_translators

    remove_translators(qapp)
    yield
    remove_translators(qapp)


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
