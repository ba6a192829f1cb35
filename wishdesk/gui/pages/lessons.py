"""Lessen: the lesson programme of the current school year, with each lesson's steps and who leads them."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter, QTextBrowser, QVBoxLayout, QWidget

from ...core.services import directory, lesson_plans
from ...core.services.directory import LessonRow
from ..context import AppContext
from ..models.rows import Column, RowTableModel
from .base import Page, heading
from .groups import _table


class LessonsPage(Page):
    object_name = "lessonsPage"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.lessons = RowTableModel[LessonRow]([
            Column(self.tr("No."), lambda r: r.number, align_right=True),
            Column(self.tr("Title"), lambda r: r.title),
            Column(self.tr("Theme"), lambda r: r.theme),
            Column(self.tr("Minutes"), lambda r: r.duration_minutes, align_right=True),
        ], self)
        self.view = _table(self.lessons, self.tr("Lessons"))
        self.view.setSortingEnabled(False)
        self.view.selectionModel().currentRowChanged.connect(self._selected)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Lesson plan"))
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Lessons")

    def refresh(self) -> None:
        self.ctx.ops.run(lambda: directory.list_lessons(self.ctx.db), on_done=self._show, progress=False)

    def _show(self, rows: list[LessonRow]) -> None:
        self.lessons.set_rows(rows)
        self.view.resizeColumnsToContents()
        if rows and not self.view.currentIndex().isValid():
            self.view.selectRow(0)

    def _selected(self, current, _previous) -> None:  # noqa: ANN001
        if not current.isValid():
            return
        row = self.lessons.row_at(current.row())
        self.ctx.ops.run(lambda: lesson_plans.lesson_plan(self.ctx.db, row.id), on_done=self._show_plan, progress=False)

    def _show_plan(self, plan: lesson_plans.LessonPlanView) -> None:
        leads = {"teacher": self.tr("teacher"), "specialist": self.tr("specialist"), "both": self.tr("together")}
        lesson, goals, steps = self.tr("Lesson"), self.tr("Goals"), self.tr("Steps")
        minutes, who, step_label = self.tr("Min."), self.tr("Who leads"), self.tr("Step")
        materials, home = self.tr("Materials"), self.tr("Home activity")
        parts = [f"<h2>{lesson} {plan.number}: {plan.title}</h2>", f"<p><i>{plan.theme}</i></p>"]
        parts.append(f"<h3>{goals}</h3><ul>" + "".join(f"<li>{g}</li>" for g in plan.goals) + "</ul>")
        parts.append(f"<h3>{steps}</h3><table cellpadding='4'>")
        parts.append(f"<tr><th align='left'>{minutes}</th><th align='left'>{who}</th><th align='left'>{step_label}</th></tr>")
        for step in plan.steps:
            parts.append(
                f"<tr><td valign='top'>{step.minutes}</td><td valign='top'>{leads.get(step.lead, step.lead)}</td>"
                f"<td><b>{step.title}</b><br/>{step.description}</td></tr>"
            )
        parts.append("</table>")
        parts.append(f"<h3>{materials}</h3><ul>" + "".join(f"<li>{m}</li>" for m in plan.materials) + "</ul>")
        parts.append(f"<h3>{home}</h3><p><b>{plan.home_title}</b><br/>{plan.home_text}</p>")
        self.detail.setHtml("".join(parts))
