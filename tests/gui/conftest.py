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
    from wishdesk.gui.controller import make_context
    from wishdesk.gui.main_window import MainWindow

    win = MainWindow(make_context(demo_db))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


# --- the write rule: no database write runs on the GUI thread ---------------------------------------------

_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")
write_rule_violations: list[str] = []


def _gui_caller() -> str | None:
    """The first frame of GUI code on the current stack (None: the write comes from test set-up or core)."""
    import sys

    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename.replace("\\", "/")
        if "/wishdesk/gui/" in name:
            return f"{name}:{frame.f_lineno}"
        frame = frame.f_back
    return None


def _check_thread(what: str) -> None:
    import threading

    if threading.current_thread() is not threading.main_thread():
        return
    caller = _gui_caller()
    if caller is not None:
        message = f"{what} on the GUI thread from {caller}"
        write_rule_violations.append(message)
        raise AssertionError(message)


@pytest.fixture(autouse=True)
def municipality_named(monkeypatch):  # noqa: ANN001, ANN201
    """A new database asks the municipality's name in a modal step; tests name it (a test may override)."""
    from wishdesk.gui.controller import Controller

    monkeypatch.setattr(Controller, "municipality_sink", lambda: "Teststad")


@pytest.fixture(scope="session", autouse=True)
def write_rule_listeners():  # noqa: ANN201
    """Fail any ORM flush, and any writing SQL statement, that GUI code runs on the GUI thread."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

    def before_flush(_session, _context, _instances) -> None:  # noqa: ANN001
        _check_thread("ORM flush")

    def before_cursor_execute(_conn, _cursor, statement, _params, _context, _many) -> None:  # noqa: ANN001
        if statement.lstrip().upper().startswith(_WRITES):
            _check_thread("SQL write")

    event.listen(Session, "before_flush", before_flush)
    event.listen(Engine, "before_cursor_execute", before_cursor_execute)
    yield
    event.remove(Session, "before_flush", before_flush)
    event.remove(Engine, "before_cursor_execute", before_cursor_execute)


@pytest.fixture(autouse=True)
def no_write_on_the_gui_thread():  # noqa: ANN201
    write_rule_violations.clear()
    yield
    assert not write_rule_violations, "\n".join(write_rule_violations)


@pytest.fixture(scope="session", autouse=True)
def test_log() -> None:  # noqa: PT004
    """The GUI tests log like the app does (into the test home's log folder), so log tests can read it."""
    from wishdesk.logs import setup_logging

    setup_logging("test")
