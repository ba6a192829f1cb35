"""Property: three replicas, random offline edits (often of the same pupil), syncs in random order, some of
them killed. Afterwards every replica equals its login's view of the server, and every edit was applied on the
server or is in that replica's conflict list: none vanished.

"Applied" is observed on the server itself: a test-only trigger records every name a pupil row ever had. An edit
superseded on the same laptop by a later edit of the same row before any completed sync travels as that later
edit (one person changing their mind), so the edits that must be accounted for are the last ones before each
completed sync, and the last of all.
"""

from __future__ import annotations

import os
import signal
import time
from itertools import count
from pathlib import Path

import psycopg
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.pg_server import admin_dsn, create_database, drop_database
from tests.sync.helpers import local_view, make_replica, open_replica, server_view
from tests.sync.test_sync_kills import _sync_in_child
from tests.team.conftest import OWNER, PASSWORD, TeamDb

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and fork are POSIX")

WHO = ("teacher1", "teacher1b", "care1")
AUDIT = """
CREATE TABLE test_name_history (gid text, first_name text);
CREATE FUNCTION test_remember_name() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN INSERT INTO test_name_history VALUES (NEW.gid, NEW.first_name); RETURN NULL; END $$;
CREATE TRIGGER test_remember_name AFTER INSERT OR UPDATE ON pupil FOR EACH ROW EXECUTE FUNCTION test_remember_name();
"""

steps = st.lists(st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 3)),
    st.tuples(st.just("server"), st.integers(0, 3)),
    st.tuples(st.just("sync"), st.integers(0, 2), st.none() | st.floats(0, 0.6)),  # a float: kill after that
), min_size=4, max_size=14)


def _copy(template: TeamDb) -> TeamDb:
    name = create_database(template.server, template=template.name, owner=OWNER)
    with psycopg.connect(admin_dsn(template.server, name), autocommit=True) as conn:
        conn.execute(f'REVOKE ALL ON DATABASE "{name}" FROM PUBLIC')
        for login in template.logins.values():
            conn.execute(f'GRANT CONNECT ON DATABASE "{name}" TO "{login}"')
        conn.execute(AUDIT)
    return TeamDb(template.server, name, template.logins)


def _rename(path: Path, gid: str, name: str) -> None:
    from sqlalchemy import select

    from wishdesk.core.models import Pupil

    db = open_replica(path)
    try:
        with db.write() as s:
            s.scalars(select(Pupil).where(Pupil.gid == gid)).one().first_name = name
    finally:
        db.close()


def _sync(path: Path) -> None:
    from wishdesk.core.sync.run import sync

    db = open_replica(path)
    try:
        sync(db, PASSWORD)
    finally:
        db.close()


# No shrinking: one example costs seconds (a database and three replicas); a failure prints its plan as is.
@settings(max_examples=6, deadline=None, derandomize=True, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(plan=steps)
def test_three_replicas_converge_and_no_edit_vanishes(team_template: TeamDb, tmp_path_factory: pytest.TempPathFactory,
                                                     plan: list[tuple]) -> None:
    from wishdesk.core.sync.conflicts import list_conflicts

    team = _copy(team_template)
    folder = tmp_path_factory.mktemp("three")
    try:
        paths = [make_replica(team, who, folder / f"{who}.sqlite") for who in WHO]
        views = [local_view(db := open_replica(p)) for p in paths]
        db.close()
        for p in paths[1:]:
            open_replica(p).close()  # unlock every key in this process (children inherit them)
        shared = sorted(set.intersection(*(v["pupil"] for v in views)))[:4]
        assert len(shared) == 4
        names = count()
        pending: dict[tuple[int, str], str] = {}
        must_have: list[tuple[int, str, str]] = []
        for step in plan:
            if step[0] == "edit":
                _kind, who, pupil = step
                name = f"H{next(names)}"
                _rename(paths[who], shared[pupil], name)
                pending[(who, shared[pupil])] = name
            elif step[0] == "server":
                with team.connect() as owner:
                    owner.execute("UPDATE pupil SET first_name = %s, version = version + 1 WHERE gid = %s",
                                  (f"S{next(names)}", shared[step[1]]))
            else:
                _kind, who, kill_after = step
                if kill_after is None:
                    _sync(paths[who])
                    must_have += [(w, g, n) for (w, g), n in pending.items() if w == who]
                    pending = {k: v for k, v in pending.items() if k[0] != who}
                else:
                    pid = _sync_in_child(paths[who])
                    time.sleep(kill_after)
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                    os.waitpid(pid, 0)
        for _round in range(2):  # everyone syncs to the end: the first round may still bring news to the others
            for path in paths:
                _sync(path)
        must_have += [(w, g, n) for (w, g), n in pending.items()]
        with psycopg.connect(admin_dsn(team.server, team.name)) as admin:
            history = {(g, n) for g, n in admin.execute("SELECT gid, first_name FROM test_name_history")}
        for who, path in enumerate(paths):
            db = open_replica(path)
            try:
                assert local_view(db) == server_view(team, WHO[who])
                kept = {(c.gid, (c.mine or {}).get("first_name")) for c in list_conflicts(db)}
            finally:
                db.close()
            for w, gid, name in must_have:
                if w == who:
                    assert (gid, name) in history or (gid, name) in kept, f"edit {name} of {WHO[who]} vanished"
    finally:
        drop_database(team.server, team.name)
