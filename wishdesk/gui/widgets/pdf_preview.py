"""A reusable PDF preview: the pages as they will print, page navigation, zoom, and Print… / Save as PDF….

The PDF stays in memory (a QBuffer), so a preview with pupils' names never lands in a temporary file.
Printing renders each page with QPdfDocument.render into the printer's painter (at most 300 dpi, enough
for text and a QR code, and kind to the memory of a school laptop). Saving writes the exact bytes that
were previewed. The owner learns what happened through ``printed`` and ``saved`` (e.g. to record it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

MAX_PRINT_DPI = 300
ZOOM_STEP = 1.25
FIT_WIDTH, FIT_PAGE, CUSTOM = "width", "page", "custom"



class _PageBox(QSpinBox):
    """The page number: Enter goes to that page and stops there (it used to press the dialog's default
    button too, opening the save dialog)."""

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.interpretText()
            event.accept()
            return
        super().keyPressEvent(event)

class PdfPreview(QWidget):
    """Shows a PDF given as bytes; emits ``printed(pages)`` and ``saved(path)`` after success."""

    printed = Signal(int)
    saved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self._data = b""
        self._name = "document.pdf"
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.view = self._new_view()
        self._build_toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.stack, 1)
        self.clear(self.tr("No preview yet."))

    # --- building ---------------------------------------------------------------------------------
    def _tool(self, text: str, tip: str, slot, shortcut: str | QKeySequence | None = None) -> QToolButton:  # noqa: ANN001
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        if shortcut is not None:
            button.setShortcut(QKeySequence(shortcut))
        button.clicked.connect(slot)
        return button

    def _build_toolbar(self) -> None:
        self.previous = self._tool("◀", self.tr("Previous page"), lambda: self.go_to(self.current_page() - 1),
                                   QKeySequence.StandardKey.MoveToPreviousPage)
        self.next = self._tool("▶", self.tr("Next page"), lambda: self.go_to(self.current_page() + 1),
                               QKeySequence.StandardKey.MoveToNextPage)
        self.page = _PageBox()
        self.page.setAccessibleName(self.tr("Page number"))
        self.page.setKeyboardTracking(False)
        self.page.valueChanged.connect(lambda value: self.go_to(value - 1))
        self.of_pages = QLabel()
        self.zoom_out = self._tool("−", self.tr("Zoom out"), lambda: self._zoom_by(1 / ZOOM_STEP),
                                   QKeySequence.StandardKey.ZoomOut)
        self.zoom_in = self._tool("+", self.tr("Zoom in"), lambda: self._zoom_by(ZOOM_STEP),
                                  QKeySequence.StandardKey.ZoomIn)
        self.zoom = QComboBox()
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.zoom.addItem(self.tr("Whole page"), FIT_PAGE)
        self.zoom.addItem(self.tr("Page width"), FIT_WIDTH)
        for percent in (50, 75, 100, 150, 200):
            self.zoom.addItem(f"{percent} %", percent / 100)
        self.zoom.activated.connect(self._zoom_chosen)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save as &PDF…"))
        self.save_button.setAccessibleName(self.tr("Save as PDF"))
        self.save_button.clicked.connect(self.save_as)
        self.toolbar = QHBoxLayout()
        for widget in (self.previous, self.page, self.of_pages, self.next, self.zoom_out, self.zoom, self.zoom_in):
            self.toolbar.addWidget(widget)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.save_button)
        self.toolbar.addWidget(self.print_button)

    def _new_view(self, previous: QPdfView | None = None) -> QPdfView:
        """A view for one document. Each document gets a new view: QPdfView renders pages in a thread and a
        render of the previous document finishing late would land in the cache of the new one (seen as a
        stale page, possibly with another family's name, stretched to the new page size)."""
        view = QPdfView()
        view.setObjectName("pdfView")
        view.setAccessibleName(self.tr("Print preview"))
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if previous is None:
            view.setZoomMode(QPdfView.ZoomMode.FitInView)  # a whole sheet at a glance
        else:
            view.setZoomMode(previous.zoomMode())
            view.setZoomFactor(previous.zoomFactor())
        view.setDocument(self.document)
        view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.stack.addWidget(view)
        return view

    # --- content ----------------------------------------------------------------------------------
    def set_pdf(self, data: bytes, suggested_name: str = "document.pdf") -> None:
        """Show ``data`` (a whole PDF); ``suggested_name`` is offered when saving."""
        self._data, self._name = bytes(data), suggested_name
        buffer = QBuffer(self)
        buffer.setData(QByteArray(self._data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        # a fresh document and view each time (see _new_view)
        old_document, self.document = self.document, QPdfDocument(self)
        self.document.load(buffer)
        old_view, self.view = self.view, None
        self.view = self._new_view(old_view)
        self.stack.removeWidget(old_view)
        old_view.deleteLater()
        old_document.close()
        old_document.deleteLater()
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        if self.document.status() != QPdfDocument.Status.Ready or self.page_count() == 0:
            self.clear(self.tr("The preview could not be shown."))
            return
        self.stack.setCurrentWidget(self.view)
        self.page.blockSignals(True)
        self.page.setRange(1, self.page_count())
        self.page.setValue(1)
        self.page.blockSignals(False)
        self.of_pages.setText(self.tr("of %1").replace("%1", str(self.page_count())))
        self.view.pageNavigator().jump(0, QPointF(), self.view.zoomFactor())
        self._set_enabled(True)

    def clear(self, message: str = "") -> None:
        """No document: show ``message`` (e.g. why there is nothing to print) instead of pages."""
        self.document.close()
        self._data = b""
        self.message.setText(message)
        self.stack.setCurrentWidget(self.message)
        self.page.blockSignals(True)
        self.page.setRange(0, 0)
        self.page.blockSignals(False)
        self.of_pages.setText("")
        self._set_enabled(False)

    def set_message(self, message: str) -> None:
        """Show a message over the preview (e.g. "Making the preview…") without forgetting the document."""
        self.message.setText(message)
        self.stack.setCurrentWidget(self.message)

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.previous, self.next, self.page, self.zoom, self.zoom_in, self.zoom_out,
                       self.print_button, self.save_button):
            widget.setEnabled(on)

    def pdf_bytes(self) -> bytes:
        return self._data

    def page_count(self) -> int:
        return self.document.pageCount() if self._data else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, index: int) -> None:
        if self.page_count():
            index = max(0, min(index, self.page_count() - 1))
            self.view.pageNavigator().jump(index, QPointF(), self.view.zoomFactor())

    def _page_changed(self, index: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(index + 1)
        self.page.blockSignals(False)
        self.previous.setEnabled(index > 0)
        self.next.setEnabled(index + 1 < self.page_count())

    def _zoom_chosen(self, row: int) -> None:
        choice = self.zoom.itemData(row)
        if choice == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)  # a whole sheet at a glance
        elif choice == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif choice != CUSTOM:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(choice))

    def _zoom_by(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            # the fitted zoom in effect: the viewport width over the page width (96 dpi screen points)
            size = self.document.pagePointSize(max(self.current_page(), 0))
            current = self.view.viewport().width() / max(size.width() * 96 / 72, 1.0)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(current * factor, 5.0)))
        text = f"{round(self.view.zoomFactor() * 100)} %"
        row = self.zoom.findData(CUSTOM)
        if row < 0:
            self.zoom.addItem(text, CUSTOM)
            row = self.zoom.count() - 1
        self.zoom.setItemText(row, text)
        self.zoom.setCurrentIndex(row)

    # --- output -----------------------------------------------------------------------------------
    def save_as(self) -> str | None:
        """Ask where to save the previewed PDF; returns the path written (and emits ``saved``)."""
        if not self._data:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), str(Path(folder) / self._name),
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            Path(path).write_bytes(self._data)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save as PDF"),
                                self.tr("The file could not be saved: %1").replace("%1", exc.strerror or str(exc)))
            return None
        self.saved.emit(path)
        return path

    def new_printer(self) -> QPrinter:
        """A printer set up for this document: its name, orientation and page range."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self._name).stem)
        size = self.document.pagePointSize(0)
        landscape = size.width() > size.height()
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
        printer.setFromTo(1, max(self.page_count(), 1))
        return printer

    def print_document(self) -> int:
        """Ask for a printer and print; returns the number of pages sent (0 when cancelled)."""
        if not self._data:
            return 0
        printer = self.new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return 0
        pages = self.print_to(printer)
        if pages:
            self.printed.emit(pages)
        return pages

    def print_to(self, printer: QPrinter) -> int:
        """Render the pages (the printer's page range, or all) into ``printer``; returns pages printed."""
        count = self.page_count()
        first, last = printer.fromPage(), printer.toPage()
        if printer.printRange() != QPrinter.PrintRange.PageRange or first < 1:
            first, last = 1, count
        last = min(last, count)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be started."))
            return 0
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                points = self.document.pagePointSize(number - 1)
                image = self.document.render(number - 1, QSize(round(points.width() * dpi / 72),
                                                               round(points.height() * dpi / 72)))
                target = painter.viewport()
                scale = min(target.width() / image.width(), target.height() / image.height())
                width, height = round(image.width() * scale), round(image.height() * scale)
                x = target.x() + (target.width() - width) // 2
                y = target.y() + (target.height() - height) // 2
                painter.drawImage(QRectF(x, y, width, height), image)  # the engine scales; no huge copy
        finally:
            painter.end()
        return last - first + 1
