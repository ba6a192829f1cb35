"""Encryption at rest (SQLCipher 4 via sqlcipher3): new encrypted databases, converting a plain one, recovery.

The database key is random (32 bytes) and used as a raw SQLCipher key; it is never stored in clear, only wrapped:
per account with its password-derived key, and once with the recovery key printed on the recovery sheet.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import sqlite3
from pathlib import Path

from ..errors import DatabaseInUse, WishDeskError
from . import keyfile
from .crypto import WrongKey, b64, new_key, unb64, unwrap, wrap

SQLITE_MAGIC = b"SQLite format 3\x00"


class RecoveryFailed(WishDeskError):
    """The recovery key does not open this database."""


def is_encrypted(path: Path) -> bool:
    """True for what looks like a SQLCipher file: no plain SQLite header, and whole pages (SQLCipher 4 writes
    4096-byte pages of random-looking bytes). False for a plain, empty or missing file and for other files
    (a PDF picked by mistake), which then get the usual 'not a database' message."""
    try:
        size = Path(path).stat().st_size
        with Path(path).open("rb") as handle:
            header = handle.read(16)
    except OSError:
        return False
    return size >= 4096 and size % 1024 == 0 and header != SQLITE_MAGIC


def is_plain_sqlite(path: Path) -> bool:
    try:
        with Path(path).open("rb") as handle:
            return handle.read(16) == SQLITE_MAGIC
    except OSError:
        return False


# --- recovery key ---------------------------------------------------------------------------------------------

def _recovery_kek(recovery: bytes) -> bytes:
    # the recovery key is 32 random bytes: no slow derivation needed, only domain separation
    return hashlib.blake2b(recovery, person=b"wishdesk-recov", digest_size=32).digest()


def format_recovery_key(recovery: bytes) -> str:
    text = base64.b32encode(recovery).decode("ascii").rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    clean = "".join(ch for ch in text.upper() if ch.isalnum())
    try:
        return base64.b32decode(clean + "=" * (-len(clean) % 8))
    except ValueError as exc:
        raise RecoveryFailed("Dit is geen geldige herstelsleutel (controleer de tekens op het herstelblad).") from exc


def _set_recovery(data: dict, db_key: bytes, root_seed: bytes | None = None) -> str:
    """A new recovery key for `data`. For a new key file (no recovery yet) this also makes the database's trust
    root (security/certs.py): its seed is wrapped with the recovery key, and left for the first account under
    the database key ("root_setup", taken by accounts.first_account). A later sheet carries `root_seed`."""
    from .certs import new_root_seed

    recovery = new_key()
    kek = _recovery_kek(recovery)
    if not data.get("recovery") and root_seed is None:
        root_seed = new_root_seed()
        data["root_setup"] = b64(wrap(db_key, root_seed))
    data["recovery"] = {"key": b64(wrap(kek, db_key))}
    if root_seed is not None:
        data["recovery"]["root"] = b64(wrap(kek, root_seed))
    return format_recovery_key(recovery)


def unlock_with_recovery(db_path: Path, recovery_text: str) -> bytes:
    """Open the database with the recovery sheet's key (all passwords lost). Returns the database key and
    remembers it in this process; then `accounts.reset_password(db, None, …)` gives someone a new password."""
    data = keyfile.read(db_path)
    kek = _recovery_kek(parse_recovery_key(recovery_text))
    try:
        db_key = unwrap(kek, unb64(data["recovery"]["key"]))
    except (WrongKey, KeyError):
        raise RecoveryFailed("Deze herstelsleutel past niet bij deze database. Er is niets veranderd.") from None
    keyfile.remember(data, db_key)
    if data["recovery"].get("root"):  # the sheet can also certify the new keys of a password reset
        keyfile.remember_recovered_root(data, unwrap(kek, unb64(data["recovery"]["root"])))
    return db_key


def new_recovery_key(db_path: Path, db_key: bytes, *, root_seed: bytes | None = None) -> str:
    """A fresh recovery key (a new recovery sheet); the old sheet stops working. `root_seed`: the trust root
    of the programme coordinator printing it (Identity.root_seed), so the sheet can certify keys after a reset."""
    data = keyfile.read(db_path)
    text = _set_recovery(data, db_key, root_seed)
    keyfile.save(db_path, data)
    return text


# --- creating and converting ----------------------------------------------------------------------------------

def _chmod_private(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)


def create_encrypted_database_empty(path: Path, *, demo: bool = False, backup_dir: Path | None = None,  # noqa: ANN201
                                    municipality: str | None = None):
    """A new encrypted database without accounts yet (the caller adds the first with accounts.first_account).
    The key file is written and the key unlocked before the database file exists. Returns the open Database;
    its recovery key is in `database.recovery_key` (shown once, for the recovery sheet). `municipality`: the
    name written in the creating transaction (checked before any file is made)."""
    from ..opening import open_database, with_municipality

    install = with_municipality(municipality) if municipality is not None else None

    path = Path(path).expanduser().resolve()
    if path.exists() and path.stat().st_size:
        raise WishDeskError(f"{path.name} bestaat al; kies een nieuwe naam.")
    path.parent.mkdir(parents=True, exist_ok=True)
    db_key = new_key()
    data = keyfile.new(demo=demo)
    recovery = _set_recovery(data, db_key)
    if demo:
        from .accounts import wrap_demo_key

        wrap_demo_key(data, db_key)
    keyfile.save(path, data)
    keyfile.remember(data, db_key)
    db = open_database(path, create=True, backup_dir=backup_dir, install_curriculum=install)
    db.recovery_key = recovery
    return db


def create_encrypted_database(path: Path, staff_name: str, password: str, *, demo: bool = False,
                              backup_dir: Path | None = None, municipality: str | None = None) -> tuple:
    """A new encrypted database with one staff member, who gets the first account (programme coordinator).
    Returns (Database, recovery key text). The key file is written before the database file exists."""
    from ..models import Staff, StaffRole
    from .accounts import first_account

    db = create_encrypted_database_empty(path, demo=demo, backup_dir=backup_dir, municipality=municipality)
    recovery = db.recovery_key
    try:
        with db.write() as s:
            person = Staff(name=staff_name, roles=[StaffRole(role="programme_coordinator")])
            s.add(person)
            s.flush()
            staff_id = person.id
        first_account(db, staff_id, password, demo=demo)
    except BaseException:
        db.close()
        raise
    return db, recovery


def export_encrypted(source: Path, target: Path, db_key: bytes) -> bool:
    """Copy the plain SQLite file `source` into a new encrypted file `target` (sqlcipher_export, mode 0600);
    True when the copy passes quick_check with the key. The source is only read (and its WAL checkpointed)."""
    from ..db import _sqlcipher

    conn = _sqlcipher().connect(str(source))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{db_key.hex()}'\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    _chmod_private(target)
    check = _sqlcipher().connect(str(target))
    try:
        check.execute(f"PRAGMA key = \"x'{db_key.hex()}'\"")
        return check.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        check.close()


def encrypt_database(path: Path, staff: str | int, password: str, backup_dir: Path | None) -> str:
    """Convert a plain database in place: backup first, then sqlcipher_export into a new file beside it, checked,
    then renamed over the original (atomic). `staff` gets the first account. Returns the recovery key text."""
    from .. import backup, instance_lock
    from ..opening import open_database
    from .accounts import first_account

    path = Path(path).expanduser().resolve()
    if is_encrypted(path):
        raise WishDeskError(f"{path.name} is al versleuteld.")
    db = open_database(path, backup_dir=backup_dir)  # migrates if needed; refuses damaged or foreign files
    db.close()
    if backup_dir is not None:
        backup.make_backup(path, backup_dir, reason="voor-versleutelen", limits=None)
    if instance_lock.held_here(path):
        raise DatabaseInUse(f"{path.name} is nog open in dit programma; sluit de database eerst.")
    db_key = new_key()
    data = keyfile.new()
    recovery = _set_recovery(data, db_key)
    fresh = path.with_name(f".{path.name}.versleutelen")
    with instance_lock.acquire(path):
        for leftover in (fresh, Path(f"{fresh}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if not export_encrypted(path, fresh, db_key):
            raise WishDeskError("Versleutelen is mislukt (de kopie is niet in orde); er is niets veranderd.")
        keyfile.save(path, data)  # before the swap: an encrypted file never exists without its key file
        for side in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{path}{side}").unlink()
        fresh.replace(path)
    keyfile.remember(data, db_key)
    db = open_database(path, backup_dir=backup_dir)
    try:
        first_account(db, staff, password)
    finally:
        db.close()
    return recovery


def plain_sqlite_refuses(path: Path) -> bool:
    """True when the ordinary sqlite3 library cannot read the file (what a thief with the file would use)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return True
    return False
