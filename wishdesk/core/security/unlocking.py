"""Checking a password against the key file, without the ORM: the part of signing in that comes before the
database is opened.

Split from accounts.py (which re-exports these names) so that start-up can unlock the database key while
SQLAlchemy and the models still load (0.4–0.5 CPU s), and show the Vandaag rows read with plain SQL
(``core/today_fast.py``) before the normal open. Nothing here imports SQLAlchemy (``tests/core/
test_unlocking.py`` checks it); the Argon2 parameters are the key file entry's own, as before.

Two ways in, and only two:

- ``unlock`` / ``unlock_checked``: THE password check of every sign-in (throttle, attempt counting, remembering
  the key). ``accounts.sign_in_and_open`` calls it; the GUI's start-up calls it and then ``accounts.open_unlocked``
  with its result, so a sign-in still checks and counts exactly once.
- ``peek_demo``: the demo's public password, side-effect free (no counting, nothing remembered, decides nothing):
  the key for a first look only. The demo's normal sign-in (``core.demo.open_demo``) still follows and decides.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from ..errors import WishDeskError
from . import keyfile
from .crypto import KdfParams, WrongKey, derive_key, unb64, unwrap

THROTTLE_AFTER = 5
THROTTLE_SECONDS = 30.0
DEMO_PASSWORD = "demo"
DB_KEY_BYTES = 32
ROOT_BYTES = 32
_WRONG = "Onbekende naam of verkeerd wachtwoord. Er is niets veranderd."


class SignInFailed(WishDeskError):
    """Unknown person or wrong password (one message for both, so nobody learns which names exist)."""


class DemoPasswordChanged(SignInFailed):
    """`wishdesk --demo` could not sign in by itself: the demo coordinator chose another password (``name``)."""

    def __init__(self, name: str) -> None:
        who = name or "de coördinator"
        super().__init__(f"Het demowachtwoord werkt niet meer voor {who}; meld u aan.")
        self.name = name


class SignInThrottled(SignInFailed):
    def __init__(self, message: str, wait_seconds: float) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


# --- the pinned part of a key file entry (certs.py re-exports these) ----------------------------------------

def pack(db_key: bytes, root: bytes | None, seen: dict[str, int] | None = None) -> bytes:
    """What a key file entry's box holds: the database key, then (when the database has a root) the root's
    verify key and the highest certificate serial this person has seen per account."""
    if root is None:
        return db_key
    return db_key + root + json.dumps(seen or {}, sort_keys=True).encode("ascii")


def unpack(payload: bytes) -> tuple[bytes, bytes | None, dict[str, int]]:
    """(database key, pinned root or None for an entry older than the trust root, seen serials)."""
    db_key = payload[:DB_KEY_BYTES]
    if len(payload) < DB_KEY_BYTES + ROOT_BYTES:
        return db_key, None, {}
    root = payload[DB_KEY_BYTES:DB_KEY_BYTES + ROOT_BYTES]
    rest = payload[DB_KEY_BYTES + ROOT_BYTES:]
    seen = {str(k): int(v) for k, v in json.loads(rest.decode("ascii")).items()} if rest else {}
    return db_key, root, seen


# --- key file look-ups ---------------------------------------------------------------------------------------

def _entry(data: dict, name_or_id: str | int | None) -> tuple[str, dict]:
    accounts = data["accounts"]
    if name_or_id is None or str(name_or_id).strip() == "":
        admins = [(k, v) for k, v in accounts.items() if v["admin"]]
        if len(admins) == 1:
            return admins[0]
        raise SignInFailed("Geef aan wie u bent (--user NAAM of WISHDESK_USER): deze database heeft meer dan één "
                           "programmacoördinator.")
    text = str(name_or_id).strip()
    if text.isdigit():
        found = [(k, v) for k, v in accounts.items() if v["staff"] == int(text)]
    else:
        wanted = keyfile.login_hash(data, text)
        found = [(k, v) for k, v in accounts.items() if v["login"] == wanted]
        # a laptop copy's account also answers to the server login (sync/replica.py)
        found = found or [(k, v) for k, v in accounts.items() if wanted in v.get("aliases", ())]
    if not found:
        raise SignInFailed(_WRONG)
    return found[0]


def _throttle_check(data: dict, account: str) -> None:
    attempt = data.get("attempts", {}).get(account)
    if not attempt or attempt["failures"] < THROTTLE_AFTER:
        return
    wait = attempt["last"] + THROTTLE_SECONDS - time.time()
    if wait > 0:
        raise SignInThrottled(f"Te vaak een verkeerd wachtwoord; probeer het over {int(wait) + 1} seconden opnieuw.",
                              wait)


def _record_attempt(db_path: Path, account: str, ok: bool) -> None:
    data = keyfile.read(db_path)
    attempts = data.setdefault("attempts", {})
    if ok:
        if attempts.pop(account, None) is None:
            return  # nothing to reset: the key file stays byte for byte the same
    else:
        entry = attempts.setdefault(account, {"failures": 0, "last": 0.0})
        entry["failures"] += 1
        entry["last"] = time.time()
    keyfile.save(db_path, data)


def _kek(password: str, entry: dict) -> bytes:
    return derive_key(password, unb64(entry["salt"]), KdfParams.from_json(entry["kdf"]))


def staff_of(db_path: Path, account: str) -> int | None:
    """The staff id the key file names for an account (what the sign-in's Identity will say), or None."""
    data = keyfile.try_read(db_path)
    entry = (data or {}).get("accounts", {}).get(str(account))
    return int(entry["staff"]) if entry else None


# --- the password check --------------------------------------------------------------------------------------

def unlock(db_path: Path, name_or_id: str | int | None, password: str, *,
           count_failure: bool = True) -> tuple[str, bytes]:
    """Check the password against the key file and remember the database key in this process.
    Returns (account id, password-derived key). The database file is not touched. ``count_failure=False``: a
    wrong password is not counted towards the slowdown (the demo's automatic try is not a person guessing)."""
    data = keyfile.read(db_path)
    account, entry = _entry(data, name_or_id)
    _throttle_check(data, account)
    kek = _kek(password, entry)
    try:
        db_key = unpack(unwrap(kek, unb64(entry["key"])))[0]
    except WrongKey:
        if count_failure:
            _record_attempt(db_path, account, ok=False)
        raise SignInFailed(_WRONG) from None
    _record_attempt(db_path, account, ok=True)
    keyfile.remember(data, db_key)
    return account, kek


def unlock_checked(path: Path | None, name_or_id: str | int | None, password: str, *,
                   count_failure: bool = True) -> tuple[str, bytes]:
    """``unlock`` after the file checks every sign-in makes first (its key file beside it, readable)."""
    from .encryption import is_encrypted

    if path is not None and is_encrypted(path):
        keyfile.read(path)  # raises KeyFileMissing / KeyFileDamaged with the Dutch line
    if path is None or not keyfile.has_keyfile(path):
        raise SignInFailed("Deze database heeft geen accounts; versleutel hem eerst (wishdesk encrypt).")
    return unlock(path, name_or_id, password, count_failure=count_failure)


def peek_demo(db_path: Path) -> tuple[int, bytes] | None:
    """(staff id of the demo's coordinator, database key) from the demo password, for a first look only; None
    when this is no demo or the password no longer opens the coordinator's entry. Side-effect free: nothing is
    counted or remembered and nothing is decided (the normal sign-in follows and says what is wrong)."""
    data = keyfile.try_read(Path(db_path))
    if not data or not data.get("demo"):
        return None
    try:
        _account, entry = _entry(data, None)
        db_key = unpack(unwrap(_kek(DEMO_PASSWORD, entry), unb64(entry["key"])))[0]
        return int(entry["staff"]), db_key
    except (SignInFailed, WrongKey, KeyError, ValueError, TypeError):
        return None
