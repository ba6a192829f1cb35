"""The commands: `replica create`, `sync`, `sync-conflicts`; exit 1 with one Dutch line, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sync.helpers import first_pupil, open_replica, rename_pupil, server_base
from tests.team.conftest import PASSWORD, TeamDb
from wishdesk.cli import main


@pytest.fixture
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WISHDESK_PASSWORD", PASSWORD)


def test_replica_create_sync_and_conflicts_from_the_command_line(
        team_db: TeamDb, tmp_path: Path, password: None, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    for path, who in ((a, "teacher1"), (b, "teacher1b")):
        assert main(["replica", "create", "--server", server_base(team_db), "--login", team_db.logins[who],
                     "-o", str(path)]) == 0
    assert "Laptopkopie gemaakt" in capsys.readouterr().out
    for path, name in ((a, "CliA"), (b, "CliB")):
        db = open_replica(path)
        gid, _id, _name = first_pupil(db)
        rename_pupil(db, gid, name)
        db.close()
    assert main(["sync", "--db", str(a)]) == 0
    assert "1 wijziging verstuurd" in capsys.readouterr().out
    assert main(["sync", "--db", str(b)]) == 0
    assert "Te beoordelen" in capsys.readouterr().out
    assert main(["sync-conflicts", "list", "--db", str(b)]) == 0
    listed = capsys.readouterr().out
    assert "first_name: mijn versie 'CliB' | server 'CliA' (beiden wijzigden)" in listed
    conflict_id = listed.split()[0].lstrip("#")
    assert main(["sync-conflicts", "resolve", "--db", str(b), conflict_id, "--keep", "theirs"]) == 0
    assert main(["sync-conflicts", "list", "--db", str(b)]) == 0
    assert "Niets te beoordelen" in capsys.readouterr().out


def test_unreachable_server_and_other_schema_exit_1_with_one_line(
        team_db: TeamDb, tmp_path: Path, password: None, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.sqlite"
    assert main(["replica", "create", "--server", server_base(team_db), "--login", team_db.logins["teacher1"],
                 "-o", str(path)]) == 0
    capsys.readouterr()
    with team_db.connect() as owner:
        owner.execute("UPDATE alembic_version SET version_num = '0005'")
    assert main(["sync", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "schema 0005" in err and "bij" in err and len(err.strip().splitlines()) == 1
    assert main(["replica", "create", "--server", "postgresql://127.0.0.1:1/nergens", "--login", "x",
                 "-o", str(tmp_path / "b.sqlite")]) == 1
    err = capsys.readouterr().err
    assert "niet bereikbaar" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "b.sqlite").exists()


def test_sync_enable_on_an_older_team_database(team_db: TeamDb, capsys: pytest.CaptureFixture[str]) -> None:
    with team_db.connect() as owner:  # as a team database made before this version would be
        owner.execute("DROP TABLE sync_change, sync_applied")
        owner.execute("DROP FUNCTION wishdesk_sync_log() CASCADE")
    assert main(["team", "sync-enable", "--db", team_db.url()]) == 0
    assert "Synchroniseren staat aan" in capsys.readouterr().out
    with team_db.connect("teacher1") as teacher:
        teacher.execute("UPDATE pupil SET first_name = first_name || 'x' WHERE id = (SELECT min(id) FROM pupil)")
    with team_db.connect() as owner:
        assert owner.execute("SELECT count(*) FROM sync_change WHERE tbl = 'pupil'").fetchone()[0] == 1
