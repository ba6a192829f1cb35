"""The reader directory's trust root: who may read a concern is decided by signatures, not by raw rows.

On an encrypted file every account holder has the database key, so every row can be rewritten with SQLite tools,
including `school.care_coordinator_id` and `account.public_key`. Sealing therefore trusts neither column alone:

- The database has a **signing root** (Ed25519). Its private half ("seed") is wrapped with the password-derived
  key of each programme coordinator (key file entry "root") and with the recovery key; nobody else can sign.
- Every account's key file entry pins the root's **verify key** inside the same authenticated box as the
  database key ("key" = db key + root verify key + the serials seen, see `pack`). Changing the pin means
  making a box that opens with that person's password: impossible without it.
- The root signs one **certificate** per account: account id, staff id, sealing public key, programme
  coordinator or not, the schools this person is care coordinator of, and a serial (`account.certificate`).
- Sealing wraps a concern key only for the signed-in person themself and for accounts whose certificate
  verifies against the root pinned for the signed-in person, carries the public key in the row, and names the
  role (author, or care coordinator of *that* school while the school row also still says so). A certificate
  older than one this person has already seen for that account (a replay after a change) does not count.

Readers that do not pass are skipped (logged by id, never a text) and shown as "not yet confirmed".
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from ..models import Group, Pupil, School
from ..models.accounts import Account
from .unlocking import DB_KEY_BYTES, ROOT_BYTES, pack, unpack  # noqa: F401 - moved there (no ORM)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Cert:
    account: int
    staff: int
    public_key: bytes
    admin: bool
    care: frozenset[int]
    serial: int


# --- root and certificates -------------------------------------------------------------------------------------

def new_root_seed() -> bytes:
    return bytes(SigningKey.generate())


def verify_key_of(seed: bytes) -> bytes:
    return bytes(SigningKey(seed).verify_key)


def db_root(s: OrmSession) -> bytes | None:
    """The root verify key named in the key file beside the session's database (None in team mode). Anyone with
    the database key can change that file: it is used only to pin an entry that has none yet (an upgrade), and
    by writers without a signed-in person (the demo build)."""
    from pathlib import Path

    from . import keyfile
    from .crypto import unb64

    url = s.get_bind().url
    if url.get_backend_name() != "sqlite" or not url.database:
        return None
    data = keyfile.try_read(Path(url.database))
    return unb64(data["root"]) if data and data.get("root") else None


def set_db_root(data: dict, seed: bytes) -> bytes:
    """Name the root in the key file (`data`, saved by the caller); returns its verify key."""
    from .crypto import b64

    root = verify_key_of(seed)
    data["root"] = b64(root)
    return root


def _next_serial(s: OrmSession, seen: dict[str, int]) -> int:
    # above every certificate in the table and every serial the signer has seen (rows can be rewritten; the
    # signer's seen serials still keep a new certificate above the ones others have seen)
    serials = [0, *seen.values()]
    for blob in s.scalars(select(Account.certificate).where(Account.certificate.is_not(None))):
        try:
            serials.append(int(json.loads(blob[64:].decode("ascii"))["n"]))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            continue
    return max(serials) + 1


def sign(s: OrmSession, seed: bytes, account: Account, *, admin: bool, care: set[int] | frozenset[int],
         seen: dict[str, int]) -> Cert:
    """Certify `account` as it stands (its id, staff id and public key) with `admin` and `care` schools.
    `seen` (the signer's) is raised to the new serial."""
    from .crypto import b64

    serial = _next_serial(s, seen)
    body = {"v": 1, "account": account.id, "staff": account.staff_id, "pk": b64(account.public_key),
            "admin": bool(admin), "care": sorted(care), "n": serial}
    account.certificate = SigningKey(seed).sign(json.dumps(body, sort_keys=True).encode("ascii"))
    seen[str(account.id)] = serial
    return Cert(account.id, account.staff_id, account.public_key, bool(admin), frozenset(care), serial)


def tombstone(s: OrmSession, seed: bytes, account_id: int, seen: dict[str, int]) -> bytes:
    """A signed "account <id> was removed", newer than its last certificate: whoever sees it (key file
    "revoked", read at sign-in) no longer accepts that certificate if it is put back."""
    serial = _next_serial(s, seen)
    seen[str(account_id)] = serial
    body = {"v": 1, "account": account_id, "removed": True, "n": serial}
    return SigningKey(seed).sign(json.dumps(body, sort_keys=True).encode("ascii"))


def read_tombstone(blob: bytes, root: bytes) -> tuple[int, int] | None:
    """(account id, serial) of a removal the root signed, else None."""
    try:
        body = json.loads(VerifyKey(root).verify(blob).decode("ascii"))
        return (int(body["account"]), int(body["n"])) if body.get("removed") is True else None
    except (BadSignatureError, ValueError, KeyError, TypeError):
        return None


def read_cert(blob: bytes | None, root: bytes) -> Cert | None:
    """The certificate if the root signed it, else None (forged, damaged, or signed by another root)."""
    from .crypto import unb64

    if not blob:
        return None
    try:
        body = json.loads(VerifyKey(root).verify(blob).decode("ascii"))
        return Cert(int(body["account"]), int(body["staff"]), unb64(body["pk"]), bool(body["admin"]),
                    frozenset(int(x) for x in body["care"]), int(body["n"]))
    except (BadSignatureError, ValueError, KeyError, TypeError):
        return None


def valid_cert(row: Account, root: bytes, seen: dict[str, int]) -> Cert | None:
    """The certificate of this row if it verifies, is about this very row (id, staff, public key), and is not
    older than one already seen for the account."""
    cert = read_cert(row.certificate, root)
    if cert is None or cert.account != row.id or cert.staff != row.staff_id or cert.public_key != row.public_key:
        return None
    if cert.serial < seen.get(str(row.id), 0):
        return None  # a replayed older certificate
    return cert


# --- who may read one concern ----------------------------------------------------------------------------------

@dataclass
class Directory:
    """The readers a person will seal to, checked once per transaction. `root` None: no trust root to check
    against (team mode, where row-level security guards the rows; or a database from before the trust root):
    the rows are taken as they are."""

    root: bytes | None
    me: int | None = None
    my_public_key: bytes | None = None
    seen: dict[str, int] = field(default_factory=dict)
    _certs: dict[int, Cert | None] = field(default_factory=dict)

    @classmethod
    def of(cls, s: OrmSession, identity) -> Directory:  # noqa: ANN001 - Identity | None
        if identity is None:
            return cls(db_root(s))  # a writer without sign-in (the demo build): at least the signatures count
        root = getattr(identity, "root", None)
        return cls(root, identity.account_id, identity.public_key, getattr(identity, "seen", {}))

    def cert(self, row: Account) -> Cert | None:
        if row.id not in self._certs:
            self._certs[row.id] = valid_cert(row, self.root, self.seen) if self.root else None
        return self._certs[row.id]

    def readers(self, s: OrmSession, concern_id: int, pupil_id: int, author_id: int | None
                ) -> tuple[dict[int, bytes], set[int]]:
        """(account id -> public key of the confirmed readers, account ids of readers not confirmed) of one
        concern (its id, pupil and author: this module reads no concern row). `author_id` None: the care
        coordinator only."""
        school_id, school_cc = s.execute(
            select(School.id, School.care_coordinator_id).join(Group, Group.school_id == School.id)
            .join(Pupil, Pupil.group_id == Group.id).where(Pupil.id == pupil_id)).one_or_none() or (None, None)
        staff_ids = ({author_id} if author_id else set()) | ({school_cc} if school_cc else set())
        confirmed: dict[int, bytes] = {}
        pending: set[int] = set()
        for row in s.scalars(select(Account).where(Account.staff_id.in_(staff_ids))):
            if row.id == self.me and self.my_public_key is not None:
                confirmed[row.id] = self.my_public_key  # one's own key: from memory, not from the row
                continue
            if self.root is None:
                confirmed[row.id] = row.public_key
                continue
            cert = self.cert(row)
            ok = cert is not None and (row.staff_id == author_id
                                       or (row.staff_id == school_cc and school_id in cert.care))
            if ok:
                confirmed[row.id] = row.public_key
            else:
                pending.add(row.id)
        if pending:
            log.info("concern %s: reader account(s) %s not confirmed by the trust root; not sealed to them",
                     concern_id, sorted(pending))
        return confirmed, pending
