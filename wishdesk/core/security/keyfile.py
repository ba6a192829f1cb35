"""The key file `<database>.keys` beside an encrypted database, and the keys unlocked in this process.

The file is JSON, mode 0600, written atomically. It holds no names and nothing readable about pupils:

    {"format": 1, "key_id": "…", "salt": "…", "demo": false,
     "accounts": {"<account id>": {"staff": 7, "login": "<keyed hash of the name>", "admin": true,
                                   "kdf": {"t":3,"m":65536,"p":1}, "salt": "…", "key": "<wrapped db key>"}},
     "recovery": {"key": "<db key wrapped with the recovery key>"},
     "attempts": {"<account id>": {"failures": 0, "last": 0.0}},
     "root": "<trust root verify key, see certs.py>", "revoked": {"<account id>": "<signed removal>"}}

Since the trust root (certs.py) an entry's "key" box holds the database key + the pinned root + the serials
seen, and a programme coordinator's entry also "root": the root's seed, wrapped with their password.

Every backup gets a copy beside it (same key_id), so a backup opens with the same passwords. `attempts` is the
only part a failed sign-in changes (the database file itself is never touched by a wrong password); copying an
old key file back resets the counter, which is why the real protection against guessing is Argon2's cost.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import unicodedata
from pathlib import Path

from ..errors import WishDeskError
from .crypto import b64, unb64

KEYFILE_SUFFIX = ".keys"
FORMAT = 1

_UNLOCKED: dict[str, bytes] = {}  # key_id -> database key, for every database signed in to in this process
_RECOVERED_ROOTS: dict[str, bytes] = {}  # key_id -> trust root seed, after unlocking with the recovery sheet


class KeyFileMissing(WishDeskError):
    """An encrypted database without its key file."""


class DatabaseLocked(WishDeskError):
    """An encrypted database whose key has not been unlocked (nobody signed in yet)."""


class KeyFileDamaged(WishDeskError):
    """The key file cannot be read."""


def keyfile_path(db_path: Path) -> Path:
    return Path(f"{db_path}{KEYFILE_SUFFIX}")


def normalise_login(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def login_hash(data: dict, name: str) -> str:
    """A keyed hash of the name, so the key file can find an account by name without holding the name."""
    return hashlib.blake2b(normalise_login(name).encode("utf-8"), key=unb64(data["salt"]), digest_size=16).hexdigest()


def read(db_path: Path) -> dict:
    path = keyfile_path(db_path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise KeyFileMissing(
            f"Het sleutelbestand {path.name} ontbreekt naast de versleutelde database; zonder dat bestand kan "
            "niemand zich aanmelden. Zet het terug (het staat ook naast elke back-up). Er is niets veranderd.") from exc
    try:
        data = json.loads(text)
        if data.get("format") != FORMAT or "key_id" not in data:
            raise ValueError
        return data
    except ValueError as exc:
        raise KeyFileDamaged(f"Het sleutelbestand {path.name} is beschadigd; zet het terug uit een back-up. "
                             "Er is niets veranderd.") from exc


def try_read(db_path: Path) -> dict | None:
    try:
        return read(db_path)
    except (KeyFileMissing, KeyFileDamaged, OSError):
        return None


def new(demo: bool = False) -> dict:
    from .crypto import new_key

    return {"format": FORMAT, "key_id": b64(new_key()[:12]), "salt": b64(new_key()[:16]), "demo": demo,
            "accounts": {}, "recovery": {}, "attempts": {}}


def write(path: Path, data: dict) -> None:
    """Write atomically with mode 0600 (a temporary file in the same folder, then renamed)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=1, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def save(db_path: Path, data: dict) -> None:
    write(keyfile_path(db_path), data)


def copy_beside(db_path: Path, target: Path) -> None:
    """Put a copy of the database's key file beside `target` (a backup or an exported copy)."""
    source = keyfile_path(db_path)
    if source.exists():
        write(keyfile_path(target), json.loads(source.read_text(encoding="utf-8")))


# --- keys unlocked in this process --------------------------------------------------------------------------

def remember(data: dict, db_key: bytes) -> None:
    _UNLOCKED[data["key_id"]] = db_key


def forget(db_path: Path) -> None:
    data = try_read(db_path)
    if data is not None:
        _UNLOCKED.pop(data["key_id"], None)
        _RECOVERED_ROOTS.pop(data["key_id"], None)


def forget_all() -> None:
    _UNLOCKED.clear()
    _RECOVERED_ROOTS.clear()


def remember_recovered_root(data: dict, seed: bytes) -> None:
    _RECOVERED_ROOTS[data["key_id"]] = seed


def recovered_root(db_path: Path) -> bytes | None:
    data = try_read(db_path) if _RECOVERED_ROOTS else None
    return _RECOVERED_ROOTS.get(data["key_id"]) if data else None


def key_for(db_path: Path) -> bytes | None:
    """The database key for a file whose key file is beside it and whose key was unlocked in this process
    (the database itself or any of its backups); None for a plain database or one still locked."""
    if not _UNLOCKED:
        return None
    data = try_read(db_path)
    return _UNLOCKED.get(data["key_id"]) if data else None


def has_keyfile(db_path: Path) -> bool:
    return keyfile_path(db_path).exists()
