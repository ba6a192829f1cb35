"""The staff dialog: name, roles, organisation, the schools someone serves and their working days."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import time
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from ...core.errors import ValidationError
from ...core.services import setup_staff
from ...core.services.setup_staff import StaffData, StaffRecord
from .. import labels
from ..context import AppContext
from ..widgets.form_fields import CheckList, check_box, combo, line_edit
from ..widgets.form_windows import WindowsEditor
from .edit_base import RecordDialog
from .setup_crud import Crud, submit_job


class StaffDialog(RecordDialog):
    def __init__(self, ctx: AppContext, crud: Crud, record: StaffRecord | None,
                 organisations: Sequence[tuple[int, str]], schools: Sequence[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New staff member") if record is None else record.name, parent)
        self.crud, self.record = crud, record
        data = record.data if record else StaffData("", ())
        self.name = self.form.add_row("name", self.tr("Name"), line_edit(self.tr("Name"), data.name, 200))
        roles = QWidget()
        roles.setAccessibleName(self.tr("Roles"))
        box = QVBoxLayout(roles)
        box.setContentsMargins(0, 0, 0, 0)
        self.roles = {}
        for code, label in labels.roles().items():
            self.roles[code] = check_box(label, code in data.roles)
            box.addWidget(self.roles[code])
        self.form.add_row("roles", self.tr("Roles"), roles)
        self.email = self.form.add_row("email", self.tr("E-mail (work)"), line_edit(self.tr("E-mail (work)"),
                                                                                      data.email, 200))
        self.organisation = self.form.add_row("organisation_id", self.tr("Organisation"), combo(
            self.tr("Organisation"), [(self.tr("(none)"), None), *[(n, i) for i, n in organisations]],
            data.organisation_id))
        self.schools = CheckList(self.tr("Schools"), [(n, i) for i, n in schools], data.school_ids)
        self.form.add_row("school_ids", self.tr("Schools"), self.schools)
        days = QWidget()
        days_box = QVBoxLayout(days)
        days_box.setContentsMargins(0, 0, 0, 0)
        self.fixed_days = check_box(self.tr("Works only at fixed times"), bool(data.availability))
        self.windows = WindowsEditor(self.tr("Working times"), self.tr("Add the days and times this person "
                                                                        "can give lessons."),
                                     default=(time(8, 30), time(15, 0)))
        self.windows.set_value(data.availability)
        self.windows.setVisible(bool(data.availability))
        self.fixed_days.toggled.connect(self._fixed_toggled)
        days_box.addWidget(self.fixed_days)
        days_box.addWidget(self.windows)
        self.form.add_row("availability", self.tr("Working days"), days,
                          self.tr("Unticked: available on every school day during school hours."))
        limit = QWidget()
        limit_box = QHBoxLayout(limit)
        limit_box.setContentsMargins(0, 0, 0, 0)
        self.max_per_day = QSpinBox()
        self.max_per_day.setRange(0, 10)
        self.max_per_day.setSpecialValueText(self.tr("no maximum"))
        self.max_per_day.setValue(data.max_sessions_per_day or 0)
        self.max_per_day.setAccessibleName(self.tr("Most lessons per day"))
        limit_box.addWidget(self.max_per_day)
        limit_box.addStretch(1)
        self.form.add_row("max_sessions_per_day", self.tr("Most lessons per day"), limit)
        self.form.fields["max_sessions_per_day"] = self.max_per_day

    def _fixed_toggled(self, on: bool) -> None:
        self.windows.setVisible(on)
        if on and not self.windows.value():
            for day in range(5):
                self.windows.add_row(day, time(8, 30), time(15, 0))

    def collect(self) -> StaffData:
        availability = self.windows.value() if self.fixed_days.isChecked() else ()
        if self.fixed_days.isChecked() and not availability:
            raise ValidationError(self.tr("Add at least one working time, or untick \u201cWorks only at fixed "
                                          "times\u201d."), "availability")
        return StaffData(self.name.text(), tuple(c for c, b in self.roles.items() if b.isChecked()), self.email.text(),
                         self.organisation.currentData(), self.schools.checked_values(), availability,
                         self.max_per_day.value() or None)

    def submit(self, data: StaffData) -> Callable[[], Any]:
        return submit_job(self.crud, self.record, data)


def staff_crud(ctx: AppContext) -> Crud:
    db = ctx.db  # roles decide who sees what: programme coordinators only (core.access)
    ss = setup_staff
    return Crud(lambda r: r.name, lambda i: ss.get_staff(db, i), lambda d: ss.create_staff(db, d, as_staff=ctx.scope_staff),
                lambda i, d, v=None: ss.update_staff(db, i, d, v, as_staff=ctx.scope_staff),
                lambda i: ss.delete_staff(db, i, as_staff=ctx.scope_staff),
                lambda r: ss.restore_staff(db, r, as_staff=ctx.scope_staff), lambda i: ss.dependents_staff(db, i),
                lambda i, a: ss.set_staff_archived(db, i, a, as_staff=ctx.scope_staff))


def role_text(record: StaffRecord) -> str:
    names = labels.roles()
    return ", ".join(names.get(r, r) for r in record.data.roles)


def working_days_text(record: StaffRecord) -> str:
    if not record.data.availability:
        return QCoreApplication.translate("StaffDialog", "every school day")
    short = [QCoreApplication.translate("StaffDialog", "Mon"), QCoreApplication.translate("StaffDialog", "Tue"),
             QCoreApplication.translate("StaffDialog", "Wed"), QCoreApplication.translate("StaffDialog", "Thu"),
             QCoreApplication.translate("StaffDialog", "Fri"), QCoreApplication.translate("StaffDialog", "Sat"),
             QCoreApplication.translate("StaffDialog", "Sun")]
    days = sorted({d for d, _s, _e in record.data.availability})
    return " ".join(short[d] for d in days)
