"""`wishdesk check` and `wishdesk backup` on an encrypted database sign in like every other command (issue 12:
check always said "is versleuteld; meld u eerst aan" even with --user and WISHDESK_PASSWORD)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from wishdesk.cli import main
from wishdesk.core.security import accounts, encryption, keyfile

PASSWORD = "geheim-wachtwoord"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WISHDESK_KDF", "fast")
    monkeypatch.setenv("WISHDESK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("WISHDESK_PASSWORD", raising=False)
    monkeypatch.delenv("WISHDESK_USER", raising=False)
    yield
    keyfile.forget_all()


@pytest.fixture()
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "school.sqlite"
    db, _key = encryption.create_encrypted_database(path, "Paula Coördinator", PASSWORD)
    admin = accounts.sign_in(db, None, PASSWORD)
    from wishdesk.core.models import Staff

    with db.write() as s:
        s.add(Staff(name="Tom Leerkracht"))
    accounts.add_account(db, admin, "Tom Leerkracht", PASSWORD + "2")
    db.close()
    keyfile.forget_all()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_check_signs_in_with_user_and_password(encrypted: Path, monkeypatch, capsys) -> None:  # noqa: ANN001
    monkeypatch.setenv("WISHDESK_PASSWORD", PASSWORD + "2")
    assert main(["--user", "Tom Leerkracht", "check", "--db", str(encrypted)]) == 0
    assert "Geen problemen gevonden" in capsys.readouterr().out
    keyfile.forget_all()
    monkeypatch.setenv("WISHDESK_PASSWORD", PASSWORD)
    assert main(["check", "--db", str(encrypted), "--json"]) == 0  # default: the only programme coordinator
    assert '"ok": true' in capsys.readouterr().out


def test_check_with_a_wrong_password_is_one_line_and_changes_nothing(encrypted: Path, monkeypatch, capsys) -> None:  # noqa: ANN001
    before = _digest(encrypted)
    monkeypatch.setenv("WISHDESK_PASSWORD", "fout")
    assert main(["--user", "Tom Leerkracht", "check", "--db", str(encrypted)]) == 1
    err = capsys.readouterr().err.strip()
    assert "verkeerd wachtwoord" in err and "\n" not in err
    assert _digest(encrypted) == before


def test_check_without_a_password_on_a_pipe_says_how(encrypted: Path, capsys) -> None:  # noqa: ANN001
    assert main(["check", "--db", str(encrypted)]) == 1
    assert "WISHDESK_PASSWORD" in capsys.readouterr().err


def test_backup_of_an_encrypted_database(encrypted: Path, monkeypatch, capsys) -> None:  # noqa: ANN001
    monkeypatch.setenv("WISHDESK_PASSWORD", PASSWORD)
    target = encrypted.parent / "kopie.wishdesk-backup"
    assert main(["backup", "--db", str(encrypted), "-o", str(target)]) == 0
    assert target.exists() and encryption.is_encrypted(target) and keyfile.has_keyfile(target)


def test_restore_of_an_encrypted_database(encrypted: Path, monkeypatch, capsys) -> None:  # noqa: ANN001
    monkeypatch.setenv("WISHDESK_PASSWORD", PASSWORD)
    target = encrypted.parent / "kopie.wishdesk-backup"
    assert main(["backup", "--db", str(encrypted), "-o", str(target)]) == 0
    keyfile.forget_all()
    assert main(["restore", "--db", str(encrypted), "--from", str(target)]) == 0
    assert "is teruggezet" in capsys.readouterr().out
    keyfile.forget_all()
    assert main(["check", "--db", str(encrypted)]) == 0
