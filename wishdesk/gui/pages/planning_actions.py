"""The Planning page's edits: move (drag and drop, Alt+arrows, next free moment), pin, cancel and re-plan,
automatic planning, and the calendar export. Kept apart from the page, which only lays out and shows.

Every edit goes through ctx.edit (the write lane, undo/redo); a move carries the row version shown on screen,
so a colleague's change in between is refused (StaleEdit) instead of overwritten. Each passes the signed-in
person (``as_staff``): the services refuse a lesson of a school they do not work at (core.access)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject
from PySide6.QtWidgets import QDialog, QFileDialog

from ...core.edits import Changes, Kind, already_done, reversible
from ...core.services import planning, planning_edits, sessions
from ...core.services.planning_changes import reapply_changes, revert_changes
from ...core.services.planning_views import save_ics
from ..dialogs.session_change import CancelSessionDialog
from .planning_jobs import first_new_lesson_elsewhere, when_text

if TYPE_CHECKING:
    from .planning import PlanningPage

PLAN_CHANGES = Changes.of(Kind.PLANNING, Kind.SESSIONS)


class PlanningActions(QObject):
    """What the page's views and buttons ask for, written on the lane; the outcome goes back to the page."""

    def __init__(self, page: PlanningPage) -> None:
        super().__init__(page)
        self.page = page

    def move(self, key: str, start: datetime) -> None:
        page = self.page
        today = page.today()
        first, last = page.range()
        anchor = page.anchor
        if not first <= start.date() <= last:
            page.anchor = start.date()
        page._pending_key = key  # the page reloads after the edit and keeps the lesson selected
        shown = page.week.item(key)
        version = shown.version if shown is not None else None  # what the person saw when they dragged it
        me = page.ctx.scope_staff

        def failed(_exc: BaseException) -> None:
            page.anchor, page._pending_key = anchor, ""
            page.refresh()  # a refused move (someone else's change, a rule) shows the plan as it is now

        def moved(outcome: planning_edits.MoveOutcome) -> None:
            text = self.tr("Moved to %1.").replace("%1", when_text(start))
            if len(outcome.conflicts) == 1:
                text += " " + self.tr("Watch out: %1").replace("%1", outcome.conflicts[0].message)
            elif outcome.conflicts:
                text += " " + self.tr("Watch out: %1 conflicts, see the list on the right.").replace(
                    "%1", str(len(outcome.conflicts)))
            page.say(text)

        def job(db):  # noqa: ANN001, ANN202 - Database -> MoveOutcome
            return planning_edits.move_session_to(db, key, start, today=today, version=version, as_staff=me)

        page.ctx.edit(self.tr("Move lesson"), reversible(PLAN_CHANGES, job, planning_edits.undo_move),
                      on_done=moved, after_failure=failed)

    def act(self, action: str, key: str) -> None:
        page = self.page
        db, me = page.ctx.db, page.ctx.scope_staff
        if action in ("pin", "unpin"):
            pin = action == "pin"
            text = self.tr("Pin lesson") if pin else self.tr("Release lesson")
            page._pending_key = key
            page.ctx.edit(text, reversible(PLAN_CHANGES, lambda d: planning_edits.set_pinned(d, key, pin, as_staff=me),
                                           sessions.restore_session))
        elif action == "next_free":
            today = page.today()
            page.ctx.ops.run(lambda: planning_edits.next_free_slot(db, key, today=today, as_staff=me),
                             on_done=lambda slot: self._free_found(key, slot), progress=False)
        elif action == "replan":
            self.cancel_and_replan(key)

    def _free_found(self, key: str, slot: datetime | None) -> None:
        if slot is None:
            self.page.say(self.tr("There is no free moment that keeps every rule. Use “Cancel and re-plan…”, "
                                  "which may move other lessons a little."))
            return
        self.move(key, slot)

    def cancel_and_replan(self, key: str, reason: str | None = None) -> None:
        """Ask why (unless ``reason`` is given), cancel the lesson and plan it again at once."""
        page = self.page
        db, session_id = page.ctx.db, int(key[1:])
        if reason is None:
            page.ctx.ops.run(lambda: sessions.get_session(db, session_id), on_done=self._ask_reason, progress=False)
            return
        today, me = page.today(), page.ctx.scope_staff
        page.ctx.ops.write(lambda: planning_edits.replan_after_cancel(db, session_id, reason, today=today,
                                                                      as_staff=me),
                           title=self.tr("Cancel and re-plan"), on_done=self._replanned, progress=True)

    def _ask_reason(self, view: sessions.SessionView) -> None:
        dialog = CancelSessionDialog(view, self.page)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.cancel_and_replan(f"s{view.id}", dialog.reason_text())

    def _replanned(self, outcome: planning_edits.ReplanOutcome) -> None:
        page = self.page
        if outcome.ok:
            text = self.tr("New moment: %1.").replace("%1", when_text(outcome.new_start))
            if outcome.moved:
                text += " " + self.tr("Also moved: %1.").replace("%1", "; ".join(
                    f"{m.label} → {m.new:%d-%m %H:%M}" for m in outcome.moved))
            page.anchor, page._pending_key = outcome.new_start.date(), f"s{outcome.session_id}"
        else:
            text = self.tr("The lesson is cancelled but no new moment fits: %1").replace(
                "%1", " ".join(outcome.explanations))
        page.ctx.record(self.tr("Cancel and re-plan lesson"), already_done(  # the change set reloads the page
            PLAN_CHANGES, outcome, lambda d, o: (planning_edits.undo_replan(d, o), o)[1],
            planning_edits.redo_replan))
        page.say(" ".join([text, *outcome.notes]))

    def auto_plan(self) -> None:
        page = self.page
        if not page.plan_button.isEnabled():  # Ctrl+Shift+P for a role that does not plan: the tooltip says why
            page.say(page.plan_button.toolTip())
            return
        db, today, limit, me = page.ctx.db, page.today(), page.plan_time_limit, page.ctx.scope_staff
        page.say(self.tr("Planning… this takes up to %1 seconds.").replace("%1", str(round(limit + 1))))
        page.ctx.ops.write(lambda: planning.plan_year(db, today=today, time_limit=limit, as_staff=me),
                           title=self.tr("Automatic planning"), on_done=self.planned, progress=True)

    def planned(self, outcome: planning.PlanOutcome, undo_text: str = "") -> None:
        """Show what automatic planning (or re-plan everything) did and put it on the history as one edit."""
        page = self.page
        lines = [outcome.summary()]
        if not outcome.ok:
            lines.append(self.tr("Not everything could be planned:"))
            lines += [f"• {line}" for line in outcome.explanations]
        lines += [f"• {note}" for note in outcome.notes]
        first = first_new_lesson_elsewhere(page.bundle, outcome, *page.range())
        if first is not None:  # the view showed an empty week while the plan starts later: go there
            page.anchor = first
            lines.append(self.tr("The first planned lesson is on %1; the view shows that week now.").replace(
                "%1", QLocale().toString(QDate(first.year, first.month, first.day), "dddd d MMMM yyyy")))
        if outcome.changes.items:  # the change set reloads the page
            page.ctx.record(undo_text or self.tr("Automatic planning"), already_done(
                PLAN_CHANGES, outcome, lambda d, o: (revert_changes(d, o.changes), o)[1],
                lambda d, o: replace(o, changes=reapply_changes(d, o.changes))))
        else:
            page.refresh()
        page.say("\n".join(lines))

    def choose_export(self, mine: bool) -> None:
        page = self.page
        person = page.bundle.who if mine and page.bundle and page.bundle.by != "school" else None
        name = page.who_combo.currentText() if person else self.tr("everyone")
        path, _ = QFileDialog.getSaveFileName(page, self.tr("Export calendar"),
                                              str(Path.home() / f"WIsH {name}.ics"), self.tr("Calendar (*.ics)"))
        if path:
            self.export_ics(path if path.lower().endswith(".ics") else path + ".ics", person)

    def export_ics(self, path: str, person_id: int | None) -> None:
        page = self.page
        done = self.tr("%1 appointments saved in %2. Open this file with Outlook, Google or Apple Calendar.")
        me = page.ctx.scope_staff  # "everyone" is everyone of the schools this person works at
        page.ctx.ops.run(lambda db=page.ctx.db: save_ics(db, path, person_id, as_staff=me),
                         title=self.tr("Export calendar"),
                         on_done=lambda n: page.say(done.replace("%1", str(n)).replace("%2", path)))
