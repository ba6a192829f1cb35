"""File → Check database: the result of integrity_check, the reference check and the programme's rules, in
plain words. When the file is damaged the way out (restore a backup) is one click away."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.integrity import DAMAGE, NOTE, CheckReport


class CheckDialog(QDialog):
    restore_requested = Signal()

    def __init__(self, report: CheckReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Check database"))
        self.resize(640, 420)
        if report.damaged:
            pixmap, headline = QStyle.StandardPixmap.SP_MessageBoxCritical, self.tr("The database is damaged.")
        elif report.ok:
            pixmap, headline = QStyle.StandardPixmap.SP_DialogApplyButton, self.tr("No problems found.")
        else:
            pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning
            n = len(report.problems)
            headline = self.tr("1 problem found.") if n == 1 else self.tr("%1 problems found.").replace("%1", str(n))
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(40, 40))
        self.headline = QLabel(f"<b>{escape(headline)}</b>")
        self.headline.setObjectName("checkHeadline")
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(self.headline, 1)
        self.details = QTextBrowser()
        self.details.setObjectName("checkDetails")
        self.details.setHtml(self._html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy report"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText("\n".join(report.lines())))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button = QPushButton(self.tr("Restore a backup…"))
        self.restore_button.clicked.connect(self._restore)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setVisible(report.damaged)  # after addButton, which shows it
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(QLabel(self.tr("Checked: the file itself, references between records, and the rules of "
                                        "the programme. Nothing was changed.")))
        layout.addWidget(buttons)

    def _html(self) -> str:
        if not self.report.findings:
            return "<p>" + escape(self.tr("The file is sound, every reference points to an existing record, and "
                                          "the data follows the rules of the programme.")) + "</p>"
        parts = []
        for finding in self.report.findings:
            colour = {DAMAGE: "#b00020", NOTE: "#555555"}.get(finding.severity, "#8a5a00")
            parts.append(f'<p style="margin-bottom:2px"><span style="color:{colour}">●</span> '
                         f"{escape(finding.message)}</p>")
            if finding.examples:
                items = "".join(f"<li>{escape(e)}</li>" for e in finding.examples)
                more = finding.count - len(finding.examples)
                if more > 0:
                    items += "<li>" + escape(self.tr("… and %1 more").replace("%1", str(more))) + "</li>"
                parts.append(f'<ul style="margin-top:0">{items}</ul>')
        return "".join(parts)

    def _restore(self) -> None:
        self.accept()
        self.restore_requested.emit()
