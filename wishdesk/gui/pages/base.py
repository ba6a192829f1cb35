"""What a page in the main window's navigation is."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ..context import AppContext


class Page(QWidget):
    """A page owns its widgets and asks core services for plain rows. It never reaches into other pages."""

    object_name = "page"
    #: Which kinds of change (``core.edits.Kind`` values) this page shows; a change set touching none of them
    #: leaves the page alone. A page that is not visible reloads when it is shown next.
    reloads_on: tuple[str, ...] = ("all",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(self.object_name)
        ctx.events.data_changed.connect(self._on_data_changed)
        ctx.events.person_changed.connect(lambda _staff_id: self._person_changed())

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload rows from the database."""

    def _on_data_changed(self, changes) -> None:  # noqa: ANN001 - core.edits.Changes, None: the person changed
        if changes is not None and not changes.touches(self.reloads_on):
            return
        if self.isVisible():
            self.refresh()

    def _person_changed(self) -> None:
        """Someone else signed in: what they may see differs, so reload."""
        self._on_data_changed(None)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().showEvent(event)
        self.refresh()


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label
