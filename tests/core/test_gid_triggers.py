"""Migration 0009: on SQLite a row inserted without a gid (an outside tool) gets its own random UUID at once, so
the next such row does not collide on the unique index; on a laptop copy that row travels as an insert."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from wishdesk.core import schema
from wishdesk.core.db import resolve_location
from wishdesk.core.opening import open_database

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def _gid_tables(conn: sqlite3.Connection) -> set[str]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {n for n in names if any(c[1] == "gid" for c in conn.execute(f'PRAGMA table_info("{n}")'))}


def _triggered(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' "
                                       "AND name LIKE 'gid_fill_%'")}


def test_every_table_of_a_new_database_fills_a_missing_gid(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.sqlite"
    open_database(path, create=True).close()
    with sqlite3.connect(path) as conn:
        tables = _gid_tables(conn)
        assert len(tables) > 30 and _triggered(conn) == tables
        conn.execute("INSERT INTO setting (key, value, version) VALUES ('buiten.een', '1', 1)")
        conn.execute("INSERT INTO setting (key, value, version) VALUES ('buiten.twee', '2', 1)")
        gids = [r[0] for r in conn.execute("SELECT gid FROM setting WHERE key LIKE 'buiten.%'")]
        given = conn.execute("INSERT INTO setting (key, value, version, gid) VALUES ('eigen', '3', 1, 'mijn-gid') "
                             "RETURNING gid").fetchone()[0]
    assert len(set(gids)) == 2 and all(UUID.match(g) for g in gids)
    assert given == "mijn-gid"  # a gid that was given stays


def test_upgrading_from_0008_adds_the_triggers_and_downgrading_removes_them(tmp_path: Path) -> None:
    path = tmp_path / "oud.sqlite"
    location = resolve_location(path)
    schema.upgrade(location, "0008")
    with sqlite3.connect(path) as conn:
        assert _triggered(conn) == set()
    schema.upgrade(location)
    with sqlite3.connect(path) as conn:
        assert _triggered(conn) == _gid_tables(conn)
    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        cfg = schema.alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        assert _triggered(conn) == set()


def test_on_a_laptop_copy_such_a_row_travels_as_one_insert_with_its_new_gid(tmp_path: Path) -> None:
    from wishdesk.core.sync import local

    path = tmp_path / "kopie.sqlite"
    db = open_database(path, create=True)
    try:
        with db.engine.begin() as conn:
            local.install(conn)
    finally:
        db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO setting (key, value, version) VALUES ('buiten', '1', 1)")
        gid = conn.execute("SELECT gid FROM setting WHERE key = 'buiten'").fetchone()[0]
        outbox = conn.execute("SELECT gid, op, base_version FROM sync_outbox").fetchall()
    assert UUID.match(gid) and outbox == [(gid, "I", None)]
