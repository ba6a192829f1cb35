"""The pages of the main window, in navigation order. A later page replaces its ComingPage entry here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ..context import AppContext
from .base import ComingPage, Page
from .groups import GroupsPage
from .lessons import LessonsPage


def _today(ctx: AppContext) -> Page:
    return ComingPage(ctx, QCoreApplication.translate("Pages", "Today"), QCoreApplication.translate("Pages", 
        "Here you will see your next lessons with the full lesson plan, and record attendance, "
        "the duo reflection and concerns. This page arrives in a coming version."))


def _planning(ctx: AppContext) -> Page:
    return ComingPage(ctx, QCoreApplication.translate("Pages", "Planning"), QCoreApplication.translate("Pages", 
        "Here the coordinator plans all duo lessons of the school year automatically and adjusts them by hand. "
        "This page arrives in a coming version."))


def _parents(ctx: AppContext) -> Page:
    return ComingPage(ctx, QCoreApplication.translate("Pages", "Parents"), QCoreApplication.translate("Pages", 
        "Here you plan parent evenings and the closing showcase, print home-activity sheets and record what "
        "parents send back. This page arrives in a coming version."))


def _reports(ctx: AppContext) -> Page:
    return ComingPage(ctx, QCoreApplication.translate("Pages", "Reports"), QCoreApplication.translate("Pages", 
        "Here you make the report for the municipality: aggregates only, counts below 5 hidden. "
        "This page arrives in a coming version."))


PAGE_FACTORIES: list[tuple[str, Callable[[AppContext], Page]]] = [
    ("today", _today),
    ("planning", _planning),
    ("groups", GroupsPage),
    ("lessons", LessonsPage),
    ("parents", _parents),
    ("reports", _reports),
]
