"""Errors that reach users. Messages are Dutch and say what happened and what to do; no tracebacks."""

from __future__ import annotations

import errno
from pathlib import Path


class UserError(Exception):
    """Base of every error meant for people: its message is Dutch, says what happened and what to do, and is
    shown as is (one CLI line; a dialog in the GUI, translated there when the interface is English).
    Anything that is not a UserError is a bug: logged with its traceback and reported as such."""


WishDeskError = UserError  # the older name, used throughout the core


class DatabaseNotFound(WishDeskError):
    pass


class NotAWishDeskDatabase(WishDeskError):
    pass


class NewerDatabaseError(WishDeskError):
    pass


class DatabaseDamaged(WishDeskError):
    pass


class DatabaseReadOnly(WishDeskError):
    pass


class DatabaseInUse(WishDeskError):
    pass


class MigrationFailed(WishDeskError):
    pass


class NotFound(WishDeskError):
    pass


class ValidationError(UserError, ValueError):
    """Bad input from a form or a file; `field` names the form field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


_OS_ERRORS = {
    errno.ENOENT: "bestand of map bestaat niet",
    errno.EACCES: "geen toegang (alleen-lezen of geen rechten)",
    errno.EPERM: "dit mag niet (geen rechten)",
    errno.ENOSPC: "de schijf is vol",
    errno.EROFS: "de schijf of map is alleen-lezen",
    errno.EISDIR: "dit is een map, geen bestand",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.EEXIST: "er staat al een bestand met deze naam",
    errno.EIO: "lees- of schrijffout op de schijf",
}


def describe_os_error(exc: OSError) -> str:
    """A Dutch sentence for a file-system error, naming the file the user chose (never one of our own
    temporary files, which start with '.wishdesk-')."""
    text = _OS_ERRORS.get(exc.errno or 0, exc.strerror or str(exc))
    name = exc.filename if isinstance(exc.filename, str) else None
    if name:
        path = Path(name)
        shown = path.parent if path.name.startswith(".wishdesk-") else path
        return f"{text[:1].upper()}{text[1:]}: {shown}"
    return f"{text[:1].upper()}{text[1:]}."
