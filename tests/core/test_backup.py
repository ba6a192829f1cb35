"""Backups: online snapshots of live databases, names, thinning, restore, and the backup/restore commands."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from wishdesk import cli
from wishdesk.core import backup, restore
from wishdesk.core.backup import BACKUP_SUFFIX, DAMAGED_SUFFIX, BackupLimits
from wishdesk.core.errors import DatabaseInUse, NewerDatabaseError, NotAWishDeskDatabase, WishDeskError
from wishdesk.core.models import School, Setting
from wishdesk.core.opening import open_database
from wishdesk.core.schema import head_revision

SAFETY = "wishdesk.commands.safety"


# --- helpers shared by the other data-safety tests (plain functions, not fixtures or tests) ---------------

def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def corrupt(path: Path) -> None:
    """Overwrite the b-tree page of the pupil table's index with garbage, as a bad sector would: the header and
    schema stay readable, so only an integrity check notices."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_pupil_group_id'").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(bytes([0x0D]) + b"\xff" * (page_size - 1))


def run_cli(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    if SAFETY not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, SAFETY))
    return cli.main(list(args))


# --- making backups ------------------------------------------------------------------------------------------

def test_backup_of_a_live_database_holds_uncheckpointed_writes(demo_db, tmp_path: Path) -> None:  # noqa: ANN001
    with demo_db.write() as s:
        s.add(Setting(key="marker", value="in de wal"))
    target = backup.make_backup(demo_db.location.path, tmp_path / "b", reason="handmatig")
    slug = head_revision().replace("_", "-")  # backup names slug the revision id
    assert target.name.startswith("demo_") and target.name.endswith(f"_{slug}_handmatig{BACKUP_SUFFIX}")
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT value FROM setting WHERE key = 'marker'").fetchone() == ("in de wal",)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one self-contained file
    conn.close()
    assert not Path(f"{target}-wal").exists()
    assert integrity(target) == "ok"
    [info] = backup.list_backups(tmp_path / "b")
    assert info.path == target and info.reason == "handmatig" and info.revision == slug
    assert info.counts["school"] == 4 and info.counts["pupil"] > 50 and info.size == target.stat().st_size


def test_backup_reads_without_writing_the_source(demo_db_path: Path, tmp_path: Path) -> None:
    before = digest(demo_db_path)
    backup.make_backup(demo_db_path, tmp_path / "b")
    assert digest(demo_db_path) == before
    assert sorted(p.name for p in demo_db_path.parent.iterdir() if p.name.startswith("demo.")) == ["demo.sqlite"]


def test_two_backups_in_one_second_both_kept(demo_db_path: Path, tmp_path: Path) -> None:
    when = datetime(2026, 11, 3, 15, 45)
    first = backup.make_backup(demo_db_path, tmp_path, when=when)
    second = backup.make_backup(demo_db_path, tmp_path, when=when)
    assert first != second and first.exists() and second.exists()
    assert {b.path for b in backup.list_backups(tmp_path)} == {first, second}


def test_backup_of_a_damaged_database_fails_and_leaves_nothing(demo_db_path: Path, tmp_path: Path) -> None:
    corrupt(demo_db_path)
    before = digest(demo_db_path)
    with pytest.raises(WishDeskError):
        backup.make_backup(demo_db_path, tmp_path / "b")
    assert digest(demo_db_path) == before
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").iterdir())


def test_backup_to_file_never_overwrites(demo_db_path: Path, tmp_path: Path) -> None:
    existing = tmp_path / "mijn.bak"
    existing.write_bytes(b"belangrijk")
    with pytest.raises(backup.BackupFailed, match="bestaat al"):
        backup.backup_to_file(demo_db_path, existing)
    assert existing.read_bytes() == b"belangrijk"
    folder = tmp_path / "stick"
    folder.mkdir()
    made = backup.backup_to_file(demo_db_path, folder)
    assert made.parent == folder and made.name.endswith(BACKUP_SUFFIX) and integrity(made) == "ok"


# --- thinning ------------------------------------------------------------------------------------------------

def _fake(folder: Path, when: datetime, reason: str = "bij-afsluiten", stem: str = "wishdesk") -> Path:
    path = folder / f"{stem}_{when:%Y%m%d-%H%M%S}_0001_{reason}{BACKUP_SUFFIX}"
    path.write_bytes(b"x")
    return path


def test_thinning_keeps_today_then_12_days_10_weeks_9_months(tmp_path: Path) -> None:
    now = datetime(2026, 11, 3, 18, 0)
    for days_ago in range(0, 500):
        day = now - timedelta(days=days_ago)
        _fake(tmp_path, day.replace(hour=9))
        _fake(tmp_path, day.replace(hour=16))
    today_extra = _fake(tmp_path, now.replace(hour=12))
    manual = _fake(tmp_path, now - timedelta(days=400), reason="handmatig")
    before_update = _fake(tmp_path, now - timedelta(days=300, hours=1), reason="voor-update")
    other_db = _fake(tmp_path, now - timedelta(days=450), stem="andere")

    deleted = backup.thin_backups(tmp_path, "wishdesk", BackupLimits(), now=now)
    kept = backup.list_backups(tmp_path, with_counts=False, stem="wishdesk")
    auto = [b for b in kept if b.reason == "bij-afsluiten"]
    older = [b for b in auto if b.created.date() < now.date()]

    assert deleted and all(not p.exists() for p in deleted)
    assert {b.path for b in kept} >= {today_extra, manual, before_update}
    assert other_db.exists()  # another database's backups are not touched
    assert len([b for b in auto if b.created.date() == now.date()]) == 3  # all of today's
    assert len(older) == 12 + 10 + 9
    days = sorted({b.created.date() for b in older}, reverse=True)
    assert len(days) == len(older)  # never two of one day
    assert days[:12] == [(now - timedelta(days=d)).date() for d in range(1, 13)]
    assert all(b.created.hour == 16 for b in older)  # the newest of each day survives
    weeks = [tuple(d.isocalendar())[:2] for d in days[12:22]]
    assert len(set(weeks)) == 10
    months = [(d.year, d.month) for d in days[22:]]
    assert len(set(months)) == 9
    assert (now.date() - days[-1]).days > 300  # about a year of history
    assert backup.thin_backups(tmp_path, "wishdesk", BackupLimits(), now=now) == []  # stable


def test_make_backup_thins_and_restore_never_deletes(demo_db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    old = [_fake(folder, datetime(2026, 1, 1, 9) + timedelta(days=d), stem="demo") for d in range(40)]
    backup.make_backup(demo_db_path, folder, reason="bij-afsluiten", limits=BackupLimits(daily=2, weekly=1, monthly=1))
    assert sum(p.exists() for p in old) == 2 + 1 + 1  # 2 days, 1 week, 1 month (today's real one is extra)
    before = sorted(p.name for p in folder.iterdir())
    good = backup.make_backup(demo_db_path, tmp_path / "elders", limits=None)
    restore.restore_backup(demo_db_path, good, folder)
    after = sorted(p.name for p in folder.iterdir())
    assert set(before) < set(after)  # only added: the safety backup


# --- restoring -----------------------------------------------------------------------------------------------

def test_restore_backs_up_current_state_first(demo_db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    db = open_database(demo_db_path, backup_dir=folder)
    saved_a = backup.make_backup(demo_db_path, folder)
    with db.write() as s:
        s.add(School(name="Nieuwe school na de back-up"))
    db.close()
    a_digest = digest(saved_a)
    safety = restore.restore_backup(demo_db_path, saved_a, folder)
    assert count(demo_db_path, "school") == 4
    assert safety is not None and "voor-terugzetten" in safety.name and count(safety, "school") == 5
    assert digest(saved_a) == a_digest and saved_a.exists()
    assert integrity(demo_db_path) == "ok"
    assert not Path(f"{demo_db_path}-wal").exists()
    again = open_database(demo_db_path)  # and the app opens it
    again.close()


@pytest.mark.parametrize("kind", ["text", "foreign", "newer", "damaged"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(kind: str, demo_db_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / f"bad{BACKUP_SUFFIX}"
    if kind == "text":
        bad.write_text("geen database")
    elif kind == "foreign":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE recept(id INTEGER PRIMARY KEY)")
        conn.close()
    else:
        bad.write_bytes(demo_db_path.read_bytes())
        if kind == "newer":
            conn = sqlite3.connect(bad)
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
            conn.commit()
            conn.close()
        else:
            corrupt(bad)
    before = digest(demo_db_path)
    with pytest.raises(WishDeskError) as caught:
        restore.restore_backup(demo_db_path, bad, tmp_path / "b")
    if kind == "newer":
        assert isinstance(caught.value, NewerDatabaseError)
    if kind in ("text", "foreign"):
        assert isinstance(caught.value, NotAWishDeskDatabase)
    assert digest(demo_db_path) == before
    assert not (tmp_path / "b").exists()  # not even a safety backup: nothing happened


def test_restore_refuses_while_open_in_this_program(demo_db, tmp_path: Path) -> None:  # noqa: ANN001
    saved = backup.make_backup(demo_db.location.path, tmp_path / "b")
    with pytest.raises(DatabaseInUse, match="sluit de database eerst"):
        restore.restore_backup(demo_db.location.path, saved, tmp_path / "b")


def test_restore_over_a_damaged_database_keeps_the_damaged_bytes(demo_db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    good = backup.make_backup(demo_db_path, folder)
    corrupt(demo_db_path)
    damaged = digest(demo_db_path)
    safety = restore.restore_backup(demo_db_path, good, folder)
    assert safety is not None and safety.name.endswith(DAMAGED_SUFFIX) and digest(safety) == damaged
    assert integrity(demo_db_path) == "ok"
    assert [b.path for b in backup.list_backups(folder)] == [good]  # the damaged copy is never offered


def test_newest_good_backup_skips_a_damaged_one(demo_db_path: Path, tmp_path: Path) -> None:
    older = backup.make_backup(demo_db_path, tmp_path, when=datetime(2026, 10, 1, 9))
    newer = backup.make_backup(demo_db_path, tmp_path, when=datetime(2026, 10, 2, 9))
    assert backup.newest_good_backup(tmp_path).path == newer
    corrupt(newer)
    assert backup.newest_good_backup(tmp_path).path == older


def test_backup_before_risky_step_and_on_close_only_when_changed(demo_db) -> None:  # noqa: ANN001
    assert backup.backup_if_changed(demo_db) is None
    made = backup.backup_before(demo_db, "voor-import")
    assert made is not None and "_voor-import" in made.name and made.parent == demo_db.backup_dir
    with demo_db.write() as s:
        s.add(Setting(key="x", value="y"))
    on_close = backup.backup_if_changed(demo_db)
    assert on_close is not None and "bij-afsluiten" in on_close.name


# --- the commands --------------------------------------------------------------------------------------------

def test_backup_command(monkeypatch, capsys, demo_db_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    assert run_cli(monkeypatch, "backup", "--db", str(demo_db_path)) == 0
    made = Path(capsys.readouterr().out.split(": ", 1)[1].strip())
    assert made.parent == demo_db_path.parent / "demo-backups" and integrity(made) == "ok"
    out_file = tmp_path / "kopie.bak"
    assert run_cli(monkeypatch, "backup", "--db", str(demo_db_path), "-o", str(out_file)) == 0
    assert integrity(out_file) == "ok"
    capsys.readouterr()
    assert run_cli(monkeypatch, "backup", "--db", str(demo_db_path), "-o", str(out_file)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bestaat al" in err
    assert run_cli(monkeypatch, "backup", "--db", str(demo_db_path), "--list") == 0
    listing = capsys.readouterr().out
    assert "handmatig" in listing and "4 scholen" in listing


def test_restore_command(monkeypatch, capsys, demo_db_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    saved = backup.make_backup(demo_db_path, tmp_path / "elders")
    conn = sqlite3.connect(demo_db_path)
    conn.execute("DELETE FROM school_partner")
    conn.commit()
    conn.close()
    assert run_cli(monkeypatch, "restore", "--db", str(demo_db_path), "--from", str(saved)) == 0
    out = capsys.readouterr().out
    assert "teruggezet" in out and "voor-terugzetten" in out
    assert count(demo_db_path, "school_partner") > 0
    before = digest(demo_db_path)
    assert run_cli(monkeypatch, "restore", "--db", str(demo_db_path), "--from", str(tmp_path / "nope.bak")) == 1
    assert "niet gevonden" in capsys.readouterr().err
    assert digest(demo_db_path) == before
