"""The sync's results and status in the window's language (the core hands numbers, the GUI words them).

`core.sync.run` keeps its Dutch lines for the CLI (`wishdesk sync`); the window words the same numbers here with
Qt's translations, so the English interface reads English. One/many are two source strings (the .ts files hold
plain translations, no numerus forms).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # every call with literal strings: lupdate reads them


def _count(count: int, one: str, many: str) -> str:
    """`one` and `many` already translated; `many` has %1."""
    return one if count == 1 else many.replace("%1", str(count))


def summary(result: Any) -> str:
    """One line for the status bar: "12 changes sent, 30 received, 2 to review" (core SyncResult)."""
    parts = [_count(result.pushed, translate("SyncWords", "1 change sent"),
                    translate("SyncWords", "%1 changes sent")),
             translate("SyncWords", "%1 received").replace("%1", str(result.stored + result.deleted))]
    if result.waiting_conflicts:
        parts.append(translate("SyncWords", "%1 to review").replace("%1", str(result.waiting_conflicts)))
    if result.planning_clashes:
        parts.append(_count(len(result.planning_clashes), translate("SyncWords", "1 planning clash"),
                            translate("SyncWords", "%1 planning clashes")))
    return ", ".join(parts)


def status_text(status: Any) -> str:
    """"last synchronised 10:42 · 3 changes waiting" (core SyncStatus; local time)."""
    if status.last_sync_at:
        when = status.last_sync_at.astimezone().strftime("%H:%M")
        parts = [translate("SyncWords", "last synchronised %1").replace("%1", when)]
    else:
        parts = [translate("SyncWords", "not synchronised yet")]
    if status.waiting:
        waits = _count(status.waiting, translate("SyncWords", "1 change waiting"),
                       translate("SyncWords", "%1 changes waiting"))
        if status.attendance_lists:  # "10 changes waiting (1 attendance list)": what the person saved
            lists = _count(status.attendance_lists, translate("SyncWords", "1 attendance list"),
                           translate("SyncWords", "%1 attendance lists"))
            within = translate("SyncWords", "(%1)") if not status.other_waiting else \
                translate("SyncWords", "(including %1)")
            waits += " " + within.replace("%1", lists)
        parts.append(waits)
    if status.conflicts:
        parts.append(translate("SyncWords", "%1 to review").replace("%1", str(status.conflicts)))
    return " · ".join(parts)


def _table_counts() -> dict[str, tuple[str, str]]:
    """The tables a lost access removes rows of (row-level security), counted as people say it."""
    return {"pupil": (translate("SyncWords", "1 pupil"), translate("SyncWords", "%1 pupils")),
            "attendance": (translate("SyncWords", "1 attendance record"), translate("SyncWords", "%1 attendance records")),
            "consent": (translate("SyncWords", "1 consent"), translate("SyncWords", "%1 consents")),
            "guardian": (translate("SyncWords", "1 parent"), translate("SyncWords", "%1 parents")),
            "pupil_guardian": (translate("SyncWords", "1 parent link"), translate("SyncWords", "%1 parent links")),
            "return_slip": (translate("SyncWords", "1 return slip"), translate("SyncWords", "%1 return slips")),
            "parent_attendance": (translate("SyncWords", "1 parent attendance record"),
                                  translate("SyncWords", "%1 parent attendance records")),
            "session_log": (translate("SyncWords", "1 reflection"), translate("SyncWords", "%1 reflections")),
            "concern": (translate("SyncWords", "1 concern"), translate("SyncWords", "%1 concerns"))}


def access_lost(result: Any) -> str:
    """"" when nothing was removed; else which records left this laptop because access was lost."""
    if not result.access_lost:
        return ""
    from .dialogs.sync_conflicts import table_labels

    known, labels = _table_counts(), table_labels()
    parts = []
    for table, count in sorted(result.access_lost.items()):
        if table in known:
            parts.append(_count(count, *known[table]))
        else:
            parts.append(f"{count} × {labels.get(table, table)}")
    return translate("SyncWords", "Access lost: you may no longer see these records, so they were removed from this "
                     "laptop: %1.").replace("%1", ", ".join(parts))


def planning_heading() -> str:
    return translate("SyncWords", "After synchronising, the planning clashes (check it under Planning):")


def cancelled() -> str:
    return translate("SyncWords", "Synchronisation cancelled. Nothing was left half done; synchronise again to finish.")
