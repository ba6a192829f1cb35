"""Wiring one kind of setup record (school, group, pupil, …) to its dialog, the undo stack and the safe
delete. A ``Crud`` names the core service functions; the helpers do the rest the same way for every kind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..context import AppContext
from .edit_base import RecordDialog, delete_or_archive, push_done, restore_from_archive


@dataclass
class Crud:
    """Service functions of one record kind, bound to the database by the caller's closures."""

    label: Callable[[Any], str]  # record → "school De Linde" (shown in undo texts and questions)
    get: Callable[[int], Any]
    create: Callable[[Any], Any]
    update: Callable[[int, Any], Any]
    delete: Callable[[int], Any]
    restore: Callable[[Any], Any]
    dependents: Callable[[int], tuple[str, ...]] = lambda _id: ()
    archive: Callable[[int, bool], Any] | None = None
    what: str = "setup"

    def create_job(self, data: Any) -> Callable[[], Any]:
        return lambda: self.create(data)

    def update_job(self, row_id: int, data: Any, version: int | None = None) -> Callable[[], Any]:
        """Returns (old, new) so that undo can put the old data back. `version`: the one the dialog read (the
        save is refused with both versions when someone saved in between); kinds without it: no check."""
        if version is None:
            return lambda: (self.get(row_id), self.update(row_id, data))
        return lambda: (self.get(row_id), self.update(row_id, data, version))


def submit_job(crud: Crud, record: Any | None, data: Any) -> Callable[[], Any]:
    if record is None:
        return crud.create_job(data)
    return crud.update_job(record.id, data, getattr(record, "version", None))


def record_saved(ctx: AppContext, crud: Crud, result: Any) -> None:
    """Put a dialog's finished create or update on the undo stack."""
    if isinstance(result, tuple):
        old, new = result
        text = QCoreApplication.translate("SetupCrud", "Edit %1").replace("%1", crud.label(new))
        push_done(ctx, text, new, lambda: crud.update(new.id, new.data), lambda: crud.update(old.id, old.data),
                  crud.what)
    else:
        text = QCoreApplication.translate("SetupCrud", "Add %1").replace("%1", crud.label(result))
        push_done(ctx, text, result, lambda: crud.restore(result), lambda: crud.delete(result.id), crud.what)


def open_dialog(ctx: AppContext, crud: Crud, dialog: RecordDialog,
                after: Callable[[Any], None] | None = None) -> RecordDialog:
    """Show a record dialog (window-modal, not blocking); a save lands on the undo stack."""
    def saved() -> None:
        record_saved(ctx, crud, dialog.saved_result)
        if after is not None:
            after(dialog.saved_result)

    dialog.accepted.connect(saved)
    dialog.open()
    return dialog


def delete_record(ctx: AppContext, parent: QWidget, crud: Crud, record: Any,
                  after: Callable[[Any], None] | None = None) -> None:
    archive = (lambda: crud.archive(record.id, True)) if crud.archive else None
    unarchive = (lambda: crud.archive(record.id, False)) if crud.archive else None
    delete_or_archive(ctx, parent, crud.label(record), dependents=lambda: crud.dependents(record.id),
                      delete=lambda: crud.delete(record.id), restore=lambda snap: (lambda: crud.restore(snap)),
                      archive=archive, unarchive=unarchive, what=crud.what, on_done=after)


def unarchive_record(ctx: AppContext, crud: Crud, record: Any) -> None:
    if crud.archive is None:
        return
    restore_from_archive(ctx, crud.label(record), lambda: crud.archive(record.id, False),
                         lambda: crud.archive(record.id, True), crud.what)
