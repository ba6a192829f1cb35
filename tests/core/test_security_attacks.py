"""Attacks (issue 12, step 5): a teacher signs in to an encrypted database, so this process holds the database
key, and then tries with raw SQL (sqlcipher3 and the key: the strongest position an account holder has) to read
another author's concern, a care coordinator's concerns of another school, and the recovery key.

What holds is asserted. Whoever holds the database key may also *write* the reader directory
(school.care_coordinator_id, an account's public key); the last two tests show that this gains no key, because
sealing trusts only certificates signed by the trust root pinned for the signed-in person (security/certs.py;
more attacks in test_reader_directory.py).
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.core.test_security import PASSWORD, _fast_kdf, world  # noqa: F401 - fixtures used below
from wishdesk.core.db import _sqlcipher
from wishdesk.core.models import Concern
from wishdesk.core.models.accounts import ConcernKey
from wishdesk.core.security import accounts, keyfile
from wishdesk.core.security.crypto import WrongKey, unseal
from wishdesk.core.services import concerns


def _raw(db):  # noqa: ANN001, ANN202 - what a teacher with Python and the unlocked key can do
    path = db.location.path
    conn = _sqlcipher().connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{keyfile.key_for(path).hex()}'\"")
    return conn


def _dump(conn) -> str:  # noqa: ANN001 - every row of every table, as text (sqlcipher3 has no iterdump)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    rows = []
    for table in tables:
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            rows.append(repr(row))
    assert len(rows) > 10
    return "\n".join(rows)


@pytest.fixture
def scene(world):  # noqa: ANN001, ANN201, F811
    """Concerns by the care coordinator of school 1 (Ineke), by Bram (care coordinator of school 2) and by the
    teacher; the teacher is signed in last."""
    db, staff, pupils, recovery, _coordinator = world
    cc1 = accounts.sign_in(db, staff["cc1"], PASSWORD)
    cc2 = accounts.sign_in(db, staff["cc2"], PASSWORD)
    ids = {
        "cc1": concerns.record_concern(db, cc1, pupils["p1"], date(2026, 10, 1), "wellbeing", "Ineke-geheim ouders"),
        "cc2": concerns.record_concern(db, cc2, pupils["p2"], date(2026, 10, 2), "other", "Bram-geheim thuis"),
    }
    teacher = accounts.sign_in(db, staff["teacher"], PASSWORD)
    ids["teacher"] = concerns.record_concern(db, teacher, pupils["p1"], date(2026, 10, 3), "wellbeing",
                                             "Tom-eigen pauze")
    return db, staff, teacher, ids, recovery


def test_raw_sql_with_the_database_key_shows_the_teacher_no_other_concern_text(scene) -> None:  # noqa: ANN001
    db, _staff, teacher, ids, _recovery = scene
    conn = _raw(db)
    try:
        dump = _dump(conn)
        rows = dict(conn.execute("SELECT id, observation FROM concern").fetchall())
        sealed = conn.execute("SELECT concern_id, sealed_key FROM concern_key").fetchall()
    finally:
        conn.close()
    # the whole database, decrypted with its key, does not hold the other texts anywhere (nor the own one)
    for secret in ("Ineke-geheim", "Bram-geheim", "Tom-eigen"):
        assert secret not in dump
    assert all(text.startswith("sealed:") for text in rows.values())
    # every sealed key tried with the teacher's private key: only the teacher's own concern opens
    opened = set()
    for concern_id, blob in sealed:
        try:
            unseal(teacher.private_key, blob)
            opened.add(concern_id)
        except WrongKey:
            pass
    assert opened == {ids["teacher"]}


def test_through_the_services_the_teacher_reads_only_their_own(scene) -> None:  # noqa: ANN001
    db, _staff, teacher, ids, _recovery = scene
    seen = {c.id: c.observation for c in concerns.visible_concerns(db, teacher)}
    assert seen == {ids["teacher"]: "Tom-eigen pauze"}
    for other in ("cc1", "cc2"):
        with pytest.raises(Exception) as caught:  # NotFound-family: not even that it exists
            concerns.get_concern(db, teacher, ids[other])
        assert "geheim" not in str(caught.value)
    # asking by the care coordinator's staff id instead of an Identity: rows maybe, but no text
    as_cc = concerns.visible_concerns(db, _staff["cc1"])
    assert as_cc and all("geheim" not in c.observation for c in as_cc)


def test_the_recovery_key_is_nowhere_in_the_database_or_its_key_file(scene) -> None:  # noqa: ANN001
    db, _staff, _teacher, _ids, recovery = scene
    from wishdesk.core.security.encryption import parse_recovery_key

    raw_key = parse_recovery_key(recovery)
    conn = _raw(db)
    try:
        values = [v for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  for row in conn.execute(f'SELECT * FROM "{table}"') for v in row]
    finally:
        conn.close()
    blobs = b"".join(v for v in values if isinstance(v, bytes))
    texts = "".join(v for v in values if isinstance(v, str))
    assert blobs and raw_key not in blobs and recovery not in texts and raw_key.hex() not in texts
    dump = texts
    keytext = keyfile.keyfile_path(db.location.path).read_bytes()
    for where in (dump.encode(), keytext, db.location.path.read_bytes()):
        assert recovery.encode() not in where and raw_key not in where and raw_key.hex().encode() not in where
    # what the key file holds is the database key wrapped by it: useless to someone who has the database key
    # already, and it does not give the recovery key back


def test_the_coordinator_who_set_the_first_password_reads_nothing_after_the_teacher_changes_it(scene) -> None:  # noqa: ANN001
    """The programme coordinator made the teacher's account with a password the coordinator chose, so at that
    moment the coordinator could sign in as the teacher and keep the teacher's private key. Changing the password
    gives the teacher a new keypair: the kept key opens no concern key any more, old or new."""
    db, staff, teacher, ids, _recovery = scene
    kept = teacher.private_key  # what the coordinator could have taken with the first password
    fresh = accounts.change_password(db, teacher, PASSWORD, "alleen-tom-weet-dit")
    assert fresh.public_key != teacher.public_key
    later = concerns.record_concern(db, fresh, _pupil_of_school1(db), date(2026, 10, 5), "other", "Tom-later")
    with db.session() as s:
        blobs = list(s.scalars(select(ConcernKey.sealed_key).where(ConcernKey.account_id == fresh.account_id)))
    assert len(blobs) == 2  # the first concern and the later one
    for blob in blobs:
        with pytest.raises(WrongKey):
            unseal(kept, blob)
    # the teacher still reads both, with the new password
    again = accounts.sign_in(db, staff["teacher"], "alleen-tom-weet-dit")
    assert {c.id: c.observation for c in concerns.visible_concerns(db, again)} == {
        ids["teacher"]: "Tom-eigen pauze", later: "Tom-later"}
    with pytest.raises(accounts.SignInFailed):
        accounts.sign_in(db, staff["teacher"], PASSWORD)


def test_making_oneself_care_coordinator_by_raw_sql_gains_no_key(scene) -> None:  # noqa: ANN001
    db, staff, teacher, ids, _recovery = scene
    conn = _raw(db)
    try:
        conn.execute("UPDATE school SET care_coordinator_id = ? WHERE care_coordinator_id = ?",
                     (staff["teacher"], staff["cc1"]))
        conn.commit()
    finally:
        conn.close()
    accounts.sign_in(db, staff["cc1"], PASSWORD)  # the real care coordinator signs in: the re-wrap pass
    with db.session() as s:
        mine = set(s.scalars(select(ConcernKey.concern_id).where(ConcernKey.account_id == teacher.account_id)))
        assert s.get(Concern, ids["cc1"]) is not None
    assert mine == {ids["teacher"]}


def test_swapping_the_care_coordinators_public_key_gains_no_key(scene) -> None:  # noqa: ANN001
    db, staff, teacher, _ids, _recovery = scene
    conn = _raw(db)
    try:
        conn.execute("UPDATE account SET public_key = ? WHERE staff_id = ?", (teacher.public_key, staff["cc1"]))
        conn.commit()
    finally:
        conn.close()
    cc1 = accounts.sign_in(db, staff["cc1"], PASSWORD)
    fresh = concerns.record_concern(db, cc1, _pupil_of_school1(db), date(2026, 10, 4), "other", "Na de ruil")
    with db.session() as s:
        blobs = list(s.scalars(select(ConcernKey.sealed_key).where(ConcernKey.concern_id == fresh)))
    opened = 0
    for blob in blobs:
        try:
            unseal(teacher.private_key, blob)
            opened += 1
        except WrongKey:
            pass
    assert opened == 0


def _pupil_of_school1(db) -> int:  # noqa: ANN001
    from wishdesk.core.models import Pupil

    with db.session() as s:
        return s.scalar(select(Pupil.id).where(Pupil.first_name == "Zoëlinde"))
