"""The "Gegevens opvragen (AVG)" action of the pupil's page: everything stored about one pupil and their
guardians as a PDF in the family's language beside Dutch, shown in the PDF dialog (save or print there).

Concerns are in it only when the signed-in person (``ctx.viewer``, an Identity) is the care coordinator of
the pupil's school; otherwise the PDF says why they are left out (core/services/family_export.py).
Wire it on the pupil's page with ``show_family_export(ctx, self, pupil_id)`` from a button's ``clicked``.
"""

from __future__ import annotations

import io

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from .context import AppContext


def _render(ctx: AppContext, pupil_id: int) -> bytes:
    from ..core.services.family_export import family_export
    from ..printing.family_export import render_family_export

    buffer = io.BytesIO()
    render_family_export(family_export(ctx.db, pupil_id, viewer=ctx.viewer, as_staff=ctx.scope_staff), buffer)
    return buffer.getvalue()


def show_family_export(ctx: AppContext, parent: QWidget, pupil_id: int) -> None:
    """Build the export in the background, then show it in the PDF dialog."""
    from .dialogs.pdf_dialog import PdfDialog

    title = QCoreApplication.translate("FamilyExport", "Family data (right of access)")

    def shown(data: bytes) -> None:
        dialog = PdfDialog(title, data, f"gegevens-leerling-{pupil_id}.pdf", parent)
        dialog.setObjectName("familyExportDialog")
        dialog.show()

    ctx.ops.run(lambda: _render(ctx, pupil_id), title=title, on_done=shown)
