"""Keeping the reader directory signed (see certs.py for the design): pins in key file entries, what a sign-in
checks and upgrades, and what a programme coordinator certifies.

- At sign-in the entry's box gives the pinned root (`certs.unpack`). An entry from before the trust root gets
  one: a programme coordinator of a database without a root makes it (and certifies the accounts as the database
  says at that moment: the one trust-on-first-use step of an upgrade); anyone else pins the root the database
  names. New databases have a root from the start, and every entry is pinned when it is made.
- A programme coordinator's sign-in also certifies pending new keys of people who changed their own password
  (the request is boxed from their old, certified private key to the root, so nobody else can make one).
- Care coordinators are certified when a programme coordinator adds their account, saves the school
  (`confirm_care_coordinators`), or confirms what `unconfirmed` lists.
"""

from __future__ import annotations

import dataclasses

from nacl.exceptions import CryptoError
from nacl.public import Box, PrivateKey, PublicKey
from nacl.signing import SigningKey, VerifyKey
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from ..db import Database
from ..errors import WishDeskError
from ..models import School, Staff
from ..models.accounts import Account
from . import keyfile
from .certs import (
    db_root,
    new_root_seed,
    pack,
    read_cert,
    read_tombstone,
    set_db_root,
    sign,
    unpack,
    valid_cert,
    verify_key_of,
)
from .crypto import WrongKey, b64, unb64, unwrap, wrap


class NotConfirming(WishDeskError):
    """Only a programme coordinator who holds the trust root can confirm readers."""


# --- key file entries ------------------------------------------------------------------------------------------

def fill_entry(entry: dict, kek: bytes, db_key: bytes, root: bytes | None, seen: dict[str, int],
               seed: bytes | None) -> None:
    """Write the entry's boxes: database key + pinned root + seen serials, and the root seed for a programme
    coordinator (both only open with this person's password-derived key)."""
    entry["key"] = b64(wrap(kek, pack(db_key, root, seen)))
    if seed is not None:
        entry["root"] = b64(wrap(kek, seed))
    else:
        entry.pop("root", None)


def open_entry(entry: dict, kek: bytes) -> tuple[bytes, bytes | None, dict[str, int], bytes | None]:
    """(database key, pinned root, seen serials, root seed or None)."""
    db_key, root, seen = unpack(unwrap(kek, unb64(entry["key"])))
    seed = None
    if entry.get("root"):
        try:
            seed = unwrap(kek, unb64(entry["root"]))
        except WrongKey:
            seed = None
        if seed is not None and root is not None and verify_key_of(seed) != root:
            seed = None  # not the pinned root's seed: sign nothing with it
    return db_key, root, seen, seed


def take_root_setup(data: dict, db_key: bytes) -> bytes:
    """The root seed made with a new database's recovery key (encryption._set_recovery), for its first account;
    a new one when there is none (then the recovery sheet cannot sign)."""
    setup = data.pop("root_setup", None)
    if setup:
        try:
            return unwrap(db_key, unb64(setup))
        except WrongKey:
            pass
    return new_root_seed()


def care_schools(s: OrmSession, staff_id: int) -> set[int]:
    return set(s.scalars(select(School.id).where(School.care_coordinator_id == staff_id)))


# --- at sign-in ------------------------------------------------------------------------------------------------

def after_sign_in(db: Database, identity, account_key: str, kek: bytes):  # noqa: ANN001, ANN201 - Identity
    """The signed-in Identity with its pinned root (and root seed for a programme coordinator); pins an entry
    that has none, raises the seen serials, certifies pending key requests. Writes only when something changed."""
    path = db.location.path
    data = keyfile.read(path)
    entry = data["accounts"][account_key]
    db_key, root, seen, seed = open_entry(entry, kek)
    before = (root, dict(seen), seed)
    with db.session() as s:
        in_db = db_root(s)
        requests = s.scalar(select(Account.id).where(Account.key_request.is_not(None)).limit(1)) is not None
        rows = list(s.scalars(select(Account)))
        for row in rows if root is not None else ():
            cert = valid_cert(row, root, seen)
            if cert is not None and cert.serial > seen.get(str(row.id), 0):
                seen[str(row.id)] = cert.serial
        for blob in data.get("revoked", {}).values() if root is not None else ():
            removed = read_tombstone(unb64(blob), root)  # an account removed: its old certificate is over
            if removed is not None and removed[1] > seen.get(str(removed[0]), 0):
                seen[str(removed[0])] = removed[1]
    upgrade = root is None and in_db is None and identity.is_admin
    if not db.read_only and (upgrade or (seed is not None and requests)):
        with db.write() as s:
            if upgrade:  # a database from before the trust root: this programme coordinator makes it
                seed = new_root_seed()
                root = set_db_root(data, seed)
                for row in s.scalars(select(Account)):
                    sign(s, seed, row, admin=row.is_admin, care=care_schools(s, row.staff_id), seen=seen)
            else:
                certify_key_requests(s, seed, root, seen)
    elif root is None and in_db is not None:
        root = in_db  # an entry from before the trust root: pin the one the database names (first use)
    if (root, seen, seed) != before and not db.read_only:
        fill_entry(entry, kek, db_key, root, seen, seed)
        keyfile.save(path, data)
    return dataclasses.replace(identity, root=root, root_seed=seed, seen=seen)


def _root_box(seed: bytes, public_key: bytes) -> Box:
    return Box(SigningKey(seed).to_curve25519_private_key(), PublicKey(public_key))


def key_request(old_private: PrivateKey, root: bytes, new_public: bytes) -> bytes:
    """A new public key boxed from the old private key to the root: proof that the holder of the certified old
    key asks for it."""
    return bytes(Box(old_private, VerifyKey(root).to_curve25519_public_key()).encrypt(new_public))


def certify_key_requests(s: OrmSession, seed: bytes, root: bytes, seen: dict[str, int]) -> int:
    done = 0
    for row in s.scalars(select(Account).where(Account.key_request.is_not(None))):
        old = read_cert(row.certificate, root)
        if old is None or old.account != row.id or old.serial < seen.get(str(row.id), 0):
            continue
        try:
            asked = _root_box(seed, old.public_key).decrypt(row.key_request)
        except CryptoError:
            continue
        if asked != row.public_key:
            continue
        sign(s, seed, row, admin=old.admin, care=old.care, seen=seen)
        row.key_request = None
        done += 1
    return done


# --- confirming care coordinators ------------------------------------------------------------------------------

def confirm_care_coordinators(db: Database, by, school_ids: set[int] | None = None) -> list[str]:  # noqa: ANN001
    """A programme coordinator confirms the care coordinators the school rows name (all schools, or those in
    `school_ids`): their certificates are signed again with the schools added or taken away. Accounts without a
    valid certificate (a public key nobody certified) are not touched. Returns what changed, in Dutch."""
    seed, root = getattr(by, "root_seed", None), getattr(by, "root", None)
    if seed is None or root is None:
        raise NotConfirming("Alleen een programmacoördinator kan intern begeleiders bevestigen.")
    changes: list[str] = []
    with db.write() as s:
        schools = list(s.scalars(select(School) if school_ids is None
                                 else select(School).where(School.id.in_(school_ids))))
        considered = {school.id for school in schools}
        wanted: dict[int, set[int]] = {}
        for school in schools:
            if school.care_coordinator_id:
                wanted.setdefault(school.care_coordinator_id, set()).add(school.id)
        names = dict(s.execute(select(School.id, School.name)).all())
        for row in s.scalars(select(Account)):
            cert = valid_cert(row, root, by.seen)
            if cert is None:
                continue
            care = (set(cert.care) - considered) | wanted.get(row.staff_id, set())
            if care == set(cert.care):
                continue
            sign(s, seed, row, admin=cert.admin, care=care, seen=by.seen)
            person = s.get(Staff, row.staff_id)
            for school in sorted(care - cert.care):
                changes.append(f"{person.name} is bevestigd als intern begeleider van {names.get(school, school)}.")
            for school in sorted(cert.care - care):
                changes.append(f"{person.name} is geen intern begeleider meer van {names.get(school, school)}.")
    return sorted(changes)


def unconfirmed(db: Database, identity) -> list[str]:  # noqa: ANN001 - Identity
    """Dutch hints about readers that sealing skips: a school's care coordinator not (yet) confirmed, a new key
    after a password change waiting for a programme coordinator. Empty without a trust root (team mode)."""
    root = getattr(identity, "root", None)
    if root is None:
        return []
    hints: list[str] = []
    with db.session() as s:
        accounts = {row.staff_id: row for row in s.scalars(select(Account))}
        for school in s.scalars(select(School).where(School.care_coordinator_id.is_not(None)).order_by(School.name)):
            row = accounts.get(school.care_coordinator_id)
            if row is None:
                continue
            cert = valid_cert(row, root, identity.seen) if row.id != identity.account_id else read_cert(
                row.certificate, root)
            if cert is not None and school.id in cert.care:
                continue
            if row.id == identity.account_id:
                hints.append(f"{school.name}: u bent nog niet bevestigd als intern begeleider door een "
                             "programmacoördinator; nieuwe signalen van anderen worden nog niet voor u versleuteld.")
            else:
                hints.append(f"{school.name}: de intern begeleider ({s.get(Staff, row.staff_id).name}) is nog niet "
                             "bevestigd door een programmacoördinator; nieuwe signalen worden nog niet voor hem of "
                             "haar versleuteld.")
        for row in accounts.values():
            if row.key_request is not None:
                who = "U hebt" if row.id == identity.account_id else f"{s.get(Staff, row.staff_id).name} heeft"
                hints.append(f"{who} een nieuw wachtwoord; de nieuwe sleutel wordt bevestigd zodra een "
                             "programmacoördinator zich aanmeldt.")
    return hints
