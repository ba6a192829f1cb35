"""Planning: the coordinator's page for the duo lessons of the school year.

Week and month views per school, specialist or teacher; "Automatic planning" for the whole year (with
progress and cancel); drag a lesson to another moment and see its conflicts at once; pin, next free
moment, cancel and re-plan one lesson; the live list of conflicts; export to a calendar (.ics).
This module lays out and shows; the edits are in planning_actions.py (through ctx.edit: the write lane,
undo/redo), the loads in planning_jobs.py (through ctx.ops). What is shown is scoped to the signed-in person
(core.access): a teacher sees the schools they work at, the municipality view is the programme coordinator's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.services import planning
from ...core.services.planning_views import OpenItem
from ..context import AppContext
from ..scope import allow, allow_item, load_scope
from ..widgets.planning_month import PlanningMonth, month_grid
from ..widgets.planning_side import PlanningSide
from ..widgets.planning_week import PlanningWeek, monday_of
from .base import Page, heading
from .planning_actions import PlanningActions
from .planning_jobs import Bundle, load_bundle, school_day
from .planning_replan import ReplanFlow


class PlanningPage(Page):
    object_name = "planningPage"
    reloads_on = ("planning", "sessions", "setup", "parents")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: Callable[[], date] | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = today or date.today
        self.anchor = school_day(self.today())
        self.plan_time_limit = planning.DEFAULT_TIME_LIMIT
        self.bundle: Bundle | None = None
        self._pending_key = ""
        self._pending_school: int | None = None
        self._loads = 0
        self.actions = PlanningActions(self)
        self.plan_button = QPushButton(self.tr("&Automatic planning"))
        self.plan_button.setAccessibleName(self.tr("Plan all lessons of the school year automatically"))
        self.plan_button.setToolTip(self.tr("Ctrl+Shift+P: gives every lesson without a date a moment; held, "
                                            "pinned and planned lessons stay where they are."))
        self.plan_button.clicked.connect(self.actions.auto_plan)
        self.export_button = QPushButton(self.tr("&Export calendar…"))
        self.export_button.setAccessibleName(self.tr("Export the planning as a calendar file"))
        self.export_menu = QMenu(self)
        self.export_mine = self.export_menu.addAction("", lambda: self.actions.choose_export(True))
        self.export_menu.addAction(self.tr("Everyone's lessons…"), lambda: self.actions.choose_export(False))
        self.export_button.setMenu(self.export_menu)
        self.period = QLabel()
        self.period.setAccessibleName(self.tr("Shown period"))
        top = QHBoxLayout()
        self.period.setStyleSheet("font-weight: bold; margin-left: 18px")
        top.addWidget(heading(self.title()))
        top.addWidget(self.period)
        top.addStretch(1)
        self.replan = ReplanFlow(self)
        for button in (self.plan_button, self.replan.button, self.export_button):
            top.addWidget(button)
        self.view_combo = self._combo(self.tr("View"), [(self.tr("Week"), "week"), (self.tr("Month"), "month")])
        self.by_combo = self._combo(self.tr("Lessons of"), [(self.tr("School"), "school"),
                                                             (self.tr("Specialist"), "specialist"),
                                                             (self.tr("Teacher"), "teacher"),
                                                             (self.tr("Municipality (all schools)"), "all")])
        self.by_combo.setCurrentIndex(1)
        self.who_combo = self._combo(self.tr("Which one"), [])
        self.who_combo.setMinimumContentsLength(16)
        self.who_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.prev_button = self._nav(self.tr("◀ &Previous"), self.tr("Previous week or month"), -1)
        self.today_button = self._nav(self.tr("&Today"), self.tr("Go to today"), 0)
        self.next_button = self._nav(self.tr("&Next ▶"), self.tr("Next week or month"), 1)
        bar = QHBoxLayout()
        for label, combo in ((self.tr("&View"), self.view_combo), (self.tr("&Lessons of"), self.by_combo),
                             (None, self.who_combo)):
            if label:
                caption = QLabel(label)
                caption.setBuddy(combo)
                bar.addWidget(caption)
            bar.addWidget(combo)
        for widget in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.view_combo.currentIndexChanged.connect(self.refresh)
        self.by_combo.currentIndexChanged.connect(self._by_changed)
        self.who_combo.currentIndexChanged.connect(self.refresh)
        self.week = PlanningWeek()
        self.week.move_requested.connect(self.actions.move)
        self.week.selection_changed.connect(self._selected)
        self.week.action_requested.connect(self.actions.act)
        self.month = PlanningMonth()
        self.month.week_requested.connect(self.show_week)
        self.stack = QStackedWidget()
        for view in (self.week, self.month):
            self.stack.addWidget(view)
        self.side = PlanningSide()
        self.side.action_requested.connect(self.actions.act)
        self.side.conflict_chosen.connect(self.go_to_conflict)
        self.side.open_chosen.connect(lambda key: self.actions.act("next_free", key))
        splitter = QSplitter()
        for part in (self.stack, self.side):
            splitter.addWidget(part)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Planning message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)  # below the grid: a message after a drag does not push the week down
        legend = QLabel(self.tr("Drag a lesson to another moment, or select it and press Alt+arrow keys. Grey: held · "
                                "pin: pinned · hatched with !: conflict · light green: the school's lesson times. "
                                "Right-click for more."))
        legend.setWordWrap(True)
        legend.setAccessibleName(self.tr("How to use the schedule"))
        layout.addWidget(legend)
        self.say("")
        for keys, slot in (("Ctrl+Shift+P", self.actions.auto_plan), ("Ctrl+PgUp", lambda: self.step(-1)),
                           ("Ctrl+PgDown", lambda: self.step(1))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def title(self) -> str:
        return self.tr("Planning")

    def _combo(self, name: str, options: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for text, data in options:
            combo.addItem(text, data)
        return combo

    def _nav(self, text: str, name: str, direction: int) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(lambda: self.step(direction))
        return button

    # --- what is shown --------------------------------------------------------------------------------

    def view(self) -> str:
        return self.view_combo.currentData()

    def by(self) -> str:
        return self.by_combo.currentData()

    def range(self) -> tuple[date, date]:
        if self.view() == "week":
            monday = monday_of(self.anchor)
            return monday, monday + timedelta(days=6)
        weeks = month_grid(self.anchor)
        return weeks[0], weeks[-1] + timedelta(days=4)

    def step(self, direction: int) -> None:
        if direction == 0:
            self.anchor = school_day(self.today())
        elif self.view() == "week":
            self.anchor += timedelta(days=7 * direction)
        else:
            first = self.anchor.replace(day=1)
            self.anchor = (first + timedelta(days=32)).replace(day=1) if direction > 0 else (
                (first - timedelta(days=1)).replace(day=1))
        self.refresh()

    def show_week(self, day: date) -> None:
        self.anchor = day
        self.view_combo.setCurrentIndex(0)  # refreshes
        self.week.setFocus()

    def _by_changed(self) -> None:
        self.who_combo.blockSignals(True)
        self.who_combo.clear()
        self.who_combo.blockSignals(False)
        self.refresh()

    def _apply_scope(self, scope) -> None:  # noqa: ANN001 - core.access.Scope
        """Automatic planning moves lessons of every school: only for roles that plan (core.access). The
        municipality view is the programme coordinator's; others see the schools they work at."""
        for button in (self.plan_button, self.replan.button):
            allow(button, scope.everything, "planning")
        allow_item(self.by_combo, self.by_combo.findData("all"), scope.everything, "municipality")
        if not scope.everything and self.by() == "all":
            self.by_combo.setCurrentIndex(self.by_combo.findData("school"))  # refreshes

    def refresh(self) -> None:
        load_scope(self.ctx, self, self._apply_scope)
        db, by, who, today = self.ctx.db, self.by(), self.who_combo.currentData(), self.today()
        if who is None and by in ("specialist", "teacher"):
            who = self.ctx.staff_id  # first look: the signed-in person's own lessons (when they have any)
        (first, last), self._loads = self.range(), self._loads + 1
        ticket = self._loads  # only the latest load is shown (background loads may finish out of order)
        me = self.ctx.scope_staff  # only the schools this person works at (core.access)
        self.ctx.ops.run(lambda: load_bundle(db, by, who, first, last, today, me), progress=False,
                         on_done=lambda bundle: self._show(bundle) if ticket == self._loads else None)

    def _show(self, bundle: Bundle) -> None:
        self.bundle = bundle
        if bundle.problem:
            self.say(bundle.problem)
        choices = bundle.choices
        options = {"school": choices.schools, "specialist": choices.specialists,
                   "teacher": choices.teachers, "all": ()}[bundle.by] if choices else ()
        self.who_combo.blockSignals(True)
        self.who_combo.clear()
        for choice in options:
            self.who_combo.addItem(choice.name, choice.id)
        self.who_combo.setCurrentIndex(max(0, self.who_combo.findData(bundle.who)))
        self.who_combo.blockSignals(False)
        self.who_combo.setVisible(bundle.by != "all")
        self.week.show_specialist = bundle.by in ("all", "school")
        person = bundle.by in ("specialist", "teacher") and bundle.who is not None
        self.export_mine.setText(self.tr("Lessons of %1…").replace("%1", self.who_combo.currentText()))
        self.export_mine.setVisible(person)
        conflicts: dict[str, list[str]] = {}
        for row in bundle.conflicts:
            for key in row.keys:
                conflicts.setdefault(key, []).append(row.message)
        self.side.set_conflicts(bundle.conflicts)
        self.side.set_open(bundle.open, self._open_text)
        locale = QLocale()
        if self.view() == "week":
            monday = bundle.first
            self.period.setText(self.tr("Week %1 · %2").replace("%1", str(monday.isocalendar()[1])).replace(
                "%2", locale.toString(QDate(monday.year, monday.month, monday.day), "d MMMM yyyy")))
            self.week.set_week(monday, bundle.items, conflicts, bundle.closed, bundle.windows, self.today())
            self.stack.setCurrentWidget(self.week)
        else:
            counts: dict[date, int] = {}
            events: dict[date, int] = {}
            for item in bundle.items:
                tally = counts if item.kind == "lesson" else events
                tally[item.start.date()] = tally.get(item.start.date(), 0) + 1
            days = {i.start.date() for i in bundle.items if i.key in conflicts}
            self.period.setText(locale.toString(QDate(self.anchor.year, self.anchor.month, 1), "MMMM yyyy"))
            self.month.set_month(self.anchor, counts, days, bundle.closed, self.today(), events)
            self.stack.setCurrentWidget(self.month)
        if self._pending_key:
            school, self._pending_school = self._pending_school, None
            if self.week.item(self._pending_key) is None and school is not None and bundle.by != "school":
                self._switch_to_school(school)  # the lesson is not in this view: show its school
                return
            self.week.select(self._pending_key)
            self._pending_key = ""
        self._selected(self.week.selected_key())

    def _open_text(self, row: OpenItem) -> str:
        text = self.tr("Lesson %1").replace("%1", str(row.lesson_number)) + self.week.half(row.subgroup)
        text += f" · {row.group_name} · {row.school_name}"
        return text + (" — " + self.tr("cancelled: %1").replace("%1", row.cancel_reason) if row.cancel_reason else "")

    def _selected(self, key: str) -> None:
        item = self.week.item(key)
        if self.view() == "month":
            self.side.show_hint(self.tr("Click a day to see its week."))
        elif item is None:
            self.side.show_item(None)
        else:
            self.side.show_item(item, self.week.label(item), self.week.when(item), len(self.week.conflicts.get(key, [])))

    def go_to_conflict(self, row) -> None:  # noqa: ANN001 - ConflictRow
        """Show the week of a conflict with its lesson selected (switching to its school if needed)."""
        if row is None or row.day is None:
            return
        self._pending_key = row.keys[0]
        self._pending_school = row.school_ids[0] if row.school_ids else None
        self.anchor = row.day
        if self.view() != "week":
            self.view_combo.setCurrentIndex(0)  # refreshes
        else:
            self.refresh()

    def _switch_to_school(self, school_id: int) -> None:
        self.by_combo.blockSignals(True)
        self.by_combo.setCurrentIndex(self.by_combo.findData("school"))
        self.by_combo.blockSignals(False)
        self.who_combo.blockSignals(True)
        self.who_combo.clear()
        self.who_combo.addItem("", school_id)
        self.who_combo.blockSignals(False)
        self.refresh()

    # --- messages (the edits themselves are in planning_actions.py) -------------------------------------

    def _on_data_changed(self, changes) -> None:  # noqa: ANN001 - core.edits.Changes
        """After any change (an undo too) the last message may be about a plan that no longer stands."""
        if changes is None or changes.touches(self.reloads_on):
            self.say("")
        super()._on_data_changed(changes)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

