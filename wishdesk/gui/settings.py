"""The one place that knows the settings file and its keys.

The file is ``paths.settings_file()`` (an INI file; ``WISHDESK_HOME`` moves it with everything else), not
the platform's registry, so a portable install and the tests never touch the real user's settings.

Two kinds of settings:
- **per computer**: the interface language, the last database opened, the team server address and login last
  used for a laptop copy;
- **per database**, keyed by the database's UUID (``core/identity.py``), never by a bare row id that would
  mean someone else in another file: who is signed in, the last page, the group last chosen on a page,
  reflection drafts.

Nothing sensitive is ever stored here (no concern text, no password); the file is readable on the account.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from .. import paths

_LANGUAGE = "ui/language"
_LAST_DATABASE = "db/last"
_TEAM_SERVER = "team/server"
_TEAM_LOGIN = "team/login"


def _store() -> QSettings:
    path = paths.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def _db_key(database_id: str, name: str) -> str:
    if not database_id:
        raise ValueError("a per-database setting needs the database's id")
    return f"databases/{database_id}/{name}"


# --- per computer -----------------------------------------------------------------------------------------

def language() -> str:
    return str(_store().value(_LANGUAGE, "", type=str))


def set_language(code: str) -> None:
    _store().setValue(_LANGUAGE, code)


def last_database() -> str:
    return str(_store().value(_LAST_DATABASE, "", type=str))


def set_last_database(path: str) -> None:
    _store().setValue(_LAST_DATABASE, path)


def team_server() -> tuple[str, str]:
    """(server address, login) last used to take a team database along; never the password."""
    store = _store()
    return str(store.value(_TEAM_SERVER, "", type=str)), str(store.value(_TEAM_LOGIN, "", type=str))


def set_team_server(server: str, login: str) -> None:
    store = _store()
    store.setValue(_TEAM_SERVER, server)
    store.setValue(_TEAM_LOGIN, login)


# --- per database -----------------------------------------------------------------------------------------

def staff_id(database_id: str) -> int | None:
    if not database_id:
        return None
    value = _store().value(_db_key(database_id, "staff_id"), 0, type=int)
    return int(value) or None


def set_staff_id(database_id: str, value: int | None) -> None:
    if not database_id:
        return
    store = _store()
    if value:
        store.setValue(_db_key(database_id, "staff_id"), int(value))
    else:
        store.remove(_db_key(database_id, "staff_id"))


def last_page(database_id: str) -> str:
    if not database_id:
        return ""
    return str(_store().value(_db_key(database_id, "last_page"), "", type=str))


def set_last_page(database_id: str, key: str) -> None:
    if database_id:
        _store().setValue(_db_key(database_id, "last_page"), key)


def chosen_group(database_id: str, page: str) -> int | None:
    if not database_id:
        return None
    return int(_store().value(_db_key(database_id, f"{page}/group_id"), 0, type=int)) or None


def set_chosen_group(database_id: str, page: str, group_id: int) -> None:
    if database_id:
        _store().setValue(_db_key(database_id, f"{page}/group_id"), int(group_id))


def draft(database_id: str, session_id: int) -> str:
    if not database_id:
        return ""
    return str(_store().value(_db_key(database_id, f"drafts/{session_id}"), "", type=str))


def set_draft(database_id: str, session_id: int, text: str) -> None:
    if not database_id:
        return
    store = _store()
    if text:
        store.setValue(_db_key(database_id, f"drafts/{session_id}"), text)
    else:
        store.remove(_db_key(database_id, f"drafts/{session_id}"))


def forget_database(database_id: str) -> None:
    """Drop everything remembered for one database (tests, and a database that was deleted)."""
    if database_id:
        _store().remove(f"databases/{database_id}")


def lock_minutes(database_id: str, default: int) -> int:
    """Minutes without input before the window locks (per database: a shared office PC may want less)."""
    if not database_id:
        return default
    return int(_store().value(_db_key(database_id, "lock_minutes"), default, type=int)) or default


def set_lock_minutes(database_id: str, minutes: int) -> None:
    if database_id:
        _store().setValue(_db_key(database_id, "lock_minutes"), max(1, int(minutes)))


# --- signing in, per encrypted database -------------------------------------------------------------------
# Keyed by the key file's id (readable before anyone signs in, shared with the database's backups): the names of
# people who signed in to it on this computer and who was last, so the sign-in dialog can offer them. Names of
# staff only; nothing about pupils.

def _sign_in_key(key_id: str, name: str) -> str:
    return f"signin/{key_id.replace('/', '_').replace('+', '-')}/{name}"


def last_sign_in(key_id: str) -> str:
    return str(_store().value(_sign_in_key(key_id, "last"), "", type=str)) if key_id else ""


def sign_in_names(key_id: str) -> list[str]:
    if not key_id:
        return []
    value = _store().value(_sign_in_key(key_id, "names"), [])
    return [str(v) for v in (value if isinstance(value, list) else [value]) if v]


def remember_sign_in(key_id: str, name: str) -> None:
    if not key_id or not name:
        return
    store = _store()
    store.setValue(_sign_in_key(key_id, "last"), name)
    names = [n for n in sign_in_names(key_id) if n != name]
    store.setValue(_sign_in_key(key_id, "names"), sorted([*names, name], key=str.casefold)[:50])
