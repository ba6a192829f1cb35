"""Two versions of one record side by side: "my version" and "their version", the differing fields marked.

Reusable: a save refused because someone else saved first (team mode, two windows) and, later, the conflict
list of the offline sync both hand it plain data, ``{field: (label, mine, theirs)}``, and read back the values
the person chose, ``{field: value}``. A differing field is marked by a word and a sign in its own column and
bold text (never by colour alone), so it reads the same in high contrast and to a screen reader. With
``per_field=True`` each differing field gets its own choice (mine / theirs); otherwise the dialog around it
chooses one side for all fields. `defaults` (per field: MINE, THEIRS or None) presets those choices; without it
every field starts on mine. A field with no default starts unchosen: `all_chosen()` is False until the person
picks (the sync's conflict list, for a field both sides changed). `markers` (per field) replaces the word "differs"
in the marker column, e.g. who changed the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QSizePolicy, QWidget

Fields = Mapping[str, tuple[str, Any, Any]]  # field -> (label for people, mine, theirs)

MINE, THEIRS = "mine", "theirs"


def differs(mine: Any, theirs: Any) -> bool:
    return mine != theirs


class VersionCompare(QWidget):
    """A grid: field | marker | my version | their version (| choice per field)."""

    choices_changed = Signal()

    def __init__(self, fields: Fields, per_field: bool = False, parent: QWidget | None = None, *,
                 defaults: Mapping[str, str | None] | None = None, titles: tuple[str, str] | None = None,
                 markers: Mapping[str, str] | None = None) -> None:
        """`titles`: the two column heads (default "My version", "Their version")."""
        super().__init__(parent)
        self.setObjectName("versionCompare")
        self.fields = dict(fields)
        self.per_field = per_field
        self._defaults = defaults
        self._choices: dict[str, QButtonGroup] = {}
        self._side = MINE
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        mine_title, theirs_title = titles or (self.tr("My version"), self.tr("Their version"))
        headers = [self.tr("Field"), "", mine_title, theirs_title]
        if per_field:
            headers.append(self.tr("Keep"))
        for column, text in enumerate(headers):
            head = QLabel(text)
            head.setFont(self._bold())
            grid.addWidget(head, 0, column)
        for row, (key, (label, mine, theirs)) in enumerate(self.fields.items(), start=1):
            changed = differs(mine, theirs)
            marker = (markers or {}).get(key) or self.tr("differs")
            cells = [QLabel(label), QLabel("≠ " + marker if changed else ""),
                     QLabel(self.shown(mine)), QLabel(self.shown(theirs))]
            for column, cell in enumerate(cells):
                cell.setWordWrap(column in (2, 3))
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                cell.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
                if changed:
                    cell.setFont(self._bold())
                grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
            cells[1].setObjectName(f"marker_{key}")
            cells[2].setObjectName(f"mine_{key}")
            cells[3].setObjectName(f"theirs_{key}")
            cells[2].setAccessibleName(self.tr("My version of %1").replace("%1", label))
            cells[3].setAccessibleName(self.tr("Their version of %1").replace("%1", label))
            if per_field and changed:
                self._add_choice(grid, row, key, label)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(len(self.fields) + 1, 1)  # rows stay together at the top

    def _add_choice(self, grid: QGridLayout, row: int, key: str, label: str) -> None:
        group = QButtonGroup(self)
        box = QWidget()
        inner = QGridLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        for column, (side, text) in enumerate(((MINE, self.tr("mine")), (THEIRS, self.tr("theirs")))):
            button = QRadioButton(text)
            button.setObjectName(f"choose_{side}_{key}")
            button.setAccessibleName(self.tr("Keep %1 for %2").replace("%1", text).replace("%2", label))
            preset = MINE if self._defaults is None else self._defaults.get(key)
            button.setChecked(side == preset)
            group.addButton(button)
            button.setProperty("side", side)
            inner.addWidget(button, 0, column)
        group.buttonToggled.connect(lambda _button, _on: self.choices_changed.emit())
        self._choices[key] = group
        grid.addWidget(box, row, 4, Qt.AlignmentFlag.AlignTop)

    @staticmethod
    def _bold() -> QFont:
        font = QFont()
        font.setBold(True)
        return font

    def shown(self, value: Any) -> str:
        """A value as people read it."""
        if value is None or value == "":
            return self.tr("(empty)")
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, bytes | bytearray | memoryview):
            return self.tr("(sealed text)")
        if isinstance(value, datetime):
            return value.strftime("%d-%m-%Y %H:%M")
        if isinstance(value, date):
            return value.strftime("%d-%m-%Y")
        if isinstance(value, time):
            return value.strftime("%H:%M")
        return str(value)

    def differing(self) -> list[str]:
        return [k for k, (_label, mine, theirs) in self.fields.items() if differs(mine, theirs)]

    def choose(self, key: str, side: str) -> None:
        """Per field: keep mine or theirs for `key`."""
        for button in self._choices[key].buttons():
            button.setChecked(button.property("side") == side)

    def choose_all(self, side: str) -> None:
        self._side = side
        for key in self._choices:
            self.choose(key, side)

    def all_chosen(self) -> bool:
        """Every differing field has a choice (always so without `defaults`)."""
        return all(group.checkedButton() is not None for group in self._choices.values())

    def side_of(self, key: str) -> str:
        group = self._choices.get(key)
        if group is None or group.checkedButton() is None:
            return self._side
        return str(group.checkedButton().property("side"))

    def chosen(self) -> dict[str, Any]:
        """The value of every field as the person chose it."""
        return {key: (mine if self.side_of(key) == MINE else theirs)
                for key, (_label, mine, theirs) in self.fields.items()}
