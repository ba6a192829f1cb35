"""Print the home-activity sheets of one lesson for one group (or the duo's lesson plan), with a preview.

Choose group and lesson; the sheets are built and rendered in the background and shown page by page.
Print… records the set (HandoutDelivery) for the municipality report as handed out; Save as PDF… does
not (a saved file may be a trial): it offers "Count as handed out" for a PDF printed elsewhere. The notes
beside the preview say what a teacher must know before handing the sheets out: translations nobody has
checked, and a class video left out because not every pupil has consent.
"""

from __future__ import annotations

import io

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.services import directory, handouts, print_jobs
from ..context import AppContext
from ..operations import user_message
from ..widgets.pdf_preview import PdfPreview
from . import handouts_batch as options

HANDOUT, LESSON_PLAN = "handout", "lesson_plan"
WARNING_STYLE = "background: #fff4ce; border: 1px solid #e0b000; border-radius: 4px; padding: 6px; color: #3d2e00"
NOTE_STYLE = "background: #e8f1fb; border-radius: 4px; padding: 6px; color: #0b2e4f"
ERROR_STYLE = "color: #a00000"
DONE_STYLE = "color: #1a6b2a"


class HandoutsDialog(QDialog):
    """Group and lesson on the left, the preview with Print… and Save as PDF… on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, group_id: int | None = None,
                 lesson_number: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: handouts.HandoutJob | None = None  # the set shown in the preview (None: a lesson plan)
        self.shown_layout = "a4"
        self._token = 0
        self._wanted = (group_id, lesson_number)
        self._schools: dict[int, int] = {}  # group id -> school id, for the batch dialog
        self.setObjectName("handoutsDialog")
        self.setWindowTitle(self.tr("Print home activity"))
        self.document = QComboBox()
        self.document.setAccessibleName(self.tr("What to print"))
        self.document.addItem(self.tr("Home activity for the parents"), HANDOUT)
        self.document.addItem(self.tr("Lesson plan for the duo"), LESSON_PLAN)
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Group"))
        self.lesson = options.lesson_combo()
        self.sheets, self.language, self.paper = options.sheets_combo(), options.language_combo(), options.layout_combo()
        form = QFormLayout()
        form.addRow(self.tr("Print"), self.document)
        form.addRow(self.tr("Group"), self.group)
        form.addRow(self.tr("Lesson"), self.lesson)
        form.addRow(self.tr("Sheets"), self.sheets)
        form.addRow(self.tr("Language"), self.language)
        self.fallback = options.fallback_combo()
        form.addRow(self.tr("Without a translation"), self.fallback)
        form.addRow(self.tr("Paper"), self.paper)
        self.summary = self._label("handoutSummary")
        self.warning = self._label("handoutWarning", WARNING_STYLE)
        self.note = self._label("handoutNote", NOTE_STYLE)
        self.error = self._label("handoutError", ERROR_STYLE)
        self.recorded = self._label("handoutRecorded", DONE_STYLE)
        self.count_button = QPushButton(self.tr("Count as handed out"))
        self.count_button.setAccessibleName(self.tr("Count the saved sheets as handed out in the report"))
        self.count_button.clicked.connect(self._record)
        self.count_button.hide()
        self.batch_button = QPushButton(self.tr("Many groups at once…"))
        self.batch_button.setAccessibleName(self.tr("Home activities for all groups of a school or the municipality"))
        self.batch_button.clicked.connect(self.open_batch)
        side = QVBoxLayout()
        side.addLayout(form)
        for label in (self.summary, self.warning, self.note, self.error, self.recorded):
            side.addWidget(label)
        side.addWidget(self.count_button)
        side.addStretch(1)
        side.addWidget(self.batch_button)
        panel = QWidget()
        panel.setLayout(side)
        panel.setFixedWidth(340)
        self.preview = PdfPreview()
        self.preview.printed.connect(lambda _pages: self._record())
        self.preview.saved.connect(lambda _path: self._saved())
        body = QHBoxLayout()
        body.addWidget(panel)
        body.addWidget(self.preview, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.preview.print_document)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # one preview after a burst of changes, not one per keystroke
        self._timer.timeout.connect(self.make_preview)
        for combo in (self.document, self.group, self.lesson, self.sheets, self.language, self.fallback, self.paper):
            combo.currentIndexChanged.connect(self._changed)
        self.resize(1180, 800)
        self.preview.clear(self.tr("Loading groups and lessons…"))
        me = ctx.scope_staff  # sheets carry pupils' names: only the groups this person's role sees (core.access)
        ctx.ops.run(lambda: (directory.list_groups(ctx.db, as_staff=me), directory.list_lessons(ctx.db)),
                    on_done=self._loaded, progress=False)

    def _label(self, name: str, style: str = "") -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setStyleSheet(style)
        label.setVisible(False)
        return label

    @staticmethod
    def _say(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    # --- choices ------------------------------------------------------------------------------------
    def _loaded(self, rows: tuple) -> None:
        groups, lessons = rows
        self._schools = {row.id: row.school_id for row in groups}
        self.group.blockSignals(True)
        for row in groups:
            self.group.addItem(self.tr("%1 – group %2").replace("%1", row.school).replace("%2", row.name), row.id)
        group_id, lesson_number = self._wanted
        index = self.group.findData(group_id) if group_id is not None else 0
        self.group.setCurrentIndex(max(index, 0))
        self.group.blockSignals(False)
        options.fill_lessons(self.lesson, lessons, keep=lesson_number or 1)
        if not groups:
            self.preview.clear(self.tr("There are no groups in this school year yet."))
            return
        if lesson_number is None:  # the lesson the group had most recently is the sheet to hand out now
            chosen = self.group.currentData()
            self.ctx.ops.run(lambda: handouts.suggested_lesson(self.ctx.db, chosen), on_done=self._suggested,
                             progress=False)
        else:
            self.make_preview()

    def _suggested(self, number: int | None) -> None:
        if number is not None and self.lesson.findData(number) >= 0:
            self.lesson.blockSignals(True)
            self.lesson.setCurrentIndex(self.lesson.findData(number))
            self.lesson.blockSignals(False)
        self.make_preview()

    def select(self, group_id: int | None = None, lesson_number: int | None = None) -> None:
        """Choose a group and/or lesson from outside (e.g. from the Parents page)."""
        for combo, value in ((self.group, group_id), (self.lesson, lesson_number)):
            if value is not None and combo.findData(value) >= 0:
                combo.setCurrentIndex(combo.findData(value))

    def _changed(self) -> None:
        handout = self.document.currentData() == HANDOUT
        for combo in (self.sheets, self.language, self.fallback, self.paper):
            combo.setEnabled(handout)
        self._timer.start()

    # --- preview ------------------------------------------------------------------------------------
    def make_preview(self) -> None:
        """Build and render the current choice in the background, then show it."""
        self._timer.stop()
        group_id, lesson = self.group.currentData(), self.lesson.currentData()
        if group_id is None or lesson is None:
            return
        self._token += 1
        token, db = self._token, self.ctx.db
        kind, layout = self.document.currentData(), self.paper.currentData()
        language, generic = self.language.currentData(), bool(self.sheets.currentData())
        fallback = self.fallback.currentData()

        def job() -> tuple:
            buffer = io.BytesIO()
            if kind == HANDOUT:
                from ...printing.handouts import render_handouts

                built = handouts.build_handouts(db, group_id, lesson, language=language, generic=generic,
                                                fallback=fallback)
                render_handouts(built.batch, buffer, layout)
                return built, buffer.getvalue(), built.file_name
            from ...printing.lesson_plan import render_lesson_plans

            plans = print_jobs.lesson_plans_for_group(db, group_id, lesson)
            render_lesson_plans(plans, buffer)
            name = handouts.safe_file_name(f"Lesplan les {lesson} - groep {plans[0].group_name}.pdf")
            return None, buffer.getvalue(), name

        self.preview.set_message(self.tr("Making the preview…"))
        for label in (self.error, self.recorded):
            self._say(label, "")
        self.count_button.hide()
        self.ctx.ops.run(job, on_done=lambda result: self._show(token, layout, result),
                         on_error=lambda exc: self._failed(token, exc), progress=False)

    def _show(self, token: int, layout: str, result: tuple) -> None:
        if token != self._token:
            return  # an older choice finished after a newer one was asked for
        self.job, data, name = result
        self.shown_layout = layout
        self.preview.set_pdf(data, name)
        job = self.job
        if job is None:
            self._say(self.summary, self.tr("Lesson plan: %1 pages. Dutch only; not recorded.")
                      .replace("%1", str(self.preview.page_count())))
            self._say(self.warning, "")
            self._say(self.note, "")
            return
        self._say(self.summary, self.tr("%1 sheets on %2 pages. Languages: %3.")
                  .replace("%1", str(job.sheet_count)).replace("%2", str(self.preview.page_count()))
                  .replace("%3", options.names_of(job.languages)))
        self._say(self.warning, self.tr("Not checked by a person: the translation into %1. If you can, have "
                                        "a native speaker read the sheet before you hand it out.")
                  .replace("%1", options.names_of(job.unchecked_languages)) if job.unchecked_languages else "")
        fallback = self.tr("%1 families have a language without texts: they get %2.").replace(
            "%1", str(job.fallback_families)).replace("%2", self.fallback.currentText().lower()) \
            if job.fallback_families else ""
        self._say(self.note, " ".join(x for x in (self._consent_note(job), fallback, self._split_note(job, layout))
                                      if x))

    def _split_note(self, job: handouts.HandoutJob, layout: str) -> str:
        """On A5 a bilingual sheet that would need type below 8.5 pt takes both halves of its page."""
        if layout != "a5x2":
            return ""
        from ...printing.handouts import split_languages

        split = split_languages(job.batch, "a5x2")
        if not split:
            return ""
        return self.tr("On A5, sheets in these languages take both halves of their page, so the text stays readable: %1.").replace(
            "%1", options.names_of(tuple(split)))

    def _consent_note(self, job: handouts.HandoutJob) -> str:
        if job.video_withheld:
            if job.pupils_without_consent == 1:
                return self.tr("1 pupil without consent for the class video: no QR code.")
            return self.tr("%1 pupils without consent for the class video: no QR code.").replace(
                "%1", str(job.pupils_without_consent))
        if job.batch.lesson.video_url:
            return self.tr("With a QR code to the class video (every pupil has consent).")
        return ""

    def _failed(self, token: int, exc: BaseException) -> None:
        if token != self._token:
            return
        self.job = None
        self.preview.clear(self.tr("Nothing to print."))
        for label in (self.summary, self.warning, self.note):
            self._say(label, "")
        self._say(self.error, user_message(exc))

    # --- after printing or saving -------------------------------------------------------------------
    def _saved(self) -> None:
        """A saved PDF is not handed out yet (often a trial): offer to count it instead of counting it."""
        if self.job is None:
            return
        self._say(self.recorded, self.tr("Saved; not counted in the report. Printed it and handed it out? "
                                         "Then count it."))
        self.count_button.setVisible(not self.ctx.db.read_only)

    def _record(self) -> None:
        job, layout = self.job, self.shown_layout
        self.count_button.hide()
        if job is None:
            return
        if self.ctx.db.read_only:
            self._say(self.recorded, self.tr("Not recorded: the database is open read-only."))
            return

        def done(_row_id: int) -> None:
            self._say(self.recorded, self.tr("Recorded for the report: %1 sheets, group %2, lesson %3.")
                      .replace("%1", str(job.sheet_count)).replace("%2", job.group_name)
                      .replace("%3", str(job.lesson_number)))
            self.ctx.changed("handouts")

        self.ctx.ops.write(lambda: handouts.record_delivery(self.ctx.db, job, layout), on_done=done)

    def open_batch(self) -> options.HandoutsBatchDialog:
        """The batch dialog for a school (this group's) or the municipality, for the chosen lesson."""
        dialog = options.HandoutsBatchDialog(self.ctx, self, lesson_number=self.lesson.currentData(),
                                             school_id=self._school_of_group(),
                                             choices=(self.sheets.currentIndex(), self.language.currentIndex(),
                                                      self.paper.currentIndex()))
        dialog.setModal(True)
        dialog.show()
        return dialog

    def _school_of_group(self) -> int | None:
        return self._schools.get(self.group.currentData())


def open_handouts_dialog(ctx: AppContext, parent: QWidget | None = None, group_id: int | None = None,
                         lesson_number: int | None = None) -> HandoutsDialog:
    """Open the print dialog (File ▸ Print home activity…, Ctrl+P; the Parents page), optionally on a group and
    lesson. Without a lesson the group's most recent lesson is chosen. Returns the (non-modal) dialog."""
    dialog = HandoutsDialog(ctx, parent, group_id=group_id, lesson_number=lesson_number)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    return dialog
