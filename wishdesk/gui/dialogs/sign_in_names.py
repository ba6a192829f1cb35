"""The names the sign-in dialog offers for one database, and the key file's id it remembers them under.

An encrypted database's names are inside the encrypted file, so before anyone signs in only a demo (whose
password is public) can be read; for other databases the dialog offers the names that signed in to it on this
computer (gui/settings.py). Once a database is open ("Wie ben ik…", the lock's "Another person…") every account
is offered.
"""

from __future__ import annotations

from pathlib import Path

from ...core.errors import WishDeskError
from .. import settings
from ..operations import on_write_lane


def key_id_of(target) -> str:  # noqa: ANN001 - Path | Database
    from ...core.security import keyfile

    path = _file_of(target)
    data = keyfile.try_read(path) if path is not None else None
    return str(data["key_id"]) if data else ""


def _file_of(target) -> Path | None:  # noqa: ANN001 - the database file, None for a team database
    location = getattr(target, "location", None)
    if location is None:
        return Path(target)
    return location.path


def known_names(target) -> list[str]:  # noqa: ANN001 - Path | Database
    """Names to offer: every account of an open (unlocked) database or of a demo (its password is public, so
    its names may be read before signing in); otherwise the names that signed in to it on this computer."""
    from ...core.security.accounts import is_demo, list_accounts, unlock_demo

    path = _file_of(target)
    if path is None:
        return []
    try:
        if hasattr(target, "location"):
            return [row.name for row in on_write_lane(lambda: list_accounts(target))]
        if is_demo(path) and unlock_demo(path):
            from ...core.opening import open_database

            def names() -> list[str]:
                db = open_database(path, read_only=True)
                try:
                    return [row.name for row in list_accounts(db)]
                finally:
                    db.close()

            return on_write_lane(names)
    except (WishDeskError, OSError):
        pass  # not readable now: the remembered names still help
    return settings.sign_in_names(key_id_of(target))
