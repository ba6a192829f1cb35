"""No window opens larger than the screen it is on.

At 150 % text size some dialogs' natural size exceeded a laptop screen (the main window 1800×1170 and the
print dialog 1770×1200 on a 1600×1000 screen), leaving buttons out of reach. One application-wide event
filter clamps every top-level window, when it is shown, to the available screen area and moves it inside.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget


def available_area(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)


def fit_to_screen(widget: QWidget) -> None:
    """Shrink ``widget`` (with its frame) to the available screen area and keep it on screen."""
    area = available_area(widget)
    frame = widget.frameGeometry()
    extra_w, extra_h = frame.width() - widget.width(), frame.height() - widget.height()
    width = min(widget.width(), area.width() - extra_w)
    height = min(widget.height(), area.height() - extra_h)
    if (width, height) != (widget.width(), widget.height()):
        widget.setMinimumSize(min(widget.minimumWidth(), width), min(widget.minimumHeight(), height))
        widget.resize(width, height)
    x = min(max(widget.x(), area.left()), area.right() - width - extra_w + 1)
    y = min(max(widget.y(), area.top()), area.bottom() - height - extra_h + 1)
    if (x, y) != (widget.x(), widget.y()):
        widget.move(x, y)


class _ScreenFit(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            fit_to_screen(watched)
        return False


_filter: _ScreenFit | None = None


def install(app: QApplication) -> None:
    """Once per application (idempotent)."""
    global _filter
    if _filter is None:
        _filter = _ScreenFit(app)
        app.installEventFilter(_filter)


def uninstall(app: QApplication) -> None:
    global _filter
    if _filter is not None:
        app.removeEventFilter(_filter)
        _filter = None
