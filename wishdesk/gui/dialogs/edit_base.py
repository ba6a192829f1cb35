"""What every setup edit shares: the record dialog (validation beside the field, saving on the write
lane), putting a finished edit on the undo stack, and the safe delete (explain what depends on a record
and offer to archive it instead; never a silent cascade).

Edits run as core service calls on the write lane (``ctx.edit`` / ``ctx.ops.write``). Once one succeeded it
goes on the undo history (``push_done``); undo and redo run their own service calls (e.g. delete ↔ restore
with the same id) on the write lane again, with the same failure handling as any write.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from ...core.edits import Changes, Reversible, done_with_inverse
from ...core.errors import ValidationError
from ..context import AppContext
from ..widgets.form_fields import FormPanel

Job = Callable[[], Any]


def _changes(what: str) -> Changes:
    return Changes.of(what)


def push_done(ctx: AppContext, text: str, result: Any, redo_job: Job, undo_job: Job, what: str = "setup") -> None:
    """Put an edit that already ran on the write lane on the undo history (Ctrl+Z / Ctrl+Shift+Z): undo runs
    ``undo_job`` and redo ``redo_job``, each on the write lane again."""
    ctx.record(text, done_with_inverse(_changes(what), result, lambda _db: undo_job(), lambda _db: redo_job()))


def run_edit(ctx: AppContext, text: str, job: Job, inverse: Callable[[Any], tuple[Job, Job]], what: str = "setup",
             on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> None:
    """Run ``job`` on the write lane as an undoable edit: ``inverse(result)`` gives (redo, undo)."""
    changes = _changes(what)

    def write(_db: object) -> Reversible[Any]:
        result = job()
        redo_job, undo_job = inverse(result)
        return done_with_inverse(changes, result, lambda _d: undo_job(), lambda _d: redo_job())

    write.__qualname__ = getattr(job, "__qualname__", "edit")
    write.__module__ = getattr(job, "__module__", __name__)
    ctx.edit(text, write, on_done=on_done, on_error=on_error)


def ask(parent: QWidget | None, title: str, text: str, buttons: Sequence[tuple[str, str]],
        icon: QMessageBox.Icon = QMessageBox.Icon.Question) -> str | None:
    """A modal question with named buttons; returns the key of the button pressed (None: closed)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    by_button = {}
    for index, (key, label) in enumerate(buttons):
        role = QMessageBox.ButtonRole.RejectRole if key == "cancel" else QMessageBox.ButtonRole.AcceptRole
        button = box.addButton(label, role)
        button.setAccessibleName(label)
        by_button[button] = key
        if index == 0:
            box.setDefaultButton(button)
    box.setObjectName("editQuestion")
    box.exec()
    return by_button.get(box.clickedButton())


def delete_or_archive(ctx: AppContext, parent: QWidget, label: str, *, dependents: Job, delete: Job,
                      restore: Callable[[Any], Job], archive: Job | None = None, unarchive: Job | None = None,
                      what: str = "setup", on_done: Callable[[Any], None] | None = None) -> None:
    """Delete a record when nothing uses it (after a question), else explain what uses it and offer to
    archive it. Both are undoable."""
    title = QCoreApplication.translate("EditBase", "Delete")

    start = label[:1].upper() + label[1:]  # the label opens the sentence

    def decide(blocking: tuple[str, ...]) -> None:
        if blocking:
            listing = "\n".join(f"• {item}" for item in blocking)
            if archive is None:
                ask(parent, title, QCoreApplication.translate("EditBase", "%1 cannot be deleted, because other records still use it:\n\n%2")
                    .replace("%1", start).replace("%2", listing), [("cancel", QCoreApplication.translate("EditBase", "Close"))],
                    QMessageBox.Icon.Information)
                return
            text = QCoreApplication.translate("EditBase", "%1 cannot be deleted, because other records still use it:\n\n%2\n\n"
                                  "Archive it instead? It then disappears from lists and choices, but its history "
                                  "stays. With \u201cShow archived\u201d you can bring it back later.")
            choice = ask(parent, title, text.replace("%1", start).replace("%2", listing),
                         [("archive", QCoreApplication.translate("EditBase", "Archive")), ("cancel", QCoreApplication.translate("EditBase", "Cancel"))])
            if choice == "archive" and unarchive is not None:
                run_edit(ctx, QCoreApplication.translate("EditBase", "Archive %1").replace("%1", label), archive,
                         lambda _r: (archive, unarchive), what, on_done)
            return
        text = QCoreApplication.translate("EditBase", "Delete %1? You can undo this with Ctrl+Z.").replace("%1", start)
        if ask(parent, title, text, [("delete", QCoreApplication.translate("EditBase", "Delete")), ("cancel", QCoreApplication.translate("EditBase", "Cancel"))]) \
                == "delete":
            run_edit(ctx, QCoreApplication.translate("EditBase", "Delete %1").replace("%1", label), delete,
                     lambda snapshot: (delete, restore(snapshot)), what, on_done)

    ctx.ops.run(dependents, title=title, on_done=decide, progress=False)


def restore_from_archive(ctx: AppContext, label: str, unarchive: Job, archive: Job, what: str = "setup") -> None:
    run_edit(ctx, QCoreApplication.translate("EditBase", "Restore %1").replace("%1", label), unarchive,
             lambda _r: (unarchive, archive), what)


class RecordDialog(QDialog):
    """A form dialog that saves through a core service; validation messages appear beside the fields.

    Subclasses build the form in ``self.form`` and implement ``collect()`` (the input dataclass) and
    ``submit(data)`` (a job for the write lane). After a successful save ``saved_result`` holds the job's
    result and the dialog is accepted; the caller then puts the edit on the undo stack.
    """

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setObjectName("recordDialog")
        self.form = FormPanel()
        self.saved_result: Any = None
        self._refusals: tuple[Any, ...] = ()  # saves refused because someone else saved first (StaleEdit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAutoDefault(False)  # Enter in a field saves; a focused button is never pressed by typing
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAutoDefault(False)  # Enter never cancels a new record
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        """Open with the keyboard in the first field: typing a name never presses Save (a space would)."""
        super().showEvent(event)
        self.save_button.setDefault(True)  # Enter in a field saves (Qt may have picked another default)
        first = getattr(self, "initial_field", None) or self.form.first_field()
        if first is not None and not self.form.isAncestorOf(self.focusWidget()):
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def collect(self) -> Any:
        raise NotImplementedError

    def submit(self, data: Any) -> Job:
        raise NotImplementedError

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            data = self.collect()
        except ValidationError as exc:
            self.form.show_error(exc)
            return
        self.save_button.setEnabled(False)
        job = self.submit(data)
        if self._refusals:  # "keep my version": the same save, based on the versions the person has now seen
            from ...core.team.stale import rebase

            job = rebase(job, self._refusals)
        self.ctx.ops.write(job, title=self.windowTitle(), on_done=self._saved, on_error=self._failed)

    def _saved(self, result: Any) -> None:
        self.saved_result = result
        self.save_button.setEnabled(True)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        from ...core.team.stale import StaleEdit

        self.save_button.setEnabled(True)
        if isinstance(exc, StaleEdit):  # someone else saved this record after the dialog opened
            from .stale_edit import resolve

            def keep_mine() -> None:
                self._refusals = (*self._refusals, exc)
                self.accept()

            def keep_theirs() -> None:
                self.reject()
                self.ctx.changed()  # the lists show their version

            resolve(self, exc, keep_mine, keep_theirs, lambda: self.form.show_error(exc))
            return
        self.form.show_error(exc)
