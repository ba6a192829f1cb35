"""The installer's smoke run (`--quit-after SECONDS`, used by `.ci/build-installer` on the bundle).

It checks from inside the bundle that what `build_installer.spec` leaves out was truly not needed: after the
window shows, it opens every page, the Reports page's dashboard (QtCharts) and the municipality report as a PDF
in the preview (ReportLab with the bundled fonts, then QtPdf rendering it), and prints one line per check.
With WISHDESK_SMOKE_SHOTS=<folder> it also saves the dashboard and the preview as PNG files to look at.
Any step that does not come prints nothing and the run ends with exit code 3 (the caller's watchdog).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

POLL_MS = 200


def _when(ready: Callable[[], bool], then: Callable[[], None], tries: int = 150) -> None:
    """Call ``then`` once ``ready()`` holds, polling (reads and the PDF run on worker lanes)."""
    if ready():
        then()
    elif tries > 0:
        QTimer.singleShot(POLL_MS, lambda: _when(ready, then, tries - 1))


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("WISHDESK_SMOKE_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def start(app: QApplication, window, seconds: float) -> None:  # noqa: ANN001 - a MainWindow
    """After ``seconds``: visit the pages, the charts and a PDF preview, print the results, quit."""
    from PySide6.QtCharts import QChartView

    from .pages.registry import PAGES

    def pages() -> None:
        for spec in PAGES:
            window.show_page(spec.key)
            app.processEvents()
        print(f"smoke pages: {len(PAGES)}", flush=True)
        window.show_page("reports")
        reports = window.pages["reports"]
        reports.tabs.setCurrentWidget(reports.dashboard)
        _when(lambda: reports.report is not None and bool(window.findChildren(QChartView)), lambda: charts(reports))

    def charts(reports) -> None:  # noqa: ANN001
        app.processEvents()
        print(f"smoke charts: {len(window.findChildren(QChartView))}", flush=True)
        _shot(window, "dashboard")
        reports.show_pdf()
        _when(lambda: reports.pdf_dialog is not None, lambda: pdf(reports))

    def pdf(reports) -> None:  # noqa: ANN001
        dialog = reports.pdf_dialog
        app.processEvents()
        print(f"smoke pdf pages: {dialog.preview.page_count()}", flush=True)
        QTimer.singleShot(500, lambda: finish(dialog))

    def finish(dialog) -> None:  # noqa: ANN001
        _shot(dialog, "pdf_preview")
        dialog.close()
        print(f"smoke ok: {window.windowTitle()}", flush=True)
        app.quit()

    QTimer.singleShot(int(seconds * 1000), pages)
