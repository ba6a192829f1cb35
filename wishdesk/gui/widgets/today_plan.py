"""The lesson plan as the duo reads it before a lesson: steps with minutes and who leads, goals and
materials, the last reflection of this group, and what families sent back on the previous return slip."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from ...core.services.lesson_plans import LessonPlanView
from ...core.services.parent_events import SlipSummary
from ...core.services.reflections import ReflectionView
from ...core.services.sessions import ChangeView, SessionView
from .. import formatting, labels


@dataclass(frozen=True)
class SessionBundle:
    """Everything the Today page shows about one session, read in one background job."""

    session: SessionView
    plan: LessonPlanView
    last_reflection: ReflectionView | None
    reflection: ReflectionView | None
    slips: SlipSummary | None
    history: tuple[ChangeView, ...]


class LessonPlanBrowser(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Lesson plan"))
        self.setOpenLinks(False)

    def show_bundle(self, bundle: SessionBundle) -> None:
        self.setHtml(self._html(bundle))

    def _html(self, b: SessionBundle) -> str:
        plan = b.plan
        steps_title, minutes = self.tr("Steps"), self.tr("%1 min.")
        time_head, who_head, step_head = self.tr("Time"), self.tr("Who leads"), self.tr("Step")
        goals, materials, home = self.tr("Goals"), self.tr("Materials"), self.tr("Home activity")
        parts = [self._reflection(b.last_reflection, b.session.subgroup), self._slips(b.slips), self._history(b.history)]
        total = sum(step.minutes for step in plan.steps)
        parts.append(f"<h3>{escape(steps_title)} ({escape(minutes.replace('%1', str(total)))})</h3>")
        parts.append("<table cellpadding='4' cellspacing='0' width='100%'>")
        parts.append(f"<tr><th align='left'>{escape(time_head)}</th><th align='left'>{escape(who_head)}</th>"
                     f"<th align='left'>{escape(step_head)}</th></tr>")
        minute = 0
        for step in plan.steps:
            parts.append(
                f"<tr><td valign='top' style='white-space:nowrap'>{minute}–{minute + step.minutes}′</td>"
                f"<td valign='top'><b>{escape(labels.lead(step.lead))}</b></td>"
                f"<td valign='top'><b>{escape(step.title)}</b><br/>{escape(step.description)}</td></tr>")
            minute += step.minutes
        parts.append("</table>")
        if plan.goals:
            parts.append(f"<h3>{escape(goals)}</h3><ul>" + "".join(f"<li>{escape(g)}</li>" for g in plan.goals)
                         + "</ul>")
        if plan.materials:
            parts.append(f"<h3>{escape(materials)}</h3><ul>"
                         + "".join(f"<li>{escape(m)}</li>" for m in plan.materials) + "</ul>")
        if plan.home_title:
            parts.append(f"<h3>{escape(home)}</h3><p><b>{escape(plan.home_title)}</b><br/>{escape(plan.home_text)}</p>")
        return "".join(p for p in parts if p)

    def _reflection(self, r: ReflectionView | None, subgroup: str = "all") -> str:
        title = escape(self.tr("Last time"))
        box = "<div style='background:#eef4fb;padding:6px'>"
        if r is None:
            none_yet = self.tr("no reflection of an earlier lesson of this group yet.")
            return f"{box}<b>{title}</b>: {escape(none_yet)}</div>"
        head = self.tr("lesson %1, %2, written by %3").replace("%1", str(r.lesson_number)).replace(
            "%2", formatting.short_date(r.session_date)).replace("%3", r.author_name or "?")
        if r.subgroup != subgroup and labels.session_halves().get(r.subgroup):
            # a split group's other half: say so, the duo reads it knowing it was another lesson
            head += " · " + self.tr("from the lesson of the %1").replace("%1", labels.session_halves()[r.subgroup])
        went, change, climate = self.tr("Went well"), self.tr("Change next time"), self.tr("Group climate")
        rows = []
        if r.went_well:
            rows.append(f"<b>{escape(went)}:</b> {escape(r.went_well)}")
        if r.change_next:
            rows.append(f"<b>{escape(change)}:</b> {escape(r.change_next)}")
        if r.climate:
            rows.append(f"<b>{escape(climate)}:</b> {r.climate}/5")
        return f"{box}<b>{title}</b> <i>({escape(head)})</i><br/>" + "<br/>".join(rows) + "</div>"

    def _slips(self, s: SlipSummary | None) -> str:
        if s is None or s.done + s.not_done == 0:
            return ""
        head = self.tr("Home activity of lesson %1: %2 done, %3 not done, %4 no answer").replace(
            "%1", str(s.lesson_number)).replace("%2", str(s.done)).replace("%3", str(s.not_done)).replace(
            "%4", str(s.missing))
        comments = "".join(f"<li><b>{escape(name)}</b>: {escape(text)}</li>" for name, text in s.comments)
        return f"<p><b>{escape(head)}</b></p>" + (f"<ul>{comments}</ul>" if comments else "")

    def _history(self, history: tuple[ChangeView, ...]) -> str:
        lines = []
        for c in history:
            if c.kind == "cancelled":
                text = self.tr("Cancelled on %1 (was %2): %3").replace("%1", formatting.short_date(c.at.date())).replace(
                    "%2", formatting.short_date(c.old_date)).replace("%3", c.reason or "")
            elif c.kind == "moved":
                text = self.tr("Moved from %1 to %2").replace("%1", formatting.short_date(c.old_date)).replace(
                    "%2", formatting.short_date(c.new_date))
            else:
                continue
            lines.append(f"<li>{escape(text)}</li>")
        return f"<ul style='color:#7a4b00'>{''.join(lines)}</ul>" if lines else ""
