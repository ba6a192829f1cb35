"""The headless entry: the same core services as the GUI, no Qt import.

Exit codes: 0 ok, 1 a user-level failure (one line on stderr, no traceback), 2 usage.
Each area registers its subcommands from a module in `wishdesk.commands`.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict, is_dataclass
from typing import Any

from .core.errors import WishDeskError, describe_os_error

COMMAND_MODULES = (
    "wishdesk.commands.data",
    "wishdesk.commands.handouts",
    "wishdesk.commands.parents",
    "wishdesk.commands.importing",
    "wishdesk.commands.safety",
    "wishdesk.commands.reports",
    "wishdesk.commands.planning",
    "wishdesk.commands.team",
    "wishdesk.commands.security",
    "wishdesk.commands.sync",
)


# argparse's own messages, in Dutch (it looks them up through its module-level gettext function).
_ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "options": "opties",
    "positional arguments": "argumenten",
    "show this help message and exit": "toon deze hulp en stop",
    "the following arguments are required: %s": "deze gegevens ontbreken: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "unrecognized arguments: %s": "onbekende opties: %s",
    "expected one argument": "hier hoort één waarde bij",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "one of the arguments %s is required": "kies een van: %s",
    "not allowed with argument %s": "gaat niet samen met %s",
    "ambiguous option: %(option)s could match %(matches)s": "onduidelijke optie %(option)s: %(matches)s?",
}
argparse._ = lambda text: _ARGPARSE_NL.get(text, text)  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    """Usage errors as one Dutch line (exit code 2) instead of the usage block plus an English line."""

    def error(self, message: str):  # noqa: ANN201 - NoReturn
        self.exit(2, f"wishdesk: {message}. Zie 'wishdesk --help'.\n")


class UserError(Exception):
    """A failure the user can fix; printed as one line, exit code 1."""


class UsageError(UserError):
    """Options that do not go together (found after parsing); printed like argparse's errors, exit code 2."""


MAX_ID = 2**63 - 1  # SQLite and PostgreSQL store ids as signed 64-bit integers


def record_id(text: str) -> int:
    """argparse type for ids and numbers that go into a query: a whole number from 1 to 2^63-1. A bigger one
    would not fit the database's integers (a traceback deep in the driver) and can never name a row."""
    try:
        value = int(text, 10)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ongeldige waarde: {text!r} (geen geheel getal)") from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"{text} is geen geldig nummer (1 tot en met {MAX_ID})")
    return value


def add_db_argument(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument(
        "--db",
        default=os.environ.get("WISHDESK_DB"),
        required=required and not os.environ.get("WISHDESK_DB"),
        help="databasebestand of SQLAlchemy-URL (standaard: $WISHDESK_DB)",
    )
    # also accepted after the command; SUPPRESS keeps a value given before the command
    parser.add_argument("--user", default=argparse.SUPPRESS, help="wie u bent: naam of id (standaard: $WISHDESK_USER)")


_SIGNED_IN: dict[str, Any] = {"user": None, "identity": None}


def signed_in():  # noqa: ANN201 - Identity | None
    """The Identity of the last database opened by open_db (None for a database without accounts)."""
    return _SIGNED_IN["identity"]


def signed_in_staff() -> int | None:
    """Whose scope applies to the command (core.access): the signed-in person's staff id, or None for a database
    without accounts (nobody signs in there, so nothing says who is at the keyboard)."""
    identity = _SIGNED_IN["identity"]
    return identity.staff_id if identity is not None else None


def _password(path: Any) -> str:
    """WISHDESK_PASSWORD (scripts; see README for why that is less safe), the public demo password, or a prompt."""
    from .core.security.accounts import DEMO_PASSWORD, is_demo

    if os.environ.get("WISHDESK_PASSWORD") is not None:
        return os.environ["WISHDESK_PASSWORD"]
    if is_demo(path):
        return DEMO_PASSWORD
    if not sys.stdin.isatty():
        raise UserError("Deze database is versleuteld: geef uw wachtwoord (of zet WISHDESK_PASSWORD voor scripts).")
    import getpass

    return getpass.getpass("Wachtwoord: ")


def unlock_file(path: Any) -> None:
    """Sign in to an encrypted database file without opening it (`check`, `backup` read the file themselves):
    --user / WISHDESK_USER and the password, as for open_db. Nothing for a plain file or one already unlocked."""
    from .core.security import accounts, encryption, keyfile

    if path is None or keyfile.key_for(path) is not None:
        return
    if encryption.is_encrypted(path) or keyfile.has_keyfile(path):
        accounts.unlock(path, _SIGNED_IN["user"], _password(path))


def open_db(path: str, *, create: bool = False, read_only: bool = False):  # noqa: ANN201 - Database
    """Open a database for a command, with backups beside it like the GUI does. An encrypted database asks who
    you are first (--user / WISHDESK_USER, default: its only programme coordinator) and your password; a wrong
    password or a missing key file stops before the database file is opened. A team database on a server that
    wants a password nobody gave (URL, .pgpass, PGPASSWORD) asks for it."""
    from .core.db import DatabaseLocation, resolve_location
    from .core.opening import open_database
    from .core.security import accounts, encryption, keyfile
    from .paths import backup_dir_for

    location = resolve_location(path)
    backups = backup_dir_for(location.path) if location.path else None
    _SIGNED_IN["identity"] = None
    pending = None
    if location.path is not None and (encryption.is_encrypted(location.path) or keyfile.has_keyfile(location.path)):
        pending = accounts.unlock(location.path, _SIGNED_IN["user"], _password(location.path))
    try:
        db = open_database(location, create=create, backup_dir=backups, read_only=read_only)
    except WishDeskError as exc:
        from .core.team.connect import needs_password

        if location.path is not None or not needs_password(exc.__cause__ or exc) or not sys.stdin.isatty():
            raise
        import getpass

        password = getpass.getpass(f"Wachtwoord voor {location.url.username or getpass.getuser()}: ")
        return open_database(DatabaseLocation(location.url.set(password=password), None), create=create,
                             read_only=read_only)
    if pending is not None:
        try:
            _SIGNED_IN["identity"] = accounts.finish_sign_in(db, *pending)
        except BaseException:
            db.close()
            raise
    return db


def to_jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: to_jsonable(v) for k, v in asdict(value).items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, set | frozenset):  # e.g. Figures.protected: sorted, so output is stable
        return sorted(to_jsonable(v) for v in value)
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def print_json(value: Any) -> None:
    json.dump(to_jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="wishdesk",
        description="WIsH Desk — weerbaarheidstraining plannen, uitvoeren en vastleggen. "
        "Zonder opdracht start de grafische toepassing.",
    )
    parser.add_argument("--user", default=os.environ.get("WISHDESK_USER"),
                        help="wie u bent: naam of id (standaard: $WISHDESK_USER; op een database met één "
                             "programmacoördinator: die)")
    from . import __version__

    parser.add_argument("--version", action="version", version=f"WIsH Desk {__version__}",
                        help="toon het versienummer en stop")
    # The window's own options (wishdesk/gui/app.py reads them); listed here so --help shows them, and so
    # "wishdesk --lang en --help" is not taken for a command named "en".
    window = parser.add_argument_group("het venster starten (zonder opdracht)")
    window.add_argument("--demo", dest="gui_demo", action="store_true",
                        help="open de demodatabase (en maak die eerst aan)")
    window.add_argument("--db", dest="gui_db", metavar="DATABASE", help="open dit databasebestand of deze URL")
    window.add_argument("--lang", dest="gui_lang", choices=["nl", "en"], help="taal van het venster")
    window.add_argument("--read-only", dest="gui_read_only", action="store_true", help="alleen lezen")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)
    sub.required = True
    for name in dict.fromkeys(COMMAND_MODULES):  # tests may add a module twice
        importlib.import_module(name).register(sub)
    return parser


def _bug(exc: BaseException) -> int:
    import logging

    from .logs import log_file_path, setup_logging

    setup_logging("cli")
    logging.getLogger("wishdesk.cli").error("command failed", exc_info=exc)
    print(f"wishdesk: er ging iets onverwachts mis ({exc.__class__.__name__}); er is niets half opgeslagen. "
          f"De details staan in {log_file_path()}.", file=sys.stderr)
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _SIGNED_IN["user"] = getattr(args, "user", None)
    try:
        result = args.func(args)
    except UsageError as exc:
        print(f"wishdesk: {exc} Zie 'wishdesk --help'.", file=sys.stderr)
        return 2
    except (UserError, WishDeskError) as exc:
        print(f"wishdesk: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:  # a bug, not a message for people: logged with its traceback, one line here
        return _bug(exc)
    except BrokenPipeError:  # output piped into `head` and cut off: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("wishdesk: afgebroken", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"wishdesk: {describe_os_error(exc)}", file=sys.stderr)
        return 1
    return int(result or 0)


if __name__ == "__main__":  # pragma: no cover
    # `python -m wishdesk.cli` runs this file as __main__, a second copy of the module: the commands import
    # `wishdesk.cli` (its UserError, its signed-in state), so the one that runs must be that module too.
    from wishdesk.cli import main as _main

    sys.exit(_main())
