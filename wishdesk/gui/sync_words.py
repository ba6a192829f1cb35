"""The sync's results and status in the window's language (the core hands numbers, the GUI words them).

`core.sync.run` keeps its Dutch lines for the CLI (`wishdesk sync`); the window words the same numbers here with
Qt's translations, so the English interface reads English. One/many are two source strings (the .ts files hold
plain translations, no numerus forms).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncWords", text)


def _count(count: int, one: str, many: str) -> str:
    return _tr(one) if count == 1 else _tr(many).replace("%1", str(count))


def summary(result: Any) -> str:
    """One line for the status bar: "12 changes sent, 30 received, 2 to review" (core SyncResult)."""
    parts = [_count(result.pushed, "1 change sent", "%1 changes sent"),
             _tr("%1 received").replace("%1", str(result.stored + result.deleted))]
    if result.waiting_conflicts:
        parts.append(_tr("%1 to review").replace("%1", str(result.waiting_conflicts)))
    if result.planning_clashes:
        parts.append(_count(len(result.planning_clashes), "1 planning clash", "%1 planning clashes"))
    return ", ".join(parts)


def status_text(status: Any) -> str:
    """"last synchronised 10:42 · 3 changes waiting" (core SyncStatus; local time)."""
    if status.last_sync_at:
        parts = [_tr("last synchronised %1").replace("%1", status.last_sync_at.astimezone().strftime("%H:%M"))]
    else:
        parts = [_tr("not synchronised yet")]
    if status.waiting:
        waits = _count(status.waiting, "1 change waiting", "%1 changes waiting")
        if status.attendance_lists:  # "10 changes waiting (1 attendance list)": what the person saved
            lists = _count(status.attendance_lists, "1 attendance list", "%1 attendance lists")
            waits += " " + (_tr("(%1)") if not status.other_waiting else _tr("(including %1)")).replace("%1", lists)
        parts.append(waits)
    if status.conflicts:
        parts.append(_tr("%1 to review").replace("%1", str(status.conflicts)))
    return " · ".join(parts)


def _table_counts() -> dict[str, tuple[str, str]]:
    return {"pupil": ("1 pupil", "%1 pupils"), "attendance": ("1 attendance record", "%1 attendance records"),
            "consent": ("1 consent", "%1 consents"), "guardian": ("1 parent", "%1 parents"),
            "pupil_guardian": ("1 parent link", "%1 parent links"), "return_slip": ("1 return slip", "%1 return slips"),
            "parent_attendance": ("1 parent attendance record", "%1 parent attendance records"),
            "session_log": ("1 reflection", "%1 reflections"), "concern": ("1 concern", "%1 concerns")}


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
    return _tr("Access lost: you may no longer see these records, so they were removed from this laptop: %1.").replace(
        "%1", ", ".join(parts))


def planning_heading() -> str:
    return _tr("After synchronising, the planning clashes (check it under Planning):")


def cancelled() -> str:
    return _tr("Synchronisation cancelled. Nothing was left half done; synchronise again to finish.")
