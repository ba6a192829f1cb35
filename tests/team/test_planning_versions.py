"""Drag and drop on the Planning page (planning_edits.move_session_to) is based on the version shown on screen,
for lessons and parent events, on SQLite and PostgreSQL with two real connections: a drop after a colleague's
change is refused (StaleEdit, nothing written); after seeing theirs, "keep mine" moves it."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import select

from tests.core.test_parent_events import _event as new_event
from tests.core.test_planning_service import SUMMER, plan_now
from tests.team.test_read_versions import _second_client
from wishdesk.core import models as M
from wishdesk.core.services import parent_events, planning_edits, sessions
from wishdesk.core.services.planning_views import plan_items
from wishdesk.core.team.stale import StaleEdit, rebased


def _shown(db, key: str, day):  # noqa: ANN001, ANN202 - the block as the week view read it
    return next(i for i in plan_items(db, day, day, today=SUMMER) if i.key == key)


def test_a_dragged_lesson_carries_the_version_on_screen(backend_demo_db) -> None:  # noqa: ANN001
    db = backend_demo_db
    plan_now(db, use_cp=False)
    with db.session() as s:
        row = s.scalars(select(M.Session).where(M.Session.date.is_not(None)).order_by(M.Session.date)).first()
        key, day = f"s{row.id}", row.date
    shown = _shown(db, key, day)
    assert shown.version is not None
    other = _second_client(db)
    try:
        sessions.move_session(other, int(key[1:]), day, time(11, 0), version=shown.version)
    finally:
        other.close()
    drop = datetime.combine(day + timedelta(days=1), time(9, 0))
    with pytest.raises(StaleEdit) as caught:
        planning_edits.move_session_to(db, key, drop, today=SUMMER, version=shown.version)
    assert caught.value.table == "session" and "start_time" in caught.value.differences()
    assert sessions.get_session(db, int(key[1:])).start_time == time(11, 0)  # theirs stands
    with rebased(caught.value):
        outcome = planning_edits.move_session_to(db, key, drop, today=SUMMER, version=shown.version)
    now = sessions.get_session(db, int(key[1:]))
    assert (now.date, now.start_time) == (drop.date(), drop.time())
    planning_edits.undo_move(db, outcome)  # undo puts back their moment, not the one I first saw
    assert sessions.get_session(db, int(key[1:])).start_time == time(11, 0)


def test_a_dragged_parent_event_carries_the_version_on_screen(backend_demo_db) -> None:  # noqa: ANN001
    db = backend_demo_db
    with db.session() as s:
        group = s.scalars(select(M.Group).order_by(M.Group.id)).first()
        group_id, school_id = group.id, group.school_id
    event_id = new_event(db, group_id, school_id)
    record = parent_events.get_parent_event(db, event_id)
    shown = _shown(db, f"e{event_id}", record.date)
    other = _second_client(db)
    try:  # the colleague renames the evening
        with other.write() as s:
            s.get(M.ParentEvent, event_id).title = "Ouderavond (nieuw)"
    finally:
        other.close()
    drop = datetime.combine(record.date + timedelta(days=1), time(19, 30))
    with pytest.raises(StaleEdit) as caught:
        planning_edits.move_session_to(db, f"e{event_id}", drop, today=SUMMER, version=shown.version)
    assert caught.value.table == "parent_event"
    stored = parent_events.get_parent_event(db, event_id)
    assert (stored.date, stored.title) == (record.date, "Ouderavond (nieuw)")
    with rebased(caught.value):
        planning_edits.move_session_to(db, f"e{event_id}", drop, today=SUMMER, version=shown.version)
    stored = parent_events.get_parent_event(db, event_id)
    assert (stored.date, stored.start_time, stored.title) == (drop.date(), drop.time(), "Ouderavond (nieuw)")
