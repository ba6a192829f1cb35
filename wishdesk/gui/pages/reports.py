"""Rapportage: the report for the municipality that funds the programme. Aggregates only: the core has
already hidden every count of pupils or families below 5 ("<5") and puts no names in the report; this page
shows it, and hands it to the PDF preview (print or save) and to an Excel export."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.report_data import (
    FIGURE_LABELS,
    OTHER_LANGUAGES,
    SCHOOL_COLUMNS,
    Figures,
    MunicipalityReport,
    count_text,
    figure_value,
)
from ...core.services import reports
from .. import labels
from ..context import AppContext
from ..models.rows import Column, RowTableModel
from ..scope import allow_item, load_scope
from ..widgets.dashboard import DashboardWidget
from ..widgets.form_table import table_view
from .base import Page, heading
from .reports_jobs import dashboard_or_none, load_report


@dataclass(frozen=True)
class KeyRow:
    label: str
    value: str


@dataclass(frozen=True)
class SchoolRow:
    name: str
    figures: Figures
    total: bool = False


class _SchoolModel(RowTableModel[SchoolRow]):
    """The per-school table; the total row is bold."""

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201 - Qt API
        if role == Qt.ItemDataRole.FontRole and index.isValid() and self.row_at(index.row()).total:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201, N802
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal:
            side = Qt.AlignmentFlag.AlignLeft if section == 0 else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)


class ReportsPage(Page):
    object_name = "reportsPage"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.report: MunicipalityReport | None = None
        self.dashboard = DashboardWidget()
        self.dashboard.drill.connect(self.drill)
        self._drill: tuple[int | None, int | None] = (None, None)  # school, group shown in the dashboard
        self._everything = True  # may choose "All schools" (core.access; set by _apply_scope)
        self.pdf_dialog = None
        self.last_export: str | None = None
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("School year"))
        self.school = QComboBox()
        self.school.setAccessibleName(self.tr("School"))
        for box in (self.year, self.school):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.pdf_button = QPushButton(self.tr("View/print PDF…"))
        self.pdf_button.setAccessibleName(self.tr("View or print the report as PDF"))
        self.pdf_button.clicked.connect(lambda: self.show_pdf())
        self.excel_button = QPushButton(self.tr("Export to Excel…"))
        self.excel_button.setAccessibleName(self.tr("Export the report to Excel"))
        self.excel_button.clicked.connect(lambda: self.export_excel())
        # Key figures as small tables side by side, one per topic (like the PDF), so each value stays next to
        # its label; a screen reader hears the topic as the table's name.
        self.cards: dict[str, tuple[RowTableModel[KeyRow], QTableView]] = {}
        cards = QGridLayout()
        for column, keys in enumerate((("reach", "meetings"), ("lessons",), ("home",), ("languages",))):
            for row, key in enumerate(keys):
                cards.addWidget(self._card(key), row, column, 1 if len(keys) > 1 else 2, 1)
        cards.setRowStretch(1, 1)
        headers = self._school_headers()
        self.school_model = _SchoolModel(
            [Column(self.tr("School"), lambda r: r.name)]
            # two-line headers keep the 14 columns within a laptop screen
            + [Column(headers[name].replace(" ", "\n", 1), lambda r, name=name: figure_value(r.figures, name),
                      align_right=True) for name, _ in SCHOOL_COLUMNS], self)
        self.school_view = table_view(self.school_model, self.tr("Figures per school"))
        self.school_view.horizontalHeader().setStretchLastSection(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.note = QLabel(self.tr(
            "Aggregates only: no names of pupils, parents or staff. Counts of pupils or families below 5 (0 "
            "included) are shown as <5, so no child can be singled out. Signals about pupils are never part "
            "of the report."))
        self.note.setWordWrap(True)
        self.protected_note = QLabel(self.tr(  # under the per-school table when a cell there shows "•"
            "• = hidden although it is 5 or more: otherwise a small count could be worked out from the total "
            "and the other schools."))
        self.protected_note.setObjectName("protectedNote")
        self.protected_note.setWordWrap(True)
        self.protected_note.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("School year:")))
        bar.addWidget(self.year)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("School:")))
        bar.addWidget(self.school)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.excel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        figures = QWidget()
        inner = QVBoxLayout(figures)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(cards)
        inner.addWidget(self._titled(self.tr("Per school"), self.school_view), 1)
        inner.addWidget(self.protected_note)
        self.tabs = QTabWidget()
        self.tabs.addTab(figures, self.tr("Report"))
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        self._set_enabled()

    def title(self) -> str:
        return self.tr("Reports")

    def _card(self, key: str) -> QWidget:
        model = RowTableModel[KeyRow]([
            Column(self.tr("Key figure"), lambda r: r.label),
            Column(self.tr("Value"), lambda r: r.value, align_right=True),
        ], self)
        view = table_view(model, self._section_titles()[key])
        view.horizontalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(False)
        view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.cards[key] = (model, view)
        box = self._titled(self._section_titles()[key], view)
        box.setObjectName(f"{key}Card")
        return box

    def key_rows(self) -> list[KeyRow]:
        """Every key figure shown, all topics (for tests and the accessibility check)."""
        return [row for model, _view in self.cards.values() for row in model.rows()]

    @staticmethod
    def _titled(title: str, view: QWidget) -> QWidget:
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 4, 0, 0)
        label = QLabel(f"<b>{title}</b>")
        label.setBuddy(view)
        inner.addWidget(label)
        inner.addWidget(view, 1)
        inner.addStretch(0)
        return box

    # --- translated labels (the PDF and Excel file are Dutch documents for the municipality) ---------

    def _section_titles(self) -> dict[str, str]:
        return {"reach": self.tr("Reach"), "lessons": self.tr("Lessons"), "home": self.tr("Home and parents"),
                "languages": self.tr("Home-activity languages"), "meetings": self.tr("Trainer meetings")}

    def _figure_labels(self) -> dict[str, str]:
        return {
            "schools": self.tr("Schools with groep 6 in the programme"),
            "groups": self.tr("Groups in the programme"),
            "groups_reached": self.tr("Groups with at least one lesson given"),
            "pupils_reached": self.tr("Pupils reached"),
            "lessons_total": self.tr("Lesson moments in the programme"),
            "lessons_held": self.tr("Given"),
            "lessons_planned": self.tr("Planned, still to come"),
            "lessons_unplanned": self.tr("Without a date yet"),
            "lessons_cancelled": self.tr("Cancelled (at least once)"),
            "attendance_rate": self.tr("Attendance at lessons given"),
            "reflections": self.tr("Reflections by the duo"),
            "climate_average": self.tr("Average group climate (1-5)"),
            "handout_sets": self.tr("Sets of home activities printed"),
            "handout_sheets": self.tr("Home-activity sheets"),
            "slips_done": self.tr("Return slips: done"),
            "slips_not_done": self.tr("Return slips: not done"),
            "parent_events_held": self.tr("Parent meetings held"),
            "families_attending": self.tr("Families at a parent meeting"),
        }

    def _school_headers(self) -> dict[str, str]:
        return {
            "groups": self.tr("Groups"), "pupils_reached": self.tr("Pupils reached"),
            "lessons_total": self.tr("Lessons total"), "lessons_held": self.tr("Lessons given"),
            "lessons_cancelled": self.tr("Cancelled"), "attendance_rate": self.tr("Attendance"),
            "reflections": self.tr("Reflections"), "climate_average": self.tr("Climate"),
            "handout_sheets": self.tr("Sheets"), "slips_done": self.tr("Slips done"),
            "slips_not_done": self.tr("Slips not done"), "parent_events_held": self.tr("Parent meetings"),
            "families_attending": self.tr("Families present"),
        }

    def _key_rows(self, report: MunicipalityReport) -> dict[str, list[KeyRow]]:
        """The key figures per card, with translated labels."""
        figure_names = self._figure_labels()
        out = {code: [KeyRow(figure_names[name], figure_value(report.totals, name)) for name, _label in items]
               for code, _dutch, items in FIGURE_LABELS}
        names = labels.languages()
        out["languages"] = [KeyRow(self.tr("Other languages") if lang.code == OTHER_LANGUAGES
                                   else f"{names.get(lang.code, lang.name)} ({lang.code})",
                                   self.tr("%1 sets").replace("%1", count_text(lang.sets)))
                            for lang in report.languages]
        kinds = {"intervision": self.tr("Peer consultation"), "team_meeting": self.tr("Team meeting at school")}
        out["meetings"] = []
        for m in report.meetings:
            kind = kinds.get(m.kind, m.label)
            out["meetings"] += [
                KeyRow(self.tr("%1: held").replace("%1", kind), str(m.meetings)),
                KeyRow(self.tr("%1: trainers present").replace("%1", kind), str(m.participants)),
                KeyRow(self.tr("%1: hours").replace("%1", kind), f"{m.hours:g}".replace(".", ",")),
            ]
        return out

    # --- loading ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        db, year, school = self.ctx.db, self.year.currentData(), self.school.currentData()
        me = self.ctx.scope_staff  # the schools this person works at; all of them for a programme coordinator
        load_scope(self.ctx, self, self._apply_scope)

        group = self._drill[1] if self._drill[0] == school and school is not None else None

        self.ctx.ops.read(lambda: load_report(db, year, school, group, me), title=self.tr("Making the report"), owner=self, key="report", on_done=self._show, progress=False)

    def drill(self, school_id: int | None, group_id: int | None) -> None:
        """Show another level of the dashboard (from the dashboard's drill-down), loaded on the lane."""
        db, year = self.ctx.db, self.report.year if self.report else None
        self._drill = (school_id, group_id)
        me = self.ctx.scope_staff
        self.ctx.ops.run(lambda: dashboard_or_none(db, year, school_id, group_id, me), title=self.tr("Making the report"),
                         on_done=self._show_dashboard, progress=False)

    def _show_dashboard(self, view) -> None:  # noqa: ANN001 - DashboardView or None
        if view is not None:
            self.dashboard.show_view(view)

    def _show(self, result: tuple[list[str], list[tuple[int, str]], MunicipalityReport | None, object]) -> None:
        years, schools, report, view = result
        self._show_dashboard(view)
        self.report = report
        for box in (self.year, self.school):
            box.blockSignals(True)
            box.clear()
        for name in reversed(years):  # newest first
            self.year.addItem(name, name)
        self.school.addItem(self.tr("All schools"), None)
        for school_id, name in schools:
            self.school.addItem(name, school_id)
        allow_item(self.school, 0, self._everything, "municipality")
        if report is not None:
            self.year.setCurrentIndex(self.year.findData(report.year))
            self.school.setCurrentIndex(max(0, self.school.findData(report.school_id)))
        for box in (self.year, self.school):
            box.blockSignals(False)
        if report is None:
            self.summary.setText(self.tr("There is no school year yet. Set one up on the Setup page first."))
            for model, _view in self.cards.values():
                model.set_rows([])
            self.school_model.set_rows([])
        else:
            self.summary.setText(self.tr("%1 – %2, made on %3.").replace("%1", report.title).replace(
                "%2", report.school_name or self.tr("all schools")).replace("%3", f"{report.generated_on:%d-%m-%Y}"))
            rows = self._key_rows(report)
            for key, (model, _view) in self.cards.items():
                model.set_rows(rows.get(key) or [KeyRow(self.tr("None yet"), "")])
            lines = [SchoolRow(line.school_name, line.figures) for line in report.schools]
            if len(lines) != 1:
                lines.append(SchoolRow(self.tr("Total"), report.totals, total=True))
            self.school_model.set_rows(lines)
        self.protected_note.setVisible(report is not None and bool(
            report.totals.protected or any(line.figures.protected for line in report.schools)))
        for _model, view in self.cards.values():
            view.updateGeometry()
        self.school_view.resizeColumnsToContents()
        self._set_enabled()

    def _apply_scope(self, scope) -> None:  # noqa: ANN001 - core.access.Scope
        """All schools together is the programme coordinator's report; others choose among their own schools."""
        self._everything = scope.everything
        allow_item(self.school, 0, scope.everything, "municipality")

    def _set_enabled(self) -> None:
        for button in (self.pdf_button, self.excel_button):
            button.setEnabled(self.report is not None)

    def _file_name(self, suffix: str) -> str:
        report = self.report
        scope = f" {report.school_name}" if report and report.school_name else ""
        return f"WIsH-rapportage {report.year if report else ''}{scope}{suffix}".replace("/", "-")

    # --- outputs -------------------------------------------------------------------------------------

    def show_pdf(self) -> None:
        """Render the report shown (plain data, no database) and open it in the preview to print or save."""
        report = self.report
        if report is None:
            return

        def render() -> bytes:
            from ...printing.report import render_report

            buffer = io.BytesIO()
            render_report(report, buffer)
            return buffer.getvalue()

        self.ctx.ops.run(render, title=self.tr("Making the PDF"), on_done=self._open_pdf)

    def _open_pdf(self, data: bytes) -> None:
        from ..dialogs.pdf_dialog import PdfDialog

        self.pdf_dialog = PdfDialog(self.tr("Report for the municipality"), data, self._file_name(".pdf"), self)
        self.pdf_dialog.setObjectName("reportPdfDialog")
        self.pdf_dialog.show()

    def export_excel(self, target: str | None = None) -> None:
        """Save the report shown as an Excel workbook (aggregates only, like the PDF)."""
        report = self.report
        if report is None:
            return
        if target is None:
            suggested = str(Path.home() / self._file_name(".xlsx"))
            target, _filter = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), suggested,
                                                          self.tr("Excel workbook (*.xlsx)"))
        if not target:
            return
        if not target.lower().endswith(".xlsx"):
            target += ".xlsx"
        self.ctx.ops.run(lambda: reports.report_to_xlsx(report, target), title=self.tr("Exporting to Excel"),
                         on_done=lambda _none: self._exported(target))

    def _exported(self, target: str) -> None:
        self.last_export = target
        self.status.setText(self.tr("Saved: %1").replace("%1", target))
