"""Errors that reach users. Messages are Dutch and say what happened and what to do; no tracebacks."""

from __future__ import annotations


class WishDeskError(Exception):
    """Base for errors with a message fit for a user (shown in a dialog or as one CLI line)."""


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


class ValidationError(WishDeskError):
    """Bad input from a form or a file; `field` names the form field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
