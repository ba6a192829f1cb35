"""The planning page's week grid: Monday to Friday as columns, 8:00-17:00 as rows, lessons as blocks.

Drag a block to another day and time (snapped to 15 minutes); the page moves the lesson and shows its
conflicts at once. A block with a conflict is hatched AND marked "!" (never colour alone); a pinned block
has a pin; evening events sit in the strip below the grid. Keys: arrows select the previous / next block,
Alt+Left/Right move it a day, Alt+Up/Down 15 minutes; P pin, N next free moment, Delete cancel and re-plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QLocale, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QApplication, QMenu, QToolTip, QWidget

from ...core.services.planning_views import PlanItem

FIRST_HOUR, LAST_HOUR, STEP, DAYS = 8, 17, 15, 5
LESSON, HELD, EVENT = QColor("#d7e6f5"), QColor("#e4e4e4"), QColor("#dcefd8")
BORDER, CONFLICT, SELECTED = QColor("#3a6ea5"), QColor("#b00020"), QColor("#111111")


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


class PlanningWeek(QWidget):
    move_requested = Signal(str, object)  # key, new start (datetime)
    selection_changed = Signal(str)  # key, "" when nothing is selected
    action_requested = Signal(str, str)  # "pin" / "unpin" / "next_free" / "replan", key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.monday, self.items = monday_of(self.today), []
        self.conflicts: dict[str, list[str]] = {}
        self.closed: dict[date, str] = {}
        self.windows: dict[int, tuple[tuple[time, time], ...]] = {}
        self._rects: dict[str, QRectF] = {}
        self._selected = ""
        self._press: tuple[str, QPointF, QPointF] | None = None  # key, press point, offset in the block
        self._ghost: tuple[str, datetime] | None = None
        self.setObjectName("planningWeek")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(520, 380)
        self.setAccessibleName(self.tr("Week schedule"))

    # --- data -----------------------------------------------------------------------------------------

    def set_week(self, monday: date, items: Sequence[PlanItem], conflicts: dict[str, list[str]],
                 closed: dict[date, str] | None = None, windows: dict | None = None,
                 today: date | None = None) -> None:
        self.monday, self.items = monday, list(items)
        self.conflicts, self.closed, self.windows = conflicts, closed or {}, windows or {}
        self.today = today or date.today()
        if self._selected not in {i.key for i in self.items}:
            self._selected = ""
        self._press = self._ghost = None
        self._layout()
        self._describe()

    def item(self, key: str) -> PlanItem | None:
        return next((i for i in self.items if i.key == key), None)

    def selected_key(self) -> str:
        return self._selected

    def select(self, key: str) -> None:
        if key == self._selected:
            return
        self._selected = key if self.item(key) else ""
        self._describe()
        self.selection_changed.emit(self._selected)

    def block_rect(self, key: str) -> QRectF:
        return QRectF(self._rects.get(key, QRectF()))

    show_specialist = False  # the municipality view names the specialist on every block

    def label(self, item: PlanItem) -> str:
        """'Les 3 (jongens) · 6A · De Regenboog'."""
        if item.kind == "lesson":
            what = self.tr("Lesson %1").replace("%1", str(item.lesson_number)) + self.half(item.subgroup)
        elif item.kind == "parent_evening":
            what = self.tr("Parent evening")
        elif item.kind == "showcase":
            what = self.tr("Showcase")
        else:
            what = item.lesson_title
        who = item.specialist_name if self.show_specialist else None  # who is where, across schools
        return " · ".join(x for x in (what, item.group_name, item.school_name, who) if x)

    def half(self, subgroup: str) -> str:
        return {"boys": " (" + self.tr("boys") + ")", "girls": " (" + self.tr("girls") + ")"}.get(subgroup, "")

    @staticmethod
    def when(item: PlanItem) -> str:
        """'ma 30 november 08:30–10:00' in the interface language."""
        day = QLocale().toString(QDate(item.start.year, item.start.month, item.start.day), "ddd d MMMM")
        return f"{day} {item.start:%H:%M}–{item.end:%H:%M}"

    def describe(self, item: PlanItem) -> str:
        """Everything about a block in one sentence, for the screen reader and the tooltip."""
        parts = [self.label(item), self.when(item)]
        if item.status == "held":
            parts.append(self.tr("held"))
        if item.pinned:
            parts.append(self.tr("pinned"))
        text = ", ".join(parts) + "."
        for message in self.conflicts.get(item.key, []):
            text += " " + self.tr("Conflict: %1").replace("%1", message)
        return text

    def _describe(self) -> None:
        item = self.item(self._selected)
        self.setAccessibleDescription(self.describe(item) if item else self.tr("No lesson selected"))
        self.update()

    # --- geometry -------------------------------------------------------------------------------------

    def _gutter(self) -> float:
        return max(self.fontMetrics().horizontalAdvance(x) for x in ("00:00", self.tr("Evening"))) + 12

    def _header(self) -> float:  # two lines: day name and date
        return self.fontMetrics().height() * 2 + 8

    _strip = _header  # the evening strip below the grid: two lines too

    def _column(self, index: int) -> QRectF:
        width = (self.width() - self._gutter() - 1) / DAYS
        return QRectF(self._gutter() + index * width, self._header(), width,
                      self.height() - self._header() - self._strip())

    def _y(self, minutes: float) -> float:
        body = self._column(0)
        return body.top() + (minutes - FIRST_HOUR * 60) * body.height() / ((LAST_HOUR - FIRST_HOUR) * 60)

    def _in_grid(self, item: PlanItem) -> bool:
        return item.start.hour >= FIRST_HOUR and (item.end.hour, item.end.minute) <= (LAST_HOUR, 0)

    def _layout(self) -> None:
        """Rects per block; blocks that overlap on a day share the column side by side."""
        self._rects = {}
        for index in range(DAYS):
            day = self.monday + timedelta(days=index)
            column = self._column(index)
            todays = [i for i in self.items if i.start.date() == day]
            grid = sorted((i for i in todays if self._in_grid(i)), key=lambda i: (i.start, i.key))
            lanes: list[datetime] = []
            lane_of: dict[str, int] = {}
            for item in grid:  # first lane whose last block has ended
                lane = next((n for n, end in enumerate(lanes) if end <= item.start), len(lanes))
                if lane == len(lanes):
                    lanes.append(item.end)
                lanes[lane] = item.end
                lane_of[item.key] = lane
            width = (column.width() - 4) / max(1, len(lanes))
            for item in grid:
                top = self._y(item.start.hour * 60 + item.start.minute)
                bottom = self._y(item.end.hour * 60 + item.end.minute)
                self._rects[item.key] = QRectF(column.left() + 2 + lane_of[item.key] * width, top, width - 2,
                                               max(bottom - top, self.fontMetrics().height() + 4))
            evening = [i for i in todays if not self._in_grid(i)]
            strip_top = column.bottom() + 4
            height = (self._strip() - 8) / max(1, len(evening))
            for n, item in enumerate(sorted(evening, key=lambda i: (i.start, i.key))):
                self._rects[item.key] = QRectF(column.left() + 2, strip_top + n * height, column.width() - 4, height - 2)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().resizeEvent(event)
        self._layout()

    def item_at(self, point: QPointF | QPoint) -> str:
        point = QPointF(point)
        for key, rect in reversed(list(self._rects.items())):
            if rect.contains(point):
                return key
        return ""

    def moment_at(self, point: QPointF | QPoint) -> datetime | None:
        """The day and time (snapped to 15 minutes) under a point of the grid."""
        point = QPointF(point)
        for index in range(DAYS):
            column = self._column(index)
            if column.left() <= point.x() < column.right():
                span = (LAST_HOUR - FIRST_HOUR) * 60
                minutes = FIRST_HOUR * 60 + (point.y() - column.top()) * span / column.height()
                minutes = max(FIRST_HOUR * 60, min(LAST_HOUR * 60 - STEP, round(minutes / STEP) * STEP))
                day = self.monday + timedelta(days=index)
                return datetime.combine(day, time()) + timedelta(minutes=minutes)
        return None

    # --- painting -------------------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        metrics = self.fontMetrics()
        grid_pen = QPen(palette.mid().color(), 1)
        for index in range(DAYS):
            day = self.monday + timedelta(days=index)
            column = self._column(index)
            if day == self.today:
                painter.fillRect(QRectF(column.left(), 0, column.width(), self._header()), QColor("#fff4c2"))
            for start, end in self.windows.get(day.weekday(), ()):  # when groep 6 can have a lesson
                top, bottom = self._y(start.hour * 60 + start.minute), self._y(end.hour * 60 + end.minute)
                painter.fillRect(QRectF(column.left(), top, column.width(), bottom - top), QColor("#f3f8ee"))
            head = QRectF(column.left(), 2, column.width(), self._header() - 4)
            painter.setPen(palette.text().color())
            painter.drawText(head, Qt.AlignmentFlag.AlignCenter, self._day_title(day))
            if day in self.closed:
                painter.fillRect(column, QBrush(palette.mid().color(), Qt.BrushStyle.Dense6Pattern))
                painter.drawText(column.adjusted(4, 4, -4, 0), Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
                                 self.tr("Closed: %1").replace("%1", self.closed[day]))
            painter.setPen(grid_pen)
            painter.drawLine(QPointF(column.left(), 0), QPointF(column.left(), self.height()))
        body = self._column(0)
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = self._y(hour * 60)
            painter.setPen(grid_pen)
            painter.drawLine(QPointF(self._gutter(), y), QPointF(self.width(), y))
            painter.setPen(palette.text().color())
            painter.drawText(QRectF(0, y - metrics.height() / 2, self._gutter() - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{hour:02d}:00")
        painter.drawText(QRectF(0, body.bottom() + 4, self._gutter() - 6, metrics.height()),
                         Qt.AlignmentFlag.AlignRight, self.tr("Evening"))
        for item in self.items:
            if item.key in self._rects:
                self._paint_block(painter, item, self._rects[item.key])
        if self._ghost is not None:
            self._paint_ghost(painter)
        if self.hasFocus():
            painter.setPen(QPen(palette.highlight().color(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)  # a frame only: the last lesson's brush would fill it all
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))

    def _day_title(self, day: date) -> str:
        names = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"))
        return f"{names[day.weekday()]}\n{day.day}-{day.month}"

    def _paint_block(self, painter: QPainter, item: PlanItem, rect: QRectF) -> None:
        fill = HELD if item.status == "held" else (LESSON if item.kind == "lesson" else EVENT)
        conflict = item.key in self.conflicts
        painter.setPen(QPen(CONFLICT if conflict else BORDER, 2 if conflict else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        if conflict:  # hatched AND a "!" marker: never colour alone
            painter.fillRect(rect.adjusted(1, 1, -1, -1), QBrush(CONFLICT, Qt.BrushStyle.BDiagPattern))
        if item.key == self._selected:
            painter.setPen(QPen(SELECTED, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        text_rect = rect.adjusted(4, 2, -4, -2)
        marker = self.fontMetrics().height()
        if item.pinned:
            self._paint_pin(painter, QPointF(text_rect.left() + marker * 0.35, text_rect.top() + marker * 0.45), marker)
            text_rect.setLeft(text_rect.left() + marker * 0.8)
        if conflict:
            badge = QRectF(rect.right() - marker - 2, rect.top() + 2, marker, marker)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(CONFLICT)
            painter.drawEllipse(badge)
            painter.setPen(QColor("white"))
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "!")
            painter.setFont(self.font())
            text_rect.setRight(badge.left() - 2)
        painter.setPen(QColor("#111111"))
        text = self.label(item) + (" · " + self.tr("held") if item.status == "held" else "")
        if not self._in_grid(item):  # the evening strip: one line, shortened with "…"
            text = self.fontMetrics().elidedText(f"{item.start:%H:%M} {text}", Qt.TextElideMode.ElideRight,
                                                 int(text_rect.width()))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                         text)

    @staticmethod
    def _paint_pin(painter: QPainter, at: QPointF, size: float) -> None:
        painter.setPen(QPen(QColor("#333333"), 1.5))
        painter.drawLine(at, at + QPointF(0, size * 0.45))
        painter.setBrush(QColor("#c62828"))
        painter.drawEllipse(at + QPointF(0, -size * 0.05), size * 0.22, size * 0.22)

    def _paint_ghost(self, painter: QPainter) -> None:
        key, start = self._ghost
        item = self.item(key)
        if item is None or not (self.monday <= start.date() < self.monday + timedelta(days=DAYS)):
            return
        column = self._column(start.weekday())
        rect = QRectF(column.left() + 2, self._y(start.hour * 60 + start.minute), column.width() - 4,
                      self._y(FIRST_HOUR * 60 + (item.end - item.start).seconds / 60) - self._y(FIRST_HOUR * 60))
        painter.setPen(QPen(BORDER, 2, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(58, 110, 165, 60))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(QColor("#111111"))
        painter.drawText(rect.adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignLeft, f"{start:%H:%M}")

    # --- mouse ----------------------------------------------------------------------------------------

    def movable(self, key: str) -> bool:
        item = self.item(key)
        return item is not None and item.status != "held"

    def mousePressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        key = self.item_at(event.position())
        self.select(key)
        self.setFocus()
        if key and event.button() == Qt.MouseButton.LeftButton and self.movable(key):
            self._press = (key, event.position(), event.position() - self._rects[key].topLeft())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        if self._press is None:
            key = self.item_at(event.position())
            item = self.item(key)
            self.setToolTip(self.describe(item) if item else "")
            return
        key, pressed, offset = self._press
        if self._ghost is None and (event.position() - pressed).manhattanLength() < QApplication.startDragDistance():
            return
        moment = self.moment_at(event.position() - QPointF(0, offset.y()))
        item = self.item(key)
        if moment is not None and item is not None and not self._in_grid(item):
            moment = datetime.combine(moment.date(), item.start.time())  # evening events: change the day only
        self._ghost = (key, moment) if moment is not None else None
        self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        ghost, self._press, self._ghost = self._ghost, None, None
        self.update()
        if ghost is not None:
            key, start = ghost
            item = self.item(key)
            if item is not None and start != item.start:
                self.move_requested.emit(key, start)
        super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        key = self.item_at(event.pos()) if event.reason() == event.Reason.Mouse else self._selected
        if not key:
            return
        self.select(key)
        at = self.mapToGlobal(self._rects.get(key, QRectF()).center().toPoint())
        self.menu_for(key).exec(event.globalPos() if event.reason() == event.Reason.Mouse else at)

    def menu_for(self, key: str) -> QMenu:
        """The block's menu: Pin / Release, Next free moment, Cancel and re-plan."""
        item = self.item(key)
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Lesson menu"))
        lesson = item is not None and item.kind == "lesson" and item.status != "held"
        pin = menu.addAction(self.tr("Release") if item and item.pinned else self.tr("Pin"))
        pin.setShortcut("P")
        pin.setEnabled(lesson)
        pin.triggered.connect(lambda: self.action_requested.emit("unpin" if item.pinned else "pin", key))
        free = menu.addAction(self.tr("Move to the next free moment"))
        free.setShortcut("N")
        free.setEnabled(item is not None and item.status != "held")
        free.triggered.connect(lambda: self.action_requested.emit("next_free", key))
        replan = menu.addAction(self.tr("Cancel and re-plan…"))
        replan.setShortcut("Del")
        replan.setEnabled(lesson)
        replan.triggered.connect(lambda: self.action_requested.emit("replan", key))
        return menu

    # --- keyboard -------------------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        order = [i.key for i in sorted(self.items, key=lambda i: (i.start, i.key)) if i.key in self._rects]
        item = self.item(self._selected)
        if alt and item is not None and key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            if self.movable(item.key):
                self.move_requested.emit(item.key, self._nudge(item.start, key))
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Down) and order:
            forward = key in (Qt.Key.Key_Right, Qt.Key.Key_Down)
            index = order.index(self._selected) if self._selected in order else (-1 if forward else len(order))
            self.select(order[max(0, min(len(order) - 1, index + (1 if forward else -1)))])
            QToolTip.hideText()
            return
        index = {Qt.Key.Key_P: 0, Qt.Key.Key_N: 1, Qt.Key.Key_Delete: 2}.get(key)
        if item is not None and index is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            action = self.menu_for(item.key).actions()[index]  # the same actions as the block's menu
            if action.isEnabled():
                action.trigger()
            return
        super().keyPressEvent(event)

    @staticmethod
    def _nudge(start: datetime, key: int) -> datetime:
        if key == Qt.Key.Key_Up:
            return start - timedelta(minutes=STEP)
        if key == Qt.Key.Key_Down:
            return start + timedelta(minutes=STEP)
        step = 1 if key == Qt.Key.Key_Right else -1
        moved = start + timedelta(days=step)
        while moved.weekday() >= 5:  # over the weekend to Monday / Friday
            moved += timedelta(days=step)
        return moved
