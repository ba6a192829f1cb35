"""The editor of one lesson: its texts per language (each language with a "checked by a person" flag),
its steps and its home activity. It edits a working copy; ``draft()`` hands the result to the page, which
saves it through the curriculum service (undoable)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ValidationError
from ...core.services.curriculum_edit import HomeDraft, LessonDraft, LessonState, lesson_warnings
from .. import labels
from ..widgets.form_fields import (
    WARNING_STYLE,
    FormPanel,
    check_box,
    combo,
    line_edit,
    message_label,
    text_edit,
)

TEXT_FIELDS = ("title", "theme", "class_summary", "child_practice")
LIST_FIELDS = ("goals", "materials")


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class LessonEditor(QWidget):
    save_requested = Signal()
    discard_requested = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .curriculum_steps import StepsEditor

        self.state: LessonState | None = None
        self.language = "nl"
        self._loading = False
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language being edited"))
        for code, name in labels.languages().items():
            self.language_box.addItem(name, code)
        self.language_box.currentIndexChanged.connect(self._language_changed)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.discard_button = QPushButton(self.tr("Discard changes"))
        for button, signal in ((self.save_button, self.save_requested), (self.discard_button, self.discard_requested)):
            button.setAccessibleName(button.text())
            button.clicked.connect(signal.emit)
        self.general = message_label()
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)

        self.lesson_form = FormPanel()
        f = self.lesson_form
        self.title = f.add_row("title", self.tr("Title"), line_edit(self.tr("Title"), "", 200))
        self.theme = f.add_row("theme", self.tr("Theme"), line_edit(self.tr("Theme"), "", 200))
        self.kind = f.add_row("kind", self.tr("Kind of lesson"), combo(
            self.tr("Kind of lesson"), [(n, c) for c, n in labels.lesson_kinds().items()]))
        self.duration = QSpinBox()
        self.duration.setRange(10, 240)
        self.duration.setSuffix(self.tr(" minutes"))
        f.add_row("duration_minutes", self.tr("Duration"), self.duration)
        self.goals = f.add_row("goals", self.tr("Goals (one per line)"), text_edit(self.tr("Goals (one per line)")))
        self.materials = f.add_row("materials", self.tr("Materials (one per line)"),
                                   text_edit(self.tr("Materials (one per line)")))
        self.class_summary = f.add_row("class_summary", self.tr("What the class did (for parents)"),
                                       text_edit(self.tr("What the class did (for parents)")))
        self.child_practice = f.add_row("child_practice", self.tr("What your child practises (for parents)"),
                                        text_edit(self.tr("What your child practises (for parents)")))
        self.checked = f.add_row("checked", "", check_box(self.tr("Texts in this language checked by a person")))
        self.steps = StepsEditor()
        self.home_form = FormPanel()
        h = self.home_form
        self.home_title = h.add_row("home_title", self.tr("Title"), line_edit(self.tr("Home activity title"), "", 300))
        self.home_text = h.add_row("home_text", self.tr("Activity"), text_edit(self.tr("Home activity text"), "", 110))
        self.home_tip = h.add_row("home_tip", self.tr("Tip for parents"), text_edit(self.tr("Tip for parents")))
        self.home_checked = h.add_row("home_checked", "", check_box(self.tr("Home activity in this language checked "
                                                                             "by a person")))
        h.alias("home", "home_title")
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the lesson"))
        self.tabs.addTab(_scroll(self.lesson_form), self.tr("Lesson"))
        self.tabs.addTab(self.steps, self.tr("Steps"))
        self.tabs.addTab(_scroll(self.home_form), self.tr("Home activity"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language:")))
        top.addWidget(self.language_box, 1)
        top.addWidget(self.save_button)
        top.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.general)
        layout.addWidget(self.warnings)
        layout.addWidget(self.tabs, 1)
        for edit in (self.title, self.theme):
            edit.textChanged.connect(self._edited)
        for edit in (self.goals, self.materials, self.class_summary, self.child_practice, self.home_text, self.home_tip):
            edit.textChanged.connect(self._edited)
        self.home_title.textChanged.connect(self._edited)
        for box in (self.checked, self.home_checked):
            box.toggled.connect(self._edited)
        self.kind.currentIndexChanged.connect(self._edited)
        self.duration.valueChanged.connect(self._edited)
        self.steps.changed.connect(self._edited)
        self.setEnabled(False)

    # --- loading and the working copy ---------------------------------------------------------------

    def load(self, state: LessonState | None) -> None:
        self.state = state
        self.setEnabled(state is not None)
        if state is None:
            return
        d = state.draft
        self.store = {field: dict(getattr(d, field)) for field in TEXT_FIELDS}
        self.store.update({field: {k: list(v) for k, v in getattr(d, field).items()} for field in LIST_FIELDS})
        self.store["checked"] = dict(d.checked)
        self.home = {h.language: h for h in d.home}
        self._loading = True
        self.kind.setCurrentIndex(max(self.kind.findData(d.kind), 0))
        self.duration.setValue(d.duration_minutes)
        self.steps.set_steps(d.steps)
        self._loading = False
        self._show_language()
        self.clear_errors()

    def _language_changed(self, _index: int) -> None:
        if self.state is not None:
            self._store()
        self.language = self.language_box.currentData() or "nl"
        self.steps.set_language(self.language)
        if self.state is not None:
            self._show_language()

    def _show_language(self) -> None:
        lang, s = self.language, self.store
        self._loading = True
        self.title.setText(s["title"].get(lang, ""))
        self.theme.setText(s["theme"].get(lang, ""))
        self.goals.setPlainText("\n".join(s["goals"].get(lang, [])))
        self.materials.setPlainText("\n".join(s["materials"].get(lang, [])))
        self.class_summary.setPlainText(s["class_summary"].get(lang, ""))
        self.child_practice.setPlainText(s["child_practice"].get(lang, ""))
        self.checked.setChecked(bool(s["checked"].get(lang)))
        home = self.home.get(lang)
        self.home_title.setText(home.title if home else "")
        self.home_text.setPlainText(home.text if home else "")
        self.home_tip.setPlainText((home.tip or "") if home else "")
        self.home_checked.setChecked(bool(home and home.checked))
        dutch = s["title"].get("nl", "")
        self.title.setPlaceholderText(dutch if lang != "nl" else "")
        self._loading = False
        self._update_warnings()

    def _store(self) -> None:
        """Put the visible language's fields into the working copy."""
        lang, s = self.language, self.store

        def put(field: str, value: object) -> None:
            if value:
                s[field][lang] = value
            else:
                s[field].pop(lang, None)

        put("title", self.title.text().strip())
        put("theme", self.theme.text().strip())
        put("goals", [line for line in self.goals.toPlainText().splitlines() if line.strip()])
        put("materials", [line for line in self.materials.toPlainText().splitlines() if line.strip()])
        put("class_summary", self.class_summary.toPlainText().strip())
        put("child_practice", self.child_practice.toPlainText().strip())
        if self.checked.isChecked() or lang in s["checked"]:
            s["checked"][lang] = self.checked.isChecked()
        title, text = self.home_title.text().strip(), self.home_text.toPlainText().strip()
        if title or text:
            self.home[lang] = HomeDraft(lang, title, text, self.home_tip.toPlainText().strip() or None,
                                        self.home_checked.isChecked())
        else:
            self.home.pop(lang, None)

    def draft(self) -> LessonDraft:
        self._store()
        s = self.store
        home = tuple(sorted(self.home.values(), key=lambda h: (h.language != "nl", h.language)))
        return LessonDraft(dict(s["title"]), self.kind.currentData(), self.duration.value(), dict(s["theme"]),
                           {k: tuple(v) for k, v in s["goals"].items()}, {k: tuple(v) for k, v in s["materials"].items()},
                           dict(s["class_summary"]), dict(s["child_practice"]), dict(s["checked"]), self.steps.value(),
                           home)

    def is_dirty(self) -> bool:
        return self.state is not None and self.draft() != self.state.draft

    # --- feedback ------------------------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self._update_warnings()
            self.changed.emit()

    def _update_warnings(self) -> None:
        if self.state is None:
            return
        draft = self.draft()
        self.warnings.setText("\n".join(lesson_warnings(draft)))
        self.warnings.setVisible(bool(self.warnings.text()))
        dirty = draft != self.state.draft
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)

    def clear_errors(self) -> None:
        self.lesson_form.clear_errors()
        self.home_form.clear_errors()
        self.steps.error.hide()
        self.general.hide()

    def show_error(self, exc: BaseException) -> None:
        """Show a save failure beside its field and bring its tab forward."""
        from ..operations import user_message

        self.clear_errors()
        field = exc.field if isinstance(exc, ValidationError) else None
        if field == "steps":
            self.steps.error.setText(user_message(exc))
            self.steps.error.show()
            self.tabs.setCurrentIndex(1)
        elif field == "home":
            self.home_form.show_error(exc)
            self.tabs.setCurrentIndex(2)
        elif field in self.lesson_form.errors:
            self.lesson_form.show_error(exc)
            self.tabs.setCurrentIndex(0)
        else:
            self.general.setText(user_message(exc))
            self.general.show()
