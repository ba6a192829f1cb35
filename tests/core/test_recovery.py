"""The recovery sheet's key in use: `wishdesk recover` and core/security/recovery.py, on real files."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from wishdesk.cli import main
from wishdesk.core.models import Group, Pupil, School, SchoolYear, Staff, StaffRole
from wishdesk.core.opening import open_database
from wishdesk.core.security import accounts, encryption, keyfile, recovery
from wishdesk.core.services import concerns

PASSWORD = "geheim-wachtwoord"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WISHDESK_KDF", "fast")
    monkeypatch.setenv("WISHDESK_HOME", str(tmp_path / "home"))
    for name in ("WISHDESK_PASSWORD", "WISHDESK_USER", "WISHDESK_RECOVERY_KEY", "WISHDESK_NEW_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    yield
    keyfile.forget_all()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def school(tmp_path: Path):  # noqa: ANN201
    """Coordinator Paula (first account), Ineke the care coordinator, Tom a teacher; two concerns by Tom:
    one at Ineke's school (two readers), one at a school without care coordinator (Tom alone)."""
    path = tmp_path / "school.sqlite"
    db, key = encryption.create_encrypted_database(path, "Paula Coördinator", PASSWORD)
    with db.write() as s:
        ineke = Staff(name="Ineke IB", roles=[StaffRole(role="care_coordinator")])
        tom = Staff(name="Tom Leerkracht", roles=[StaffRole(role="teacher")])
        year = SchoolYear(name="2026-2027", start_date=date(2026, 8, 1), end_date=date(2027, 7, 31))
        s.add_all([ineke, tom, year])
        s.flush()
        g1 = Group(name="6A", school=School(name="De Regenboog", care_coordinator=ineke), school_year=year)
        g2 = Group(name="6B", school=School(name="Het Anker"), school_year=year)
        s.add_all([g1, g2])
        s.flush()
        p1, p2 = Pupil(first_name="Zoëlinde", group_id=g1.id), Pupil(first_name="Xandrijn", group_id=g2.id)
        s.add_all([p1, p2])
        s.flush()
        ids = {"ineke": ineke.id, "tom": tom.id, "p1": p1.id, "p2": p2.id}
    paula = accounts.sign_in(db, None, PASSWORD)
    accounts.add_account(db, paula, ids["ineke"], PASSWORD)
    accounts.add_account(db, paula, ids["tom"], PASSWORD)
    tom = accounts.sign_in(db, ids["tom"], PASSWORD)
    for pupil, text in (("p1", "Gedeeld signaal"), ("p2", "Alleen van Tom")):
        concerns.record_concern(db, tom, ids[pupil], date(2026, 10, 1), "wellbeing", text)
    db.close()
    keyfile.forget_all()
    return path, key, ids


def _texts(path: Path, staff_id: int, password: str) -> list[str]:
    who = accounts.sign_in(path, staff_id, password)  # re-seals what this reader can open for new readers
    db = open_database(path)
    try:
        return sorted(c.observation for c in concerns.visible_concerns(db, who))
    finally:
        db.close()


def test_recovery_resets_a_password_and_says_what_stays_unreadable(school) -> None:  # noqa: ANN001
    path, key, ids = school
    recovery.check_recovery_key(path, key.replace("-", " ").lower())  # as typed from the paper
    db = open_database(path)
    try:
        rows = recovery.accounts_of(db)
        assert recovery.default_account(rows).name == "Paula Coördinator"
        tom = recovery.find_account(rows, "tom leerkracht")
        assert recovery.reset_impact(db, tom.staff_id) == recovery.ResetImpact(shared=1, lost=1)
        assert recovery.reset_impact(db, ids["ineke"]) == recovery.ResetImpact(shared=1, lost=0)
        identity = recovery.reset_and_sign_in(db, tom.staff_id, "nieuw-wachtwoord")
        assert identity.staff_id == ids["tom"]
        texts = sorted(c.observation for c in concerns.visible_concerns(db, identity))
        assert texts[0].startswith("[versleuteld") and texts[1].startswith("[versleuteld")
    finally:
        db.close()
    keyfile.forget_all()
    with pytest.raises(accounts.SignInFailed):
        accounts.sign_in(path, ids["tom"], PASSWORD)
    assert _texts(path, ids["ineke"], PASSWORD) == ["Gedeeld signaal"]  # Ineke re-seals it for Tom's new key
    keyfile.forget_all()
    texts = _texts(path, ids["tom"], "nieuw-wachtwoord")
    assert texts[0] == "Gedeeld signaal" and texts[1].startswith("[versleuteld")  # only Tom could read that one


def test_wrong_recovery_key_changes_no_byte(school) -> None:  # noqa: ANN001
    path, _key, _ids = school
    before = (_digest(path), _digest(keyfile.keyfile_path(path)))
    for wrong in (encryption.format_recovery_key(b"\x01" * 32), "geen sleutel!", ""):
        with pytest.raises(encryption.RecoveryFailed):
            recovery.check_recovery_key(path, wrong)
    assert keyfile.key_for(path) is None
    assert (_digest(path), _digest(keyfile.keyfile_path(path))) == before


def test_cli_recover_defaults_to_the_programme_coordinator(school, monkeypatch, capsys) -> None:  # noqa: ANN001
    path, key, _ids = school
    monkeypatch.setenv("WISHDESK_RECOVERY_KEY", key.lower())
    monkeypatch.setenv("WISHDESK_NEW_PASSWORD", "opnieuw-begonnen")
    assert main(["recover", "--db", str(path)]) == 0
    assert "Paula Coördinator heeft een nieuw wachtwoord" in capsys.readouterr().out
    keyfile.forget_all()
    assert accounts.sign_in(path, None, "opnieuw-begonnen").is_admin


def test_cli_recover_for_a_named_person_tells_what_stays_unreadable(school, monkeypatch, capsys) -> None:  # noqa: ANN001
    path, key, ids = school
    monkeypatch.setenv("WISHDESK_RECOVERY_KEY", key)
    monkeypatch.setenv("WISHDESK_NEW_PASSWORD", "opnieuw-begonnen")
    assert main(["recover", "--db", str(path), "Tom Leerkracht"]) == 0
    out = capsys.readouterr().out
    assert "1 signaal wordt weer leesbaar" in out and "1 signaal kon alleen Tom Leerkracht lezen" in out
    keyfile.forget_all()
    assert accounts.sign_in(path, ids["tom"], "opnieuw-begonnen").staff_id == ids["tom"]


def test_cli_recover_wrong_key_is_one_dutch_line_and_changes_nothing(school, monkeypatch, capsys) -> None:  # noqa: ANN001
    path, _key, _ids = school
    before = (_digest(path), _digest(keyfile.keyfile_path(path)))
    monkeypatch.setenv("WISHDESK_RECOVERY_KEY", encryption.format_recovery_key(b"\x02" * 32))
    monkeypatch.setenv("WISHDESK_NEW_PASSWORD", "opnieuw-begonnen")
    assert main(["recover", "--db", str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("wishdesk: Deze herstelsleutel past niet") and "\n" not in err
    assert (_digest(path), _digest(keyfile.keyfile_path(path))) == before


def test_cli_recover_unknown_person_and_short_password(school, monkeypatch, capsys) -> None:  # noqa: ANN001
    path, key, _ids = school
    monkeypatch.setenv("WISHDESK_RECOVERY_KEY", key)
    monkeypatch.setenv("WISHDESK_NEW_PASSWORD", "kort")
    assert main(["recover", "--db", str(path), "Niemand"]) == 1
    assert "Geen account voor 'Niemand'" in capsys.readouterr().err
    assert main(["recover", "--db", str(path)]) == 1
    assert "minstens 8 tekens" in capsys.readouterr().err
    keyfile.forget_all()
    assert accounts.sign_in(path, None, PASSWORD).is_admin  # still the old password


def test_cli_recover_without_a_key_on_a_pipe(school, capsys) -> None:  # noqa: ANN001
    path, _key, _ids = school
    assert main(["recover", "--db", str(path)]) == 1
    assert "WISHDESK_RECOVERY_KEY" in capsys.readouterr().err
