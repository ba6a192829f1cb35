"""Sealed concerns in team mode (PostgreSQL): the same sealing as on an encrypted file, with the server as the
directory of public keys.

On a team database there is no database key and no key file: the server checks who you are (your login role)
and row-level security decides which rows you get. What the server cannot give is secrecy from its owner, who
reads every row. So each person has the same X25519 keypair as on a file: the public key in `account` (every
staff role may read it, only its own row may be written: policies.py), the private key wrapped with a key
derived (Argon2id) from a password only that person knows. The first sign-in makes the keypair; afterwards the
same password opens it. Texts of concerns are then sealed to the author and the school's care coordinator exactly
as in `sealing.py`, and the owner reading the concern table sees ciphertext.

Which password: the person's own (the CLI uses the login password of the connection, or WISHDESK_PASSWORD).
Nobody else ever needs it: the owner who made the login knows its first password, so the person should change
the login password before the first sign-in (the keypair is wrapped with the password given then).
"""

from __future__ import annotations

from nacl.public import PrivateKey
from sqlalchemy import select

from ..db import Database
from ..models import Staff, StaffRole
from ..models.accounts import Account
from .accounts import Identity, SignInFailed
from .crypto import KdfParams, WrongKey, current_kdf, derive_key, new_keypair, new_salt, unwrap, wrap


def team_sign_in(db: Database, password: str) -> Identity:
    """The Identity of the person connected to a team database (their login role). Makes and publishes their
    keypair on the first sign-in; afterwards the password must open it. Then, like on a file, concerns this
    person may read are re-sealed for readers who lack their key (a new care coordinator)."""
    from ..team.access import my_staff_id
    from .sealing import rewrap_for_readers

    staff_id = my_staff_id(db)
    if staff_id is None:
        raise SignInFailed("Deze login hoort bij geen medewerker (de eigenaar of de gemeente): signalen kunt u "
                           "niet lezen.")
    if not password:
        raise SignInFailed("Geef uw wachtwoord: het opent de sleutel van uw signalen.")
    with db.session() as s:
        account = s.scalar(select(Account).where(Account.staff_id == staff_id))
        name = s.scalar(select(Staff.name).where(Staff.id == staff_id)) or "?"
        admin = s.scalar(select(StaffRole.staff_id).where(StaffRole.staff_id == staff_id,
                                                          StaffRole.role == "programme_coordinator")) is not None
        if account is not None:
            params = KdfParams(account.kdf_time, account.kdf_memory, account.kdf_parallelism)
            try:
                private = PrivateKey(unwrap(derive_key(password, account.kdf_salt, params),
                                            account.wrapped_private_key))
            except WrongKey:
                raise SignInFailed("Dit wachtwoord opent de sleutel van uw signalen niet (is uw wachtwoord "
                                   "veranderd? Gebruik het wachtwoord van uw eerste aanmelding). Er is niets "
                                   "veranderd.") from None
            identity = Identity(account.id, staff_id, name, admin, None, private, None)
    if account is None:
        if db.read_only:
            raise SignInFailed("U hebt nog geen sleutel voor signalen; open de teamdatabase één keer gewoon (niet "
                               "alleen-lezen) om hem te maken.")
        params, salt, private = current_kdf(), new_salt(), new_keypair()
        kek = derive_key(password, salt, params)
        with db.write() as s:  # row-level security lets a login write only its own account row
            account = Account(staff_id=staff_id, is_admin=admin, public_key=bytes(private.public_key),
                              wrapped_private_key=wrap(kek, bytes(private)), kdf_salt=salt,
                              kdf_time=params.time_cost, kdf_memory=params.memory_kib,
                              kdf_parallelism=params.parallelism)
            s.add(account)
            s.flush()
            identity = Identity(account.id, staff_id, name, admin, None, private, None)
    if not db.read_only:
        rewrap_for_readers(db, identity)
    return identity
