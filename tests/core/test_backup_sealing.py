"""Encrypting a plain database encrypts its older backups too: no readable copy of the pupils is left behind,
and every restore point still opens with the same password."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from wishdesk.core import backup, restore
from wishdesk.core.models import Staff
from wishdesk.core.opening import open_database
from wishdesk.core.security import accounts, encryption, keyfile
from wishdesk.core.security.converting import encrypt_with_progress

PASSWORD = "geheim-wachtwoord"
NAME = "Wilhelmina Zeldzaamnaam"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WISHDESK_KDF", "fast")
    yield
    keyfile.forget_all()


def _plain_with_backups(tmp_path: Path) -> tuple[Path, Path]:
    path, backups = tmp_path / "oud.sqlite", tmp_path / "backups"
    backups.mkdir()
    db = open_database(path, create=True)
    with db.write() as s:
        s.add(Staff(name=NAME))
    db.close()
    backup.make_backup(path, backups, "handmatig", limits=None, when=datetime(2026, 11, 1, 9, 0))
    backup.make_backup(path, backups, "bij-afsluiten", limits=None, when=datetime(2026, 11, 2, 9, 0))
    return path, backups


def _run(gen):  # noqa: ANN001, ANN202 - drive a progress generator to its return value
    try:
        while True:
            next(gen)
    except StopIteration as stop:
        return stop.value


def test_every_older_backup_is_encrypted_and_still_restores(tmp_path: Path) -> None:
    path, backups = _plain_with_backups(tmp_path)
    assert NAME.encode() in (backups / backup.list_backups(backups)[0].path.name).read_bytes()
    _recovery, staff_id, sealed = _run(encrypt_with_progress(path, None, "Paula Coördinator", PASSWORD, backups))
    found = backup.list_backups(backups, with_counts=False)
    assert len(found) == 3 and sealed.converted == 3 and not sealed.left_plain  # incl. "voor-versleutelen"
    assert "3 oudere reservekopie" in sealed.message()
    for info in found:
        raw = info.path.read_bytes()
        assert NAME.encode() not in raw and NAME.split()[1].encode() not in raw
        assert encryption.plain_sqlite_refuses(info.path)
        assert keyfile.keyfile_path(info.path).exists()
        assert (info.path.stat().st_mode & 0o777) == 0o600
    keyfile.forget_all()  # a fresh program: the password opens the backup through its own key file
    oldest = min(found, key=lambda b: b.created)
    accounts.sign_in(oldest.path, staff_id, PASSWORD)
    db = open_database(oldest.path)
    try:
        with db.session() as s:
            assert s.scalar(select(Staff.name).where(Staff.name == NAME)) == NAME
    finally:
        db.close()
    restore.restore_backup(oldest.path, path, backups)  # and it restores over the database as before
    keyfile.forget_all()
    accounts.sign_in(path, staff_id, PASSWORD)
    db = open_database(path)
    try:
        with db.session() as s:
            assert s.scalar(select(Staff.name).where(Staff.name == NAME)) == NAME
    finally:
        db.close()


def test_a_damaged_backup_is_left_and_named(tmp_path: Path) -> None:
    path, backups = _plain_with_backups(tmp_path)
    damaged = backup.list_backups(backups, with_counts=False)[-1].path
    raw = bytearray(damaged.read_bytes())
    raw[200:4096] = b"\x00" * (4096 - 200)
    damaged.write_bytes(bytes(raw))
    _recovery, _staff, sealed = _run(encrypt_with_progress(path, None, "Paula Coördinator", PASSWORD, backups))
    assert sealed.left_plain == [damaged] and sealed.converted == 2
    assert damaged.name in sealed.message() and "nog leesbaar" in sealed.message()
    assert encryption.is_encrypted(path)  # the conversion itself stands


def test_cli_encrypt_says_the_backups_are_encrypted_too(tmp_path: Path) -> None:
    path, _backups = _plain_with_backups(tmp_path)
    env = {"WISHDESK_KDF": "fast", "WISHDESK_NEW_PASSWORD": PASSWORD, "WISHDESK_DATA_DIR": str(tmp_path / "data"),
           "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "wishdesk", "encrypt", "--db", str(path), "--staff", NAME,
                             "--sheet", str(tmp_path / "blad.pdf")], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "versleutelde reservekopie" in result.stdout
