"""Changing and resetting passwords, and the first account of a database: each gives a new keypair, so each
also keeps the reader directory signed (certs.py) — the new public key is certified or waits for it."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from ..db import Database
from ..errors import NotFound, ValidationError
from ..models.accounts import Account, ConcernKey
from . import keyfile
from .accounts import (
    AccountRow,
    Identity,
    _check_password,
    _new_account_rows,
    _require_admin,
    _staff,
    is_demo,
    unlock_own,
)
from .certs import read_cert, set_db_root, sign, verify_key_of
from .crypto import b64, current_kdf, derive_key, new_keypair, new_salt, wrap
from .directory import care_schools, fill_entry, key_request, take_root_setup


def _new_keys(account: Account, new_password: str):  # noqa: ANN202 - (kek, PrivateKey, KdfParams, salt)
    params, salt = current_kdf(), new_salt()
    kek = derive_key(new_password, salt, params)
    private = new_keypair()
    account.public_key = bytes(private.public_key)
    account.wrapped_private_key = wrap(kek, bytes(private))
    account.kdf_salt, account.kdf_time = salt, params.time_cost
    account.kdf_memory, account.kdf_parallelism = params.memory_kib, params.parallelism
    account.key_request = None
    return kek, private, params, salt


def change_password(db: Database, identity: Identity, old_password: str, new_password: str) -> Identity:
    """Own password, and with it a new keypair: whoever knew the old password (the programme coordinator who set
    the first one) could have kept the old private key, so the concern keys are sealed again to the new public
    key (sealing.reseal_own_keys) and the old key opens nothing written from now on. The new public key is
    certified at once by a programme coordinator changing their own; anyone else's waits, as a request boxed
    from the old private key, until a programme coordinator signs in. Returns the new Identity."""
    from .sealing import reseal_own_keys

    assert db.location.path is not None
    _check_password(new_password, is_demo(db.location.path))
    account_key, _kek_old = unlock_own(db.location.path, identity.staff_id, old_password)
    data = keyfile.read(db.location.path)
    with db.write() as s:
        account = s.get(Account, identity.account_id)
        old_cert = read_cert(account.certificate, identity.root) if identity.root else None
        kek, private, params, salt = _new_keys(account, new_password)
        reseal_own_keys(s, account.id, identity.private_key, bytes(private.public_key))
        new_public = bytes(private.public_key)
        if identity.root is not None and identity.root_seed is not None:
            sign(s, identity.root_seed, account, admin=old_cert.admin if old_cert else account.is_admin,
                 care=old_cert.care if old_cert else care_schools(s, account.staff_id), seen=identity.seen)
        elif identity.root is not None:
            account.key_request = key_request(identity.private_key, identity.root, new_public)
        entry = data["accounts"][account_key]
        entry.update({"kdf": params.as_json(), "salt": b64(salt)})
        fill_entry(entry, kek, identity.db_key or b"", identity.root, identity.seen, identity.root_seed)
        keyfile.save(db.location.path, data)
    return dataclasses.replace(identity, private_key=private)


def reset_password(db: Database, by: Identity | None, staff: str | int, new_password: str) -> None:
    """A programme coordinator (or the recovery key: by=None after unlock_with_recovery) sets a new password.
    The old private key is lost with the old password, so the person gets a new keypair, certified with the
    roles of the old certificate; concerns sealed to the old one are sealed again at the next sign-in of another
    reader (the care coordinator or the author)."""
    assert db.location.path is not None
    if by is not None:
        _require_admin(by)
    _check_password(new_password, is_demo(db.location.path))
    data = keyfile.read(db.location.path)
    db_key = keyfile.key_for(db.location.path)
    if by is not None:
        seed, root, seen = by.root_seed, by.root, by.seen
    else:
        seed = keyfile.recovered_root(db.location.path)
        root, seen = (verify_key_of(seed) if seed else None), {}
    with db.write() as s:
        person = _staff(s, staff)
        account = s.scalar(select(Account).where(Account.staff_id == person.id))
        if account is None:
            raise NotFound(f"{person.name} heeft geen account.")
        is_admin = account.is_admin
        old_cert = read_cert(account.certificate, root) if root else None
        s.query(ConcernKey).filter(ConcernKey.account_id == account.id).delete()
        old_id = str(account.id)
        kek, _private, params, salt = _new_keys(account, new_password)
        account.certificate = None
        own_seen: dict = {}
        if seed is not None and root is not None:
            cert = sign(s, seed, account, admin=old_cert.admin if old_cert else is_admin,
                        care=old_cert.care if old_cert else care_schools(s, person.id), seen=seen)
            own_seen = {old_id: cert.serial}
        if db_key is not None:
            entry = {"staff": person.id, "login": keyfile.login_hash(data, person.name), "admin": is_admin,
                     "kdf": params.as_json(), "salt": b64(salt)}
            if data["accounts"].get(old_id, {}).get("aliases"):  # a laptop copy's login keeps working
                entry["aliases"] = data["accounts"][old_id]["aliases"]
            fill_entry(entry, kek, db_key, root, own_seen, seed if is_admin else None)
            data["accounts"][old_id] = entry
            data.get("attempts", {}).pop(old_id, None)
            keyfile.save(db.location.path, data)


def first_account(db: Database, staff: str | int, password: str, *, demo: bool = False) -> AccountRow:
    """The first account of a database being encrypted: a programme coordinator. Writes the key file's entry
    for it (the key file must already exist, made by encryption.py), and makes the database's trust root: its
    seed is sealed in this entry (and with the recovery key since the database was made)."""
    assert db.location.path is not None
    _check_password(password, demo)
    data = keyfile.read(db.location.path)
    db_key = keyfile.key_for(db.location.path)
    with db.write() as s:
        if s.scalar(select(Account.id).limit(1)) is not None:
            raise ValidationError("Deze database heeft al accounts.")
        person = _staff(s, staff)
        seed = take_root_setup(data, db_key) if db_key is not None else None
        root = set_db_root(data, seed) if seed is not None else None
        account = _new_account_rows(s, person, password, True, db_key, data, root, seed, {})
        keyfile.save(db.location.path, data)
        return AccountRow(account.id, person.id, person.name, True)
