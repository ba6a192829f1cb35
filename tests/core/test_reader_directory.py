"""The signed reader directory (security/certs.py, directory.py): attacks by account holders who hold the database
key and write raw rows and the key file, and the paths that must keep working (password change, recovery,
upgrading a database from before the trust root)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from nacl.signing import SigningKey
from sqlalchemy import select

from tests.core.test_security import PASSWORD, _fast_kdf, world  # noqa: F401 - fixtures used below
from tests.core.test_security_attacks import _pupil_of_school1, _raw
from wishdesk.core.models import School
from wishdesk.core.models.accounts import Account, ConcernKey
from wishdesk.core.security import accounts, directory, encryption, keyfile
from wishdesk.core.security.crypto import KdfParams, b64, derive_key, unb64, wrap
from wishdesk.core.services import concerns


def _keys_of(db, account_id: int) -> set[int]:  # noqa: ANN001
    with db.session() as s:
        return set(s.scalars(select(ConcernKey.concern_id).where(ConcernKey.account_id == account_id)))


def _sql(db, statement: str, *params) -> None:  # noqa: ANN001
    conn = _raw(db)
    try:
        conn.execute(statement, params)
        conn.commit()
    finally:
        conn.close()


def _cert_of(db, staff_id: int) -> bytes:  # noqa: ANN001
    with db.session() as s:
        return s.scalar(select(Account.certificate).where(Account.staff_id == staff_id))


def _school1(db) -> int:  # noqa: ANN001
    with db.session() as s:
        return s.scalar(select(School.id).where(School.name == "De Regenboog"))


def _forge(seed: bytes, account_id: int, staff_id: int, public_key: bytes, care: list[int], n: int = 99) -> bytes:
    body = {"v": 1, "account": account_id, "staff": staff_id, "pk": b64(public_key), "admin": False,
            "care": care, "n": n}
    return SigningKey(seed).sign(json.dumps(body, sort_keys=True).encode("ascii"))


def _write_as(db, staff_id: int, text: str, pupil: int | None = None) -> int:  # noqa: ANN001
    person = accounts.sign_in(db, staff_id, PASSWORD)
    return concerns.record_concern(db, person, pupil or _pupil_of_school1(db), date(2026, 10, 9), "other", text)


def test_a_forged_certificate_makes_nobody_a_reader(world) -> None:  # noqa: ANN001, F811
    db, staff, _pupils, _recovery, _coordinator = world
    teacher = accounts.sign_in(db, staff["teacher"], PASSWORD)
    fake = SigningKey.generate()
    _sql(db, "UPDATE account SET certificate = ? WHERE id = ?",
         _forge(bytes(fake), teacher.account_id, staff["teacher"], teacher.public_key, [_school1(db)]),
         teacher.account_id)
    _sql(db, "UPDATE school SET care_coordinator_id = ? WHERE id = ?", staff["teacher"], _school1(db))
    before = _write_as(db, staff["cc1"], "van Ineke")  # written with the forged state in place
    accounts.sign_in(db, staff["cc1"], PASSWORD)  # and a re-wrap pass of a real reader
    assert before not in _keys_of(db, teacher.account_id)
    assert _keys_of(db, teacher.account_id) == set()


def test_a_certificate_for_another_school_does_not_open_this_one(world) -> None:  # noqa: ANN001, F811
    """Bram is care coordinator of Het Anker (a valid certificate); he names himself for De Regenboog too."""
    db, staff, pupils, _recovery, _coordinator = world
    old = _write_as(db, staff["teacher"], "Regenboog ouder signaal", pupils["p1"])
    cc2 = accounts.sign_in(db, staff["cc2"], PASSWORD)
    _sql(db, "UPDATE school SET care_coordinator_id = ? WHERE id = ?", staff["cc2"], _school1(db))
    new = _write_as(db, staff["teacher"], "Regenboog nieuw", pupils["p1"])  # sign-in re-wraps, then a new one
    assert {old, new} & _keys_of(db, cc2.account_id) == set()
    own = concerns.record_concern(db, cc2, pupils["p2"], date(2026, 10, 9), "other", "Anker")
    assert own in _keys_of(db, cc2.account_id)  # his own school's readers still work


def test_replaying_an_old_certificate_after_removal_gains_no_new_key(world) -> None:  # noqa: ANN001, F811
    db, staff, _pupils, _recovery, coordinator = world
    school1 = _school1(db)
    cc1_id = accounts.sign_in(db, staff["cc1"], PASSWORD).account_id
    kept_cert = _cert_of(db, staff["cc1"])  # Ineke keeps her certificate as care coordinator of De Regenboog
    from wishdesk.core.services import setup_schools

    record = setup_schools.get_school(db, school1)
    data = setup_schools.SchoolData(record.data.name, record.data.town, record.data.holiday_region, staff["cc2"])
    setup_schools.update_school(db, school1, data, by=coordinator)  # the coordinator makes Bram care coordinator
    first = _write_as(db, staff["teacher"], "na de wissel")  # the teacher has seen the new certificates
    assert first not in _keys_of(db, cc1_id)
    # Ineke puts the old certificate and the old school row back
    _sql(db, "UPDATE account SET certificate = ? WHERE id = ?", kept_cert, cc1_id)
    _sql(db, "UPDATE school SET care_coordinator_id = ? WHERE id = ?", staff["cc1"], school1)
    later = _write_as(db, staff["teacher"], "na het terugzetten")
    assert _keys_of(db, cc1_id) & {first, later} == set()


def test_swapping_the_root_named_in_the_key_file_gains_no_key(world) -> None:  # noqa: ANN001, F811
    db, staff, _pupils, _recovery, _coordinator = world
    teacher = accounts.sign_in(db, staff["teacher"], PASSWORD)
    mine = SigningKey.generate()
    data = keyfile.read(db.location.path)
    data["root"] = b64(bytes(mine.verify_key))  # what a new sign-in without a pin would trust
    keyfile.save(db.location.path, data)
    _sql(db, "UPDATE account SET certificate = ? WHERE id = ?",
         _forge(bytes(mine), teacher.account_id, staff["teacher"], teacher.public_key, [_school1(db)]),
         teacher.account_id)
    _sql(db, "UPDATE school SET care_coordinator_id = ? WHERE id = ?", staff["teacher"], _school1(db))
    _write_as(db, staff["cc1"], "na de ruil van de wortel")
    accounts.sign_in(db, staff["cc2"], PASSWORD)
    assert _keys_of(db, teacher.account_id) == set()


def test_a_changed_password_is_confirmed_at_the_next_coordinator_sign_in(world) -> None:  # noqa: ANN001, F811
    db, staff, _pupils, _recovery, _coordinator = world
    cc1 = accounts.sign_in(db, staff["cc1"], PASSWORD)
    cc1 = accounts.change_password(db, cc1, PASSWORD, "alleen-ineke-weet-dit")
    assert any("nieuw wachtwoord" in hint for hint in directory.unconfirmed(db, cc1))
    waiting = _write_as(db, staff["teacher"], "terwijl het wacht")
    assert waiting not in _keys_of(db, cc1.account_id)  # not sealed to an unconfirmed key
    accounts.sign_in(db, None, PASSWORD)  # the programme coordinator: certifies the request
    accounts.sign_in(db, staff["teacher"], PASSWORD)  # a reader's re-wrap pass
    again = accounts.sign_in(db, staff["cc1"], "alleen-ineke-weet-dit")
    assert directory.unconfirmed(db, again) == []
    assert concerns.get_concern(db, again, waiting).observation == "terwijl het wacht"


def test_a_key_request_made_by_someone_else_is_not_certified(world) -> None:  # noqa: ANN001, F811
    db, staff, _pupils, _recovery, _coordinator = world
    teacher = accounts.sign_in(db, staff["teacher"], PASSWORD)
    with db.session() as s:
        cc1_id = s.scalar(select(Account.id).where(Account.staff_id == staff["cc1"]))
    request = directory.key_request(teacher.private_key, teacher.root, teacher.public_key)
    _sql(db, "UPDATE account SET public_key = ?, key_request = ? WHERE id = ?", teacher.public_key, request, cc1_id)
    accounts.sign_in(db, None, PASSWORD)  # the programme coordinator signs in
    with db.session() as s:
        assert s.get(Account, cc1_id).key_request is not None  # left alone
    fresh = _write_as(db, staff["cc2"], "ander signaal")
    _write_as(db, staff["teacher"], "eigen signaal")
    with db.session() as s:
        blobs = list(s.scalars(select(ConcernKey.sealed_key).where(ConcernKey.account_id == cc1_id)))
    from wishdesk.core.security.crypto import WrongKey, unseal

    for blob in blobs:
        with pytest.raises(WrongKey):
            unseal(teacher.private_key, blob)
    assert fresh not in _keys_of(db, teacher.account_id)


def test_a_reset_with_the_recovery_sheet_is_certified(world) -> None:  # noqa: ANN001, F811
    db, staff, _pupils, recovery, _coordinator = world
    before = _write_as(db, staff["teacher"], "voor het herstel")
    keyfile.forget_all()
    encryption.unlock_with_recovery(db.location.path, recovery)
    accounts.reset_password(db, None, staff["cc1"], "hersteld-wachtwoord")
    cc1 = accounts.sign_in(db, staff["cc1"], "hersteld-wachtwoord")
    assert directory.unconfirmed(db, cc1) == []
    accounts.sign_in(db, staff["teacher"], PASSWORD)  # re-wraps for the new key
    assert concerns.get_concern(db, cc1, before).observation == "voor het herstel"


def _as_before_the_trust_root(db) -> None:  # noqa: ANN001 - a key file and rows as version 0007 made them
    data = keyfile.read(db.location.path)
    db_key = keyfile.key_for(db.location.path)
    for entry in data["accounts"].values():
        kek = derive_key(PASSWORD, unb64(entry["salt"]), KdfParams.from_json(entry["kdf"]))
        entry["key"] = b64(wrap(kek, db_key))
        entry.pop("root", None)
    data.pop("root", None)
    data["recovery"].pop("root", None)
    keyfile.save(db.location.path, data)
    _sql(db, "UPDATE account SET certificate = NULL")


def test_a_database_from_before_the_trust_root_gets_one_at_a_coordinators_sign_in(world) -> None:  # noqa: ANN001, F811
    db, staff, _pupils, _recovery, _coordinator = world
    _as_before_the_trust_root(db)
    teacher = accounts.sign_in(db, staff["teacher"], PASSWORD)
    assert teacher.root is None  # nothing to pin yet: the rows are taken as they are (as before)
    old = concerns.record_concern(db, teacher, _pupil_of_school1(db), date(2026, 10, 9), "other", "oud")
    coordinator = accounts.sign_in(db, None, PASSWORD)
    assert coordinator.root is not None and coordinator.root_seed is not None
    teacher = accounts.sign_in(db, staff["teacher"], PASSWORD)
    assert teacher.root == coordinator.root  # pinned at the first sign-in after the upgrade
    cc1 = accounts.sign_in(db, staff["cc1"], PASSWORD)
    assert concerns.get_concern(db, cc1, old).observation == "oud"
    # from now on the directory is signed: the public key swap of the attack tests gains nothing
    _sql(db, "UPDATE account SET public_key = ? WHERE id = ?", teacher.public_key, cc1.account_id)
    later = _write_as(db, staff["cc2"], "na de upgrade")
    accounts.sign_in(db, staff["teacher"], PASSWORD)
    with db.session() as s:
        blobs = list(s.scalars(select(ConcernKey.sealed_key).where(ConcernKey.account_id == cc1.account_id,
                                                                  ConcernKey.concern_id == later)))
    assert blobs == []


def test_naming_oneself_author_by_raw_sql_gains_no_key(world) -> None:  # noqa: ANN001, F811
    """The author is sealed into the text: rewriting concern.author_id makes neither the re-wrap pass nor the
    care coordinator's edit seal the key to the new 'author'."""
    db, staff, _pupils, _recovery, _coordinator = world
    teacher = accounts.sign_in(db, staff["teacher"], PASSWORD)
    theirs = _write_as(db, staff["cc2"], "van Bram over De Regenboog")  # readers: Bram (author) and Ineke (IB)
    _sql(db, "UPDATE concern SET author_id = ? WHERE id = ?", staff["teacher"], theirs)
    accounts.sign_in(db, staff["cc1"], PASSWORD)  # a real reader's re-wrap pass
    cc1 = accounts.sign_in(db, staff["cc1"], PASSWORD)
    concerns.update_concern(db, cc1, theirs, observed_on=date(2026, 10, 9), category="other",
                            observation="aangevuld door Ineke", follow_up="none", review_date=None, closed=False)
    assert theirs not in _keys_of(db, teacher.account_id)
    assert concerns.get_concern(db, cc1, theirs).observation == "aangevuld door Ineke"


def test_putting_a_removed_account_back_by_raw_sql_gains_no_new_key(world) -> None:  # noqa: ANN001, F811
    """Ineke's account is removed (she left) while the school row still names her; she puts her old row with its
    certificate back. The signed removal in the key file, seen by the teacher's sign-in, keeps her out."""
    db, staff, _pupils, _recovery, coordinator = world
    conn = _raw(db)
    try:
        cursor = conn.execute("SELECT * FROM account WHERE staff_id = ?", (staff["cc1"],))
        columns = [d[0] for d in cursor.description]
        kept = cursor.fetchone()
    finally:
        conn.close()
    cc1_id = kept[columns.index("id")]
    accounts.remove_account(db, coordinator, staff["cc1"])
    accounts.sign_in(db, staff["teacher"], PASSWORD)  # the teacher sees the removal
    _sql(db, f"INSERT INTO account ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", *kept)
    later = _write_as(db, staff["teacher"], "na het vertrek")
    assert later not in _keys_of(db, cc1_id)
