"""The selected pupil's parents/carers and consents, under the pupil list on the Groups page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ...core.services import setup_consents, setup_guardians
from ...core.services.setup_consents import ConsentData, ConsentRecord
from ...core.services.setup_pupils import GuardianRecord, PupilRecord
from .. import labels
from ..context import AppContext
from ..models.rows import Column, RowTableModel
from ..widgets.form_table import table_view
from .edit_base import run_edit
from .edit_pupil_dialog import ConsentDialog, GuardianDialog, consent_crud, guardian_crud
from .setup_crud import delete_record, open_dialog


def _button(text: str, slot) -> QPushButton:  # noqa: ANN001
    button = QPushButton(text)
    button.setAccessibleName(text.rstrip("…"))
    button.clicked.connect(slot)
    return button


class FamilyPanel(QTabWidget):
    """Two tabs for one pupil: parents/carers (add, link a sibling's, edit, remove) and consents."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pupil: PupilRecord | None = None
        self.dialog = None
        self.setAccessibleName(self.tr("Family and consents"))
        languages, contacts, purposes = labels.languages(), labels.contacts(), labels.purposes()
        self.guardians = RowTableModel[GuardianRecord]([
            Column(self.tr("Name"), lambda r: r.data.name or self.tr("(no name)")),
            Column(self.tr("Language"), lambda r: languages.get(r.data.language, r.data.language)),
            Column(self.tr("Messages by"), lambda r: contacts.get(r.data.contact_preference, r.data.contact_preference)),
            Column(self.tr("Parent of"), lambda r: ", ".join(r.children)),
        ], self)
        self.consents = RowTableModel[ConsentRecord]([
            Column(self.tr("Consent for"), lambda r: purposes.get(r.data.purpose, r.data.purpose)),
            Column(self.tr("Granted"), lambda r: f"{r.data.granted_on:%d-%m-%Y}"),
            Column(self.tr("Withdrawn"), lambda r: f"{r.data.withdrawn_on:%d-%m-%Y}" if r.data.withdrawn_on else ""),
            Column(self.tr("Note"), lambda r: r.data.note or ""),
        ], self)
        self.guardian_view = table_view(self.guardians, self.tr("Parents and carers"))
        self.consent_view = table_view(self.consents, self.tr("Consents"))
        # double-click edits only when the Edit button may be used (a role that may not edit: core.access)
        self.guardian_view.doubleClicked.connect(
            lambda _i: self.edit_guardian_button.isEnabled() and self.edit_guardian())
        self.consent_view.doubleClicked.connect(lambda _i: self.edit_consent_button.isEnabled() and self.edit_consent())
        self.add_guardian_button = _button(self.tr("Add…"), self.add_guardian)
        self.edit_guardian_button = _button(self.tr("Edit…"), self.edit_guardian)
        self.remove_guardian_button = _button(self.tr("Remove…"), self.remove_guardian)
        self.add_consent_button = _button(self.tr("Record consent…"), self.add_consent)
        self.edit_consent_button = _button(self.tr("Edit…"), self.edit_consent)
        self.withdraw_button = _button(self.tr("Withdrawn today"), self.withdraw_consent)
        self.delete_consent_button = _button(self.tr("Delete…"), self.delete_consent)
        self.addTab(self._tab(self.guardian_view, [self.add_guardian_button, self.edit_guardian_button,
                                                   self.remove_guardian_button],
                              self.tr("Only what letters need: language and how parents want to hear from "
                                      "school. No addresses.")), self.tr("Parents and carers"))
        self.addTab(self._tab(self.consent_view, [self.add_consent_button, self.edit_consent_button,
                                                  self.withdraw_button, self.delete_consent_button],
                              self.tr("A withdrawn consent stays on record with its date.")), self.tr("Consents"))
        self.set_pupil(None)

    def _tab(self, view, buttons: list[QPushButton], note: str) -> QWidget:  # noqa: ANN001
        tab = QWidget()
        bar = QHBoxLayout()
        for button in buttons:
            bar.addWidget(button)
        bar.addStretch(1)
        label = QLabel(note)
        label.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(view, 1)
        layout.addWidget(label)
        return tab

    def set_pupil(self, pupil: PupilRecord | None) -> None:
        self.pupil = pupil
        for button in (self.add_guardian_button, self.edit_guardian_button, self.remove_guardian_button,
                       self.add_consent_button, self.edit_consent_button, self.withdraw_button,
                       self.delete_consent_button):
            button.setEnabled(pupil is not None)
        if pupil is None:
            self.guardians.set_rows([])
            self.consents.set_rows([])
            return
        self.guardians.set_rows(pupil.guardians)
        self.guardian_view.resizeColumnsToContents()
        db, pupil_id = self.ctx.db, pupil.id
        self.ctx.ops.read(lambda: setup_consents.list_consents(db, pupil_id), owner=self, key="consents", on_done=self._show_consents,
                         progress=False)

    def _show_consents(self, rows: list[ConsentRecord]) -> None:
        self.consents.set_rows(rows)
        self.consent_view.resizeColumnsToContents()

    def _current(self, view, model):  # noqa: ANN001, ANN202
        index = view.currentIndex()
        return model.row_at(index.row()) if index.isValid() and model.rowCount() else None

    def add_guardian(self) -> None:
        if self.pupil is None:
            return
        db, pupil_id, me = self.ctx.db, self.pupil.id, self.ctx.scope_staff
        crud = guardian_crud(self.ctx, pupil_id)
        self.ctx.ops.read(lambda: setup_guardians.sibling_choices(db, pupil_id, as_staff=me), progress=False, owner=self, key="siblings", on_done=lambda c: self
                         ._open(crud, GuardianDialog(self.ctx, crud, None, pupil_id, c, self)))

    def _open(self, crud, dialog) -> None:  # noqa: ANN001
        self.dialog = open_dialog(self.ctx, crud, dialog)

    def edit_guardian(self) -> None:
        record = self._current(self.guardian_view, self.guardians)
        if record is not None and self.pupil is not None:
            crud = guardian_crud(self.ctx, self.pupil.id)
            self._open(crud, GuardianDialog(self.ctx, crud, record, self.pupil.id, (), self))

    def remove_guardian(self) -> None:
        record = self._current(self.guardian_view, self.guardians)
        if record is not None and self.pupil is not None:
            delete_record(self.ctx, self, guardian_crud(self.ctx, self.pupil.id), record)

    def add_consent(self) -> None:
        if self.pupil is not None:
            crud = consent_crud(self.ctx, self.pupil.id)
            self._open(crud, ConsentDialog(self.ctx, crud, None, self.pupil.first_name, self))

    def edit_consent(self) -> None:
        record = self._current(self.consent_view, self.consents)
        if record is not None and self.pupil is not None:
            crud = consent_crud(self.ctx, self.pupil.id)
            self._open(crud, ConsentDialog(self.ctx, crud, record, self.pupil.first_name, self))

    def withdraw_consent(self) -> None:
        record = self._current(self.consent_view, self.consents)
        if record is None or self.pupil is None or record.data.withdrawn_on is not None:
            return
        db, old = self.ctx.db, record
        new = ConsentData(old.data.purpose, old.data.granted_on, date.today(), old.data.note)
        text = QCoreApplication.translate("FamilyPanel", "Withdraw consent of %1").replace("%1", self.pupil.first_name)
        me = self.ctx.scope_staff
        run_edit(self.ctx, text, lambda: setup_consents.update_consent(db, old.id, new, old.version, as_staff=me),
                 lambda _r: (lambda: setup_consents.update_consent(db, old.id, new, as_staff=me),
                             lambda: setup_consents.update_consent(db, old.id, old.data, as_staff=me)))

    def delete_consent(self) -> None:
        record = self._current(self.consent_view, self.consents)
        if record is not None and self.pupil is not None:
            delete_record(self.ctx, self, consent_crud(self.ctx, self.pupil.id), record)
