"""What the programme coordinator's account screen needs on top of `accounts` (issue 12): an overview with roles
and the slow-down state, the rules for removing and resetting (clear Dutch refusals), an account for a person not
yet on the staff list, and a new recovery sheet after the password is asked again.

Everything here calls the same functions the CLI uses (`accounts.add_account`, `remove_account`, `reset_password`,
`unlock`, `encryption.new_recovery_key`), so both ways behave the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..db import Database
from ..errors import NotFound, ValidationError
from ..models import Staff, StaffRole
from . import keyfile
from .accounts import (
    MIN_PASSWORD,
    THROTTLE_AFTER,
    AccountRow,
    Identity,
    NotAllowed,
    _require_admin,
    add_account,
    is_demo,
    list_accounts,
    remove_account,
    reset_password,
    unlock_own,
)


@dataclass(frozen=True)
class AccountInfo:
    """One account as the coordinator sees it. `failures`: wrong passwords in a row (kept in the key file);
    `slowed`: from THROTTLE_AFTER on, every further try waits. The last sign-in is not stored anywhere."""

    account_id: int
    staff_id: int
    name: str
    is_admin: bool
    roles: tuple[str, ...]
    failures: int

    @property
    def slowed(self) -> bool:
        return self.failures >= THROTTLE_AFTER


@dataclass(frozen=True)
class Person:
    """A staff member who has no account yet (the choices of "Add…")."""

    staff_id: int
    name: str
    roles: tuple[str, ...]


def _path(db: Database):  # noqa: ANN202 - Path
    if db.location.path is None or not keyfile.has_keyfile(db.location.path):
        raise NotAllowed("Deze database heeft geen accounts; versleutel hem eerst.")
    return db.location.path


def account_overview(db: Database) -> list[AccountInfo]:
    """Every account, sorted by name, with the staff member's roles and the wrong-password count."""
    attempts = keyfile.read(_path(db)).get("attempts", {})
    rows = list_accounts(db)
    with db.session() as s:
        roles = {p.id: tuple(p.role_codes) for p in s.scalars(
            select(Staff).options(selectinload(Staff.roles)).where(Staff.id.in_([r.staff_id for r in rows])))}
    return [AccountInfo(r.account_id, r.staff_id, r.name, r.is_admin, roles.get(r.staff_id, ()),
                        int(attempts.get(str(r.account_id), {}).get("failures", 0))) for r in rows]


def people_without_account(db: Database) -> list[Person]:
    """Staff members (not archived) who could get an account, sorted by name."""
    have = {r.staff_id for r in list_accounts(db)}
    with db.session() as s:
        staff = s.scalars(select(Staff).options(selectinload(Staff.roles))
                          .where(Staff.archived.is_(False)).order_by(Staff.name))
        return [Person(p.id, p.name, tuple(p.role_codes)) for p in staff if p.id not in have]


def check_password(db: Database, password: str) -> None:
    """The core's rule (at least MIN_PASSWORD characters; a demo's accounts share the public password)."""
    if not is_demo(_path(db)) and len(password) < MIN_PASSWORD:
        raise ValidationError(f"Kies een wachtwoord van minstens {MIN_PASSWORD} tekens.", field="password")


def add_account_for(db: Database, by: Identity, *, staff_id: int | None = None, name: str = "", password: str,
                    is_admin: bool = False) -> AccountRow:
    """An account for a staff member (`staff_id`), or for a new person with `name` who is then put on the staff
    list first (as programme coordinator when `is_admin`). If the account cannot be made, the new person is
    taken off the staff list again, so a refusal leaves nothing behind."""
    _path(db)
    _require_admin(by)
    check_password(db, password)
    if staff_id is not None:
        return add_account(db, by, staff_id, password, is_admin=is_admin)
    name = " ".join(name.split())
    if not name:
        raise ValidationError("Kies een medewerker of vul een naam in.", field="name")
    with db.session() as s:
        wanted = keyfile.normalise_login(name)
        if any(keyfile.normalise_login(n) == wanted for n in s.scalars(select(Staff.name))):
            raise ValidationError(f"Er is al een medewerker die {name} heet; kies die uit de lijst.", field="name")
    with db.write() as s:
        person = Staff(name=name, roles=[StaffRole(role="programme_coordinator")] if is_admin else [])
        s.add(person)
        s.flush()
        new_id = person.id
    try:
        return add_account(db, by, new_id, password, is_admin=is_admin)
    except BaseException:
        with db.write() as s:
            made = s.get(Staff, new_id)
            if made is not None:
                s.delete(made)
        raise


def check_removal(db: Database, by: Identity, staff_id: int) -> AccountInfo:
    """Why an account may not be removed, in Dutch: not your own, never the last programme coordinator (then
    nobody could manage accounts any more). Returns the account when it may go."""
    _require_admin(by)
    rows = account_overview(db)
    account = next((r for r in rows if r.staff_id == staff_id), None)
    if account is None:
        raise NotFound("Deze medewerker heeft geen account (meer).")
    admins = sum(r.is_admin for r in rows)
    if account.account_id == by.account_id:  # first: what the person tried is removing themselves
        if admins > 1:
            raise NotAllowed("U kunt uw eigen account niet verwijderen. Laat een andere programmacoördinator dat "
                             "doen.")
        raise NotAllowed("U kunt uw eigen account niet verwijderen.")
    if account.is_admin and admins <= 1:
        raise NotAllowed(f"{account.name} is de laatste programmacoördinator; zonder programmacoördinator kan "
                         "niemand nog accounts beheren. Geef eerst iemand anders een account als "
                         "programmacoördinator.")
    return account


def remove_checked(db: Database, by: Identity, staff_id: int) -> None:
    check_removal(db, by, staff_id)
    remove_account(db, by, staff_id)


def check_reset(by: Identity, staff_id: int) -> None:
    """Why a reset is refused before any password is typed (no database needed)."""
    _require_admin(by)
    if staff_id == by.staff_id:
        raise NotAllowed("Uw eigen wachtwoord wijzigt u met 'Mijn wachtwoord wijzigen…' (met uw huidige "
                         "wachtwoord); zo blijven uw signalen leesbaar.")


def reset_other(db: Database, by: Identity, staff_id: int, new_password: str) -> None:
    """A coordinator sets a new password for someone else. Not for yourself: a reset makes a new keypair and drops
    the concern keys of the old one, while changing your own password (old one known) keeps them."""
    check_reset(by, staff_id)
    check_password(db, new_password)
    reset_password(db, by, staff_id, new_password)


def new_recovery_sheet_key(db: Database, by: Identity, password: str) -> str:
    """A new recovery key for the sheet, after the coordinator's own password is asked again. The recovery key is
    never stored (only the database key wrapped with it), so an old sheet cannot be printed again: a new key
    replaces it and the old sheet stops working. A wrong password changes nothing but the attempt counter."""
    from .encryption import new_recovery_key

    path = _path(db)
    if not by.is_admin:
        raise NotAllowed("Alleen een programmacoördinator mag een herstelblad maken.")
    unlock_own(path, by.staff_id, password)
    db_key = by.db_key or keyfile.key_for(path)
    if db_key is None:
        raise NotAllowed("De database is vergrendeld; meld u opnieuw aan.")
    # The trust root goes on the sheet too, so a reset through it can still confirm keys (see certs.py).
    return new_recovery_key(path, db_key, root_seed=by.root_seed)
