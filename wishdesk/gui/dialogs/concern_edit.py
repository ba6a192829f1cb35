"""Record or edit a concern (signaal) about a pupil: a factual observation, its category, the follow-up and
when to look at it again. The dialog says who can see it.

No draft of a concern is ever written to QSettings: the settings file is readable by anyone using this
computer account, and a concern is sensitive data. The text exists only here and in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.services.concerns import ConcernView
from .. import labels

REVIEW_AFTER = timedelta(weeks=6)


@dataclass(frozen=True)
class PupilChoice:
    pupil_id: int
    label: str  # "Sanne (groep 6A)"
    care_coordinator: str | None = None  # of the pupil's school: the only other person who sees the concern


@dataclass(frozen=True)
class ConcernInput:
    pupil_id: int
    observed_on: date
    category: str
    observation: str
    follow_up: str
    review_date: date | None
    closed: bool


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ConcernDialog(QDialog):
    def __init__(self, pupils: list[PupilChoice], existing: ConcernView | None = None,
                 pupil_id: int | None = None, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = today or date.today()
        self.setWindowTitle(self.tr("Edit concern") if existing else self.tr("Record a concern"))
        self.resize(560, 520)
        self.pupil = QComboBox()
        self.pupil.setAccessibleName(self.tr("Pupil"))
        self.coordinators = {c.pupil_id: c.care_coordinator for c in pupils}
        for choice in pupils:
            self.pupil.addItem(choice.label, choice.pupil_id)
        chosen = existing.pupil_id if existing else pupil_id
        if chosen is not None:
            self.pupil.setCurrentIndex(max(0, self.pupil.findData(chosen)))
        self.pupil.setEnabled(existing is None)
        self.observed = QDateEdit(_qdate(existing.observed_on if existing else today))
        self.observed.setCalendarPopup(True)
        self.observed.setAccessibleName(self.tr("Observed on"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        for code, text in labels.categories().items():
            self.category.addItem(text, code)
        self.observation = QPlainTextEdit()
        self.observation.setTabChangesFocus(True)
        self.observation.setAccessibleName(self.tr("Observation"))
        self.observation.setPlaceholderText(self.tr(
            "Describe what you saw or heard, as facts: what, when, who was there. No diagnosis or opinion."))
        self.follow_up = QComboBox()
        self.follow_up.setAccessibleName(self.tr("Follow-up"))
        for code, text in labels.follow_ups().items():
            self.follow_up.addItem(text, code)
        self.has_review = QCheckBox(self.tr("Look at it again on"))
        self.has_review.setAccessibleName(self.tr("Set a review date"))
        self.review = QDateEdit(_qdate(today + REVIEW_AFTER))
        self.review.setCalendarPopup(True)
        self.review.setAccessibleName(self.tr("Review date"))
        self.has_review.toggled.connect(self.review.setEnabled)
        self.closed = QCheckBox(self.tr("Followed up, closed"))
        self.closed.setAccessibleName(self.tr("Concern closed"))
        self.closed.setVisible(existing is not None)
        if existing:
            self.category.setCurrentIndex(max(0, self.category.findData(existing.category)))
            self.observation.setPlainText(existing.observation)
            self.follow_up.setCurrentIndex(max(0, self.follow_up.findData(existing.follow_up)))
            if existing.review_date:
                self.review.setDate(_qdate(existing.review_date))
            self.closed.setChecked(existing.closed)
        self.has_review.setChecked(existing is None or existing.review_date is not None)
        self.review.setEnabled(self.has_review.isChecked())
        self.privacy = privacy = QLabel()
        privacy.setWordWrap(True)
        privacy.setStyleSheet("background:#fff6d6; padding:6px")
        self.pupil.currentIndexChanged.connect(self._show_privacy)
        self._show_privacy()
        self.message = QLabel()
        self.message.setStyleSheet("color: #a00000")
        review_row = QHBoxLayout()
        review_row.addWidget(self.has_review)
        review_row.addWidget(self.review, 1)
        form = QFormLayout()
        form.addRow(self.tr("Pupil"), self.pupil)
        form.addRow(self.tr("Observed on"), self.observed)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("What did you observe?"), self.observation)
        form.addRow(self.tr("Follow-up"), self.follow_up)
        form.addRow(self.tr("Review"), review_row)
        form.addRow("", self.closed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(privacy)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._original_text = self.observation.toPlainText().strip()
        (self.observation if existing or pupil_id is not None else self.pupil).setFocus()

    def _show_privacy(self) -> None:
        """Say who else will see this concern: the care coordinator of this pupil's school."""
        who = self.coordinators.get(self.pupil.currentData())
        if who:
            self.privacy.setText(self.tr("Only you and the care coordinator of the school, %1, can see this "
                                         "concern. It never appears in exports or reports.").replace("%1", who))
        else:  # said as its own sentence: inside the sentence above it read "van de school, (…), zien"
            self.privacy.setText(self.tr("Only you can see this concern: no care coordinator is set for this "
                                         "school yet (once one is, they can read it too). It never appears in "
                                         "exports or reports."))

    def value(self) -> ConcernInput:
        return ConcernInput(
            self.pupil.currentData(), _pydate(self.observed.date()), self.category.currentData(),
            self.observation.toPlainText().strip(), self.follow_up.currentData(),
            _pydate(self.review.date()) if self.has_review.isChecked() else None, self.closed.isChecked())

    discard_answer: bool | None = None

    def reject(self) -> None:
        """Closing with typed text asks first: a concern is not kept as a draft anywhere (it is sensitive)."""
        typed = self.observation.toPlainText().strip()
        if typed and typed != self._original_text:
            if type(self).discard_answer is not None:  # tests answer instead of a modal box
                if type(self).discard_answer:
                    super().reject()
                return
            answer = QMessageBox.question(
                self, self.tr("Discard concern?"),
                self.tr("What you typed is not saved anywhere. Discard it?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def accept(self) -> None:
        value = self.value()
        if value.pupil_id is None:
            self.message.setText(self.tr("Choose the pupil."))
        elif not value.observation:
            self.message.setText(self.tr("Describe what you saw or heard."))
            self.observation.setFocus()
        elif value.review_date is not None and value.review_date < value.observed_on:
            self.message.setText(self.tr("The review date is before the observation."))
        else:
            super().accept()
