"""The list of a staff member's lessons on the Today page: still to record, today, and next."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from ...core.session_view import SessionView
from .. import formatting, labels
from ..models.rows import Column, RowTableModel

if TYPE_CHECKING:  # the list is shown at start-up from a read without the ORM (gui/today_preview.py)
    from ...core.session_view import LessonDay

OVERDUE = QColor("#fff0d0")


class _Model(RowTableModel[SessionView]):
    def __init__(self, columns: list[Column[SessionView]], today: Callable[[], date], parent=None) -> None:  # noqa: ANN001
        super().__init__(columns, parent)
        self.today = today

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: ANN001
        if index.isValid():
            row = self.row_at(index.row())
            if role == Qt.ItemDataRole.FontRole and row.date == self.today():
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole and row.status == "planned" and row.date \
                    and row.date < self.today():
                return QBrush(OVERDUE)
        return super().data(index, role)


class SessionList(QTableView):
    session_changed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.several_schools = False
        self.model_ = _Model([
            Column(self.tr("When"), self._when),
            Column(self.tr("Group"), self._group, tooltip=lambda s: s.school_name),
            Column(self.tr("Status"), self.status_text),
            Column(self.tr("Lesson"), lambda s: f"{s.lesson_number}. {s.lesson_title}"),
        ], today, self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table (arrow keys move between cells)
        self.setAccessibleName(self.tr("My lessons"))
        self.selectionModel().currentRowChanged.connect(lambda *_: self.session_changed.emit())

    def _group(self, s: SessionView) -> str:
        """'6B (boys)'; with the school's name only for someone who works at several schools."""
        text = f"{s.group_name} ({labels.subgroup(s.subgroup)})" if s.subgroup != "all" else s.group_name
        return f"{text} · {s.school_name}" if self.several_schools else text

    def _when(self, s: SessionView) -> str:
        day = self.tr("today") if s.date == self.today() else formatting.short_date(s.date)
        return f"{day} {formatting.times(s.start_time, s.end_time)}".strip()

    def status_text(self, s: SessionView) -> str:
        if s.status == "planned" and s.date and s.date < self.today():
            return self.tr("still to record")
        return labels.status(s.status)

    def rows(self) -> list[SessionView]:
        return self.model_.rows()

    def set_rows(self, rows: list[SessionView]) -> None:
        """Show rows, keeping the selected session; else the first lesson of today or later."""
        current = self.current()
        self.several_schools = len({r.school_id for r in rows}) > 1
        self.model_.set_rows(rows)
        self.resizeColumnsToContents()
        if not rows:
            return
        ids = [r.id for r in rows]
        if current is not None and current.id in ids:
            row = ids.index(current.id)
        else:
            row = next((i for i, r in enumerate(rows) if r.date and r.date >= self.today()), 0)
        self.selectRow(row)

    def current(self) -> SessionView | None:
        index = self.currentIndex()
        return self.model_.row_at(index.row()) if index.isValid() and index.row() < self.model_.rowCount() else None

    def select_id(self, session_id: int) -> bool:
        ids = [r.id for r in self.rows()]
        if session_id in ids:
            self.selectRow(ids.index(session_id))
            return True
        return False


class EmptyDayLabel(QLabel):
    """Where the lesson list stands when it is empty: a general line, or why it is empty (``show_day``), on the
    Vandaag page and in its start-up look alike. ``told`` is True once the reason is shown (benchmarks watch it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.told = False

    def say(self, text: str) -> None:
        self.told = False
        self.setText(text)

    def show_day(self, day: LessonDay) -> None:
        self.setText(empty_day_text(day))
        self.told = True


def empty_day_text(day: LessonDay) -> str:
    """Why the lesson list is empty, in words true for this person (a programme coordinator plans the lessons
    himself: never "once the coordinator has planned them")."""
    if not day.gives_lessons:
        return QCoreApplication.translate("LessonDay", "You give no lessons yourself, so none appear here. The lessons of all schools are on the "
                  "Planning page.")
    if day.groups == 0 and not (day.held or day.planned or day.unplanned):
        return QCoreApplication.translate("LessonDay", "You are not the teacher or specialist of any group yet, so no lessons appear here. Link "
                  "yourself to a group on the Groups page.")
    if day.unplanned:
        if day.coordinator:
            return QCoreApplication.translate("LessonDay", "Your groups have %1 lessons without a date. Plan them on the Planning page.").replace(
                "%1", str(day.unplanned))
        return QCoreApplication.translate("LessonDay", "Your groups have %1 lessons without a date yet; they appear here once the coordinator has "
                  "planned them.").replace("%1", str(day.unplanned))
    if day.held and not day.planned:
        return QCoreApplication.translate("LessonDay", "All %1 lessons of your groups have been held; there are no lessons left to give.").replace(
            "%1", str(day.held))
    if day.coordinator:
        return QCoreApplication.translate("LessonDay", "Your groups have no lessons yet. Plan them on the Planning page.")
    return QCoreApplication.translate("LessonDay", "Your groups have no lessons yet; they appear here once the coordinator has planned them.")
