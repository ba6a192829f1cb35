"""Accounts, encryption at rest and sealed concerns, on real files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from wishdesk.core import backup
from wishdesk.core.models import Concern, Group, Pupil, School, Staff, StaffRole
from wishdesk.core.opening import open_database
from wishdesk.core.security import accounts, encryption, keyfile, unlocking
from wishdesk.core.services import concerns

PASSWORD = "geheim-wachtwoord"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WISHDESK_KDF", "fast")
    yield
    keyfile.forget_all()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _school(s, name: str, cc: Staff) -> Group:  # noqa: ANN001
    from wishdesk.core.models import SchoolYear

    year = s.scalar(select(SchoolYear)) or SchoolYear(name="2026-2027", start_date=date(2026, 8, 1),
                                                      end_date=date(2027, 7, 31))
    s.add(year)
    school = School(name=name, care_coordinator=cc)
    group = Group(name="6A", school=school, school_year=year)
    s.add(group)
    return group


@pytest.fixture()
def world(tmp_path: Path):  # noqa: ANN201
    """An encrypted database: coordinator (first account), two schools each with a care coordinator, a teacher."""
    db, recovery = encryption.create_encrypted_database(tmp_path / "school.sqlite", "Paula Coördinator", PASSWORD,
                                                        backup_dir=tmp_path / "backups")
    with db.write() as s:
        ids = {}
        for key, name in (("cc1", "Ineke IB"), ("cc2", "Bram IB"), ("teacher", "Tom Leerkracht")):
            person = Staff(name=name, roles=[StaffRole(role="teacher")])
            s.add(person)
            s.flush()
            ids[key] = person
        g1 = _school(s, "De Regenboog", ids["cc1"])
        g2 = _school(s, "Het Anker", ids["cc2"])
        s.flush()
        ids["teacher"].schools = [s.get(School, g1.school_id)]  # Tom teaches at De Regenboog (core.access)
        p1 = Pupil(first_name="Zoëlinde", group_id=g1.id)
        p2 = Pupil(first_name="Xandrijn", group_id=g2.id)
        s.add_all([p1, p2])
        s.flush()
        staff = {k: v.id for k, v in ids.items()}
        pupils = {"p1": p1.id, "p2": p2.id}
    coordinator = accounts.sign_in(db, None, PASSWORD)
    for key in ("cc1", "cc2", "teacher"):
        accounts.add_account(db, coordinator, staff[key], PASSWORD)
    yield db, staff, pupils, recovery, coordinator
    db.close()


def test_database_and_backup_hold_no_pupil_name_and_sqlite3_cannot_open_them(world, tmp_path: Path) -> None:
    db, staff, pupils, _recovery, _coordinator = world
    teacher = accounts.sign_in(db, staff["teacher"], PASSWORD)
    concerns.record_concern(db, teacher, pupils["p1"], date(2026, 10, 1), "wellbeing",
                            "Zoëlinde zit steeds alleen in de pauze")
    path = db.location.path
    made = backup.make_backup(path, tmp_path / "backups", reason="handmatig")
    db.close()
    for file in (path, made):
        raw = file.read_bytes() + (Path(f"{file}-wal").read_bytes() if Path(f"{file}-wal").exists() else b"")
        for name in ("Zoëlinde", "Xandrijn", "Ineke IB", "pauze"):
            assert name.encode("utf-8") not in raw
        assert encryption.is_encrypted(file)
        assert os.stat(file).st_mode & 0o077 == 0
        assert encryption.plain_sqlite_refuses(file)
        cli = subprocess.run(["sqlite3", str(file), "SELECT count(*) FROM pupil"], capture_output=True, text=True)
        assert cli.returncode != 0 and "not a database" in cli.stderr
    assert keyfile.keyfile_path(made).exists() and os.stat(keyfile.keyfile_path(made)).st_mode & 0o077 == 0
    assert backup.verify_backup(made)  # opens with the key unlocked in this process, via its own key file copy


def test_only_author_and_that_schools_care_coordinator_can_read(world) -> None:
    db, staff, pupils, _recovery, coordinator = world
    teacher = accounts.sign_in(db, "tom leerkracht", PASSWORD)  # by name, any case
    cid = concerns.record_concern(db, teacher, pupils["p1"], date(2026, 10, 1), "wellbeing", "Alleen in de pauze")
    cc1 = accounts.sign_in(db, "Ineke IB", PASSWORD)
    cc2 = accounts.sign_in(db, "Bram IB", PASSWORD)
    assert concerns.get_concern(db, teacher, cid).observation == "Alleen in de pauze"
    assert concerns.get_concern(db, cc1, cid).observation == "Alleen in de pauze"
    assert concerns.visible_concerns(db, cc2) == []
    assert concerns.visible_concerns(db, coordinator) == []
    # even with the database open (the key), the row holds ciphertext and the coordinator's key opens none of it
    from wishdesk.core.security.sealing import open_text

    with db.session() as s:
        row = s.get(Concern, cid)
        assert row.observation.startswith("sealed:") and "pauze" not in row.observation
        assert open_text(s, row, coordinator) is None and open_text(s, row, cc2) is None
        assert open_text(s, row, cc1) == "Alleen in de pauze"
    # the other way round: the teacher opens the database but not the care coordinator's own concern
    theirs = concerns.record_concern(db, cc1, pupils["p1"], date(2026, 10, 2), "other", "Gesprek met ouders")
    with db.session() as s:
        assert open_text(s, s.get(Concern, theirs), teacher) is None
    assert concerns.get_concern(db, cc1, theirs).observation == "Gesprek met ouders"


def test_open_demo_signs_in_as_the_programme_coordinator(tmp_path: Path) -> None:
    from wishdesk.core.demo import open_demo

    db, identity = open_demo(tmp_path / "demo.sqlite")
    try:
        assert identity is not None and identity.is_admin
        assert encryption.is_encrypted(db.location.path)
        people = accounts.list_accounts(db)
        assert len(people) > 3
        readable = 0
        for person in people:
            other = accounts.sign_in(db, person.staff_id, accounts.DEMO_PASSWORD)
            readable += sum(not c.observation.startswith("[") for c in concerns.visible_concerns(db, other))
        assert readable >= 3  # every demo concern is readable by its author and by its school's IB'er
    finally:
        db.close()


def test_a_new_care_coordinator_gets_the_key_at_the_next_sign_in_of_a_reader(world) -> None:
    from wishdesk.core.security import directory

    db, staff, pupils, _recovery, coordinator = world
    teacher = accounts.sign_in(db, staff["teacher"], PASSWORD)
    cid = concerns.record_concern(db, teacher, pupils["p1"], date(2026, 10, 1), "wellbeing", "Tekst")
    with db.write() as s:
        s.scalar(select(School).where(School.name == "De Regenboog")).care_coordinator_id = staff["cc2"]
    cc2 = accounts.sign_in(db, staff["cc2"], PASSWORD)
    assert concerns.get_concern(db, cc2, cid).observation.startswith("[versleuteld")  # visible, not yet readable
    # the school row alone does not make a reader: a programme coordinator confirms it first
    teacher = accounts.sign_in(db, staff["teacher"], PASSWORD)
    assert concerns.get_concern(db, cc2, cid).observation.startswith("[versleuteld")
    assert any("De Regenboog" in hint and "nog niet bevestigd" in hint for hint in directory.unconfirmed(db, teacher))
    changes = directory.confirm_care_coordinators(db, coordinator)
    assert changes == ["Bram IB is bevestigd als intern begeleider van De Regenboog.",
                       "Ineke IB is geen intern begeleider meer van De Regenboog."]
    teacher = accounts.sign_in(db, staff["teacher"], PASSWORD)  # a current reader signs in: re-wrapped
    assert directory.unconfirmed(db, teacher) == []
    cc1 = accounts.sign_in(db, staff["cc1"], PASSWORD)
    assert concerns.get_concern(db, cc2, cid).observation == "Tekst"
    from wishdesk.core.security.sealing import open_text

    with db.session() as s:
        assert open_text(s, s.get(Concern, cid), cc1) is None  # the former care coordinator lost the key


def test_purge_deletes_the_keys(world) -> None:
    from wishdesk.core.models import ConcernKey

    db, staff, pupils, _recovery, _coordinator = world
    teacher = accounts.sign_in(db, staff["teacher"], PASSWORD)
    cid = concerns.record_concern(db, teacher, pupils["p1"], date(2020, 10, 1), "wellbeing", "Oud")
    assert concerns.purge(db, date(2026, 9, 1), [cid]) == 1
    with db.session() as s:
        assert s.scalars(select(ConcernKey).where(ConcernKey.concern_id == cid)).all() == []


def test_wrong_password_unknown_user_changes_no_byte_and_throttles(world, monkeypatch: pytest.MonkeyPatch) -> None:
    db, staff, _pupils, _recovery, _coordinator = world
    path = db.location.path
    db.close()
    before = {p: digest(p) for p in (path, Path(f"{path}-wal")) if p.exists()}
    keys_before = keyfile.read(path)["accounts"]
    keyfile.forget_all()
    for _ in range(accounts.THROTTLE_AFTER):
        with pytest.raises(accounts.SignInFailed, match="verkeerd wachtwoord"):
            accounts.sign_in(path, staff["teacher"], "fout-fout-fout")
    with pytest.raises(accounts.SignInFailed, match="Onbekende naam"):
        accounts.sign_in(path, "Niemand Bestaat", PASSWORD)
    with pytest.raises(accounts.SignInThrottled) as caught:  # even the right password waits now
        accounts.sign_in(path, staff["teacher"], PASSWORD)
    assert caught.value.wait_seconds > 0
    assert {p: digest(p) for p in before} == before
    assert keyfile.read(path)["accounts"] == keys_before  # only the attempt counter moved
    monkeypatch.setattr(unlocking, "THROTTLE_SECONDS", 0.0)  # the check lives there (no ORM)
    assert accounts.sign_in(path, staff["teacher"], PASSWORD).staff_id == staff["teacher"]
    assert str(accounts._entry(keyfile.read(path), staff["teacher"])[0]) not in keyfile.read(path)["attempts"]


def test_missing_key_file_is_a_clear_message(world) -> None:
    db, staff, *_ = world
    path = db.location.path
    db.close()
    keyfile.forget_all()
    keyfile.keyfile_path(path).rename(path.with_name("elders.keys"))
    with pytest.raises(keyfile.KeyFileMissing, match="sleutelbestand"):
        accounts.sign_in(path, staff["teacher"], PASSWORD)


def test_recovery_key_opens_and_resets_a_password(world) -> None:
    db, staff, _pupils, recovery, _coordinator = world
    path = db.location.path
    db.close()
    keyfile.forget_all()
    with pytest.raises(encryption.RecoveryFailed):
        encryption.unlock_with_recovery(path, encryption.format_recovery_key(b"\\x00" * 32))
    encryption.unlock_with_recovery(path, recovery.lower())
    reopened = open_database(path)
    try:
        accounts.reset_password(reopened, None, staff["teacher"], "nieuw-wachtwoord")
    finally:
        reopened.close()
    keyfile.forget_all()
    assert accounts.sign_in(path, staff["teacher"], "nieuw-wachtwoord").staff_id == staff["teacher"]


def test_encrypt_converts_a_plain_database_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "oud.sqlite"
    db = open_database(path, create=True)
    with db.write() as s:
        s.add(Staff(name="Paula Coördinator"))
    db.close()
    assert not encryption.is_encrypted(path)
    recovery = encryption.encrypt_database(path, "Paula Coördinator", PASSWORD, tmp_path / "b")
    assert recovery and encryption.is_encrypted(path) and encryption.plain_sqlite_refuses(path)
    [plain_backup] = backup.list_backups(tmp_path / "b")
    assert not encryption.is_encrypted(plain_backup.path)  # the state before, as it was
    keyfile.forget_all()
    identity = accounts.sign_in(path, None, PASSWORD)
    assert identity.is_admin and identity.name == "Paula Coördinator"
    db = open_database(path)
    try:
        with db.session() as s:
            assert s.scalar(select(Staff.name)) == "Paula Coördinator"
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        db.close()


def test_plain_database_still_opens_and_sqlite3_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite"
    open_database(path, create=True).close()
    assert not encryption.is_encrypted(path)
    assert sqlite3.connect(path).execute("SELECT count(*) FROM account").fetchone() == (0,)
    assert os.stat(path).st_mode & 0o077 == 0


def test_family_export_has_concerns_only_for_that_schools_care_coordinator(world, tmp_path: Path) -> None:
    import json

    from pypdf import PdfReader

    from tests.printing.langcheck import page_tokens
    from wishdesk.core.services.family_export import export_json, family_export
    from wishdesk.printing.family_export import render_family_export

    db, staff, pupils, _recovery, coordinator = world
    teacher = accounts.sign_in(db, staff["teacher"], PASSWORD)
    concerns.record_concern(db, teacher, pupils["p1"], date(2026, 10, 1), "wellbeing", "Zit vaak alleen in de pauze")
    cc1 = accounts.sign_in(db, "Ineke IB", PASSWORD)
    cc2 = accounts.sign_in(db, "Bram IB", PASSWORD)

    mine = family_export(db, pupils["p1"], date(2026, 11, 1), viewer=cc1)
    assert mine.concerns_included and mine.concerns_note == ""
    section = next(sec for sec in mine.sections if sec.key == "concerns")
    assert [row[:3] for row in section.rows] == [("2026-10-01", "wellbeing", "Zit vaak alleen in de pauze")]
    render_family_export(mine, tmp_path / "ib.pdf")
    reader = PdfReader(tmp_path / "ib.pdf")
    tokens = set().union(*(page_tokens(reader, i) for i in range(len(reader.pages))))
    assert {"pauze", "zorgsignalen"} <= tokens
    assert json.loads(export_json(mine))["concerns_included"] is True

    # the other school's care coordinator may not export this family at all (core.access: not their school)
    from wishdesk.core.access import PermissionDenied

    with pytest.raises(PermissionDenied):
        family_export(db, pupils["p1"], date(2026, 11, 1), viewer=cc2)
    # the author, the programme coordinator, nobody: left out, with why
    for viewer, why in ((teacher, "Tom Leerkracht is niet de intern begeleider van De Regenboog"),
                        (coordinator, "is niet de intern begeleider van De Regenboog"),
                        (None, "niemand is aangemeld")):
        other = family_export(db, pupils["p1"], date(2026, 11, 1), viewer=viewer)
        assert not other.concerns_included and why in other.concerns_note
        assert all(sec.key != "concerns" for sec in other.sections)
        text = export_json(other)
        assert "pauze" not in text and json.loads(text)["note"] == other.concerns_note
    render_family_export(other, tmp_path / "none.pdf")
    tokens = page_tokens(PdfReader(tmp_path / "none.pdf"), 0)
    assert "pauze" not in tokens and {"weggelaten", "aangemeld"} <= tokens
    # a bare staff id is not a sign-in: sealed texts need the identity's key
    assert not family_export(db, pupils["p1"], viewer=staff["cc1"]).concerns_included


def test_family_export_cli_signs_in_with_user(world, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys) -> None:  # noqa: ANN001
    import json

    from wishdesk import cli

    db, staff, pupils, _recovery, _coordinator = world
    teacher = accounts.sign_in(db, staff["teacher"], PASSWORD)
    concerns.record_concern(db, teacher, pupils["p1"], date(2026, 10, 1), "wellbeing", "Zit vaak alleen in de pauze")
    path = str(db.location.path)
    db.close()
    monkeypatch.setenv("WISHDESK_PASSWORD", PASSWORD)
    out = tmp_path / "gezin.json"
    assert cli.main(["--user", "Ineke IB", "family-export", "--db", path, "--pupil", str(pupils["p1"]),
                     "-o", str(out)]) == 0
    assert "met zorgsignalen" in capsys.readouterr().out
    assert "pauze" in out.read_text(encoding="utf-8")
    assert cli.main(["--user", "Tom Leerkracht", "family-export", "--db", path, "--pupil", str(pupils["p1"]),
                     "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "zorgsignalen niet meegenomen" in captured.out and "niet de intern begeleider" in captured.err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["concerns_included"] is False and "pauze" not in json.dumps(data, ensure_ascii=False)
