"""The one exception the class-list importer lets escape."""

from __future__ import annotations

from ..errors import UserError


class ImportFileError(UserError, ValueError):
    """The file cannot be used as a class list at all.

    The message is Dutch and meant for the user as is ("Het bestand is leeg.").
    Problems with single rows never raise: they become rejected rows in the plan.
    """
