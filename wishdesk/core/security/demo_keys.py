"""The demo database's public password: its key file wraps the database key with "demo" from the first moment, and
`wishdesk --demo` signs in as its programme coordinator without asking. Split from accounts.py (which re-exports
these names)."""

from __future__ import annotations

from pathlib import Path

from ..db import Database
from . import keyfile
from .accounts import DEMO_PASSWORD, Identity, SignInFailed, _kek, sign_in
from .crypto import b64, derive_key, new_salt, unb64, unwrap, wrap


def is_demo(db_path: Path) -> bool:
    data = keyfile.try_read(db_path)
    return bool(data and data.get("demo"))


def wrap_demo_key(data: dict, db_key: bytes) -> None:
    """A demo's key file also holds its database key wrapped with the public demo password, from the first
    moment: a demo build interrupted before its accounts exist still opens (with `unlock_demo`)."""
    from .crypto import FAST_KDF

    salt = new_salt()
    data["demo_key"] = {"kdf": FAST_KDF.as_json(), "salt": b64(salt),
                        "key": b64(wrap(derive_key(DEMO_PASSWORD, salt, FAST_KDF), db_key))}


def unlock_demo(db_path: Path) -> bool:
    """Unlock a demo database without an account (checks, tests, repair). False when it is not a demo."""
    data = keyfile.try_read(db_path)
    if not data or not data.get("demo") or "demo_key" not in data:
        return False
    keyfile.remember(data, unwrap(_kek(DEMO_PASSWORD, data["demo_key"]), unb64(data["demo_key"]["key"])))
    return True


def demo_sign_in(db_or_path: Database | Path | str) -> Identity:
    """`wishdesk --demo`: the demo's programme coordinator, without asking (the demo password is public)."""
    path = db_or_path.location.path if isinstance(db_or_path, Database) else Path(db_or_path)
    if path is None or not is_demo(path):
        raise SignInFailed("Dit is geen demodatabase; meld u aan met naam en wachtwoord.")
    return sign_in(db_or_path, None, DEMO_PASSWORD)
