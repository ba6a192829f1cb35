"""Importing a class list into a group: choose a CSV or Excel file, see every row as new / update /
unchanged / rejected with the reason, and only then import (one transaction, a backup first, undoable)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.importers.records import RowResult
from ...core.services import pupil_import
from ...core.services.pupil_import import ImportPreview, ImportResult
from .. import labels
from ..context import AppContext
from ..errors import translated as user_message_text
from ..widgets.form_fields import message_label
from .edit_base import push_done

COLORS = {"new": "#DFF3E4", "update": "#E0ECFF", "unchanged": "#F3F4F6", "rejected": "#FDE2E1"}


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, group_id: int, group_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.group_id, self.group_label = ctx, group_id, group_label
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import class list into %1").replace("%1", group_label))
        self.resize(900, 600)
        intro = QLabel(self.tr("Choose the class list as your school's system exports it (CSV or Excel). You "
                               "first see what would happen to every row; nothing is saved until you press "
                               "Import. Addresses and citizen numbers in the file are never read; surnames and "
                               "birth dates are never saved (they only tell two children with the same first "
                               "name apart, e.g. \"Sanne B.\" and \"Sanne K.\")."))
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setAccessibleName(self.tr("Choose file"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("No file chosen yet."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = message_label()
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Rows of the class list"))
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Result"), self.tr("Pupil"),
                                              self.tr("What happens"), self.tr("Note")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.skip_invalid = QCheckBox(self.tr("Leave out the rejected rows and import the rest"))
        self.skip_invalid.setAccessibleName(self.skip_invalid.text())
        self.skip_invalid.toggled.connect(lambda _on: self._update_buttons())
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setAccessibleName(self.tr("Import"))
        self.import_button.clicked.connect(self.do_import)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_invalid)
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose a class list"), str(Path.home()),
                                                    self.tr("Class lists (*.csv *.txt *.xlsx *.xls);;All files (*)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read the file and show the preview (nothing is written)."""
        self.preview, self.result = None, None
        self.file_label.setText(str(path))
        self.error.hide()
        db, group_id, me = self.ctx.db, self.group_id, self.ctx.scope_staff
        self.ctx.ops.run(lambda: pupil_import.preview_file(db, group_id, path, as_staff=me),
                         title=self.tr("Reading class list"),
                         on_done=self._show_preview, on_error=self._show_error)

    def _show_error(self, exc: BaseException) -> None:
        from ..operations import user_message

        self.preview = None
        self.table.setRowCount(0)
        self.summary.clear()
        self.error.setText(user_message(exc))
        self.error.show()
        self._update_buttons()

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        plan, counts = preview.plan, preview.plan.counts
        lines = [self.tr("%1 new, %2 to update, %3 unchanged, %4 rejected.").replace("%1", str(counts.get("new", 0)))
                 .replace("%2", str(counts.get("update", 0))).replace("%3", str(counts.get("unchanged", 0)))
                 .replace("%4", str(counts.get("rejected", 0)))]
        identity = [c.header for c in plan.ignored_columns if c.identity]
        not_read = [c.header for c in plan.ignored_columns if not c.identity]
        if identity:
            lines.append(self.tr("Only used to tell children with the same first name apart, never saved: %1.")
                         .replace("%1", ", ".join(identity)))
        if not_read:
            lines.append(self.tr("Not read (privacy or not needed): %1.").replace("%1", ", ".join(not_read)))
        lines += list(plan.warnings)
        if preview.language_note:  # a family language without texts: never silent (a Dutch line from the core)
            lines.append(user_message_text(preview.language_note))
        if plan.not_in_file:
            lines.append(self.tr("In the group but not in the file (they stay): %1.").replace(
                "%1", ", ".join(p.display_name for p in plan.not_in_file)))
        if preview.rejected:
            lines.append(self.tr("Rejected rows are not imported. Correct the file and choose it again, or tick "
                                 "\u201cLeave out the rejected rows\u201d below."))
        self.summary.setText("\n".join(lines))
        statuses = {"new": self.tr("new"), "update": self.tr("update"), "unchanged": self.tr("unchanged"),
                    "rejected": self.tr("rejected")}
        self.table.setRowCount(len(plan.rows))
        for index, row in enumerate(plan.rows):
            values = [str(row.line), statuses[row.status], row.pupil.display_name if row.pupil else "",
                      self._details(row), "; ".join(row.warnings)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setBackground(QBrush(QColor(COLORS[row.status])))
                item.setToolTip(value)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def _details(self, row: RowResult) -> str:
        if row.status == "rejected":
            return row.reason or ""
        if row.status == "update":
            return "; ".join(row.changes)
        if row.status == "unchanged" or row.pupil is None:
            return ""
        subgroups, languages, contacts = labels.subgroups(), labels.languages(), labels.contacts()
        parts = [subgroups[row.pupil.subgroup]] if row.pupil.subgroup else []
        for guardian in row.pupil.guardians:
            bits = [b for b in (guardian.name, languages.get(guardian.language or ""),
                                contacts.get(guardian.contact or "")) if b]
            parts.append(self.tr("parent: %1").replace("%1", ", ".join(bits)))
        return self.tr("added") + (f" ({'; '.join(parts)})" if parts else "")

    def _update_buttons(self) -> None:
        ready = self.preview is not None and self.result is None
        self.import_button.setEnabled(ready and self.preview.can_apply(self.skip_invalid.isChecked()))
        self.skip_invalid.setEnabled(ready and bool(self.preview.rejected))
        if ready and self.preview.rejected and not self.skip_invalid.isChecked():
            self.import_button.setToolTip(self.tr("Some rows are rejected: correct the file, or tick the box to "
                                                  "leave them out."))
        else:
            self.import_button.setToolTip("")

    def do_import(self) -> None:
        preview = self.preview
        if preview is None or not preview.can_apply(self.skip_invalid.isChecked()):
            return
        from ...paths import backup_dir_for

        db, skip, me = self.ctx.db, self.skip_invalid.isChecked(), self.ctx.scope_staff
        backups = backup_dir_for(db.location.path) if db.location.path else None
        self.import_button.setEnabled(False)
        self.ctx.ops.write(lambda: pupil_import.apply_import(db, preview, skip, backups, as_staff=me),
                           title=self.tr("Importing"),
                           on_done=self._imported, on_error=self._show_error, progress=True)

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        db = self.ctx.db
        text = QCoreApplication.translate("ImportDialog", "Import class list into %1").replace("%1", self.group_label)
        push_done(self.ctx, text, result, lambda: pupil_import.redo_import(db, result),
                  lambda: pupil_import.undo_import(db, result))
        self.summary.setText(self.tr("Imported: %1 new, %2 updated. You can undo this with Ctrl+Z.")
                             .replace("%1", str(result.created)).replace("%2", str(result.updated)))
        self.close_button.setText(self.tr("Close"))
        self._update_buttons()
