"""Accounts and signing in.

An encrypted database has accounts; a plain (older) database has none and opens as before, with a banner offering
`encrypt_database`. Signing in: the key file finds the account (by staff id or by a keyed hash of the name), one
Argon2id derivation gives the key that unwraps the database key, the database opens, and the same key unwraps the
account's private key. Five wrong passwords in a row make every further try wait (THROTTLE_AFTER, THROTTLE_SECONDS).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from nacl.public import PrivateKey
from sqlalchemy import select

from ..db import Database
from ..errors import NotFound, ValidationError, WishDeskError
from ..models import Staff
from ..models.accounts import Account
from . import keyfile
from .certs import sign
from .crypto import (
    FAST_KDF,
    WrongKey,
    b64,
    current_kdf,
    derive_key,
    new_key,
    new_keypair,
    new_salt,
    unwrap,
    wrap,
)
from .unlocking import (  # noqa: F401 - moved to unlocking.py (no ORM); re-exported under their old names
    DEMO_PASSWORD,
    THROTTLE_AFTER,
    THROTTLE_SECONDS,
    DemoPasswordChanged,
    SignInFailed,
    SignInThrottled,
    _entry,
    _kek,
    _record_attempt,
    _throttle_check,
    unlock,
    unlock_checked,
)

MIN_PASSWORD = 8
LOCK_AFTER_MINUTES = 15  # the GUI's idle lock default (issue 12); the lead keeps the user's choice in settings


class NotAllowed(WishDeskError):
    """Only a programme coordinator may do this."""


ACCOUNTS_ON_TEAM_DATABASE = ("Accounts beheert u op de teamdatabase: deze laptopkopie heeft alleen uw eigen "
                             "account.")


@dataclass(frozen=True)
class Identity:
    """Who is signed in to which database. `private_key` opens the concerns sealed to this person; keep it in
    memory only, and drop the Identity on lock or sign-out."""

    account_id: int
    staff_id: int
    name: str
    is_admin: bool
    db_path: Path | None
    private_key: PrivateKey = field(repr=False)
    db_key: bytes | None = field(repr=False, default=None)
    # the trust root pinned in this person's key file entry (certs.py); None in team mode or before the root
    root: bytes | None = field(repr=False, default=None)
    root_seed: bytes | None = field(repr=False, default=None)  # a programme coordinator's: signs certificates
    seen: dict = field(repr=False, default_factory=dict, compare=False)  # account id -> newest serial seen
    # Signed in to a laptop copy of the team database (sync/replica.py). The copy's one account is its owner's:
    # `is_admin` is set so the owner holds the file's trust root (recovery sheet, own certificate), but that is
    # no role: what they see follows their staff roles, and accounts are managed on the team database.
    laptop_copy: bool = False

    @property
    def public_key(self) -> bytes:
        return bytes(self.private_key.public_key)

    @property
    def manages_accounts(self) -> bool:
        """May add, reset and remove other people's accounts (a programme coordinator, not on a laptop copy)."""
        return self.is_admin and not self.laptop_copy


@dataclass(frozen=True)
class AccountRow:
    account_id: int
    staff_id: int
    name: str
    is_admin: bool
    roles: tuple[str, ...] = ()  # the staff member's role codes (what labels show; is_admin is no role)
    laptop_copy: bool = False  # the owner's account of a laptop copy (see Identity.laptop_copy)


def unlock_own(db_path: Path, staff_id: int, password: str) -> tuple[str, bytes]:
    """`unlock` for the signed-in person confirming their own password (changing it, a recovery sheet): they
    are known, so a wrong password says just that, not "unknown name or…"."""
    try:
        return unlock(db_path, staff_id, password)
    except SignInThrottled:
        raise
    except SignInFailed as exc:
        if not str(exc).startswith("Onbekende naam"):
            raise
        raise SignInFailed("Uw huidige wachtwoord klopt niet.") from None


def is_laptop_copy(db: Database) -> bool:
    """A laptop copy of the team database (it has the sync tables, sync/local.py), not a file of its own."""
    if not db.location.is_sqlite:
        return False
    from ..sync.local import is_replica

    with db.engine.connect() as conn:
        return is_replica(conn)


def _identity(db: Database, account_id: int, kek: bytes, db_key: bytes | None) -> Identity:
    copy = is_laptop_copy(db)
    with db.session() as s:
        account = s.get(Account, account_id)
        if account is None:
            raise SignInFailed("Dit account bestaat niet meer in de database.")
        staff = s.get(Staff, account.staff_id)
        try:
            private = PrivateKey(unwrap(kek, account.wrapped_private_key))
        except WrongKey:
            raise SignInFailed("Onbekende naam of verkeerd wachtwoord. Er is niets veranderd.") from None
        return Identity(account.id, account.staff_id, staff.name if staff else "?", account.is_admin,
                        db.location.path, private, db_key, laptop_copy=copy)


def finish_sign_in(db: Database, account_id: str, kek: bytes) -> Identity:
    """After `unlock` and opening the database: the Identity, and the re-wrap pass (see sign_in)."""
    from .directory import after_sign_in
    from .sealing import rewrap_for_readers

    assert db.location.path is not None
    identity = _identity(db, int(account_id), kek, keyfile.key_for(db.location.path))
    identity = after_sign_in(db, identity, account_id, kek)
    if not db.read_only:
        rewrap_for_readers(db, identity)
    return identity


def sign_in(db_or_path: Database | Path | str, name_or_id: str | int | None, password: str) -> Identity:
    """Sign in to an encrypted database. With a path the database is opened just long enough to read the account
    (the caller then opens it normally: the key stays unlocked in this process; `sign_in_and_open` opens it once
    and keeps it open). Afterwards any concern this person may read is re-wrapped for readers who do not have its
    key yet (a new care coordinator)."""
    if isinstance(db_or_path, Database):
        db = db_or_path
        account, kek = _unlock_checked(db.location.path, name_or_id, password)
        return finish_sign_in(db, account, kek)
    db, identity = sign_in_and_open(db_or_path, name_or_id, password)
    db.close()
    return identity


def sign_in_and_open(path: Path | str, name_or_id: str | int | None, password: str,
                     open_db: Callable[[Path], Database] | None = None, *,
                     count_failure: bool = True) -> tuple[Database, Identity]:
    """Sign in and open the database once, for the caller to keep (``open_db``: how to open it, default
    ``open_database``). Nothing is opened when the password is wrong."""

    path = Path(path).expanduser().resolve()
    account, kek = unlock_checked(path, name_or_id, password, count_failure=count_failure)
    return open_unlocked(path, account, kek, open_db)


def open_unlocked(path: Path, account: str, kek: bytes, open_db: Callable[[Path], Database] | None = None
                  ) -> tuple[Database, Identity]:
    """The rest of ``sign_in_and_open`` once ``unlocking.unlock_checked`` accepted the password (and counted the
    try): open the database (all of ``core/opening.py``'s checks) and finish the sign-in. The GUI's start-up
    shows the first Vandaag rows in between (gui/opening.py)."""
    from ..opening import open_database

    db = (open_db or open_database)(path)
    try:
        return db, finish_sign_in(db, account, kek)
    except BaseException:
        db.close()
        raise


_unlock_checked = unlock_checked  # the old name (moved to unlocking.py)


# --- managing accounts ---------------------------------------------------------------------------------------

def _check_password(password: str, demo: bool = False) -> None:
    if not demo and len(password) < MIN_PASSWORD:
        raise ValidationError(f"Kies een wachtwoord van minstens {MIN_PASSWORD} tekens.", field="password")


def _new_account_rows(s, staff: Staff, password: str, is_admin: bool, db_key: bytes | None,  # noqa: ANN001
                      data: dict, root: bytes | None = None, seed: bytes | None = None,
                      seen: dict | None = None) -> Account:
    """The account row and its key file entry, pinned to `root`; certified when `seed` (the signer's root seed)
    is given, with the schools the database names this person care coordinator of."""
    from .directory import care_schools, fill_entry

    params = FAST_KDF if data.get("demo") else current_kdf()  # the demo's password is public anyway
    salt = new_salt()
    kek = derive_key(password, salt, params)
    private = new_keypair()
    account = Account(staff_id=staff.id, is_admin=is_admin, public_key=bytes(private.public_key),
                      wrapped_private_key=wrap(kek, bytes(private)), kdf_salt=salt, kdf_time=params.time_cost,
                      kdf_memory=params.memory_kib, kdf_parallelism=params.parallelism)
    s.add(account)
    s.flush()
    signer_seen = seen if seen is not None else {}
    own_seen: dict = {}
    if seed is not None:
        sign(s, seed, account, admin=is_admin, care=care_schools(s, staff.id), seen=signer_seen)
        own_seen = {str(account.id): signer_seen[str(account.id)]}
    if db_key is not None:
        entry = {"staff": staff.id, "login": keyfile.login_hash(data, staff.name), "admin": is_admin,
                 "kdf": params.as_json(), "salt": b64(salt)}
        fill_entry(entry, kek, db_key, root, own_seen, seed if is_admin else None)
        data["accounts"][str(account.id)] = entry
    return account


def _staff(s, name_or_id: str | int) -> Staff:  # noqa: ANN001
    text = str(name_or_id).strip()
    if text.isdigit():
        staff = s.get(Staff, int(text))
    else:
        wanted = keyfile.normalise_login(text)
        matches = [p for p in s.scalars(select(Staff)) if keyfile.normalise_login(p.name) == wanted]
        staff = matches[0] if len(matches) == 1 else None
    if staff is None:
        raise NotFound(f"Medewerker '{text}' niet gevonden (of de naam is niet eenduidig; gebruik het id).")
    return staff


def _require_admin(identity: Identity) -> None:
    """May manage other people's accounts. On a laptop copy nobody may: an account added there would open the
    owner's share of the team database for someone the server never let in."""
    if identity.laptop_copy:
        raise NotAllowed(ACCOUNTS_ON_TEAM_DATABASE)
    if not identity.is_admin:
        raise NotAllowed("Alleen een programmacoördinator mag accounts beheren.")


def add_account(db: Database, by: Identity, staff: str | int, password: str, is_admin: bool = False) -> AccountRow:
    _require_admin(by)
    assert db.location.path is not None
    _check_password(password, is_demo(db.location.path))
    data = keyfile.read(db.location.path)
    with db.write() as s:
        person = _staff(s, staff)
        if s.scalar(select(Account.id).where(Account.staff_id == person.id)) is not None:
            raise ValidationError(f"{person.name} heeft al een account.")
        account = _new_account_rows(s, person, password, is_admin, by.db_key, data, by.root, by.root_seed, by.seen)
        keyfile.save(db.location.path, data)  # inside the transaction: a failed save rolls the account back
        row = AccountRow(account.id, person.id, person.name, is_admin)
    from .sealing import rewrap_for_readers

    rewrap_for_readers(db, by)
    return row


def list_accounts(db: Database) -> list[AccountRow]:
    """Every account with its staff member's roles, sorted by name."""
    from ..models import StaffRole

    copy = is_laptop_copy(db)
    with db.session() as s:
        roles: dict[int, list[str]] = {}
        for staff_id, role in s.execute(select(StaffRole.staff_id, StaffRole.role).order_by(StaffRole.role)):
            roles.setdefault(staff_id, []).append(role)
        rows = s.execute(select(Account, Staff).join(Staff, Staff.id == Account.staff_id).order_by(Staff.name))
        return [AccountRow(a.id, p.id, p.name, a.is_admin, tuple(roles.get(p.id, ())), copy) for a, p in rows]


def remove_account(db: Database, by: Identity, staff: str | int) -> None:
    _require_admin(by)
    assert db.location.path is not None
    data = keyfile.read(db.location.path)
    with db.write() as s:
        person = _staff(s, staff)
        account = s.scalar(select(Account).where(Account.staff_id == person.id))
        if account is None:
            raise NotFound(f"{person.name} heeft geen account.")
        if account.id == by.account_id:
            raise NotAllowed("U kunt uw eigen account niet verwijderen.")
        if by.root_seed is not None:  # a signed removal: a copy of the old certificate put back is refused
            from .certs import tombstone

            data.setdefault("revoked", {})[str(account.id)] = b64(tombstone(s, by.root_seed, account.id, by.seen))
        s.delete(account)
        data["accounts"].pop(str(account.id), None)
        data.get("attempts", {}).pop(str(account.id), None)
        keyfile.save(db.location.path, data)


def new_database_key() -> bytes:
    return new_key()


# The demo's public-password helpers live in demo_keys.py, own and reset passwords and the first account in
# passwords.py (they also keep certificates right); imported here so callers keep using accounts.is_demo,
# accounts.change_password and friends. demo_keys first: passwords.py imports is_demo from here.
from .demo_keys import demo_sign_in, is_demo, unlock_demo, wrap_demo_key  # noqa: E402, F401, I001
from .passwords import change_password, first_account, reset_password  # noqa: E402, F401
