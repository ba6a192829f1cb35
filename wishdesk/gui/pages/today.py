"""Vandaag: what a teacher or specialist opens WIsH Desk for on a lesson day.

Their next lessons with the full plan and the last reflection of the group; one click to mark a lesson held,
cancelled or moved; attendance fast with the keyboard; the duo's reflection; concerns; what is still to do;
intervision meetings. Whose lessons: the person signed in to this database (``ctx.staff_id``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.services import attendance, directory, lesson_plans, parent_events, reflections, sessions
from ...core.services.getting_started import getting_started
from ...core.services.lesson_day import LessonDay, lesson_day
from ...core.services.sessions import SessionView
from .. import formatting
from ..context import AppContext
from ..dialogs.whoami import WhoAmIDialog
from ..i18n import format_date
from ..widgets.attendance_table import AttendanceEditor
from ..widgets.getting_started import GettingStartedPanel
from ..widgets.today_concerns import ConcernsPanel
from ..widgets.today_meetings import MeetingsPanel
from ..widgets.today_plan import LessonPlanBrowser, SessionBundle
from ..widgets.today_reflection import ReflectionEditor
from ..widgets.today_sessions import EmptyDayLabel, SessionList
from ..widgets.today_todo import TodoPanel
from .base import Page, heading
from .today_edits import ATTENDANCE, PLAN, REFLECTION, SESSION_CHANGES, TodayEdits  # noqa: F401 - re-exported

LESSONS, TODO, CONCERNS, MEETINGS = range(4)


def load_bundle(db, session_id: int) -> SessionBundle:  # noqa: ANN001 - core Database
    """Everything about one session, for a background job."""
    view = sessions.get_session(db, session_id)
    previous = sessions.previous_template_id(db, session_id)
    return SessionBundle(
        view, lesson_plans.lesson_plan(db, view.template_id), reflections.last_reflection(db, session_id),
        reflections.session_reflection(db, session_id),
        parent_events.slip_summary(db, view.group_id, previous) if previous else None,
        tuple(sessions.session_history(db, session_id)))


class TodayPage(TodayEdits, Page):
    object_name = "todayPage"
    reloads_on = ("sessions", "planning", "concerns", "meetings", "parents", "setup", "curriculum")
    parent_event_requested = Signal(int)  # a to-do item about a parent event: the lead routes it to Ouders
    page_requested = Signal(str)  # the guided start's "Go there": wiring shows that page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: Callable[[], date] | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = today or date.today
        self.extra_ids: list[int] = []  # older sessions opened from the to-do list
        self.bundle: SessionBundle | None = None
        self.me = QLabel()
        self.me.setAccessibleName(self.tr("Signed in as"))
        self.switch = QPushButton(self.tr("Who am I…"))
        self.switch.setAccessibleName(self.tr("Choose who you are"))
        self.switch.clicked.connect(self.choose_staff)
        top = QHBoxLayout()
        top.addWidget(heading(self.title()))
        top.addStretch(1)
        top.addWidget(self.me)
        top.addWidget(self.switch)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Today sections"))
        self.tabs.addTab(self._lessons_tab(), self.tr("Lessons"))
        self.todo = TodoPanel(ctx, lambda: self.staff_id, lambda: self.today())
        self.todo.open_item.connect(self.open_todo)
        self.todo.counted.connect(self._todo_counted)
        self.tabs.addTab(self.todo, self.tr("To do"))
        self.concerns = ConcernsPanel(ctx, lambda: self.ctx.viewer, lambda: self.today())
        self.tabs.addTab(self.concerns, self.tr("Concerns"))
        self.meetings = MeetingsPanel(ctx, lambda: self.staff_id)
        self.tabs.addTab(self.meetings, self.tr("Peer consultation"))
        self.getting_started = GettingStartedPanel()
        self.getting_started.page_requested.connect(self.page_requested)
        # in a scroll area: at 150 % text the page still fits a 1366×768 laptop
        self.start_area = QScrollArea()
        self.start_area.setWidget(self.getting_started)
        self.start_area.setWidgetResizable(True)
        self.start_area.setFrameShape(QScrollArea.Shape.NoFrame)
        wanted = self.getting_started.sizeHint().height() + 30
        self.start_area.setMaximumHeight(wanted)
        self.start_area.setMinimumHeight(min(wanted, 220))  # whole at normal text size; scrolls when larger
        self.start_area.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.start_area)
        layout.addWidget(self.tabs, 1)
        self._show_me()

    def title(self) -> str:
        return self.tr("Today")

    # --- layout -------------------------------------------------------------------------------------------

    def _lessons_tab(self) -> QWidget:
        self.list = SessionList(lambda: self.today())
        self.list.session_changed.connect(self._session_selected)
        self.empty = EmptyDayLabel()
        self.empty.setAccessibleName(self.tr("No lessons"))
        self.choose_button = QPushButton(self.tr("Choose who you are…"))
        self.choose_button.setAccessibleName(self.tr("Choose who you are"))
        self.choose_button.clicked.connect(self.choose_staff)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addWidget(self.empty)
        empty_layout.addWidget(self.choose_button)
        self.planning_button = QPushButton(self.tr("Go to planning"))
        self.planning_button.setObjectName("todayToPlanning")
        self.planning_button.clicked.connect(lambda: self.page_requested.emit("planning"))
        self.planning_button.hide()
        empty_layout.addWidget(self.planning_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)
        self.session_title = heading("")
        self.session_info = QLabel()
        self.session_info.setWordWrap(True)
        self.session_info.setAccessibleName(self.tr("Lesson details"))
        self.held_button = self._button(self.tr("Lesson &held"), self.mark_held, self.tr("Mark lesson as held"))
        self.cancel_button = self._button(self.tr("&Cancel…"), self.cancel_session, self.tr("Cancel lesson"))
        self.move_button = self._button(self.tr("&Move…"), self.move_session, self.tr("Move lesson"))
        self.concern_button = self._button(self.tr("Record a con&cern…"), self.record_concern,
                                           self.tr("Record a concern about a pupil"))
        actions = QHBoxLayout()
        for button in (self.held_button, self.cancel_button, self.move_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.concern_button)
        self.plan = LessonPlanBrowser()
        self.attendance = AttendanceEditor()
        self.attendance.save_requested.connect(self.save_attendance)
        self.reflection = ReflectionEditor(database_id=self.ctx.database_id)
        self.reflection.save_requested.connect(self.save_reflection)
        self.inner = QTabWidget()
        self.inner.setAccessibleName(self.tr("Lesson sections"))
        self.inner.addTab(self.plan, self.tr("Lesson plan"))
        self.inner.addTab(self.attendance, self.tr("Attendance"))
        self.inner.addTab(self.reflection, self.tr("Reflection"))
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.session_title)
        detail_layout.addWidget(self.session_info)
        detail_layout.addLayout(actions)
        detail_layout.addWidget(self.inner, 1)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setSizes([540, 760])
        self.lessons_stack = QStackedWidget()
        self.lessons_stack.addWidget(empty_page)
        self.lessons_stack.addWidget(splitter)
        return self.lessons_stack

    def _button(self, text: str, slot: Callable[[], None], name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    # --- who am I -----------------------------------------------------------------------------------------

    def choose_staff(self) -> None:
        if self.ctx.identity is not None:  # an encrypted database: another person signs in with a password
            from ..controller import sign_in_on_lane
            from ..dialogs.sign_in import SignInDialog

            dialog = SignInDialog(self.ctx.db, parent=self, signer=sign_in_on_lane, remember_last=False)
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.identity is not None:
                self.ctx.set_person(dialog.identity.staff_id, dialog.identity)
            return
        self.ctx.ops.run(lambda: directory.list_staff(self.ctx.db), on_done=self._open_whoami, progress=False)

    def _open_whoami(self, staff: list) -> None:
        dialog = WhoAmIDialog(staff, self.staff_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_staff(dialog.chosen)

    @property
    def staff_id(self) -> int | None:
        return self.ctx.staff_id

    def set_staff(self, staff_id: int | None) -> None:
        """Someone else works now (the context clears the undo history and tells every page)."""
        self.ctx.set_person(staff_id)

    def _person_changed(self) -> None:
        self.extra_ids.clear()
        self._show_me()
        super()._person_changed()

    def _show_me(self) -> None:
        self.staff_name = ""
        if self.staff_id is None:
            self.me.setText(self.tr("Nobody chosen yet"))
            return
        db, staff_id = self.ctx.db, self.staff_id
        self.ctx.ops.read(lambda: next((p.name for p in directory.list_staff(db) if p.id == staff_id), None),
                         owner=self, key="me", on_done=self._named, progress=False)

    def _named(self, name: str | None) -> None:
        self.staff_name = name or "?"
        self.me.setText(self.tr("You are: %1").replace("%1", self.staff_name))

    # --- loading ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.ctx.ops.read(lambda: getting_started(self.ctx.db), owner=self, key="start",
                          on_done=self._show_start)
        for panel in (self.todo, self.concerns, self.meetings):
            panel.refresh()
        if self.staff_id is None:
            self.empty.say(self.tr("Choose who you are to see your lessons. WIsH Desk remembers your choice "
                                       "for this database."))
            self.choose_button.show()
            self.planning_button.hide()
            self.lessons_stack.setCurrentIndex(0)
            return
        db, staff_id, today, extra = self.ctx.db, self.staff_id, self.today(), list(self.extra_ids)

        def load() -> list[SessionView]:
            rows = sessions.upcoming_sessions(db, staff_id, today)
            known = {r.id for r in rows}
            return [sessions.get_session(db, x) for x in extra if x not in known] + rows

        self.ctx.ops.read(load, owner=self, key="sessions", on_done=self._show_sessions, progress=False)

    def take_over(self, placeholder: QWidget) -> None:
        """Built in place of the start-up preview (gui/today_preview.py): show the rows it showed until this
        page's own read arrives, so the list does not blink empty in between. Only for the same person."""
        rows = getattr(placeholder, "rows", None)
        if rows is not None and getattr(placeholder, "staff_id", None) == self.staff_id \
                and getattr(placeholder, "today", None) == self.today() and not self.extra_ids:
            self._show_sessions(list(rows))
            day = getattr(placeholder, "day", None)
            if not rows and day is not None:  # the reason it showed, until this page's own read says it again
                self._show_why_empty(day)

    def _show_start(self, state) -> None:  # noqa: ANN001 - GettingStarted
        self.getting_started.show_state(state)
        self.start_area.setVisible(not state.complete)

    def _show_sessions(self, rows: list[SessionView]) -> None:
        self.list.set_rows(rows)  # selecting (again) after the reset loads the session with fresh data
        pending, self._pending_select = getattr(self, "_pending_select", None), None
        if pending is not None:
            self.list.select_id(pending)
        if not rows:
            self.empty.say(self.tr("You have no planned lessons."))
            self.choose_button.hide()
            self.planning_button.hide()
            self.lessons_stack.setCurrentIndex(0)
            staff_id = self.staff_id
            if staff_id is not None:  # say why: the generic line is wrong for a coordinator or a finished group
                self.ctx.ops.read(lambda: lesson_day(self.ctx.db, staff_id), owner=self, key="why-empty",
                                  on_done=self._show_why_empty, progress=False)
            return
        self.lessons_stack.setCurrentIndex(1)

    def _show_why_empty(self, day: LessonDay) -> None:
        self.empty.show_day(day)
        self.planning_button.setVisible(day.coordinator or not day.gives_lessons)

    def select_session(self, session_id: int) -> None:
        if not self.list.select_id(session_id):
            self.extra_ids.append(session_id)
            self._pending_select = session_id  # selected when the reload arrives (it runs in the background)
            self.refresh()
            self.list.select_id(session_id)

    def _session_selected(self) -> None:
        current = self.current_session()
        if current is None:
            return
        self.ctx.ops.read(lambda: (load_bundle(self.ctx.db, current.id),
                                  attendance.session_attendance(self.ctx.db, current.id)),
                         owner=self, key="bundle", on_done=lambda r: self._show_bundle(*r), progress=False)

    def _show_bundle(self, bundle: SessionBundle, rows: list) -> None:
        same = self.bundle is not None and self.bundle.session.id == bundle.session.id
        self.bundle = bundle
        v = bundle.session
        self.session_title.setText(self.tr("Lesson %1: %2").replace("%1", str(v.lesson_number))
                                   .replace("%2", v.lesson_title))
        when = format_date(v.date) if v.date else self.tr("no date yet")
        info = [f"{formatting.group_label(v.group_name, v.subgroup)} · {v.school_name}",
                f"{when} {formatting.times(v.start_time, v.end_time)}".strip(),
                self.tr("Teacher: %1 · Specialist: %2").replace("%1", v.teacher_name or "—")
                .replace("%2", v.specialist_name or "—"),
                self.tr("Status: %1").replace("%1", self.list.status_text(v))]
        if v.cancel_reason and v.status == "unplanned":
            info.append(self.tr("Cancelled: %1").replace("%1", v.cancel_reason))
        self.session_info.setText("\n".join(info))
        self.held_button.setEnabled(v.status == "planned" and v.date is not None and v.date <= self.today())
        self.cancel_button.setEnabled(v.status == "planned")
        self.move_button.setEnabled(v.status != "held")
        self.plan.show_bundle(bundle)
        if not (same and self.attendance.dirty):  # never throw away attendance that is still being typed
            self.attendance.set_rows(rows)
        self.attendance.setEnabled(v.status in ("planned", "held") and v.date is not None)
        self.reflection.load(v.id, bundle.reflection, v.status == "held" and self.staff_id is not None)

    def record_concern(self) -> None:
        v = self.current_session()
        index = self.attendance.view.currentIndex()
        pupil = self.attendance.model.rows()[index.row()].pupil_id if index.isValid() else None
        self.concerns.new_concern(pupil, v.id if v else None)

    def _todo_counted(self, count: int) -> None:
        self.tabs.setTabText(TODO, self.tr("To do (%1)").replace("%1", str(count)) if count else self.tr("To do"))

    # --- to do --------------------------------------------------------------------------------------------

    def open_todo(self, item) -> None:  # noqa: ANN001 - TodoItem
        if item.session_id is not None:
            self.tabs.setCurrentIndex(LESSONS)
            self.select_session(item.session_id)
            self.inner.setCurrentIndex({"attendance": ATTENDANCE, "reflection": REFLECTION}.get(item.kind, PLAN))
            if item.kind == "attendance":
                self.attendance.focus_table()
        elif item.concern_id is not None:
            self.tabs.setCurrentIndex(CONCERNS)
            ids = [r.id for r in self.concerns.model.rows()]
            if item.concern_id in ids:
                self.concerns.view.selectRow(ids.index(item.concern_id))
        elif item.event_id is not None:
            self.parent_event_requested.emit(item.event_id)
