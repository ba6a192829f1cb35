"""Issue 14, left open: a conflict keeps the row as it was before my edit (the outbox's base), so it knows who
changed which field; copies made before migration 0010 get the new triggers, and their old outbox lines (no
base) still make a conflict, with nothing preset. Two real laptop copies against a real PostgreSQL server."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from tests.sync.helpers import make_replica, open_replica, sync
from tests.team.conftest import TeamDb, team_db, team_owner, team_template  # noqa: F401
from wishdesk.core.models import Pupil
from wishdesk.core.sync import local
from wishdesk.core.sync.describe import conflict_views
from wishdesk.core.sync.tables import by_name


def _edit(path: Path, pupil_id: int, **values: object) -> None:
    db = open_replica(path)
    try:
        with db.write() as s:
            pupil = s.get(Pupil, pupil_id)
            for k, v in values.items():
                setattr(pupil, k, v)
    finally:
        db.close()


def _first_pupil(path: Path) -> tuple[int, str, str | None]:
    db = open_replica(path)
    try:
        with db.session() as s:
            pupil = s.query(Pupil).order_by(Pupil.id).first()
            return pupil.id, pupil.gid, pupil.subgroup
    finally:
        db.close()


def _views(path: Path) -> list:
    db = open_replica(path)
    try:
        return conflict_views(db)
    finally:
        db.close()


def test_a_conflict_knows_who_changed_which_field(team_db: TeamDb, tmp_path: Path) -> None:  # noqa: F811
    a = make_replica(team_db, "teacher1", tmp_path / "a.sqlite")
    b = make_replica(team_db, "teacher1b", tmp_path / "b.sqlite")
    pupil_id, gid, subgroup = _first_pupil(b)
    other = "girls" if subgroup != "girls" else "boys"
    _edit(a, pupil_id, first_name="Anna van A", initial="A")  # the colleague: name and initial
    _edit(b, pupil_id, initial="B", subgroup=other)  # me: initial and subgroup
    db = open_replica(b)
    try:
        with db.engine.connect() as conn:
            entry = local.outbox(conn)[0]
            base = local.old_row(by_name()["pupil"], entry.base)
    finally:
        db.close()
    assert base["gid"] == gid and base["initial"] != "B" and base["subgroup"] == subgroup
    assert isinstance(base["group_id"], str)  # the parent as its gid, like a wire row
    sync(a)
    assert sync(b).new_conflicts == 1
    [view] = _views(b)
    assert set(view.differing) == {"first_name", "initial", "subgroup"}
    assert view.changed_by == {"first_name": "theirs", "initial": "both", "subgroup": "mine"}
    assert [view.preset(c) for c in ("first_name", "initial", "subgroup")] == ["theirs", None, "mine"]


OLD_TRIGGER = ("CREATE TRIGGER sync_update_pupil AFTER UPDATE ON \"pupil\" WHEN (SELECT applying FROM sync_flag "
               "WHERE id = 1) = 0 BEGIN INSERT INTO sync_outbox (change_id, tbl, gid, op, base_version) VALUES "
               "(lower(hex(randomblob(16))), 'pupil', NEW.gid, CASE WHEN OLD.gid = '' THEN 'I' ELSE 'U' END, "
               "CASE WHEN OLD.gid = '' THEN NULL ELSE OLD.version END); END")


def test_a_copy_from_before_0010_gets_the_new_triggers_and_its_old_lines_preset_nothing(
        team_db: TeamDb, tmp_path: Path) -> None:  # noqa: F811
    a = make_replica(team_db, "teacher1", tmp_path / "a.sqlite")
    b = make_replica(team_db, "teacher1b", tmp_path / "b.sqlite")
    pupil_id, _gid, _subgroup = _first_pupil(b)
    db = open_replica(b)
    try:  # make b a copy as 0009 made it: no base columns, the old triggers
        with db.engine.begin() as conn:
            for event in local.TRIGGER_EVENTS:
                for (name,) in conn.exec_driver_sql(
                        f"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_{event}_%'").all():
                    conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
            conn.exec_driver_sql("ALTER TABLE sync_outbox DROP COLUMN base")
            conn.exec_driver_sql("ALTER TABLE sync_conflict DROP COLUMN base")
            conn.exec_driver_sql(OLD_TRIGGER)
            conn.execute(text("UPDATE alembic_version SET version_num = '0009'"))
        with db.write() as s:  # a change made with the old trigger: no base
            s.get(Pupil, pupil_id).initial = "B"
    finally:
        db.close()
    db = open_replica(b)  # opening upgrades it to 0010
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0010"
            triggers = {r[0] for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_%'")}
            gid_fill = {r[0] for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'gid_fill_%'")}
            [old_line] = local.outbox(conn)
        assert triggers == {f"sync_{e}_pupil" for e in local.TRIGGER_EVENTS}  # the table it had, in the new form
        assert "gid_fill_pupil" in gid_fill  # 0009's triggers stay (no table was rebuilt)
        assert old_line.base is None
        with db.write() as s:  # a change made now records its base
            s.get(Pupil, pupil_id).subgroup = "girls" if s.get(Pupil, pupil_id).subgroup != "girls" else "boys"
        with db.engine.connect() as conn:
            assert [e.base is not None for e in local.outbox(conn)] == [False, True]
    finally:
        db.close()
    _edit(a, pupil_id, initial="A")
    sync(a)
    assert sync(b).new_conflicts == 1  # the sync repairs the other tables' triggers too (local.install)
    [view] = _views(b)
    assert "initial" in view.differing and view.changed_by == {}  # the first line had no base: nothing preset
    assert view.preset("initial") is None
