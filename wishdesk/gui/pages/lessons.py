"""Lessen: the lesson programme of a school year. Everyone sees each lesson's plan; trainers and
coordinators adapt it: texts per language (with "checked by a person"), steps, home activities, and the
order of the lessons (add, duplicate, move, remove). Each school year has its own copy of the programme."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.services import curriculum_edit as ce
from ...core.services import lesson_plans, setup_years
from ...core.services.curriculum_edit import CurriculumInfo, LessonState, LessonSummary
from ...core.services.years import find_year
from .. import labels
from ..context import AppContext
from ..dialogs.curriculum_editor import LessonEditor
from ..dialogs.edit_base import ask, delete_or_archive, push_done, run_edit
from ..models.rows import Column, RowTableModel
from ..widgets.form_fields import WARNING_STYLE
from ..widgets.form_table import table_view
from .base import Page, heading


class LessonsPage(Page):
    object_name = "lessonsPage"
    reloads_on = ("curriculum", "setup")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.info: CurriculumInfo | None = None
        self.current_id: int | None = None
        self._reselecting = False
        self.lessons = RowTableModel[LessonSummary]([
            Column(self.tr("No."), lambda r: r.number, align_right=True),
            Column(self.tr("Title"), lambda r: r.title),
            Column(self.tr("Minutes"), lambda r: r.duration_minutes, align_right=True),
            Column(self.tr("Checked"), self._checked_text, tooltip=self._unchecked_tooltip),
        ], self)
        self.view = table_view(self.lessons, self.tr("Lessons"))
        self.view.selectionModel().currentRowChanged.connect(self._selected)
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("School year"))
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(WARNING_STYLE)
        self.copy_button = QPushButton(self.tr("Give this year its own copy"))
        self.copy_button.setAccessibleName(self.copy_button.text())
        self.copy_button.clicked.connect(self.make_own_copy)
        self.buttons = {}
        bar = QHBoxLayout()
        for key, text, slot in (("add", self.tr("Add"), self.add_lesson), ("duplicate", self.tr("Duplicate"),
                                self.duplicate_lesson), ("up", self.tr("Up"), lambda: self.move(-1)),
                                ("down", self.tr("Down"), lambda: self.move(1)),
                                ("remove", self.tr("Remove…"), self.remove_lesson)):
            button = QPushButton(text)
            button.setAccessibleName(self.tr("%1 lesson").replace("%1", text.rstrip("…")))
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Lesson plan"))
        self.editor = LessonEditor()
        self.editor.save_requested.connect(self.save)
        self.editor.discard_requested.connect(lambda: self.editor.load(self.editor.state))
        self.editor.language_box.currentIndexChanged.connect(lambda _i: self._language_changed())
        self.right = QTabWidget()
        self.right.setAccessibleName(self.tr("Lesson plan or editor"))
        self.right.addTab(self.detail, self.tr("Lesson plan"))
        self.right.addTab(self.editor, self.tr("Edit lesson"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(self.tr("School year:")))
        year_row.addWidget(self.year, 1)
        left_layout.addLayout(year_row)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(bar)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 820])
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        layout.addLayout(banner_row)
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Lessons")

    def _checked_text(self, row: LessonSummary) -> str:
        total = len(set(row.languages) | set(row.unchecked))
        return self.tr("%1 of %2 languages").replace("%1", str(total - len(row.unchecked))).replace("%2", str(total))

    def _unchecked_tooltip(self, row: LessonSummary) -> str:
        if not row.unchecked:
            return self.tr("Every language was checked by a person.")
        names = labels.languages()
        return self.tr("Not yet checked by a person: %1").replace(
            "%1", ", ".join(names.get(code, code) for code in row.unchecked))

    # --- loading -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        db, chosen = self.ctx.db, self.year.currentData()

        def load() -> tuple[list[tuple[int, str]], CurriculumInfo | None]:
            years = [(y.id, y.name) for y in setup_years.list_years(db)]
            with db.session() as s:
                current = find_year(s, None)
                current_id = current.id if current else None
            year_id = chosen or current_id
            return years, (ce.year_curriculum(db, year_id) if year_id else ce.programme_without_year(db))

        self.ctx.ops.read(load, owner=self, key="lessons", on_done=self._show, progress=False)

    def _show(self, result: tuple[list[tuple[int, str]], CurriculumInfo | None]) -> None:
        years, info = result
        self.info = info
        self.year.blockSignals(True)
        self.year.clear()
        for year_id, name in years:
            self.year.addItem(name, year_id)
        if info is not None and info.year_id is not None:
            self.year.setCurrentIndex(self.year.findData(info.year_id))
        self.year.blockSignals(False)
        self._show_banner(info)
        self._reselecting = True
        self.lessons.set_rows(info.lessons if info else [])
        self._reselecting = False
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setStretchLastSection(True)
        editable = bool(info and info.editable)
        for button in self.buttons.values():
            button.setEnabled(editable)
        self.right.setTabEnabled(1, editable)
        rows = self.lessons.rows()
        row = next((i for i, r in enumerate(rows) if r.id == self.current_id), 0 if rows else None)
        if row is not None:
            self._reselecting = True
            self.view.selectRow(row)
            self._reselecting = False
            self._selected(self.lessons.index(row, 0), None)
        else:
            self.editor.load(None)
            self.detail.clear()

    def _show_banner(self, info: CurriculumInfo | None) -> None:
        if info is None or info.year_id is None:
            text = self.tr("There is no school year yet: this is the standard programme, to read. Create a school "
                           "year under Setup; it gets its own copy that you can adapt.")
        elif info.id is None:
            text = self.tr("This school year has no lesson programme yet.")
        elif info.shared_with:
            text = self.tr("This programme is also used by %1. Give this year its own copy before you change it, "
                           "so the other year stays as it was.").replace("%1", ", ".join(info.shared_with))
        elif info.held_sessions:
            text = self.tr("Lessons of this programme have been given %1 times this year; changes also show for "
                           "them. To prepare next year's programme, choose next school year above.").replace(
                "%1", str(info.held_sessions))
        else:
            text = ""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self.copy_button.setVisible(info is not None and info.year_id is not None and not info.editable)

    def _selected(self, current, _previous) -> None:  # noqa: ANN001
        if self._reselecting or not current.isValid():
            return
        row = self.lessons.row_at(current.row())
        if self.current_id is not None and row.id != self.current_id and self.editor.is_dirty():
            if not self._settle_unsaved():
                return
        keep_edits = row.id == self.current_id and self.editor.is_dirty()
        self.current_id = row.id
        db, language = self.ctx.db, self.editor.language
        self.ctx.ops.read(lambda: (ce.get_lesson(db, row.id), lesson_plans.lesson_plan(db, row.id, language)),
                         owner=self, key="lesson", on_done=lambda result: self._show_lesson(result, keep_edits), progress=False)

    def _language_changed(self) -> None:
        if self.current_id is not None:
            db, lesson_id, language = self.ctx.db, self.current_id, self.editor.language
            self.ctx.ops.read(lambda: lesson_plans.lesson_plan(db, lesson_id, language), owner=self, key="plan", on_done=self._show_plan,
                             progress=False)

    def _settle_unsaved(self) -> bool:
        """Ask what to do with unsaved edits; False keeps the current lesson selected."""
        choice = ask(self, self.tr("Unsaved changes"), self.tr("Save the changes to this lesson first?"),
                     [("save", self.tr("Save")), ("discard", self.tr("Discard")), ("cancel", self.tr("Cancel"))])
        if choice == "save":
            self.save()
            return True
        if choice == "discard":
            return True
        rows = self.lessons.rows()
        back = next((i for i, r in enumerate(rows) if r.id == self.current_id), None)
        if back is not None:
            self._reselecting = True
            self.view.selectRow(back)
            self._reselecting = False
        return False

    def _show_lesson(self, result: tuple[LessonState, lesson_plans.LessonPlanView], keep_edits: bool = False) -> None:
        state, plan = result
        if not keep_edits:  # a refresh caused elsewhere must not throw away what is being typed
            self.editor.load(state)
        self._show_plan(plan)

    def _show_plan(self, plan: lesson_plans.LessonPlanView) -> None:
        leads = labels.leads()
        lesson, goals, steps = self.tr("Lesson"), self.tr("Goals"), self.tr("Steps")
        minutes, who, step_label = self.tr("Min."), self.tr("Who leads"), self.tr("Step")
        materials, home = self.tr("Materials"), self.tr("Home activity")
        e = escape
        parts = [f"<h2>{lesson} {plan.number}: {e(plan.title)}</h2>", f"<p><i>{e(plan.theme)}</i></p>"]
        parts.append(f"<h3>{goals}</h3><ul>" + "".join(f"<li>{e(g)}</li>" for g in plan.goals) + "</ul>")
        parts.append(f"<h3>{steps}</h3><table cellpadding='4'>")
        parts.append(f"<tr><th align='left'>{minutes}</th><th align='left'>{who}</th><th align='left'>{step_label}</th></tr>")
        for step in plan.steps:
            parts.append(f"<tr><td valign='top'>{step.minutes}</td><td valign='top'>{leads.get(step.lead, step.lead)}"
                         f"</td><td><b>{e(step.title)}</b><br/>{e(step.description)}</td></tr>")
        parts.append("</table>")
        parts.append(f"<h3>{materials}</h3><ul>" + "".join(f"<li>{e(m)}</li>" for m in plan.materials) + "</ul>")
        parts.append(f"<h3>{home}</h3><p><b>{e(plan.home_title)}</b><br/>{e(plan.home_text)}</p>")
        self.detail.setHtml("".join(parts))

    # --- edits (all undoable) ------------------------------------------------------------------------

    def _label(self, number: int) -> str:
        return QCoreApplication.translate("LessonsPage", "lesson %1").replace("%1", str(number))

    def save(self) -> None:
        state = self.editor.state
        if state is None:
            return
        draft, db = self.editor.draft(), self.ctx.db
        text = QCoreApplication.translate("LessonsPage", "Edit %1").replace("%1", self._label(state.number))

        def saved(new: LessonState) -> None:
            self.editor.load(new)  # the editor now shows what is stored: clean, so refreshes may reload it
            push_done(self.ctx, text, new, lambda: ce.save_lesson(db, new.id, new.draft),
                      lambda: ce.save_lesson(db, state.id, state.draft), "curriculum")

        self.ctx.ops.write(lambda: ce.save_lesson(db, state.id, draft), title=text, on_done=saved,
                           on_error=self.editor.show_error)

    def _inserted(self, text: str, job) -> None:  # noqa: ANN001
        db = self.ctx.db

        def inverse(state: LessonState):  # noqa: ANN202
            return (lambda: ce.restore_lesson(db, state)), (lambda: ce.remove_lesson(db, state.id))

        def select(state: LessonState) -> None:  # the new lesson becomes the current one
            self.current_id = state.id
            self.refresh()

        run_edit(self.ctx, text, job, inverse, "curriculum", on_done=select)

    def selected(self) -> LessonSummary | None:
        index = self.view.currentIndex()
        return self.lessons.row_at(index.row()) if index.isValid() and self.lessons.rowCount() else None

    def add_lesson(self) -> None:
        if self.info is None or self.info.id is None:
            return
        db, curriculum_id = self.ctx.db, self.info.id
        current = self.selected()
        at = current.number + 1 if current else None
        self._inserted(QCoreApplication.translate("LessonsPage", "Add a lesson"),
                       lambda: ce.add_lesson(db, curriculum_id, at))

    def duplicate_lesson(self) -> None:
        current, db = self.selected(), self.ctx.db
        if current is not None:
            self._inserted(QCoreApplication.translate("LessonsPage", "Duplicate %1").replace(
                "%1", self._label(current.number)), lambda: ce.duplicate_lesson(db, current.id))

    def move(self, delta: int) -> None:
        current, db = self.selected(), self.ctx.db
        if current is None or not 1 <= current.number + delta <= self.lessons.rowCount():
            return
        target = current.number + delta
        text = QCoreApplication.translate("LessonsPage", "Move %1").replace("%1", self._label(current.number))
        run_edit(self.ctx, text, lambda: ce.move_lesson(db, current.id, target),
                 lambda old: ((lambda: ce.move_lesson(db, current.id, target)),
                              (lambda: ce.move_lesson(db, current.id, old))), "curriculum")

    def remove_lesson(self) -> None:
        current, db = self.selected(), self.ctx.db
        if current is None:
            return
        label = self._label(current.number) + f" ({current.title})"
        delete_or_archive(self.ctx, self, label, dependents=lambda: ce.dependents_lesson(db, current.id),
                          delete=lambda: ce.remove_lesson(db, current.id),
                          restore=lambda snap: (lambda: ce.restore_lesson(db, snap)), what="curriculum")

    def make_own_copy(self) -> None:
        info, db = self.info, self.ctx.db
        if info is None or info.year_id is None:
            return
        year_id = info.year_id
        self.ctx.ops.write(lambda: ce.make_own_copy(db, year_id), title=self.copy_button.text(),
                           on_done=lambda _id: self.ctx.changed("curriculum"))
