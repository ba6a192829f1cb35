"""The Vandaag page's edits: a lesson held, cancelled or moved, attendance and the reflection saved. Each is one
transaction on the write lane and undoable (``ctx.edit`` with a ``reversible`` job).

Split from ``today.py`` (the page's layout and loading). A mixin of ``TodayPage``: it uses the page's widgets
(``list``, ``attendance``, ``reflection``, ``inner``) and ``ctx``. Its texts keep the ``TodayPage`` translation
context, where their Dutch already is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from ...core.edits import Changes, Kind, reversible
from ...core.services import attendance, reflections, sessions
from ..dialogs.session_change import CancelSessionDialog, MoveSessionDialog

if TYPE_CHECKING:
    from ...core.services.sessions import SessionView

SESSION_CHANGES = Changes.of(Kind.SESSIONS, Kind.PLANNING)
PLAN, ATTENDANCE, REFLECTION = range(3)  # the lesson's inner tabs


class TodayEdits:
    """The writes of the Vandaag page (mixed into ``TodayPage``)."""

    def current_session(self) -> SessionView | None:
        return self.list.current()  # type: ignore[attr-defined]

    def mark_held(self) -> None:
        v, staff, today = self.current_session(), self.staff_id, self.today()
        if v is None:
            return

        def opened_attendance(_edit: object) -> None:  # next step of the lesson day, straight from the keyboard
            self.inner.setCurrentIndex(ATTENDANCE)
            self.attendance.focus_table()

        # The first run is based on the version on screen, a redo on the lesson as its undo left it.
        held = lambda db, **based: sessions.mark_held(db, v.id, staff, today, **based)  # noqa: E731
        self.ctx.edit(QCoreApplication.translate("TodayPage", "Lesson %1 held").replace("%1", str(v.lesson_number)),
                      reversible(SESSION_CHANGES, lambda db: held(db, version=v.version), sessions.restore_session,
                                 lambda db, state: held(db, expected=state)),
                      on_done=opened_attendance)

    def cancel_session(self) -> None:
        v = self.current_session()
        if v is None:
            return
        dialog = CancelSessionDialog(v, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_cancel(v.id, dialog.reason_text(), v.version)

    def apply_cancel(self, session_id: int, reason: str, read_version: int | None = None) -> None:
        staff = self.staff_id
        cancel = lambda db, **based: sessions.cancel_session(db, session_id, reason, staff, **based)  # noqa: E731
        self.ctx.edit(QCoreApplication.translate("TodayPage", "Cancel lesson"),
                      reversible(SESSION_CHANGES, lambda db: cancel(db, version=read_version), sessions.restore_session,
                                 lambda db, state: cancel(db, expected=state)))

    def move_session(self) -> None:
        v = self.current_session()
        if v is None:
            return
        dialog = MoveSessionDialog(v, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        day, start, end, reason = dialog.values()
        staff = self.staff_id
        move = lambda db, **based: sessions.move_session(db, v.id, day, start, end, reason, staff, **based)  # noqa: E731
        self.ctx.edit(QCoreApplication.translate("TodayPage", "Move lesson"),
                      reversible(SESSION_CHANGES, lambda db: move(db, version=v.version), sessions.restore_session,
                                 lambda db, state: move(db, expected=state)))

    def save_attendance(self, marks: list) -> None:
        v = self.current_session()
        if v is None:
            return
        session_id = v.id
        self.attendance.dirty = False  # saved rows may be reloaded now
        read = self.attendance.read_marks  # the list as loaded: checked on the first save, not by undo/redo

        def failed(_exc: BaseException) -> None:
            self.attendance.dirty = True  # keep what was typed
        self.ctx.edit(QCoreApplication.translate("TodayPage", "Save attendance"),
                      reversible(Changes.of(Kind.SESSIONS),
                                 lambda db: attendance.replace_attendance(db, session_id, marks, read),
                                 lambda db, before: attendance.replace_attendance(db, session_id, before),
                                 lambda db, _state: attendance.replace_attendance(db, session_id, marks)),
                      on_done=lambda _r: self.attendance.mark_saved(), after_failure=failed)

    def save_reflection(self, went_well: str, change_next: str, climate: int | None) -> None:
        v, staff = self.current_session(), self.staff_id
        if v is None or staff is None:
            return
        session_id, version = v.id, self.reflection.read_version  # the first save checks it; redo does not
        save = lambda db, read: reflections.save_reflection(  # noqa: E731
            db, session_id, staff, went_well, change_next, climate, read)
        self.ctx.edit(QCoreApplication.translate("TodayPage", "Save reflection"),
                      reversible(Changes.of(Kind.SESSIONS), lambda db: save(db, version),
                                 lambda db, before: reflections.restore_reflection(db, session_id, before),
                                 lambda db, _state: save(db, None)),
                      on_done=lambda _r: self.reflection.saved(self.staff_name))
