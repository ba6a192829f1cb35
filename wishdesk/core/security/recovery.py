"""Using the recovery sheet: the recovery key opens the database, someone gets a new password and is signed in.

The shared steps of `wishdesk recover` and the GUI's "Herstelsleutel gebruiken…": check the key (only the key file
is read, so a wrong key changes no byte), list the accounts, say what a reset costs, then reset and sign in.

What a reset costs: a person's private key is wrapped with their password, so with the password gone the old key
is gone too (accounts.reset_password gives a new keypair and drops the concern keys sealed to the old one). A
concern someone else can also read (its author or the school's care coordinator, with an account) is sealed
again to the new key at that other reader's next sign-in; a concern only this person could read stays
unreadable for good. `reset_impact` counts both, so the dialog and the CLI can say so before anything changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from ..db import Database
from ..errors import NotFound
from ..models.accounts import Account, ConcernKey
from .accounts import AccountRow, Identity, list_accounts, reset_password, sign_in
from .encryption import unlock_with_recovery


@dataclass(frozen=True)
class ResetImpact:
    """Concerns whose key this account holds: `shared` come back at another reader's sign-in, `lost` do not."""

    shared: int
    lost: int


def check_recovery_key(db_path: Path, recovery_text: str) -> None:
    """Unlock the database with the recovery key (spaces, dashes and lower case are fine). Raises RecoveryFailed;
    reads only the key file."""
    unlock_with_recovery(Path(db_path), recovery_text)


def default_account(rows: list[AccountRow]) -> AccountRow | None:
    """The account a recovery is for unless someone chooses: the only programme coordinator."""
    admins = [r for r in rows if r.is_admin]
    return admins[0] if len(admins) == 1 else None


def find_account(rows: list[AccountRow], name_or_id: str | int) -> AccountRow:
    from .keyfile import normalise_login

    text = str(name_or_id).strip()
    found = [r for r in rows if (text.isdigit() and r.staff_id == int(text))
             or normalise_login(r.name) == normalise_login(text)]
    if len(found) != 1:
        raise NotFound(f"Geen account voor '{text}' (of de naam is niet eenduidig; gebruik het nummer).")
    return found[0]


def reset_impact(db: Database, staff_id: int) -> ResetImpact:
    with db.session() as s:
        account_id = s.scalar(select(Account.id).where(Account.staff_id == staff_id))
        if account_id is None:
            return ResetImpact(0, 0)
        mine = select(ConcernKey.concern_id).where(ConcernKey.account_id == account_id).scalar_subquery()
        holders = dict(s.execute(select(ConcernKey.concern_id, func.count()).where(ConcernKey.concern_id.in_(mine))
                                 .group_by(ConcernKey.concern_id)).all())
    lost = sum(1 for n in holders.values() if n <= 1)
    return ResetImpact(len(holders) - lost, lost)


def reset_and_sign_in(db: Database, staff: str | int, new_password: str) -> Identity:
    """After `check_recovery_key`: a new password for `staff`, then signed in as them."""
    reset_password(db, None, staff, new_password)
    return sign_in(db, staff, new_password)


def accounts_of(db: Database) -> list[AccountRow]:
    return list_accounts(db)
