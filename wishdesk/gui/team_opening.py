"""Opening a team database (PostgreSQL) in the window: one password question at most.

The login's password both connects to the server and opens the person's concern keypair (core/security/
team_keys.py), so it is asked once: not at all when the address holds it (or libpq finds it in .pgpass,
PGPASSWORD, a service file: then only the keypair needs it), otherwise in the team sign-in dialog, where a wrong
one lets you try again and Cancel opens nothing. The password never goes into the title, the log or the recent
files: the window shows ``location.display()``, which hides it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..core.db import DatabaseLocation, resolve_location
from ..core.team.connect import WrongLogin
from . import securing
from .opening import open_path
from .operations import on_write_lane

if TYPE_CHECKING:
    from ..core.db import Database
    from .controller import Controller


@dataclass(frozen=True)
class TeamAddress:
    """What the sign-in dialog shows for a team database not open yet (it reads ``location``)."""

    location: DatabaseLocation


def open_team(controller: Controller, target: str, *, create: bool = False, read_only: bool = False) -> tuple[Database, object] | None:
    """(database, Identity or None) of a team database; None when the person cancelled the password question.
    Other failures (server unreachable, no access) reach the caller, which shows them."""
    location = resolve_location(str(target))
    given = location.url.password
    try:
        db = open_path(target, create=create, read_only=read_only)
    except WrongLogin as exc:  # no password, or a wrong one (in the address or .pgpass): ask it
        return _ask_and_open(controller, location, create, read_only, str(exc) if given else "")
    if given:
        return db, _identity_with(controller, db, str(given))
    return db, securing.team_identity(controller, db)  # libpq found the password: the keypair still wants it


def _identity_with(controller: Controller, db: Database, password: str):  # noqa: ANN202 - Identity | None
    """The keypair opened with the password that connected; asked only when that one does not open it (the
    keypair keeps the password of the first sign-in when the login's password changed since)."""
    from ..core.security.accounts import SignInFailed
    from ..core.security.team_keys import team_sign_in
    from ..core.team.access import my_staff_id

    if on_write_lane(lambda: my_staff_id(db)) is None:  # the owner or the municipality: no concern texts
        return None
    try:
        return on_write_lane(lambda: team_sign_in(db, password))
    except SignInFailed:
        return securing.team_identity(controller, db)


def _ask_and_open(controller: Controller, location: DatabaseLocation, create: bool, read_only: bool,
                  error: str) -> tuple[Database, object] | None:
    from .dialogs.sign_in import SignInDialog

    opened: dict[str, object] = {}

    def signer(_target, _name, password):  # noqa: ANN001, ANN202 - connect with it; WrongLogin: try again
        address = location.url.set(password=password).render_as_string(hide_password=False)
        db = open_path(address, create=create, read_only=read_only)
        opened["db"] = db
        opened["password"] = password
        return None

    dialog = SignInDialog(TeamAddress(location), location.url.username or "", fixed_name=True,
                          parent=controller.window, signer=signer)
    dialog.setWindowTitle(QCoreApplication.translate("SignInDialog", "Sign in"))  # fixed_name: "Locked"
    if error:
        dialog._show_error(error)
    if not securing._show(dialog) or "db" not in opened:
        db = opened.get("db")
        if db is not None:
            db.close()
        return None
    db = opened["db"]
    return db, _identity_with(controller, db, str(opened["password"]))  # type: ignore[arg-type]
