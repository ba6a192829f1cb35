"""The Vandaag page's first look at start-up, before the database layer has loaded.

``core/today_fast.py`` reads the signed-in person's lessons with plain SQL (read-only, only on the schema it
knows) while SQLAlchemy and the models still load; this widget shows them in the Vandaag page's place, laid out
like the page (its heading, its tabs, the lesson list), with nothing to click that changes anything. When the
database is open the real page is built in its place (``LazyPages``), takes these rows over (``take_over``) and
then reads its own through the normal path, so identical rows do not flicker and every edit waits for the
normal path with its checks (``core/opening.py``).

The strings are the Vandaag page's own (same translation contexts), so nothing new needs translating.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ..core.session_view import LessonDay, SessionView
from .pages.base import heading
from .widgets.today_sessions import EmptyDayLabel, SessionList


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class TodayPreview(QWidget):
    """The rows of ``staff_id`` on ``today``, as the Vandaag page will show them."""

    def __init__(self, staff_id: int, rows: list[SessionView], today: date, day: LessonDay | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPreview")
        self.staff_id, self.rows, self.today, self.day = staff_id, rows, today, day
        top = QHBoxLayout()
        top.addWidget(heading(_tr("TodayPage", "Today")))
        top.addStretch(1)
        self.note = QLabel(_tr("MainWindow", "Opening the database…"))
        top.addWidget(self.note)
        self.list = SessionList(lambda: today)
        self.empty = EmptyDayLabel()  # an empty list says why, as the page will (a coordinator gives no lessons)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if day is not None and not rows:
            self.empty.show_day(day)
        splitter = QSplitter()
        splitter.addWidget(self.empty if day is not None and not rows else self.list)
        splitter.addWidget(QWidget())  # the lesson's details arrive with the page
        splitter.setSizes([540, 760])
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, _tr("TodayPage", "Lessons"))
        for text in ("To do", "Concerns", "Peer consultation"):
            self.tabs.addTab(QWidget(), _tr("TodayPage", text))
            self.tabs.setTabEnabled(self.tabs.count() - 1, False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.list.set_rows(rows)


def show_preview(window: QMainWindow, path: Path, page_index: int, today: date | None = None, *,
                 staff_id: int | None = None, key: bytes | None = None) -> TodayPreview | None:
    """Put the first look at the lessons of whoever is remembered as "me" for this file in the Vandaag page's
    place of the start-up ``window`` (its ``stack`` of placeholders). None (nothing shown) when nobody is
    remembered, another page was open last time, or the file cannot be read this way.

    An encrypted file: ``key`` is the database key its password check unlocked and ``staff_id`` the person the
    key file names for that account (who signed in, not a remembered "me"). For a person without lessons (the
    demo's coordinator) it says why, from the same counts the page will read (``today_fast.lesson_day``)."""
    from ..core import today_fast
    from . import settings

    today = today or date.today()

    def me(database_id: str) -> int | None:
        if settings.last_page(database_id) not in ("", "today"):
            return None  # the window opens on another page: the normal path fills it
        return staff_id if staff_id is not None else settings.staff_id(database_id)

    found = today_fast.read_for(path, today, me, key=key)
    if found is None:
        return None
    stack = window.stack  # type: ignore[attr-defined]
    preview = TodayPreview(*found[:2], today, found[2])
    placeholder = stack.widget(page_index)
    current = stack.currentIndex()
    stack.insertWidget(page_index, preview)
    stack.removeWidget(placeholder)
    placeholder.deleteLater()
    stack.setCurrentIndex(current)
    return preview
