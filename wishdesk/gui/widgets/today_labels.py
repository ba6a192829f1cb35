"""Display names for the stored vocabulary codes used on the Today and Parents pages (sessions, concerns,
meetings, parent events), and the shared helper that runs an undoable edit and reports a failure."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..context import AppContext


def subgroup(code: str) -> str:
    return {"all": "", "boys": QCoreApplication.translate("Vocabulary", "boys"),
            "girls": QCoreApplication.translate("Vocabulary", "girls")}.get(code, code)


def status(code: str) -> str:
    return {
        "unplanned": QCoreApplication.translate("Vocabulary", "not planned"),
        "planned": QCoreApplication.translate("Vocabulary", "planned"),
        "held": QCoreApplication.translate("Vocabulary", "held"),
        "cancelled": QCoreApplication.translate("Vocabulary", "cancelled"),
    }.get(code, code)


def lead(code: str) -> str:
    from .form_labels import leads  # one vocabulary for who leads a step, shared with the curriculum editor

    return leads().get(code, code)


def categories() -> dict[str, str]:
    return {
        "wellbeing": QCoreApplication.translate("Vocabulary", "Wellbeing"),
        "safety": QCoreApplication.translate("Vocabulary", "Safety"),
        "bullying": QCoreApplication.translate("Vocabulary", "Bullying"),
        "behaviour": QCoreApplication.translate("Vocabulary", "Behaviour"),
        "home_situation": QCoreApplication.translate("Vocabulary", "Home situation"),
        "other": QCoreApplication.translate("Vocabulary", "Other"),
    }


def follow_ups() -> dict[str, str]:
    return {
        "none": QCoreApplication.translate("Vocabulary", "No follow-up yet"),
        "talk_parents": QCoreApplication.translate("Vocabulary", "Talk with the parents"),
        "care_coordinator": QCoreApplication.translate("Vocabulary", "Discuss with the care coordinator"),
        "reporting_code": QCoreApplication.translate("Vocabulary", "Next step of the reporting code"),
    }


def meeting_kinds() -> dict[str, str]:
    return {"intervision": QCoreApplication.translate("Vocabulary", "Intervision"),
            "team_meeting": QCoreApplication.translate("Vocabulary", "Team meeting")}


def parent_event_kinds() -> dict[str, str]:
    return {
        "parent_evening": QCoreApplication.translate("Vocabulary", "Parent evening"),
        "walk_in": QCoreApplication.translate("Vocabulary", "Walk-in"),
        "round_table": QCoreApplication.translate("Vocabulary", "Round table"),
        "online": QCoreApplication.translate("Vocabulary", "Online activity"),
        "showcase": QCoreApplication.translate("Vocabulary", "Closing showcase"),
    }


def todo_kinds() -> dict[str, str]:
    return {
        "unrecorded": QCoreApplication.translate("Vocabulary", "Was this lesson held?"),
        "attendance": QCoreApplication.translate("Vocabulary", "Record attendance"),
        "reflection": QCoreApplication.translate("Vocabulary", "Write the reflection"),
        "concern_review": QCoreApplication.translate("Vocabulary", "Review a concern"),
        "parent_attendance": QCoreApplication.translate("Vocabulary", "Record who came"),
    }


def language(code: str) -> str:
    """A family's language by name ("Turks"); unknown codes stay as they are."""
    return {
        "nl": QCoreApplication.translate("Vocabulary", "Dutch"),
        "en": QCoreApplication.translate("Vocabulary", "English"),
        "tr": QCoreApplication.translate("Vocabulary", "Turkish"),
        "ar": QCoreApplication.translate("Vocabulary", "Arabic"),
        "pl": QCoreApplication.translate("Vocabulary", "Polish"),
        "uk": QCoreApplication.translate("Vocabulary", "Ukrainian"),
        "ti": QCoreApplication.translate("Vocabulary", "Tigrinya"),
        "so": QCoreApplication.translate("Vocabulary", "Somali"),
        "fr": QCoreApplication.translate("Vocabulary", "French"),
        "de": QCoreApplication.translate("Vocabulary", "German"),
        "es": QCoreApplication.translate("Vocabulary", "Spanish"),
        "pt": QCoreApplication.translate("Vocabulary", "Portuguese"),
        "bg": QCoreApplication.translate("Vocabulary", "Bulgarian"),
        "ro": QCoreApplication.translate("Vocabulary", "Romanian"),
        "fa": QCoreApplication.translate("Vocabulary", "Persian"),
        "zh": QCoreApplication.translate("Vocabulary", "Chinese"),
    }.get(code, code)


def times(start: time | None, end: time | None) -> str:
    if start is None:
        return ""
    return f"{start:%H:%M}" + (f"–{end:%H:%M}" if end else "")


def group_label(name: str, half: str = "all") -> str:
    """'Groep 6A (jongens)'."""
    text = QCoreApplication.translate("Vocabulary", "Group %1").replace("%1", name)
    return f"{text} ({subgroup(half)})" if half in ("boys", "girls") else text


def short_date(value: date | None) -> str:
    from ..i18n import format_date

    return format_date(value, long=False) if value else ""


def run_edit(ctx: AppContext, text: str, redo: Callable[[], Any], undo: Callable[[], Any],
             what: str = "sessions") -> tuple[bool, Any]:
    """Do an undoable edit (one transaction in `redo`); a failure (e.g. a Dutch validation message) is
    reported through the operations helper, like any failed job. Returns (succeeded, result)."""
    try:
        return True, ctx.push(text, redo, undo, what)
    except Exception as exc:  # noqa: BLE001 - every failure is shown to the user, none is swallowed
        error = exc  # `exc` is unbound after the except block; the job may run later on a worker

        def fail() -> None:
            raise error

        ctx.ops.run(fail, title=text)
        return False, None
