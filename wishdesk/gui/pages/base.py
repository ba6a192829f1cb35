"""What a page in the main window's navigation is."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..context import AppContext


class Page(QWidget):
    """A page owns its widgets and asks core services for plain rows. It never reaches into other pages."""

    object_name = "page"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(self.object_name)
        ctx.events.data_changed.connect(self._on_data_changed)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload rows from the database."""

    def _on_data_changed(self, _what: str) -> None:
        if self.isVisible():
            self.refresh()

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


class ComingPage(Page):
    """A page a later version fills in. It says what is coming; it never shows made-up data."""

    def __init__(self, ctx: AppContext, page_title: str, coming: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._title = page_title
        layout = QVBoxLayout(self)
        layout.addWidget(heading(page_title))
        text = QLabel(coming)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addStretch(1)

    def title(self) -> str:
        return self._title
