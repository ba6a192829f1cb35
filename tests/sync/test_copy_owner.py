"""Who a laptop copy says you are (what issues 12 and 14 left open), on a real PostgreSQL team server:

- the copy's one account is its owner's, not a programme coordinator's: it manages no accounts, its labels are
  the person's staff roles, and the copy's recovery sheet still opens it;
- a programme coordinator sees the whole municipality on the server and in the file (core/access.py's
  MUNICIPALITY_WIDE_ROLES, from which the server's helper is built), so their copy holds every pupil;
- attacks a teacher could try with the copy's own file key: other schools' pupils are not in the file, and an
  account or role added in the file opens nothing on the server.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests.sync.helpers import make_replica, open_replica, sync
from tests.team.conftest import PASSWORD, PEOPLE, TeamDb
from wishdesk.core import access
from wishdesk.core.models import Group, Pupil


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WISHDESK_KDF", "fast")


def _server_count(team: TeamDb, sql: str, who: str | None = None) -> int:
    with team.connect(who) as conn:
        return conn.execute(sql).fetchone()[0]


def _pupil_schools(db) -> set[int]:  # noqa: ANN001
    with db.session() as s:
        return set(s.scalars(select(Group.school_id).join(Pupil, Pupil.group_id == Group.id)))


def test_a_teachers_copy_is_the_owners_not_a_coordinators(team_db: TeamDb, tmp_path: Path) -> None:
    from wishdesk.core.security import account_admin, accounts, keyfile, recovery

    path = make_replica(team_db, "teacher1", tmp_path / "laptop.sqlite")
    identity = accounts.sign_in(path, team_db.logins["teacher1"], PASSWORD)
    assert identity.laptop_copy and not identity.manages_accounts
    assert identity.is_admin and identity.root_seed is not None  # the file's keys: its recovery sheet works
    db = open_replica(path)
    try:
        rows = accounts.list_accounts(db)
        assert [(r.staff_id, r.roles, r.laptop_copy) for r in rows] == [(PEOPLE["teacher1"], ("teacher",), True)]
        from wishdesk.core.models import Staff

        with db.write() as s:  # someone on the staff list of the copy, to try to give an account
            colleague = s.scalars(select(Staff.id).where(Staff.id != PEOPLE["teacher1"])).first()
        for attempt in (lambda: accounts.add_account(db, identity, colleague, "een-wachtwoord"),
                        lambda: account_admin.add_account_for(db, identity, name="Indringer", password="een-wachtwoord"),
                        lambda: account_admin.check_reset(identity, colleague),
                        lambda: accounts.reset_password(db, identity, PEOPLE["teacher1"], "nieuw-wachtwoord")):
            with pytest.raises(accounts.NotAllowed, match="Accounts beheert u op de teamdatabase"):
                attempt()
        assert len(accounts.list_accounts(db)) == 1
        with db.session() as s:
            assert s.scalar(select(Staff.id).where(Staff.name == "Indringer")) is None  # nothing left behind
        # the copy's recovery sheet: a new key (after the password), which opens the file and sets a new password
        key = account_admin.new_recovery_sheet_key(db, identity, PASSWORD)
    finally:
        db.close()
    keyfile.forget_all()
    recovery.check_recovery_key(path, key)
    db = open_replica_unlocked(path)
    try:
        assert recovery.default_account(recovery.accounts_of(db)).staff_id == PEOPLE["teacher1"]
        again = recovery.reset_and_sign_in(db, PEOPLE["teacher1"], "nieuw-wachtwoord-1")
        assert again.laptop_copy and not again.manages_accounts
    finally:
        db.close()
    keyfile.forget_all()


def open_replica_unlocked(path: Path):  # noqa: ANN201 - Database (the key was unlocked by the recovery key)
    from wishdesk.core.opening import open_database

    return open_database(path)


def test_a_plain_encrypted_file_is_no_laptop_copy(tmp_path: Path) -> None:
    from wishdesk.core.security import accounts, encryption, keyfile

    db, _key = encryption.create_encrypted_database(tmp_path / "school.sqlite", "Paula Coördinator", "wachtwoord1")
    try:
        identity = accounts.sign_in(db, None, "wachtwoord1")
        assert not identity.laptop_copy and identity.manages_accounts
        assert [r.laptop_copy for r in accounts.list_accounts(db)] == [False]
    finally:
        db.close()
        keyfile.forget_all()


def test_a_programme_coordinators_copy_holds_the_whole_municipality(team_db: TeamDb, tmp_path: Path) -> None:
    everyone = _server_count(team_db, "SELECT count(*) FROM pupil")
    schools = _server_count(team_db, "SELECT count(DISTINCT g.school_id) FROM pupil p JOIN \"group\" g ON g.id = p.group_id")
    assert everyone > 0 and schools > 1
    with team_db.connect() as owner:  # the demo's coordinator works at no school: the case that held no pupils
        assert owner.execute("SELECT count(*) FROM staff_school WHERE staff_id = %s",
                             (PEOPLE["coordinator"],)).fetchone()[0] == 0
    # the server's rule: the coordinator's own login reads every pupil, guardian and attendance row
    for table in ("pupil", "guardian", "attendance"):
        assert _server_count(team_db, f"SELECT count(*) FROM {table}", "coordinator") == \
            _server_count(team_db, f"SELECT count(*) FROM {table}")
    path = make_replica(team_db, "coordinator", tmp_path / "coordinator.sqlite")
    db = open_replica(path)
    try:
        with db.session() as s:
            assert s.scalar(select(text("count(*)")).select_from(Pupil)) == everyone
            # the file's scope says the same as the server
            scope = access.scope_in(s, PEOPLE["coordinator"])
        assert scope.everything and len(_pupil_schools(db)) == schools
        assert access.MUNICIPALITY_WIDE_ROLES == frozenset({"programme_coordinator"})
    finally:
        db.close()
    # a teacher still sees only their own school, on the server and so in their copy
    teacher_pupils = _server_count(team_db, "SELECT count(*) FROM pupil", "teacher1")
    assert 0 < teacher_pupils < everyone


def test_a_teacher_with_the_file_key_finds_no_other_school_and_gains_nothing_on_the_server(
        team_db: TeamDb, tmp_path: Path) -> None:
    """The attack of the brief: the teacher has the copy's key (they are its owner), so anything inside the file
    is theirs to read and write with sqlcipher. What must hold: no other school's pupils are in it, and what they
    write there (a role, an account) reaches the server only through their own login, which refuses it."""
    import sqlcipher3

    from wishdesk.core.security import keyfile

    path = make_replica(team_db, "teacher1", tmp_path / "laptop.sqlite")
    mine = _server_count(team_db, "SELECT count(*) FROM pupil", "teacher1")
    db = open_replica(path)
    schools = _pupil_schools(db)
    db.close()
    file_key = keyfile.key_for(path)
    assert file_key is not None
    raw = sqlcipher3.connect(str(path))
    try:
        raw.execute(f"PRAGMA key = \"x'{file_key.hex()}'\"")
        assert raw.execute("SELECT count(*) FROM pupil").fetchone()[0] == mine
        assert raw.execute("SELECT count(DISTINCT school_id) FROM \"group\" g JOIN pupil p ON p.group_id = g.id") \
            .fetchone()[0] == len(schools) == 1
        # make themselves a programme coordinator in the file (the local scope then widens: but only over the
        # rows the file holds)
        raw.execute("INSERT INTO staff_role (staff_id, role) VALUES (?, 'programme_coordinator')",
                    (PEOPLE["teacher1"],))
        # every school's groups are in the file (groups are not private): put a pupil in another school's group
        [school] = schools
        other_group = raw.execute("SELECT id FROM \"group\" WHERE school_id != ? LIMIT 1", (school,)).fetchone()[0]
        columns = [r[1] for r in raw.execute("PRAGMA table_info(pupil)") if r[1] not in ("id", "gid")]
        values = {"group_id": str(other_group), "first_name": "'Indringer'"}
        raw.execute(f"INSERT INTO pupil ({', '.join(columns)}) SELECT "
                    f"{', '.join(values.get(c, c) for c in columns)} FROM pupil LIMIT 1")
        raw.commit()
    finally:
        raw.close()
    roles_before = _server_count(team_db, "SELECT count(*) FROM staff_role")
    pupils_before = _server_count(team_db, "SELECT count(*) FROM pupil")
    result = sync(path)
    # the server refused both (the role: only coordinators write staff_role; the pupil: not their school's
    # group); they wait under "To review", nothing applied
    assert result.new_conflicts == 2
    assert _server_count(team_db, "SELECT count(*) FROM pupil") == pupils_before
    assert _server_count(team_db, "SELECT count(*) FROM pupil WHERE first_name = 'Indringer'") == 0
    assert _server_count(team_db, "SELECT count(*) FROM staff_role") == roles_before
    assert _server_count(team_db, f"SELECT count(*) FROM staff_role WHERE staff_id = {PEOPLE['teacher1']} "
                         "AND role = 'programme_coordinator'") == 0
    # still only their school's pupils after the sync: the server's policies, not the file's role, decide
    with team_db.connect("teacher1") as teacher:  # nor can they see another school's pupils on the server
        assert teacher.execute("SELECT count(*) FROM pupil p JOIN \"group\" g ON g.id = p.group_id "
                               "WHERE g.id = %s", (other_group,)).fetchone()[0] == 0


def test_the_command_line_on_a_teachers_copy(team_db: TeamDb, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """`wishdesk account list` names the real role; `account add` exits 1 with the one Dutch line."""
    from wishdesk.cli import main
    from wishdesk.core.security import keyfile

    path = make_replica(team_db, "teacher1", tmp_path / "laptop.sqlite")
    keyfile.forget_all()
    monkeypatch.setenv("WISHDESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("WISHDESK_USER", team_db.logins["teacher1"])
    capsys.readouterr()
    assert main(["account", "list", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.strip().endswith("(leerkracht)") and "programmacoördinator" not in out, out
    monkeypatch.setenv("WISHDESK_NEW_PASSWORD", "een-wachtwoord")
    assert main(["account", "add", "--db", str(path), str(PEOPLE["teacher1b"])]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "wishdesk: Accounts beheert u op de teamdatabase: deze laptopkopie heeft alleen uw eigen account."
