"""Small display formats shared by the Today, Planning and Parents screens: lesson times, a group with
its half of the class, and a short date."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication

from .labels import subgroup


def times(start: time | None, end: time | None) -> str:
    """'08:30–09:15'; no start time, no text."""
    if start is None:
        return ""
    return f"{start:%H:%M}" + (f"–{end:%H:%M}" if end else "")


def group_label(name: str, half: str = "all") -> str:
    """'Groep 6A (jongens)'."""
    text = QCoreApplication.translate("Vocabulary", "Group %1").replace("%1", name)
    return f"{text} ({subgroup(half)})" if half in ("boys", "girls") else text


def short_date(value: date | None) -> str:
    from .i18n import format_date

    return format_date(value, long=False) if value else ""
