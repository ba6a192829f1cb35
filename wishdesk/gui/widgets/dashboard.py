"""The dashboard of the Rapportage page: key figures, a drill-down table (municipality -> schools -> groups)
and three QtCharts charts (lessons per school or group, well-being before and after per item, sets per
language), the same as in the PDF report.

Thin: it shows a finished `core.services.dashboard.DashboardView` and emits `drill(school_id, group_id)`
when the user opens a row or goes up a level; the page loads the data (through its `ctx.ops.run`) and calls
`show_view`. Hidden values come as None from the core and are shown as "–".
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...core.services.dashboard import DashboardView, NodeFigures

ACCENT, GREY, LIGHT, ORANGE = QColor("#1b637d"), QColor("#9a9a9a"), QColor("#d7e6ee"), QColor("#e0922a")
SHORT_ITEMS = {"safe": "Veilig", "classmates": "Klas", "teacher": "Juf/meester", "say_no": "Nee",
               "ask_help": "Hulp", "happy": "Blij"}


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


def _number(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}".replace(".", ",")


class DashboardWidget(QWidget):
    """Shows one `DashboardView`; `drill` asks the page for another level (None, None: the municipality)."""

    drill = Signal(object, object)  # school_id, group_id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.view: DashboardView | None = None
        self.crumb = QLabel()
        self.crumb.setObjectName("dashboardCrumb")
        font = self.crumb.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.crumb.setFont(font)
        self.up_button = QPushButton(self.tr("Up one level"))
        self.up_button.setAccessibleName(self.tr("Go up one level in the dashboard"))
        self.up_button.clicked.connect(self._up)
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        for index, (key, text) in enumerate(self._figure_titles().items()):
            title, value = QLabel(text), QLabel("–")
            value.setObjectName(f"figure_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            bold = value.font()
            bold.setBold(True)
            value.setFont(bold)
            grid.addWidget(title, index // 4, (index % 4) * 2)
            grid.addWidget(value, index // 4, (index % 4) * 2 + 1)
            self.figures[key] = value
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Schools or groups; double-click to open one"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Held"), self.tr("Planned"),
                                              self.tr("Cancelled"), self.tr("Attendance"),
                                              self.tr("Well-being change")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control; arrows move in the table
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # whole headers
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.cellActivated.connect(self._open)
        self.table.cellDoubleClicked.connect(self._open)
        self.lessons_chart, self.wellbeing_chart, self.language_chart = (self._chart_view() for _ in range(3))
        bar = QHBoxLayout()
        bar.addWidget(self.crumb, 1)
        bar.addWidget(self.up_button)
        charts = QHBoxLayout()
        for view in (self.lessons_chart, self.wellbeing_chart, self.language_chart):
            charts.addWidget(view, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(grid)
        layout.addLayout(charts, 2)
        layout.addWidget(self.table, 1)

    def _figure_titles(self) -> dict[str, str]:
        return {"planned": self.tr("Lessons planned"), "held": self.tr("Lessons held"),
                "cancelled": self.tr("Lessons cancelled"), "attendance": self.tr("Attendance"),
                "reflections": self.tr("Reflections written"), "parent_reach": self.tr("Parent reach"),
                "slip_rate": self.tr("Return slips back"), "trainer_hours": self.tr("Trainer hours")}

    @staticmethod
    def _chart_view() -> QChartView:
        view = QChartView()
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(230)
        return view

    # --- showing a view -------------------------------------------------------------------------------

    def show_view(self, view: DashboardView) -> None:
        self.view = view
        level = {"municipality": self.tr("Municipality"), "school": self.tr("School"), "group": self.tr("Group")}
        self.crumb.setText(f"{level[view.level]}: {view.title} · {view.year}")
        self.up_button.setEnabled(view.level != "municipality")
        f = view.figures
        values = {"planned": str(f.planned), "held": str(f.held), "cancelled": str(f.cancelled),
                  "attendance": _percent(f.attendance_rate), "reflections": str(f.reflections),
                  "parent_reach": _percent(f.parent_reach), "slip_rate": _percent(f.slip_rate),
                  "trainer_hours": _number(f.trainer_hours, 1)}
        for key, text in values.items():
            self.figures[key].setText(text)
        self.table.setRowCount(len(view.children))
        for row, line in enumerate(view.children):
            c = line.figures
            cells = [line.label, str(c.held), str(c.planned), str(c.cancelled), _percent(c.attendance_rate),
                     _number(_overall_change(c))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not column:
                    item.setToolTip(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(view.children))
        self._lessons(view)
        self._wellbeing(f)
        self._languages(f)

    def _lessons(self, view: DashboardView) -> None:
        rows = list(view.children) or []
        labels = [line.label for line in rows] or [view.title.split(" · ")[-1]]
        figures = [line.figures for line in rows] or [view.figures]
        series = QHorizontalStackedBarSeries()
        for title, color, key in ((self.tr("held"), ACCENT, "held"), (self.tr("planned"), LIGHT, "planned"),
                                  (self.tr("cancelled"), ORANGE, "cancelled")):
            bars = QBarSet(title)
            bars.setColor(color)
            bars.append([float(getattr(fig, key)) for fig in reversed(figures)])
            series.append(bars)
        chart = self._chart(self.tr("Lessons"), series)
        axis = QBarCategoryAxis()
        # "Basisschool De …" left every "Basisschool De X" looking the same: cut in the middle instead, so the
        # distinguishing end stays, and the full name shows when the pointer is on a bar
        self.lesson_labels = middle_elided(list(reversed(labels)), QFontMetrics(axis.labelsFont()), 150)
        axis.append(self.lesson_labels)
        axis.setTruncateLabels(False)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        full = list(reversed(labels))
        series.hovered.connect(lambda on, index, _set: QToolTip.showText(QCursor.pos(), full[index]) if on
                               else QToolTip.hideText())
        values = QValueAxis()
        nice_axis(values, max((sum(float(getattr(fig, k)) for k in ("held", "planned", "cancelled"))
                               for fig in figures), default=0.0))
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        self.lessons_chart.setChart(chart)

    def _wellbeing(self, f: NodeFigures) -> None:
        series = QBarSeries()
        for title, color, attr in ((self.tr("before"), GREY, "mean_before"), (self.tr("after"), ACCENT, "mean_after")):
            bars = QBarSet(title)
            bars.setColor(color)
            bars.append([float(getattr(item, attr) or 0.0) for item in f.wellbeing])
            series.append(bars)
        n = max((item.n_after or item.n_before or 0 for item in f.wellbeing), default=0)
        chart = self._chart(self.tr("Well-being (1-5), n = %1").replace("%1", str(n)) if n else
                            self.tr("Well-being (1-5): no checks filled in yet"), series)
        axis = QBarCategoryAxis()
        axis.append([SHORT_ITEMS.get(item.item, item.item) for item in f.wellbeing])
        _small_labels(axis)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        values = QValueAxis()
        values.setRange(0, 5)
        values.setTickCount(6)
        values.setLabelFormat("%d")
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        self.wellbeing_chart.setChart(chart)

    def _languages(self, f: NodeFigures) -> None:
        # Horizontal bars: the language names read level on the left. Slanted under the bars the first one
        # ("Nederlands") ran off the chart's edge and had no label.
        series = QHorizontalBarSeries()
        bars = QBarSet(self.tr("sets"))
        bars.setColor(ACCENT)
        rows = list(reversed(f.sheets_by_language))  # the first language on top
        bars.append([float(n) for _name, n in rows])
        series.append(bars)
        chart = self._chart(self.tr("Home-activity sets by language"), series)
        chart.legend().hide()
        axis = QBarCategoryAxis()
        axis.append([name for name, _n in rows] or ["–"])
        _small_labels(axis)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        values = QValueAxis()
        nice_axis(values, max((float(n) for _name, n in rows), default=0.0))
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        self.language_chart.setChart(chart)

    @staticmethod
    def _chart(title: str, series) -> QChart:  # noqa: ANN001
        chart = QChart()
        chart.setTitle(title)
        chart.addSeries(series)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        return chart

    # --- drill-down -----------------------------------------------------------------------------------

    def _open(self, row: int, _column: int) -> None:
        if self.view is None or self.view.level == "group":
            return
        child = self.view.children[row].id
        if self.view.level == "municipality":
            self.drill.emit(child, None)
        else:
            self.drill.emit(self.view.node_id, child)

    def _up(self) -> None:
        if self.view is None or self.view.level == "municipality":
            return
        if self.view.level == "group":
            self.drill.emit(self.view.school_id, None)
        else:
            self.drill.emit(None, None)


def _small_labels(axis: QBarCategoryAxis) -> None:
    """Category labels a little smaller and never cut to "Kl…": the short names fit whole."""
    font = axis.labelsFont()
    font.setPointSizeF(max(6.5, font.pointSizeF() * 0.8))
    axis.setLabelsFont(font)
    axis.setTruncateLabels(False)


def nice_step(maximum: float, most_ticks: int = 6) -> int:
    """A whole step of 1, 2 or 5 x 10^k with at most ``most_ticks`` steps up to ``maximum`` (not 0/6/13/19/26)."""
    magnitude = 1
    while True:
        for base in (1, 2, 5):
            step = base * magnitude
            if maximum <= step * most_ticks:
                return step
        magnitude *= 10


def nice_axis(axis: QValueAxis, maximum: float) -> None:
    """From 0 to the first whole step at or above ``maximum``, a tick at every step, labels as integers."""
    step = nice_step(maximum)
    top = max(step, -(-int(maximum) // step) * step)
    axis.setRange(0, top)
    axis.setTickCount(top // step + 1)
    axis.setLabelFormat("%d")


def middle_elided(labels: list[str], metrics: QFontMetrics, width: int) -> list[str]:
    """Labels cut in the middle to ``width`` pixels ("Basisschool…Uitkijk"), kept apart if two come out the same."""
    out: list[str] = []
    for label in labels:
        text = metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, width)
        while text in out:  # a category axis needs distinct names
            text += "\u200b"
        out.append(text)
    return out


def _overall_change(f: NodeFigures) -> float | None:
    changes = [item.change for item in f.wellbeing if item.change is not None]
    return sum(changes) / len(changes) if changes else None
