"""Start-up: the database opens on the write lane while the window is built (``gui/opening.py``), the window that
appeared first shows the Vandaag page as soon as the database is there, and an early open answers exactly like
the open it stands in for (errors included)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from wishdesk.core.errors import DatabaseDamaged
from wishdesk.gui import opening
from wishdesk.gui.controller import Controller
from wishdesk.gui.pages.today import TodayPage


@pytest.fixture(autouse=True)
def no_early_open_left():  # noqa: ANN201
    yield
    leftover, opening._early = opening._early, None
    if leftover is not None:
        db = leftover[1].result()
        if db is not None:
            db.close()


def _a_specialist(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT id FROM staff ORDER BY id LIMIT 1").fetchone()[0]
    finally:
        con.close()


def test_the_first_window_shows_vandaag_once_the_database_is_open(qtbot, demo_db_path: Path) -> None:  # noqa: ANN001
    """The shell has navigation row 0 current before any page exists: attaching the database must still build and
    show Vandaag (it used to wait for a click, showing "Opening the database…")."""
    controller = Controller(QApplication.instance())
    shell = controller.show_shell()
    qtbot.addWidget(shell)
    opening.start_open(demo_db_path)
    db = controller.open_interactively(demo_db_path)
    assert db is not None and opening._early is None  # the early open was collected, not left behind
    window = controller.show(db)
    assert window is shell
    today = window.pages.built("today")
    assert isinstance(today, TodayPage) and window.stack.currentWidget() is today
    assert "Choose who you are" in today.empty.text()  # it refreshed: nobody is chosen in this test database
    window.ctx.set_person(_a_specialist(demo_db_path))
    # the person's lessons were read (the text then says why there are none: test_today_empty.py)
    assert "Choose who you are" not in today.empty.text() and "lessons" in today.empty.text()
    controller.shutdown()


def test_an_early_open_is_the_open_asked_for(demo_db_path: Path) -> None:
    opening.start_open(demo_db_path)
    early = opening._early[1].result()
    db = opening.open_path(str(demo_db_path.resolve()))  # the same file, spelled another way
    try:
        assert db is early and opening._early is None
        with db.session() as session:
            assert session.connection().exec_driver_sql("SELECT count(*) FROM staff").scalar() > 0
    finally:
        db.close()


def test_an_early_open_of_another_file_is_closed(demo_db_path: Path, empty_db_path: Path) -> None:
    opening.start_open(demo_db_path)
    other = opening.open_path(empty_db_path)
    other.close()
    again = opening.open_path(demo_db_path)  # the early one let go of its lock: the file opens normally
    again.close()


def test_a_damaged_file_is_refused_by_the_early_open_too(demo_db_path: Path) -> None:
    con = sqlite3.connect(demo_db_path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_pupil_group_id'").fetchone()[0]
    con.close()
    with demo_db_path.open("r+b") as handle:  # a bad sector in an index: only the integrity check notices
        handle.seek((root - 1) * page_size)
        handle.write(bytes([0x0D]) + b"\xff" * (page_size - 1))
    before = demo_db_path.read_bytes()
    opening.start_open(demo_db_path)
    with pytest.raises(DatabaseDamaged):
        opening.open_path(demo_db_path)
    assert demo_db_path.read_bytes() == before


def test_signing_in_opens_an_encrypted_file_once(tmp_path: Path) -> None:
    os.environ.setdefault("WISHDESK_KDF", "fast")
    from wishdesk.core.demo import build_demo_database

    path = tmp_path / "versleuteld.sqlite"
    build_demo_database(path, schools=2, plan=False, backup_dir=tmp_path / "b").close()
    opening.start_open(path)  # encrypted: only the database layer loads, nothing is opened
    assert opening._early[1].result() is None
    identity = opening.sign_in_and_keep_open(path, None, "demo")
    kept = opening._early[1].result()
    db = opening.open_path(path)
    try:
        assert db is kept and identity.staff_id is not None
    finally:
        db.close()
