"""Connections between pages and the printing dialogs, kept out of the main window so pages stay
independent of each other: a page emits a request, this module decides who answers it."""

from __future__ import annotations

import io

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from .context import AppContext


def _render_invitations(ctx: AppContext, event_id: int) -> bytes:
    from ..core.services.print_jobs import invitation_batch
    from ..printing.invitations import render_invitations

    buffer = io.BytesIO()
    render_invitations(invitation_batch(ctx.db, event_id), buffer)
    return buffer.getvalue()


def show_invitations(ctx: AppContext, parent: QWidget, event_id: int) -> None:
    from .dialogs.pdf_dialog import PdfDialog

    def shown(data: bytes) -> None:
        dialog = PdfDialog(QCoreApplication.translate("Wiring", "Invitations"), data, f"uitnodiging-{event_id}.pdf", parent)
        dialog.setObjectName("invitationsDialog")
        dialog.show()

    ctx.ops.run(lambda: _render_invitations(ctx, event_id), title=QCoreApplication.translate("Wiring", "Invitations"), on_done=shown)


def _my_group(ctx: AppContext) -> int | None:
    """The group of the signed-in person's current lesson day ("wie ben ik"), if any."""
    from ..core.errors import WishDeskError
    from ..core.services.sessions import upcoming_sessions

    staff_id = ctx.staff_id
    if not staff_id:
        return None
    try:
        lessons = upcoming_sessions(ctx.db, staff_id)
    except WishDeskError:
        return None
    return lessons[0].group_id if lessons else None


def open_handouts(ctx: AppContext, parent: QWidget, group_id: int | None = None, template_id: int | None = None) -> None:
    """The print dialog, opened on the given group and lesson; from the menu (Ctrl+P) on the signed-in
    person's group and the sheet that belongs to its latest lesson."""
    from ..core.services.handouts import suggested_lesson
    from ..core.services.lesson_plans import lesson_plan
    from .dialogs.handouts import open_handouts_dialog

    number = lesson_plan(ctx.db, template_id).number if template_id else None
    if group_id is None:
        group_id = _my_group(ctx)
        number = suggested_lesson(ctx.db, group_id) if group_id is not None else None
    open_handouts_dialog(ctx, parent, group_id=group_id, lesson_number=number)


def connect_pages(window) -> None:  # noqa: ANN001 - MainWindow (import cycle)
    ctx: AppContext = window.ctx

    def to_parent_event(event_id: int) -> None:
        window.show_page("parents")
        window.pages["parents"].select_event(event_id)

    def today_built(today) -> None:  # noqa: ANN001 - TodayPage
        today.parent_event_requested.connect(to_parent_event)
        today.page_requested.connect(window.show_page)

    window.pages.when_built("today", today_built)

    def parents_built(parents) -> None:  # noqa: ANN001 - ParentsPage
        parents.handouts_requested.connect(lambda group_id, template_id: open_handouts(ctx, window, group_id, template_id))
        parents.invitations_requested.connect(lambda event_id: show_invitations(ctx, window, event_id))

    window.pages.when_built("parents", parents_built)
    action = QAction(QCoreApplication.translate("Wiring", "Print &home activities…"), window)
    action.setObjectName("printHandoutsAction")
    action.setShortcut(QKeySequence.StandardKey.Print)
    action.triggered.connect(lambda: open_handouts(ctx, window))
    window.file_menu.insertAction(next(a for a in window.file_menu.actions() if a.isSeparator()), action)
    window.print_handouts_action = action
