"""Issue 14, left open: a sync can be cancelled (the window's progress dialog) and leaves no half-applied change.
Two real laptop copies against a real PostgreSQL team server; the cancel comes at a real progress step."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tests.sync.helpers import make_replica, open_replica, pupil_name, rename_pupil, sync
from tests.team.conftest import PASSWORD, TeamDb, team_db, team_owner, team_template  # noqa: F401
from wishdesk.core.models import Pupil
from wishdesk.core.progress import Cancelled, drive
from wishdesk.core.sync import local, push
from wishdesk.core.sync.run import sync_steps


def _gids(path: Path, count: int) -> list[str]:
    db = open_replica(path)
    try:
        with db.session() as s:
            return list(s.scalars(select(Pupil.gid).order_by(Pupil.id)).all()[:count])
    finally:
        db.close()


def _rename(path: Path, names: dict[str, str]) -> None:
    db = open_replica(path)
    try:
        for gid, name in names.items():
            rename_pupil(db, gid, name)
    finally:
        db.close()


def _cancelled_sync(path: Path, when) -> list[int]:  # noqa: ANN001 - (done) -> bool
    """Sync, pressing cancel at the first progress step `when` says yes to; the steps seen."""
    seen: list[int] = []
    db = open_replica(path)
    try:
        with pytest.raises(Cancelled):
            drive(sync_steps(db, PASSWORD), lambda done, _total, _message: seen.append(done),
                  lambda: bool(seen) and when(seen[-1]))
    finally:
        db.close()
    return seen


def _local(path: Path, gids: list[str]) -> tuple[list[str | None], int, int]:
    """(the pupils' names, waiting changes, last_seq) on this copy."""
    db = open_replica(path)
    try:
        with db.engine.connect() as conn:
            state = local.read_state(conn)
            return [pupil_name(db, g) for g in gids], local.pending_count(conn), state.last_seq
    finally:
        db.close()


def _server_names(team: TeamDb, gids: list[str]) -> list[str]:
    with team.connect() as owner:
        found = dict(owner.execute("SELECT gid, first_name FROM pupil WHERE gid = ANY(%s)", (gids,)).fetchall())
    return [found[g] for g in gids]


def test_cancel_while_sending_sends_nothing_and_the_next_sync_sends_all(team_db: TeamDb, tmp_path: Path,  # noqa: F811
                                                                     monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(push, "STEP", 1)  # a progress step (a point to cancel at) after every change
    a = make_replica(team_db, "teacher1", tmp_path / "a.sqlite")
    gids = _gids(a, 3)
    before = _server_names(team_db, gids)
    renamed = {g: f"Nieuw {i}" for i, g in enumerate(gids)}
    _rename(a, renamed)
    seen = _cancelled_sync(a, lambda done: 0 < done < 40)  # after the first change was applied on the server
    assert 0 < seen[-1] < 40
    assert _server_names(team_db, gids) == before  # the server rolled back: not one of the three arrived
    names, waiting, _seq = _local(a, gids)
    assert names == list(renamed.values()) and waiting == 3  # the laptop as before: all three still waiting
    assert sync(a).pushed == 3
    assert _server_names(team_db, gids) == list(renamed.values()) and _local(a, gids)[1] == 0


def test_cancel_while_receiving_stores_nothing_and_the_next_sync_receives_all(team_db: TeamDb,  # noqa: F811
                                                                              tmp_path: Path) -> None:
    a = make_replica(team_db, "teacher1", tmp_path / "a.sqlite")
    b = make_replica(team_db, "teacher1b", tmp_path / "b.sqlite")
    gids = _gids(b, 3)
    _rename(a, {g: f"Van A {i}" for i, g in enumerate(gids[:2])})
    sync(a)
    _rename(b, {gids[2]: "Van B"})  # b's own change: sent before b starts receiving
    old_names, _waiting, old_seq = _local(b, gids)
    seen = _cancelled_sync(b, lambda done: 40 < done < 95)  # in the middle of receiving
    assert 40 < seen[-1] < 95
    names, waiting, seq = _local(b, gids)
    assert names == old_names and seq == old_seq  # nothing of a's arrived, last_seq as it was
    assert waiting == 0 and _server_names(team_db, gids)[2] == "Van B"  # sending had finished: committed both sides
    result = sync(b)
    assert result.stored >= 2 and _local(b, gids)[0] == ["Van A 0", "Van A 1", "Van B"]
