"""Concerns sealed to their readers: the text is encrypted with the concern's own key, and that key is sealed
(X25519 sealed box) to each reader's public key — the author and the school's care coordinator. Anyone else who
opens the database, with SQLite tools and the database key, sees only ciphertext. Sealing needs only public keys,
so anyone may write a concern; reading needs the reader's private key, which only their password unwraps.

Who counts as a reader is checked against the database's trust root (certs.py): the rows alone (a school's
care coordinator, an account's public key) can be rewritten by anyone with the database key.

A concern whose readers have no account yet (a plain database being moved to accounts) keeps its text until one
of them signs in; the database itself is encrypted by then.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from ..db import Database
from ..models import Concern
from ..models.accounts import Account, ConcernKey
from .certs import Directory
from .crypto import WrongKey, b64, new_key, seal_for, unb64, unseal, unwrap, wrap

PREFIX = "sealed:1:"  # texts sealed before the author was bound into them (still read)
PREFIX2 = "sealed:2:"  # the sealed text starts with its author's staff id: rewriting concern.author_id gains nothing
SEALED = "sealed:"
UNREADABLE = "[versleuteld: alleen de auteur en de intern begeleider van de school kunnen dit lezen]"


def is_sealed(text: str) -> bool:
    return text.startswith(SEALED)


def _inner(own: bytes, observation: str) -> tuple[int | None, str] | None:
    """(bound author staff id or None for the older format, text) of a sealed observation, None if it does not
    open with `own`."""
    try:
        if observation.startswith(PREFIX2):
            author, _, text = unwrap(own, unb64(observation[len(PREFIX2):])).decode("utf-8").partition("\n")
            return int(author), text
        if observation.startswith(PREFIX):
            return None, unwrap(own, unb64(observation[len(PREFIX):])).decode("utf-8")
    except (WrongKey, ValueError):
        return None
    return None


def _bound_author(s: OrmSession, concern: Concern, identity) -> int | None:  # noqa: ANN001 - Identity | None
    """The author sealed into the concern's current text, when `identity` can open it (else None)."""
    if not concern.observation or not concern.observation.startswith(PREFIX2):
        return None
    own = _own_key(s, concern.id, identity)
    inner = _inner(own, concern.observation) if own is not None else None
    return inner[0] if inner else None


def readers(s: OrmSession, concern: Concern, identity=None) -> dict[int, bytes]:  # noqa: ANN001 - Identity
    """account id -> public key of everyone who may read this concern, as confirmed for `identity`."""
    return Directory.of(s, identity).readers(s, concern.id, concern.pupil_id, concern.author_id)[0]


def has_accounts(s: OrmSession) -> bool:
    return s.scalar(select(Account.id).limit(1)) is not None


def seal(s: OrmSession, concern: Concern, text: str, identity=None,  # noqa: ANN001 - Identity | None
         directory: Directory | None = None) -> None:
    """Store `text` sealed to the concern's readers as confirmed for `identity`, the person writing (the concern
    must have an id). Without any reader account (a database without accounts) the text is stored as it is."""
    directory = directory or Directory.of(s, identity)
    # sealing again (an edit by the care coordinator): the author is the one sealed in, not what the row says now
    author = _bound_author(s, concern, identity) or concern.author_id
    keys, pending = directory.readers(s, concern.id, concern.pupil_id, author)
    if not keys and not pending:
        concern.observation = text
        return
    own = new_key()
    concern.observation = PREFIX2 + b64(wrap(own, f"{author}\n{text}".encode()))
    s.query(ConcernKey).filter(ConcernKey.concern_id == concern.id).delete()
    for account_id, public in keys.items():
        s.add(ConcernKey(concern_id=concern.id, account_id=account_id, sealed_key=seal_for(public, own)))


def _own_key(s: OrmSession, concern_id: int, identity) -> bytes | None:  # noqa: ANN001 - Identity
    if identity is None:
        return None
    sealed = s.scalar(select(ConcernKey.sealed_key).where(ConcernKey.concern_id == concern_id,
                                                         ConcernKey.account_id == identity.account_id))
    if sealed is None:
        return None
    try:
        return unseal(identity.private_key, sealed)
    except WrongKey:
        return None


def open_text(s: OrmSession, concern: Concern, identity) -> str | None:  # noqa: ANN001 - Identity | None
    """The readable text for `identity`, or None when it cannot open it."""
    if not is_sealed(concern.observation):
        return concern.observation
    own = _own_key(s, concern.id, identity)
    inner = _inner(own, concern.observation) if own is not None else None
    return inner[1] if inner is not None else None


def reseal_own_keys(s: OrmSession, account_id: int, old_private, new_public: bytes) -> int:  # noqa: ANN001
    """A reader's new keypair: every concern key sealed to the old public key is sealed again to the new one
    (inside the caller's transaction). A key that no longer opens (tampered) is dropped: a reader re-seals it."""
    changed = 0
    for row in list(s.scalars(select(ConcernKey).where(ConcernKey.account_id == account_id))):
        try:
            row.sealed_key = seal_for(new_public, unseal(old_private, row.sealed_key))
        except WrongKey:
            s.delete(row)
        changed += 1
    return changed


def rewrap_for_readers(db: Database, identity) -> int:  # noqa: ANN001 - Identity
    """At sign-in: for every concern this person can open, make sure exactly its current readers hold its key
    (a new care coordinator gets it, a former one loses it), and seal texts still stored in clear. Returns how
    many concerns changed."""
    changed = 0
    was_changed = db.changed
    with db.write() as s:
        directory = Directory.of(s, identity)
        mine = set(s.scalars(select(ConcernKey.concern_id).where(ConcernKey.account_id == identity.account_id)))
        plain = set(s.scalars(select(Concern.id).where(Concern.observation.not_like(f"{SEALED}%"))))
        for concern in s.scalars(select(Concern).where(Concern.id.in_(mine | plain))):
            wanted, pending = directory.readers(s, concern.id, concern.pupil_id, concern.author_id)
            if concern.id in plain:
                if wanted:
                    seal(s, concern, concern.observation, identity, directory)
                    changed += 1
                continue
            have = set(s.scalars(select(ConcernKey.account_id).where(ConcernKey.concern_id == concern.id)))
            if set(wanted) <= have and not (have - set(wanted) - pending):
                continue
            own = _own_key(s, concern.id, identity)
            inner = _inner(own, concern.observation) if own is not None else None
            if inner is None:
                continue
            adding = wanted
            if inner[0] != concern.author_id:
                # the row's author is not the one sealed in (rewritten, or a text from before the binding): new
                # keys go only to the confirmed care coordinator, never to whoever the row now names as author
                adding = directory.readers(s, concern.id, concern.pupil_id, None)[0]
            for account_id in have - set(wanted) - pending:  # not confirmed is not removed: it may be confirmed
                s.query(ConcernKey).filter(ConcernKey.concern_id == concern.id,
                                           ConcernKey.account_id == account_id).delete()
            for account_id in set(adding) - have:
                s.add(ConcernKey(concern_id=concern.id, account_id=account_id,
                                 sealed_key=seal_for(adding[account_id], own)))
            changed += 1
    if not changed:
        db.changed = was_changed  # nothing written: no backup on close just for signing in
    return changed
