"""Dialogs for a pupil (first name or pseudonym, boy/girl), a guardian (language, contact preference; no
addresses) and a consent (purpose, date granted, date withdrawn)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget

from ...core.services import setup_consents, setup_guardians, setup_pupils
from ...core.services.setup_consents import ConsentData, ConsentRecord
from ...core.services.setup_guardians import GuardianChoice
from ...core.services.setup_pupils import GuardianData, GuardianRecord, PupilData, PupilRecord
from .. import labels
from ..context import AppContext
from ..widgets.form_fields import check_box, combo, line_edit
from .edit_base import RecordDialog
from .setup_crud import Crud, submit_job


class PupilDialog(RecordDialog):
    def __init__(self, ctx: AppContext, crud: Crud, record: PupilRecord | None, split_by_gender: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New pupil") if record is None else record.first_name, parent)
        self.crud, self.record, self.split = crud, record, split_by_gender
        data = record.data if record else PupilData("")
        self.first_name = self.form.add_row("first_name", self.tr("First name or pseudonym"), line_edit(
            self.tr("First name or pseudonym"), data.first_name, 50),
            self.tr("Only a first name or pseudonym: no surname (privacy)."))
        self.subgroup = self.form.add_row("subgroup", self.tr("Boy or girl"), combo(
            self.tr("Boy or girl"), [(self.tr("(not given)"), None),
                                     *[(label, code) for code, label in labels.subgroups().items()]],
            data.subgroup))
        self.first_name.textChanged.connect(self._hint)
        self.subgroup.currentIndexChanged.connect(lambda _i: self._hint())
        self._hint()

    def _hint(self) -> None:
        privacy = setup_pupils.first_name_hint(self.first_name.text())
        self.form.set_hint("first_name", privacy or self.tr("Only a first name or pseudonym: no surname (privacy)."),
                           warning=bool(privacy))
        missing = self.split and self.subgroup.currentData() is None
        self.form.set_hint("subgroup", self.tr("This group has separate practice lessons for boys and girls; "
                                               "choose one so the pupil is in the right lessons.") if missing else None,
                           warning=True)

    def collect(self) -> PupilData:
        return PupilData(self.first_name.text(), self.subgroup.currentData())

    def submit(self, data: PupilData) -> Callable[[], Any]:
        return submit_job(self.crud, self.record, data)


class GuardianDialog(RecordDialog):
    """A new guardian, an existing guardian of a brother or sister, or edits to a guardian."""

    def __init__(self, ctx: AppContext, crud: Crud, record: GuardianRecord | None, pupil_id: int,
                 siblings: Sequence[GuardianChoice] = (), parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New parent or carer") if record is None else self.tr("Parent or carer"), parent)
        self.crud, self.record, self.pupil_id = crud, record, pupil_id
        data = record.data if record else GuardianData()
        self.sibling = None
        if record is None and siblings:
            self.sibling = self.form.add_row("guardian_id", self.tr("Who"), combo(
                self.tr("Who"), [(self.tr("A new parent or carer"), None),
                                 *[(self.tr("Same as: %1").replace("%1", c.label), c.id) for c in siblings]]),
                self.tr("Brothers and sisters share their parents: choose one to link them."))
            self.sibling.currentIndexChanged.connect(self._mode)
        if record is not None and len(record.children) > 1:
            shared = QLabel(self.tr("Parent of: %1. Changes apply to all their children.")
                            .replace("%1", ", ".join(record.children)))
            shared.setWordWrap(True)
            self.layout().insertWidget(0, shared)
        self.name = self.form.add_row("name", self.tr("Name (optional)"), line_edit(
            self.tr("Name (optional)"), data.name, 200, self.tr("e.g. mother of Sem")))
        self.language = self.form.add_row("language", self.tr("Language for letters"), combo(
            self.tr("Language for letters"), [(n, c) for c, n in labels.languages().items()], data.language),
            self.tr("Home activities are printed in this language when available."))
        self.contact = self.form.add_row("contact_preference", self.tr("Prefers messages by"), combo(
            self.tr("Prefers messages by"), [(n, c) for c, n in labels.contacts().items()],
            data.contact_preference))

    def _mode(self) -> None:
        new = self.sibling is None or self.sibling.currentData() is None
        for widget in (self.name, self.language, self.contact):
            widget.setEnabled(new)

    def collect(self) -> Any:
        if self.sibling is not None and self.sibling.currentData() is not None:
            return int(self.sibling.currentData())
        return GuardianData(self.name.text(), self.language.currentData(), self.contact.currentData())

    def submit(self, data: Any) -> Callable[[], Any]:
        if isinstance(data, int):
            db, pupil_id, me = self.ctx.db, self.pupil_id, self.ctx.scope_staff
            return lambda: setup_guardians.link_guardian(db, pupil_id, data, as_staff=me)
        return submit_job(self.crud, self.record, data)


def _date_edit(name: str, value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setAccessibleName(name)
    return edit


def _date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class ConsentDialog(RecordDialog):
    def __init__(self, ctx: AppContext, crud: Crud, record: ConsentRecord | None, pupil_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Consent for %1").replace("%1", pupil_name), parent)
        self.crud, self.record = crud, record
        data = record.data if record else ConsentData("class_video", date.today())
        self.purpose = self.form.add_row("purpose", self.tr("Consent for"), combo(
            self.tr("Consent for"), [(n, c) for c, n in labels.purposes().items()], data.purpose))
        self.granted = self.form.add_row("granted_on", self.tr("Granted on"),
                                         _date_edit(self.tr("Granted on"), data.granted_on))
        self.withdrawn = self.form.add_row("is_withdrawn", "", check_box(self.tr("Withdrawn by the parents"),
                                                                           data.withdrawn_on is not None))
        self.withdrawn_on = self.form.add_row("withdrawn_on", self.tr("Withdrawn on"), _date_edit(
            self.tr("Withdrawn on"), data.withdrawn_on or date.today()))
        self.withdrawn_on.setEnabled(data.withdrawn_on is not None)
        self.withdrawn.toggled.connect(self.withdrawn_on.setEnabled)
        self.note = self.form.add_row("note", self.tr("Note"), line_edit(self.tr("Note"), data.note, 500,
                                                                          self.tr("e.g. form received on paper")))

    def collect(self) -> ConsentData:
        return ConsentData(self.purpose.currentData(), _date(self.granted),
                           _date(self.withdrawn_on) if self.withdrawn.isChecked() else None, self.note.text())

    def submit(self, data: ConsentData) -> Callable[[], Any]:
        return submit_job(self.crud, self.record, data)


def pupil_crud(ctx: AppContext, group_id: int) -> Crud:
    db, sp = ctx.db, setup_pupils  # me: whose role may change what (core.access)
    return Crud(lambda r: QCoreApplication.translate("SetupCrud", "pupil %1").replace("%1", r.first_name),
                lambda i: sp.get_pupil(db, i, as_staff=ctx.scope_staff), lambda d: sp.create_pupil(db, group_id, d, as_staff=ctx.scope_staff),
                lambda i, d, v=None: sp.update_pupil(db, i, d, v, as_staff=ctx.scope_staff),
                lambda i: sp.delete_pupil(db, i, as_staff=ctx.scope_staff),
                lambda r: sp.restore_pupil(db, r, as_staff=ctx.scope_staff), lambda i: sp.dependents_pupil(db, i),
                lambda i, a: sp.set_pupil_archived(db, i, a, as_staff=ctx.scope_staff))


def guardian_crud(ctx: AppContext, pupil_id: int) -> Crud:
    db, sg = ctx.db, setup_guardians

    def label(record: GuardianRecord) -> str:
        return record.data.name or QCoreApplication.translate("SetupCrud", "a parent or carer")

    return Crud(label, lambda i: sg.get_guardian(db, i, as_staff=ctx.scope_staff),
                lambda d: sg.add_guardian(db, pupil_id, d, as_staff=ctx.scope_staff),
                lambda i, d, v=None: sg.update_guardian(db, i, d, v, as_staff=ctx.scope_staff),
                lambda i: sg.remove_guardian(db, pupil_id, i, as_staff=ctx.scope_staff),
                lambda r: sg.restore_guardian(db, pupil_id, r, as_staff=ctx.scope_staff),
                lambda i: sg.dependents_guardian(db, pupil_id, i))


def consent_crud(ctx: AppContext, pupil_id: int) -> Crud:
    db, sc = ctx.db, setup_consents
    purposes = labels.purposes()
    return Crud(lambda r: QCoreApplication.translate("SetupCrud", "consent %1").replace(
                    "%1", purposes.get(r.data.purpose, r.data.purpose)),
                lambda i: sc.get_consent(db, i), lambda d: sc.create_consent(db, pupil_id, d, as_staff=ctx.scope_staff),
                lambda i, d, v=None: sc.update_consent(db, i, d, v, as_staff=ctx.scope_staff),
                lambda i: sc.delete_consent(db, i, as_staff=ctx.scope_staff), lambda r: sc.restore_consent(db, r, as_staff=ctx.scope_staff))
