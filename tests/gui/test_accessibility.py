"""Accessibility: every focusable widget on every page has a name a screen reader can say, and the window
still lays out at 150 % font size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)


def _spoken_name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    return ""


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if not widget.isVisibleTo(root):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QComboBox | QAbstractSpinBox | QAbstractItemView):
            continue  # internal parts of a composite widget
        if widget.objectName().startswith("qt_"):
            continue
        if not _spoken_name(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(root).__name__}")
    return missing


def test_every_focusable_widget_on_every_page_is_named(window, qtbot) -> None:  # noqa: ANN001
    missing = []
    for key, page in window.pages.items():
        window.show_page(key)
        qtbot.wait(10)
        missing += _unnamed(page)
    missing += _unnamed(window.nav.parentWidget())
    assert not missing, "\n".join(missing)


def test_layout_survives_150_percent_fonts(window, qtbot) -> None:  # noqa: ANN001
    app = QApplication.instance()
    font = app.font()
    original = font.pointSizeF()
    try:
        font.setPointSizeF(original * 1.5)
        app.setFont(font)
        for key, page in window.pages.items():
            window.show_page(key)
            qtbot.wait(10)
            hint = page.minimumSizeHint()
            # the page must fit a 1366x768 school laptop screen (minus navigation and menus)
            assert hint.width() <= 1366 - window.nav.width() and hint.height() <= 700, (key, hint)
    finally:
        font.setPointSizeF(original)
        app.setFont(font)
