"""A care coordinator whom no programme coordinator has confirmed sees so on the Vandaag page's concerns panel
(security/directory.unconfirmed), and the hint goes once a programme coordinator confirms."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from wishdesk.core.models import School, Staff
from wishdesk.core.opening import open_database
from wishdesk.core.security import accounts, keyfile
from wishdesk.core.security.directory import confirm_care_coordinators
from wishdesk.gui.controller import Controller, sign_in_on_lane


@pytest.fixture
def moved_demo(tmp_path: Path):  # noqa: ANN201 - (path, school name, staff name)
    """An encrypted demo where the first school's row names the second school's care coordinator (nobody
    confirmed it)."""
    os.environ.setdefault("WISHDESK_KDF", "fast")
    from wishdesk.core.demo import build_demo_database

    path = tmp_path / "versleuteld.sqlite"
    build_demo_database(path, schools=3, plan=False, backup_dir=tmp_path / "b").close()
    assert accounts.unlock_demo(path)
    db = open_database(path)
    try:
        with db.write() as s:
            first, second = s.scalars(select(School).order_by(School.id).limit(2)).all()
            first.care_coordinator_id = second.care_coordinator_id
            moved = (first.name, s.get(Staff, second.care_coordinator_id).name)
    finally:
        db.close()
    keyfile.forget_all()
    return path, *moved


def test_an_unconfirmed_care_coordinator_sees_a_hint(qtbot, moved_demo, monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    path, school, person = moved_demo
    controller = Controller(QApplication.instance())
    monkeypatch.setattr(Controller, "sign_in_sink", lambda p: sign_in_on_lane(p, person, "demo"))
    db = controller.open_interactively(path)
    window = controller.show(db)
    qtbot.addWidget(window)
    ctx = window.ctx
    page = window.pages["today"]
    window.resize(1100, 760)
    hint = page.concerns.readers_hint
    page.concerns.refresh()
    qtbot.waitUntil(lambda: not hint.isHidden(), timeout=5000)
    assert f"{school}: u bent nog niet bevestigd als intern begeleider" in hint.text()
    if os.environ.get("WISHDESK_SCREENSHOTS"):  # for a person to look at: the Concerns tab with the hint
        from PySide6.QtWidgets import QTabWidget

        for tabs in page.findChildren(QTabWidget):
            if tabs.indexOf(page.concerns) >= 0:
                tabs.setCurrentWidget(page.concerns)
        window.grab().save(str(Path(os.environ["WISHDESK_SCREENSHOTS"]) / "reader_hint.png"))
    # a programme coordinator confirms (the core call the account pages make; here on the test thread)
    coordinator = accounts.sign_in(db, None, "demo")
    assert any(school in line for line in confirm_care_coordinators(db, coordinator))
    ctx.set_person(ctx.identity.staff_id, sign_in_on_lane(db, person, "demo"))
    page.concerns.refresh()
    qtbot.waitUntil(lambda: hint.isHidden(), timeout=5000)
    controller.shutdown()


def test_the_manage_menu_confirms_care_coordinators(qtbot, moved_demo, monkeypatch) -> None:  # noqa: ANN001
    """Beheer → "Intern begeleiders bevestigen", as the demo's programme coordinator: the moved care coordinator
    is confirmed on the write lane and the message names the school; a second time nothing changes."""
    path, school, person = moved_demo
    controller = Controller(QApplication.instance())
    monkeypatch.setattr(Controller, "sign_in_sink", lambda p: sign_in_on_lane(p, None, "demo"))
    db = controller.open_interactively(path)
    window = controller.show(db)
    qtbot.addWidget(window)
    action = window.confirm_readers_action
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "confirm_readers_box", None) is not None, timeout=10000)
    assert school in window.confirm_readers_box.text()
    window.confirm_readers_box.close()
    window.confirm_readers_box = None
    action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "confirm_readers_box", None) is not None, timeout=10000)
    assert "already confirmed" in window.confirm_readers_box.text()
    window.confirm_readers_box.close()
    with db.session():  # the care coordinator now reads: no hint for her any more
        from wishdesk.core.security.directory import unconfirmed

        assert not unconfirmed(db, sign_in_on_lane(db, person, "demo"))
    controller.shutdown()


def test_a_coordinator_confirms_from_the_hint_and_it_goes_at_once(qtbot, moved_demo, monkeypatch) -> None:  # noqa: ANN001
    """The programme coordinator's hint names Manage → "Confirm care coordinators" and has a button that runs
    it; after the confirmation the hint goes without switching pages (the write announces a concerns change)."""
    path, school, person = moved_demo
    controller = Controller(QApplication.instance())
    monkeypatch.setattr(Controller, "sign_in_sink", lambda p: sign_in_on_lane(p, None, "demo"))
    db = controller.open_interactively(path)
    window = controller.show(db)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    page = window.pages["today"]
    window.nav.setCurrentRow(0)
    panel = page.concerns
    panel.refresh()
    qtbot.waitUntil(lambda: not panel.readers_hint.isHidden(), timeout=5000)
    assert f"{school}: de intern begeleider ({person})" in panel.readers_hint.text()
    assert "Confirm care coordinators" in panel.readers_hint.text()
    assert not panel.confirm_readers.isHidden()
    refreshed: list[object] = []
    window.ctx.events.data_changed.connect(refreshed.append)
    panel.confirm_readers.click()
    qtbot.waitUntil(lambda: getattr(window, "confirm_readers_box", None) is not None, timeout=10000)
    assert school in window.confirm_readers_box.text()
    qtbot.waitUntil(lambda: panel.readers_box.isHidden(), timeout=5000)
    assert refreshed and refreshed[0].touches(["concerns"])
    window.confirm_readers_box.close()
    controller.shutdown()


def test_a_care_coordinator_gets_no_confirm_button(qtbot, moved_demo, monkeypatch) -> None:  # noqa: ANN001
    path, _school, person = moved_demo
    controller = Controller(QApplication.instance())
    monkeypatch.setattr(Controller, "sign_in_sink", lambda p: sign_in_on_lane(p, person, "demo"))
    window = controller.show(controller.open_interactively(path))
    qtbot.addWidget(window)
    panel = window.pages["today"].concerns
    panel.refresh()
    qtbot.waitUntil(lambda: not panel.readers_hint.isHidden(), timeout=5000)
    assert panel.confirm_readers.isHidden()
    assert "Confirm care coordinators" not in panel.readers_hint.text()
    controller.shutdown()
