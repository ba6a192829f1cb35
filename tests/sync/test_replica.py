"""`replica create`: an encrypted copy of exactly what the login may read, opening with the normal sign-in."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sync.helpers import local_view, make_replica, open_replica, server_base, server_view
from tests.team.conftest import PASSWORD, TeamDb
from wishdesk.core.security.encryption import is_encrypted, plain_sqlite_refuses


def test_replica_holds_exactly_what_the_login_may_read(team_db: TeamDb, tmp_path: Path) -> None:
    path = make_replica(team_db, "teacher1", tmp_path / "laptop.sqlite")
    assert is_encrypted(path) and plain_sqlite_refuses(path)
    db = open_replica(path)
    try:
        mine = local_view(db)
    finally:
        db.close()
    assert mine == server_view(team_db, "teacher1")
    with team_db.connect() as owner:
        all_pupils = owner.execute("SELECT count(*) FROM pupil").fetchone()[0]
    assert 0 < len(mine["pupil"]) < all_pupils  # one school of four


def test_replica_signs_in_with_the_login_password(team_db: TeamDb, tmp_path: Path) -> None:
    from wishdesk.core.security import accounts

    path = make_replica(team_db, "specialist", tmp_path / "laptop.sqlite")
    identity = accounts.sign_in(path, None, PASSWORD)
    assert identity.name
    with pytest.raises(accounts.SignInFailed):
        accounts.sign_in(path, None, "verkeerd-wachtwoord")
    # the server login finds the same account as the staff name (the tester typed the login)
    by_login = accounts.sign_in(path, team_db.logins["specialist"].upper(), PASSWORD)
    assert by_login.account_id == identity.account_id
    by_name = accounts.sign_in(path, identity.name, PASSWORD)
    assert by_name.account_id == identity.account_id
    with pytest.raises(accounts.SignInFailed):
        accounts.sign_in(path, team_db.logins["care1"], PASSWORD)


def test_replica_refusals_change_nothing(team_db: TeamDb, tmp_path: Path) -> None:
    from wishdesk.core.errors import WishDeskError
    from wishdesk.core.sync.replica import create_replica

    target = tmp_path / "laptop.sqlite"
    with pytest.raises(WishDeskError, match="hoort niet bij een medewerker"):
        create_replica(server_base(team_db), team_db.logins["municipality"], PASSWORD, target)
    with pytest.raises(WishDeskError, match="verkeerd wachtwoord"):
        create_replica(server_base(team_db), team_db.logins["teacher1"], "fout-wachtwoord-1", target)
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_copy_leaves_no_file(team_db: TeamDb, tmp_path: Path) -> None:
    from wishdesk.core.progress import Cancelled, drive
    from wishdesk.core.sync.replica import replica_steps

    steps: list[int] = []
    with pytest.raises(Cancelled):
        drive(replica_steps(server_base(team_db), team_db.logins["teacher1"], PASSWORD, tmp_path / "a.sqlite"),
              lambda done, _total, _message: steps.append(done), lambda: len(steps) >= 5)
    assert steps == [1, 2, 3, 4, 5] and list(tmp_path.iterdir()) == []
