"""The planning page's side panel: the selected lesson with its actions (the same as the block's menu, so
everything works from the keyboard too), the live list of conflicts, and the lessons without a date."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.services.planning import ConflictRow
from ...core.services.planning_views import OpenItem, PlanItem

ROW = Qt.ItemDataRole.UserRole


class PlanningSide(QWidget):
    action_requested = Signal(str, str)  # "pin" / "unpin" / "next_free" / "replan", key
    conflict_chosen = Signal(object)  # ConflictRow
    open_chosen = Signal(str)  # key of a lesson without a date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planningSide")
        self.item: PlanItem | None = None
        self.details = QLabel(self.tr("Click a lesson in the schedule to see it here."))
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Selected lesson"))
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)  # word-wrapped labels get too little
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pin = self._button(self.tr("&Pin"), self.tr("Pin or release the selected lesson"), "pin")
        self.free = self._button(self.tr("Ne&xt free moment"), self.tr("Move the selected lesson to the next free "
                                                                      "moment"), "next_free")
        self.replan = self._button(self.tr("Cancel and &re-plan…"), self.tr("Cancel the selected lesson and "
                                                                          "plan it again"), "replan")
        buttons = QHBoxLayout()
        for button in (self.pin, self.free):
            buttons.addWidget(button)
        selected = QGroupBox(self.tr("Selected"))
        box = QVBoxLayout(selected)
        box.addWidget(self.details)
        box.addLayout(buttons)
        box.addWidget(self.replan)
        self.conflicts_box = QGroupBox(self.tr("Conflicts"))
        self.conflicts = QListWidget()
        self.conflicts.setObjectName("planningConflicts")
        self.conflicts.setAccessibleName(self.tr("Conflicts"))
        self.conflicts.setWordWrap(True)
        self.conflicts.setSelectionMode(QListWidget.SelectionMode.MultiSelection)
        self.conflicts.itemActivated.connect(lambda item: self.conflict_chosen.emit(item.data(ROW)))
        self.conflicts.itemClicked.connect(lambda item: self.conflict_chosen.emit(item.data(ROW)))
        QVBoxLayout(self.conflicts_box).addWidget(self.conflicts)
        self.open_box = QGroupBox(self.tr("Without a date"))
        self.open = QListWidget()
        self.open.setObjectName("planningOpen")
        self.open.setAccessibleName(self.tr("Lessons without a date"))
        self.open.setWordWrap(True)
        self.open.itemActivated.connect(lambda item: self.open_chosen.emit(item.data(ROW)))
        self.open_free = QPushButton(self.tr("Give it the next free moment"))
        self.open_free.setAccessibleName(self.tr("Give the chosen lesson without a date the next free moment"))
        self.open_free.clicked.connect(self._open_free)
        open_layout = QVBoxLayout(self.open_box)
        open_layout.addWidget(self.open)
        open_layout.addWidget(self.open_free)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(selected)
        layout.addWidget(self.conflicts_box, 2)
        layout.addWidget(self.open_box, 1)
        self.show_item(None)

    def _button(self, text: str, name: str, action: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(lambda: self._act(action))
        return button

    def _act(self, action: str) -> None:
        if self.item is None:
            return
        if action == "pin" and self.item.pinned:
            action = "unpin"
        self.action_requested.emit(action, self.item.key)

    def show_item(self, item: PlanItem | None, title: str = "", when: str = "", conflicts: int = 0) -> None:
        """The selected block: what, when, who, and how many conflicts (those rows get selected below)."""
        self.item = item
        lesson = item is not None and item.kind == "lesson" and item.status != "held"
        self.pin.setEnabled(lesson)
        self.pin.setText(self.tr("&Release") if item is not None and item.pinned else self.tr("&Pin"))
        self.free.setEnabled(item is not None and item.status != "held")
        self.replan.setEnabled(lesson)
        if item is None:
            self.details.setText(self.tr("Click a lesson in the schedule to see it here."))
            return
        lines = [title, when]
        if item.lesson_title and item.kind == "lesson":
            lines.append(item.lesson_title)
        if item.teacher_name:
            lines.append(self.tr("Teacher: %1").replace("%1", item.teacher_name))
        if item.specialist_name:
            lines.append(self.tr("Specialist: %1").replace("%1", item.specialist_name))
        if item.status == "held":
            lines.append(self.tr("Held; it can no longer be moved."))
        elif item.pinned:
            lines.append(self.tr("Pinned: automatic planning leaves it where it is."))
        if conflicts:
            lines.append("! " + (self.tr("1 conflict, selected in the list below") if conflicts == 1 else
                                 self.tr("%1 conflicts, selected in the list below").replace("%1", str(conflicts))))
        self.details.setText("\n".join(lines))
        for row in range(self.conflicts.count()):
            entry = self.conflicts.item(row)
            data = entry.data(ROW)
            entry.setSelected(data is not None and item.key in data.keys)

    def show_hint(self, text: str) -> None:
        self.show_item(None)
        self.details.setText(text)

    def set_conflicts(self, rows: list[ConflictRow]) -> None:
        self.conflicts.clear()
        for row in rows:
            when = f"{row.day:%d-%m} · " if row.day else ""
            item = QListWidgetItem(f"! {when}{row.message}")
            item.setData(ROW, row)
            self.conflicts.addItem(item)
        if rows:
            self.conflicts_box.setTitle(self.tr("Conflicts (%1)").replace("%1", str(len(rows))))
        else:
            self.conflicts_box.setTitle(self.tr("Conflicts"))
            empty = QListWidgetItem(self.tr("No conflicts."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.conflicts.addItem(empty)

    def set_open(self, rows: list[OpenItem], describe) -> None:  # noqa: ANN001 - OpenItem -> str
        self.open.clear()
        for row in rows:
            item = QListWidgetItem(describe(row))
            item.setData(ROW, row.key)
            self.open.addItem(item)
        self.open_box.setTitle(self.tr("Without a date (%1)").replace("%1", str(len(rows))) if rows
                               else self.tr("Without a date"))
        self.open_box.setVisible(bool(rows))
        self.open_free.setEnabled(bool(rows))

    def _open_free(self) -> None:
        item = self.open.currentItem() or self.open.item(0)
        if item is not None:
            self.action_requested.emit("next_free", item.data(ROW))
