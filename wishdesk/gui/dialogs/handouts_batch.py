"""Home-activity sheets for every group of a school or of the whole municipality: one PDF per group in a folder.

The work runs in the background (``ctx.ops.run``: progress dialog with cancel, on the write lane because
every finished PDF is recorded as a HandoutDelivery). A cancel keeps the PDFs already written, and their
records, and writes nothing for the group in progress. Also home of the option lists that the single-group
dialog shares (lesson, sheets, language, layout).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core.languages import CODES as SHEET_LANGUAGE_CODES
from ...core.services import directory, handouts
from ...core.services.directory import LessonRow
from ...core.services.handout_batch import BatchResult, iter_handouts_for_groups
from ..context import AppContext

LANGUAGE_CODES = SHEET_LANGUAGE_CODES  # the one list, core.languages


def language_names() -> dict[str, str]:
    """Interface names of the sheet languages (the sheets themselves name them in their own script)."""
    from ..labels import language

    return {code: language(code) for code in LANGUAGE_CODES}


def names_of(codes: tuple[str, ...] | list[str]) -> str:
    names = language_names()
    return ", ".join(names.get(code, code) for code in codes)


def _combo(accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible)
    return combo


def lesson_combo() -> QComboBox:
    return _combo(QCoreApplication.translate("HandoutOptions", "Lesson"))


def fill_lessons(combo: QComboBox, rows: list[LessonRow], keep: int | None = None) -> None:
    """Lesson numbers with their titles; keeps the chosen number when it still exists."""
    keep = combo.currentData() if keep is None else keep
    combo.blockSignals(True)
    combo.clear()
    for row in rows:
        combo.addItem(f"{row.number}. {row.title}", row.number)
    index = combo.findData(keep)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


def sheets_combo() -> QComboBox:
    combo = _combo(QCoreApplication.translate("HandoutOptions", "Sheets"))
    # Short item texts: the options pane is narrow and the longer ones were cut off ("met n…"); the
    # tooltips say it in full.
    combo.addItem(QCoreApplication.translate("HandoutOptions", "Named, per pupil or family"), False)
    combo.setItemData(0, QCoreApplication.translate("HandoutOptions", "One sheet per pupil or family, with the "
                                                    "pupil's name"), Qt.ItemDataRole.ToolTipRole)
    combo.addItem(QCoreApplication.translate("HandoutOptions", "Spare, no name"), True)
    combo.setItemData(1, QCoreApplication.translate("HandoutOptions", "Spare sheets without a name, one per "
                                                    "language"), Qt.ItemDataRole.ToolTipRole)
    return combo


def language_combo() -> QComboBox:
    combo = _combo(QCoreApplication.translate("HandoutOptions", "Language"))
    combo.addItem(QCoreApplication.translate("HandoutOptions", "Each family's own language"), handouts.AUTO)
    for code, name in language_names().items():
        combo.addItem(QCoreApplication.translate("HandoutOptions", "Every sheet in %1").replace("%1", name), code)
    combo.setToolTip(QCoreApplication.translate(
        "HandoutOptions", "The home activity is printed in this language with the Dutch text beside it. "
        "Dutch alone when the lesson has no such translation."))
    return combo


def fallback_combo() -> QComboBox:
    """What a family gets whose language has no texts yet (e.g. French before it is translated)."""
    from ...core.languages import FALLBACK_DUTCH, FALLBACK_DUTCH_ENGLISH

    combo = _combo(QCoreApplication.translate("HandoutOptions", "Families without a translation"))
    combo.addItem(QCoreApplication.translate("HandoutOptions", "Dutch with English"), FALLBACK_DUTCH_ENGLISH)
    combo.addItem(QCoreApplication.translate("HandoutOptions", "Dutch only"), FALLBACK_DUTCH)
    combo.setToolTip(QCoreApplication.translate(
        "HandoutOptions", "For a family whose language has no texts in the lesson programme yet."))
    return combo


def layout_combo() -> QComboBox:
    combo = _combo(QCoreApplication.translate("HandoutOptions", "Paper"))
    combo.addItem(QCoreApplication.translate("HandoutOptions", "A4, one sheet per page"), "a4")
    combo.addItem(QCoreApplication.translate("HandoutOptions", "A5, two sheets per A4 page"), "a5x2")
    combo.setToolTip(QCoreApplication.translate("HandoutOptions", "A5 saves paper: cut each A4 page in half."))
    return combo


class HandoutsBatchDialog(QDialog):
    """Choose school or municipality, lesson and options, and a folder; makes one PDF per group."""

    stopped = Signal(int, int)  # groups done, groups in all: the user cancelled

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, lesson_number: int | None = None,
                 school_id: int | None = None, choices: tuple[int, int, int] | None = None) -> None:
        """``choices``: the rows of the sheets, language and paper lists to start from (as in another dialog)."""
        super().__init__(parent)
        self.ctx = ctx
        self.result: BatchResult | None = None
        self.setObjectName("handoutsBatchDialog")
        self.setWindowTitle(self.tr("Home activities for many groups"))
        self.one_school = QRadioButton(self.tr("All groups of one school"))
        self.everyone = QRadioButton(self.tr("All groups of the municipality"))
        scope = QButtonGroup(self)
        scope.addButton(self.one_school)
        scope.addButton(self.everyone)
        self.school = _combo(self.tr("School"))
        self.one_school.setChecked(True)
        self.one_school.toggled.connect(self.school.setEnabled)
        self.lesson = lesson_combo()
        self.sheets, self.language, self.paper = sheets_combo(), language_combo(), layout_combo()
        for combo, row in zip((self.sheets, self.language, self.paper), choices or (0, 0, 0), strict=True):
            combo.setCurrentIndex(row)
        self.folder = QLineEdit(str(Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)) / self.tr("Home activities")))
        self.folder.setAccessibleName(self.tr("Folder for the PDF files"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose folder"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.one_school, self.school)
        form.addRow(self.everyone)
        form.addRow(self.tr("Lesson"), self.lesson)
        form.addRow(self.tr("Sheets"), self.sheets)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Folder"), folder_row)
        explain = QLabel(self.tr("One PDF file per group. Every file made is recorded for the report. You can "
                                 "cancel at any time; the files already made are kept."))
        explain.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("batchSummary")
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Groups to look at"))
        self.details.setMaximumHeight(110)
        self.details.setVisible(False)
        self.open_folder = QPushButton(self.tr("Open folder"))
        self.open_folder.setAccessibleName(self.tr("Open folder"))
        self.open_folder.setVisible(False)
        self.open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.start = buttons.addButton(self.tr("Make PDF files"), QDialogButtonBox.ButtonRole.ActionRole)
        self.start.setAccessibleName(self.tr("Make PDF files"))
        self.start.setDefault(True)
        self.start.clicked.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addWidget(self.open_folder)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self.stopped.connect(self._stopped)
        me = ctx.scope_staff  # sheets carry pupils' names: only the schools this person's role sees (core.access)
        ctx.ops.run(lambda: (directory.list_schools(ctx.db, as_staff=me), directory.list_lessons(ctx.db)),
                    on_done=lambda rows: self._loaded(*rows, school_id, lesson_number), progress=False)

    def _loaded(self, schools: list, lessons: list[LessonRow], school_id: int | None,
                lesson_number: int | None) -> None:
        for row in schools:
            self.school.addItem(row.name, row.id)
        if school_id is not None and self.school.findData(school_id) >= 0:
            self.school.setCurrentIndex(self.school.findData(school_id))
        fill_lessons(self.lesson, lessons, keep=lesson_number or 1)

    def _stopped(self, done: int, total: int) -> None:
        self.summary.setText(self.tr("Stopped after %1 of %2 groups. The files already made are kept.")
                             .replace("%1", str(done)).replace("%2", str(total)))
        self.open_folder.setVisible(done > 0)
        self.ctx.changed("handouts")

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDF files"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    overwrite_answer: bool | None = None  # tests answer the question instead of a modal box

    def _may_replace(self, folder: Path) -> bool:
        """A folder that already holds PDF files: say so and ask before any of them may be replaced."""
        existing = sorted(folder.glob("*.pdf")) if folder.is_dir() else []
        if not existing:
            return True
        if type(self).overwrite_answer is not None:
            return type(self).overwrite_answer
        text = self.tr("The folder %1 already holds %2 PDF files. Files with the same name as a new sheet are "
                       "replaced. Continue?").replace("%1", str(folder)).replace("%2", str(len(existing)))
        answer = QMessageBox.question(self, self.tr("Replace files?"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def run(self) -> None:
        """Start the batch in the background (with progress and cancel)."""
        folder = self.folder.text().strip()
        if not folder:
            self.summary.setText(self.tr("Choose a folder for the PDF files."))
            return
        if self.lesson.currentData() is None or (self.one_school.isChecked() and self.school.currentData() is None):
            self.summary.setText(self.tr("Choose a school and a lesson."))
            return
        if not self._may_replace(Path(folder)):
            return
        db, school = self.ctx.db, self.school.currentData() if self.one_school.isChecked() else None
        lesson, layout = int(self.lesson.currentData()), self.paper.currentData()
        language, generic = self.language.currentData(), bool(self.sheets.currentData())

        stopped, me = self.stopped, self.ctx.scope_staff

        def job():  # noqa: ANN202 - a generator of progress
            from ...core.access import visible_groups
            from ...printing.handouts import iter_render_handouts

            ids = visible_groups(db, me, handouts.batch_group_ids(db, school_id=school))
            # many groups: worker processes, started fresh (spawn) because a Qt process must not fork
            steps = iter_handouts_for_groups(db, ids, lesson, folder, render=iter_render_handouts, layout=layout,
                                             language=language, generic=generic, processes=None,
                                             start_method="spawn")
            done = 0
            try:
                while True:
                    try:
                        step = next(steps)
                    except StopIteration as stop:
                        return stop.value
                    done = step[0]
                    yield step
            except GeneratorExit:  # cancelled: say how far it got (signal crosses to the GUI thread)
                steps.close()
                stopped.emit(done, len(ids))
                raise

        self.summary.setText("")
        self.ctx.ops.write(job, title=self.tr("Making home-activity sheets"), on_done=self._done, progress=True)

    def _done(self, result: BatchResult) -> None:
        self.result = result
        lines = [self.tr("%1 PDF files with %2 sheets in %3.").replace("%1", str(len(result.files)))
                 .replace("%2", str(result.sheets)).replace("%3", self.folder.text())]
        if result.groups_without_qr == 1:
            lines.append(self.tr("1 group without the class video's QR code: not every pupil has consent."))
        elif result.groups_without_qr:
            lines.append(self.tr("%1 groups without the class video's QR code: not every pupil has consent.")
                         .replace("%1", str(result.groups_without_qr)))
        if result.unchecked_languages:
            lines.append(self.tr("Not checked by a person: the translation into %1.")
                         .replace("%1", names_of(result.unchecked_languages)))
        self.summary.setText("\n".join(lines))
        details = list(result.notes) + list(result.skipped)  # Dutch lines from the core, one per group
        self.details.setPlainText("\n".join(details))
        self.details.setVisible(bool(details))
        self.open_folder.setVisible(bool(result.files))
        self.ctx.changed("handouts")
