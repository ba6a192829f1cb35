"""A small form helper: labelled fields with the validation message shown right beside (under) the field,
plus builders for the field widgets the setup dialogs use. Every widget gets an accessible name.

Core services raise ``ValidationError(message, field)``; ``FormPanel.show_error`` puts the message next to
the widget registered under that field name and moves the focus there, or in the form's general message
line when the field is unknown.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ValidationError
from ..operations import user_message

ERROR_STYLE = "color: #B00020;"
HINT_STYLE = "color: #4B5563;"
WARNING_STYLE = "color: #8A5300;"


def message_label(style: str = ERROR_STYLE) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class FormPanel(QWidget):
    """Rows of label + field; each field has its own message line just below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general = message_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addStretch(1)  # fields keep their natural height; extra room stays below the form
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}

    def add_row(self, key: str, label: str, widget: QWidget, hint: str | None = None) -> QWidget:
        """Add a field under ``key`` (the service's field name). The label names the widget for screen readers."""
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error, note = message_label(), message_label(HINT_STYLE)
        box.addWidget(error)
        box.addWidget(note)
        if hint:
            note.setText(hint)
            note.show()
        caption = QLabel(label)
        caption.setBuddy(widget)
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.form.addRow(caption, holder)
        self.fields[key], self.errors[key], self.hints[key] = widget, error, note
        _on_edit(widget, lambda: self._fixed(key))
        return widget

    def _fixed(self, key: str) -> None:
        """The person changed the field that had a message: the message goes (it is checked again on save)."""
        label = self.errors.get(key)
        if label is not None and label.isVisibleTo(self):
            label.clear()
            label.hide()

    def first_field(self) -> QWidget | None:
        """The first field that takes the keyboard, for the dialog's initial focus."""
        for widget in self.fields.values():
            if widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                return widget
        return None

    def alias(self, key: str, existing: str) -> None:
        """Route messages for ``key`` to the row of ``existing`` (e.g. start_year → start_date)."""
        self.fields[key], self.errors[key], self.hints[key] = (self.fields[existing], self.errors[existing],
                                                               self.hints[existing])

    def clear_errors(self) -> None:
        for label in [*self.errors.values(), self.general]:
            label.clear()
            label.hide()

    def show_error(self, exc: BaseException) -> None:
        """Show a failure beside its field (ValidationError with a known field) or in the general line."""
        self.clear_errors()
        field = exc.field if isinstance(exc, ValidationError) else None
        text = user_message(exc)
        if field in self.errors:
            self.errors[field].setText(text)
            self.errors[field].show()
            self.errors[field].setAccessibleName(text)
            self.fields[field].setFocus()
        else:
            self.general.setText(text)
            self.general.show()

    def error_text(self, key: str | None = None) -> str:
        """The visible message of a field (or the general one): used by tests and screen readers."""
        label = self.general if key is None else self.errors[key]
        return label.text() if label.isVisibleTo(self) else ""

    def set_hint(self, key: str, text: str | None, warning: bool = False) -> None:
        """Show a non-blocking note under a field; ``warning`` colours it as a caution (not an error)."""
        label = self.hints[key]
        label.setText(text or "")
        label.setStyleSheet(WARNING_STYLE if warning else HINT_STYLE)
        label.setVisible(bool(text))


def _on_edit(widget: QWidget, changed) -> None:  # noqa: ANN001 - a callable
    """Call ``changed`` when the person edits ``widget`` (whatever kind of field it is)."""
    for signal in ("textEdited", "textChanged", "currentIndexChanged", "toggled", "dateChanged", "timeChanged",
                   "itemChanged", "valueChanged"):
        if hasattr(widget, signal):
            getattr(widget, signal).connect(lambda *_: changed())
            return


def line_edit(name: str, text: str | None = "", max_length: int = 200, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text or "")
    edit.setMaxLength(max_length)
    edit.setAccessibleName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def text_edit(name: str, text: str | None = "", height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit(text or "")
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height * 2)
    return edit


def combo(name: str, items: Iterable[tuple[str, Any]], current: Any = None) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for label, value in items:
        box.addItem(label, value)
    set_combo(box, current)
    return box


def set_combo(box: QComboBox, value: Any) -> None:
    for index in range(box.count()):
        if box.itemData(index) == value:
            box.setCurrentIndex(index)
            return


def check_box(name: str, checked: bool = False) -> QCheckBox:
    box = QCheckBox(name)
    box.setChecked(checked)
    box.setAccessibleName(name)
    return box


class CheckList(QListWidget):
    """A list of checkable items (schools someone serves, a group's teachers)."""

    def __init__(self, name: str, items: Sequence[tuple[str, Any]] = (), checked: Iterable[Any] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setMinimumHeight(90)
        self.set_items(items, checked)

    def set_items(self, items: Sequence[tuple[str, Any]], checked: Iterable[Any] = ()) -> None:
        chosen = set(checked)
        self.clear()
        for label, value in items:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked)
            self.addItem(item)

    def checked_values(self) -> tuple[Any, ...]:
        return tuple(self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                     if self.item(i).checkState() == Qt.CheckState.Checked)

    def set_checked(self, value: Any, checked: bool = True) -> None:
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) == value:
                self.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
