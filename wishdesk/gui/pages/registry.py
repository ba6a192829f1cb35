"""The pages of the main window, in navigation order.

Pages are named here by module and class and imported only when first opened, so the main window can
appear before the database layer and the pages' services are even imported (start-up time).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..context import AppContext
from .base import Page


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]  # the navigation label, translated when called
    module: str
    class_name: str

    def create(self, ctx: AppContext) -> Page:
        return getattr(importlib.import_module(self.module), self.class_name)(ctx)


def _pages() -> list[PageSpec]:
    base = "wishdesk.gui.pages."
    return [
        PageSpec("today", lambda: QCoreApplication.translate("Pages", "Today"), base + "today", "TodayPage"),
        PageSpec("planning", lambda: QCoreApplication.translate("Pages", "Planning"), base + "planning", "PlanningPage"),
        PageSpec("groups", lambda: QCoreApplication.translate("Pages", "Groups"), base + "groups", "GroupsPage"),
        PageSpec("lessons", lambda: QCoreApplication.translate("Pages", "Lessons"), base + "lessons", "LessonsPage"),
        PageSpec("parents", lambda: QCoreApplication.translate("Pages", "Parents"), base + "parents", "ParentsPage"),
        PageSpec("reports", lambda: QCoreApplication.translate("Pages", "Reports"), base + "reports", "ReportsPage"),
        PageSpec("setup", lambda: QCoreApplication.translate("Pages", "Setup"), base + "setup", "SetupPage"),
    ]


PAGES: list[PageSpec] = _pages()
