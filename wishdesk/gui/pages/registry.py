"""The pages of the main window, in navigation order. A later page replaces its ComingPage entry here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ..context import AppContext
from .base import ComingPage, Page
from .groups import GroupsPage
from .lessons import LessonsPage
from .parents import ParentsPage
from .reports import ReportsPage
from .setup import SetupPage
from .today import TodayPage


def _planning(ctx: AppContext) -> Page:
    return ComingPage(ctx, QCoreApplication.translate("Pages", "Planning"), QCoreApplication.translate("Pages", 
        "Here the coordinator plans all duo lessons of the school year automatically and adjusts them by hand. "
        "This page arrives in a coming version."))


PAGE_FACTORIES: list[tuple[str, Callable[[AppContext], Page]]] = [
    ("today", TodayPage),
    ("planning", _planning),
    ("groups", GroupsPage),
    ("lessons", LessonsPage),
    ("parents", ParentsPage),
    ("reports", ReportsPage),
    ("setup", SetupPage),
]
