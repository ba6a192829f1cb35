"""The programme coordinator's account rules (core/security/account_admin.py) on a real encrypted database."""

from __future__ import annotations

from pathlib import Path

import pytest

from wishdesk.core.errors import ValidationError
from wishdesk.core.models import Staff, StaffRole
from wishdesk.core.security import account_admin, accounts, encryption, keyfile
from wishdesk.core.services.directory import list_staff

PASSWORD = "geheim-wachtwoord"


@pytest.fixture()
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    monkeypatch.setenv("WISHDESK_KDF", "fast")
    db, recovery = encryption.create_encrypted_database(tmp_path / "school.sqlite", "Paula Coördinator", PASSWORD)
    with db.write() as s:
        for name in ("Tom Leerkracht", "Ineke IB"):
            s.add(Staff(name=name, roles=[StaffRole(role="teacher")]))
    coordinator = accounts.sign_in(db, None, PASSWORD)
    yield db, coordinator, recovery
    db.close()
    keyfile.forget_all()


def _id(db, name: str) -> int:  # noqa: ANN001
    return next(p.id for p in list_staff(db) if p.name == name)


def test_overview_shows_roles_and_the_slow_down(world) -> None:  # noqa: ANN001
    db, coordinator, _ = world
    tom = _id(db, "Tom Leerkracht")
    account_admin.add_account_for(db, coordinator, staff_id=tom, password=PASSWORD)
    assert [p.name for p in account_admin.people_without_account(db)] == ["Ineke IB"]
    for _ in range(accounts.THROTTLE_AFTER):
        with pytest.raises(accounts.SignInFailed):
            accounts.unlock(db.location.path, tom, "fout")
    rows = {r.name: r for r in account_admin.account_overview(db)}
    assert rows["Tom Leerkracht"].roles == ("teacher",) and rows["Tom Leerkracht"].slowed
    assert rows["Paula Coördinator"].is_admin and rows["Paula Coördinator"].failures == 0


def test_a_new_person_refused_leaves_no_staff_member(world) -> None:  # noqa: ANN001
    db, coordinator, _ = world
    before = len(list_staff(db))
    with pytest.raises(ValidationError, match="minstens"):
        account_admin.add_account_for(db, coordinator, name="Nieuw Iemand", password="kort")
    with pytest.raises(ValidationError, match="al een medewerker"):
        account_admin.add_account_for(db, coordinator, name="tom  leerkracht", password=PASSWORD)
    assert len(list_staff(db)) == before
    row = account_admin.add_account_for(db, coordinator, name="Nieuw Iemand", password=PASSWORD, is_admin=True)
    assert row.is_admin and len(list_staff(db)) == before + 1
    assert accounts.sign_in(db, "Nieuw Iemand", PASSWORD).is_admin


def test_removal_rules(world) -> None:  # noqa: ANN001
    db, coordinator, _ = world
    with pytest.raises(accounts.NotAllowed, match="eigen account niet verwijderen.$"):
        account_admin.check_removal(db, coordinator, coordinator.staff_id)
    other = account_admin.add_account_for(db, coordinator, staff_id=_id(db, "Ineke IB"), password=PASSWORD,
                                          is_admin=True)
    with pytest.raises(accounts.NotAllowed, match="eigen account"):
        account_admin.remove_checked(db, coordinator, coordinator.staff_id)
    teacher = account_admin.add_account_for(db, coordinator, staff_id=_id(db, "Tom Leerkracht"), password=PASSWORD)
    as_teacher = accounts.sign_in(db, teacher.staff_id, PASSWORD)
    with pytest.raises(accounts.NotAllowed, match="Alleen een programmacoördinator"):
        account_admin.remove_checked(db, as_teacher, other.staff_id)
    account_admin.remove_checked(db, coordinator, other.staff_id)
    with pytest.raises(accounts.SignInFailed):
        accounts.sign_in(db, other.staff_id, PASSWORD)


def test_reset_is_for_others_and_the_recovery_key_is_renewed_only_with_the_password(world) -> None:  # noqa: ANN001
    db, coordinator, old_recovery = world
    with pytest.raises(accounts.NotAllowed, match="Mijn wachtwoord wijzigen"):
        account_admin.reset_other(db, coordinator, coordinator.staff_id, "nieuw-wachtwoord")
    path = db.location.path
    before = keyfile.read(path)["recovery"]
    with pytest.raises(accounts.SignInFailed):
        account_admin.new_recovery_sheet_key(db, coordinator, "fout-wachtwoord")
    assert keyfile.read(path)["recovery"] == before
    new = account_admin.new_recovery_sheet_key(db, coordinator, PASSWORD)
    assert new != old_recovery and keyfile.read(path)["recovery"] != before
    keyfile.forget_all()
    with pytest.raises(encryption.RecoveryFailed):
        encryption.unlock_with_recovery(path, old_recovery)
    assert encryption.unlock_with_recovery(path, new) == coordinator.db_key
