"""Signing in to an encrypted database in the app: two people in turn, each with their own identity, undo
history and concerns (sealed texts open only for their readers)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from wishdesk.core.edits import EVERYTHING, Reversible
from wishdesk.core.security.accounts import list_accounts
from wishdesk.core.services import concerns, directory
from wishdesk.gui.controller import Controller, sign_in_on_lane


@pytest.fixture
def encrypted_demo(tmp_path: Path) -> Path:
    os.environ.setdefault("WISHDESK_KDF", "fast")
    from wishdesk.core.demo import build_demo_database

    path = tmp_path / "versleuteld.sqlite"
    build_demo_database(path, schools=3, plan=False, backup_dir=tmp_path / "b").close()
    return path


def test_two_people_sign_in_in_turn(qtbot, encrypted_demo: Path, monkeypatch) -> None:  # noqa: ANN001
    controller = Controller(QApplication.instance())
    asked: list[Path] = []

    def as_coordinator(path: Path):  # noqa: ANN202
        asked.append(path)
        return sign_in_on_lane(path, None, "demo")  # the only programme coordinator

    monkeypatch.setattr(Controller, "sign_in_sink", as_coordinator)
    db = controller.open_interactively(encrypted_demo)
    assert asked and db is not None
    window = controller.show(db)
    qtbot.addWidget(window)
    ctx = window.ctx
    assert ctx.identity is not None and ctx.staff_id == ctx.identity.staff_id
    assert "DEMO" in window.windowTitle()
    coordinator = ctx.identity

    # a care coordinator signs in: her own identity, an empty history, and the sealed texts of her school open
    care = next(a for a in list_accounts(db) if a.staff_id != coordinator.staff_id and "care_coordinator" in next(
        p.roles for p in directory.list_staff(db) if p.id == a.staff_id))
    window.pages["today"]  # built
    ctx.history.record("x", Reversible(None, lambda _db: None, EVERYTHING))  # an edit of the coordinator
    assert ctx.history.canUndo()
    ctx.set_person(care.staff_id, sign_in_on_lane(db, care.name, "demo"))
    assert ctx.staff_id == care.staff_id and ctx.identity.staff_id == care.staff_id and not ctx.history.canUndo()
    mine = concerns.visible_concerns(db, ctx.viewer)
    assert mine and all(not c.observation.startswith("[versleuteld") for c in mine)
    # the same rows read by bare staff id (no private key): the text stays sealed
    assert all(c.observation.startswith("[versleuteld") for c in concerns.visible_concerns(db, care.staff_id))
    controller.shutdown()
