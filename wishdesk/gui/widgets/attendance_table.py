"""Attendance of one session, fast with the keyboard.

Every pupil starts as present. Arrow keys move; Space toggles present/absent on the current row; typing on a
row goes straight into its reason (and marks the pupil absent); Ctrl+Enter saves all rows in one transaction.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...core.services.attendance import AttendanceMark, AttendanceRow

Index = QModelIndex | QPersistentModelIndex
NAME, PRESENT, REASON = range(3)
ABSENT_BACKGROUND = QColor("#fde2e1")


class AttendanceModel(QAbstractTableModel):
    edited = Signal()

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[AttendanceRow] = []

    def set_rows(self, rows: list[AttendanceRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[AttendanceRow]:
        return list(self._rows)

    def marks(self) -> list[AttendanceMark]:
        return [AttendanceMark(r.pupil_id, r.present, "" if r.present else r.reason) for r in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Pupil"), self.tr("Present"), self.tr("Reason if absent"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == PRESENT:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == REASON:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.first_name, self.tr("present") if row.present else self.tr("absent"), row.reason)[column]
        if role == Qt.ItemDataRole.EditRole and column == REASON:
            return row.reason
        if role == Qt.ItemDataRole.CheckStateRole and column == PRESENT:
            return Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and not row.present:
            return QBrush(ABSENT_BACKGROUND)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr("present") if row.present else self.tr("absent")
            return f"{row.first_name}: {state} {row.reason}".strip()
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        row = self._rows[index.row()]
        if index.column() == PRESENT and role == Qt.ItemDataRole.CheckStateRole:
            present = Qt.CheckState(value) == Qt.CheckState.Checked
            self._set(index.row(), replace(row, present=present, reason="" if present else row.reason))
            return True
        if index.column() == REASON and role == Qt.ItemDataRole.EditRole:
            reason = str(value or "").strip()
            # a reason means the pupil was absent; clearing it leaves the mark as it was
            self._set(index.row(), replace(row, reason=reason, present=row.present and not reason))
            return True
        return False

    def toggle(self, row_number: int) -> None:
        row = self._rows[row_number]
        self._set(row_number, replace(row, present=not row.present, reason="" if not row.present else row.reason))

    def set_all_present(self) -> None:
        for number, row in enumerate(self._rows):
            self._set(number, replace(row, present=True, reason=""))

    def _set(self, number: int, row: AttendanceRow) -> None:
        self._rows[number] = row
        self.dataChanged.emit(self.index(number, 0), self.index(number, 2))
        self.edited.emit()


class _EditorDelegate(QStyledItemDelegate):
    """Remembers the open reason editor, so keys that reach the view meanwhile can be handed to it."""

    editor: QWidget | None = None

    def createEditor(self, parent, option, index) -> QWidget:  # noqa: ANN001, N802 - Qt API
        editor = super().createEditor(parent, option, index)
        self.editor = editor
        return editor


class AttendanceView(QTableView):
    """Space toggles the current pupil; a printable key starts typing the reason on the current row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor_delegate = _EditorDelegate(self)
        self.setItemDelegate(self.editor_delegate)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        index = self.currentIndex()
        model = self.model()
        editor = self.editor_delegate.editor
        if (self.state() == QTableView.State.EditingState and editor is not None and isValid(editor)
                and editor.isVisible() and not editor.hasFocus()):
            # Under X without a window manager the editor gets focus a moment late and the letters typed
            # meanwhile reached the view, which drops them while editing ("zek" for "ziek"): hand them on.
            editor.setFocus()
            QApplication.sendEvent(editor, event)
            return
        if index.isValid() and self.state() != QTableView.State.EditingState:
            if event.key() == Qt.Key.Key_Space and not event.modifiers():
                model.toggle(index.row())
                return
            text = event.text()
            if text and text.isprintable() and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
                if index.column() != REASON:
                    self.setCurrentIndex(model.index(index.row(), REASON))
        super().keyPressEvent(event)


class AttendanceEditor(QWidget):
    """The attendance table with a summary line and a save button. Emits `save_requested` with all marks."""

    save_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AttendanceModel(self)
        self.model.edited.connect(self._edited)
        self.view = AttendanceView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table (arrow keys move between cells)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Attendance"))
        self.view.setAccessibleDescription(self.tr(
            "Arrow keys move, Space switches present and absent, type to give a reason, Ctrl+Enter saves."))
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.AnyKeyPressed | QTableView.EditTrigger.DoubleClicked
                                  | QTableView.EditTrigger.EditKeyPressed)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Attendance summary"))
        hint = QLabel(self.tr("Space: present/absent · type: reason · Ctrl+Enter: save"))
        hint.setEnabled(False)
        self.all_present = QPushButton(self.tr("Everyone present"))
        self.all_present.setAccessibleName(self.tr("Mark everyone present"))
        self.all_present.clicked.connect(self.model.set_all_present)
        self.save_button = QPushButton(self.tr("Save attendance"))
        self.save_button.setAccessibleName(self.tr("Save attendance"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.save_button.clicked.connect(self.save)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.all_present)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.dirty = False
        self._saved = True
        self.read_marks: tuple[AttendanceMark, ...] | None = None

    def set_rows(self, rows: list[AttendanceRow]) -> None:
        self.model.set_rows(rows)
        # the marks as recorded when loaded: a save based on them is refused when someone else saved since
        self.read_marks = tuple(AttendanceMark(r.pupil_id, r.present, r.reason) for r in rows if r.recorded)
        self.view.resizeColumnToContents(NAME)
        self.view.setColumnWidth(NAME, max(self.view.columnWidth(NAME), 160))
        self.view.setColumnWidth(PRESENT, max(self.view.columnWidth(PRESENT), 110))
        self.dirty = False
        self._saved = bool(rows) and all(r.recorded for r in rows)
        self._update_summary()
        if rows:
            self.view.setCurrentIndex(self.model.index(0, PRESENT))

    def focus_table(self) -> None:
        self.view.setFocus()
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, PRESENT))

    def save(self) -> None:
        editor = QApplication.focusWidget()
        if self.view.state() == QTableView.State.EditingState and editor is not None:
            self.view.commitData(editor)  # keep the reason that is still being typed
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.view.setFocus()
        if self.model.rowCount():
            self.save_requested.emit(self.model.marks())

    def mark_saved(self) -> None:
        self.dirty = False
        self._saved = True
        self._update_summary()

    def _edited(self) -> None:
        self.dirty = True
        self._update_summary()

    def _update_summary(self) -> None:
        rows = self.model.rows()
        absent = sum(not r.present for r in rows)
        text = self.tr("%1 present, %2 absent").replace("%1", str(len(rows) - absent)).replace("%2", str(absent))
        if self.dirty:
            text += " · " + self.tr("not saved yet")
        elif not self._saved and rows:
            text += " · " + self.tr("not recorded yet (everyone counts as present)")
        else:
            text += " · " + self.tr("saved")
        self.summary.setText(text)
