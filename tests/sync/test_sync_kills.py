"""30 SIGKILLs at random moments of a sync: afterwards the replica and the server are intact, nothing is applied
twice, nothing is lost, and the next sync completes. The sync runs in a forked child (the key of the replica is
already unlocked in this process, so the child signs in without another password derivation)."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests.sync.helpers import local_view, make_replica, open_replica, server_view
from tests.team.conftest import PASSWORD, TeamDb

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and fork are POSIX")

ROUNDS = 30


def _sync_in_child(path: Path) -> int:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 1
        try:
            from wishdesk.core.opening import open_database
            from wishdesk.core.sync.run import sync

            db = open_database(path)
            try:
                sync(db, PASSWORD)
            finally:
                db.close()
            code = 0
        finally:
            os._exit(code)
    return pid


def _local_edits(path: Path, round_no: int, pupils: list[str]) -> tuple[str, str]:
    from wishdesk.core.models import Guardian, Pupil

    db = open_replica(path)
    try:
        with db.write() as s:
            gid = pupils[(2 * round_no) % len(pupils)]
            pupil = s.scalars(select(Pupil).where(Pupil.gid == gid)).one()
            pupil.first_name = f"Lokaal{round_no}"
            s.add(Guardian(name=f"Kill-{round_no}", language="nl", contact_preference="paper"))
        return gid, f"Lokaal{round_no}"
    finally:
        db.close()


def test_thirty_kills_during_sync_lose_and_duplicate_nothing(team_db: TeamDb, tmp_path: Path) -> None:
    path = make_replica(team_db, "teacher1", tmp_path / "laptop.sqlite")
    db = open_replica(path)  # unlocks the key in this process (inherited by the children)
    with db.session() as s:
        pupils = s.scalars(text("SELECT gid FROM pupil ORDER BY id")).all()
    db.close()
    rng = random.Random(14)
    expected_local: dict[str, str] = {}
    expected_server: dict[str, str] = {}
    start = time.monotonic()
    pid = _sync_in_child(path)
    os.waitpid(pid, 0)
    full = max(0.05, time.monotonic() - start)
    killed = 0
    for round_no in range(ROUNDS):
        gid, name = _local_edits(path, round_no, pupils)
        expected_local[gid] = name
        other = pupils[(2 * round_no + 1) % len(pupils)]
        with team_db.connect("teacher1b") as colleague:  # meanwhile on the server
            colleague.execute("UPDATE pupil SET first_name = %s, version = version + 1 WHERE gid = %s",
                              (f"Server{round_no}", other))
        expected_server[other] = f"Server{round_no}"
        pid = _sync_in_child(path)
        time.sleep(rng.uniform(0, full * 1.2))
        try:
            os.kill(pid, signal.SIGKILL)
            killed += 1
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
    assert killed >= ROUNDS // 2  # most runs were really cut off
    from wishdesk.core.sync.run import sync

    db = open_replica(path)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        result = sync(db, PASSWORD)
        assert result.new_conflicts == 0 and result.waiting_conflicts == 0
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar() == 0
        assert local_view(db) == server_view(team_db, "teacher1")
        with db.session() as s:
            names = {g: n for g, n in s.execute(text("SELECT gid, first_name FROM pupil"))}
    finally:
        db.close()
    with team_db.connect() as owner:
        server_names = dict(owner.execute("SELECT gid, first_name FROM pupil").fetchall())
        kills = owner.execute("SELECT name, count(*) FROM guardian WHERE name LIKE 'Kill-%%' GROUP BY name").fetchall()
    assert sorted(kills) == sorted((f"Kill-{i}", 1) for i in range(ROUNDS))  # each once: none lost, none twice
    for gid, name in {**expected_local, **expected_server}.items():
        assert server_names[gid] == name and names[gid] == name
