"""The planning page's month view: a compact calendar (Monday to Friday, one row per week) with the
number of lessons per day. A day with a conflict is hatched and says "! conflict"; a closed day says why.
Clicking a day (or Enter on it) asks the page to show that week."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from .planning_week import monday_of

CONFLICT = QColor("#b00020")
DAY_ROLE = Qt.ItemDataRole.UserRole


def month_grid(month: date) -> list[date]:
    """The Mondays of the weeks that show (part of) the month."""
    first = month.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    monday, weeks = monday_of(first), []
    while monday <= last:
        if any((monday + timedelta(days=n)).month == first.month for n in range(5)):
            weeks.append(monday)
        monday += timedelta(days=7)
    return weeks


class PlanningMonth(QTableWidget):
    week_requested = Signal(object)  # a date in the chosen week

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("planningMonth")
        self.setAccessibleName(self.tr("Month overview"))
        self.setTabKeyNavigation(False)  # Tab leaves the table (arrow keys move between cells)
        self.month = date.today().replace(day=1)
        self.setHorizontalHeaderLabels([self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"),
                                        self.tr("Thursday"), self.tr("Friday")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(True)
        self.cellClicked.connect(self._chosen)
        self.cellActivated.connect(self._chosen)

    def set_month(self, month: date, counts: dict[date, int], conflict_days: set[date],
                  closed: dict[date, str] | None = None, today: date | None = None,
                  events: dict[date, int] | None = None) -> None:
        """``counts``: lessons per day; ``events``: parent evenings and showcases per day."""
        self.month, closed, today, events = month.replace(day=1), closed or {}, today or date.today(), events or {}
        weeks = month_grid(self.month)
        self.clearContents()
        self.setRowCount(len(weeks))
        self.setVerticalHeaderLabels([self.tr("wk %1").replace("%1", str(m.isocalendar()[1])) for m in weeks])
        for row, monday in enumerate(weeks):
            for column in range(5):
                day = monday + timedelta(days=column)
                self.setItem(row, column, self._cell(day, counts.get(day, 0), day in conflict_days,
                                                     closed.get(day), day == today, events.get(day, 0)))

    def _cell(self, day: date, count: int, conflict: bool, closed: str | None, is_today: bool,
              events: int = 0) -> QTableWidgetItem:
        if count == 1:
            what = self.tr("1 lesson")
        elif count:
            what = self.tr("%1 lessons").replace("%1", str(count))
        else:
            what = ""
        if events:
            what += ("\n" if what else "") + (self.tr("1 parent meeting") if events == 1 else
                                               self.tr("%1 parent meetings").replace("%1", str(events)))
        lines = [str(day.day), what]
        if closed:
            lines.append(closed)
        if conflict:
            lines.append("! " + self.tr("conflict"))
        item = QTableWidgetItem("\n".join(x for x in lines if x))
        item.setData(DAY_ROLE, day)
        spoken = f"{day:%d-%m-%Y}: " + (what.replace("\n", ", ") or self.tr("no lessons"))
        if closed:
            spoken += ", " + self.tr("closed: %1").replace("%1", closed)
        if conflict:
            spoken += ", " + self.tr("with a conflict")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        item.setToolTip(spoken)
        item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if day.month != self.month.month:
            item.setForeground(QColor("#8a8a8a"))
        elif closed:
            item.setBackground(QBrush(QColor("#e6e6e6"), Qt.BrushStyle.Dense6Pattern))
        if conflict:  # hatched AND a "!" in the text: never colour alone
            item.setBackground(QBrush(CONFLICT.lighter(170), Qt.BrushStyle.BDiagPattern))
        if is_today:
            font = QFont(self.font())
            font.setBold(True)
            item.setFont(font)
        return item

    def day_at(self, row: int, column: int) -> date | None:
        item = self.item(row, column)
        return item.data(DAY_ROLE) if item else None

    def _chosen(self, row: int, column: int) -> None:
        day = self.day_at(row, column)
        if day is not None:
            self.week_requested.emit(day)
