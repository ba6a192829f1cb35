"""Dialogs for school years, schools (with lesson windows) and partner organisations."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QSpinBox, QWidget

from ...core.holiday_regions import example_place, region_for
from ...core.services import setup_organisations, setup_schools, setup_years
from ...core.services.setup_organisations import OrganisationData, OrganisationRecord
from ...core.services.setup_schools import SchoolData, SchoolRecord
from ...core.services.setup_years import YearData, YearRecord
from .. import labels
from ..context import AppContext
from ..widgets.form_fields import check_box, combo, line_edit, text_edit
from ..widgets.form_windows import WindowsEditor
from .edit_base import RecordDialog
from .setup_crud import Crud, submit_job


def _date_edit(name: str, value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setAccessibleName(name)
    return edit


def _date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class YearDialog(RecordDialog):
    """New year: which year, which programme to copy, load the holidays. Existing year: its dates."""

    def __init__(self, ctx: AppContext, crud: Crud, record: YearRecord | None, curricula: Sequence[tuple[int, str]],
                 suggested_start: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New school year") if record is None else
                         self.tr("School year %1").replace("%1", record.name), parent)
        self.crud, self.record = crud, record
        if record is None:
            self.start_year = QSpinBox()
            self.start_year.setRange(2000, 2100)
            self.start_year.setValue(suggested_start)
            self.start_year.setPrefix(self.tr("from August "))
            self.form.add_row("start_year", self.tr("School year"), self.start_year)
            self.curriculum = combo(self.tr("Copy the lesson programme of"), [(name, cid) for cid, name in curricula])
            self.form.add_row("curriculum", self.tr("Copy the lesson programme of"), self.curriculum,
                              self.tr("The new year gets its own copy: changing it never alters lessons "
                                      "already given."))
            self.calendar = check_box(self.tr("Add school holidays and public holidays"), True)
            self.form.add_row("calendar", "", self.calendar)
        else:
            self.start = _date_edit(self.tr("First day"), record.data.start_date)
            self.end = _date_edit(self.tr("Last day"), record.data.end_date)
            self.form.add_row("start_date", self.tr("First day"), self.start)
            self.form.add_row("end_date", self.tr("Last day"), self.end,
                              self.tr("Lesson programme: %1. You adapt it on the Lessons page.").replace(
                                  "%1", record.curriculum_name or self.tr("(none)")))

    def collect(self) -> Any:
        if self.record is None:
            return self.start_year.value(), self.curriculum.currentData(), self.calendar.isChecked()
        return YearData(_date(self.start), _date(self.end))

    def submit(self, data: Any) -> Callable[[], Any]:
        if self.record is None:
            db = self.ctx.db
            return lambda: setup_years.create_year(db, data[0], data[1], data[2])
        return submit_job(self.crud, self.record, data)


class SchoolDialog(RecordDialog):
    def __init__(self, ctx: AppContext, crud: Crud, record: SchoolRecord | None,
                 coordinators: Sequence[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New school") if record is None else
                         self.tr("School %1").replace("%1", record.name), parent)
        self.crud, self.record = crud, record
        data = record.data if record else SchoolData("")
        self.name = self.form.add_row("name", self.tr("Name"), line_edit(self.tr("Name"), data.name, 200,
                                                                          self.tr("e.g. OBS De Linde")))
        self.town = self.form.add_row("town", self.tr("Town"), line_edit(self.tr("Town"), data.town, 100))
        self.region = self.form.add_row("holiday_region", self.tr("Holiday region"), combo(
            self.tr("Holiday region"), [(self.tr("From the town"), ""),
                                        *[(label, code) for code, label in labels.regions().items()]],
            data.holiday_region))
        self.town.textChanged.connect(self._region_hint)
        self.region.currentIndexChanged.connect(self._region_hint)
        self._region_hint()
        self.coordinator = self.form.add_row("care_coordinator_id", self.tr("Care coordinator (IB)"), combo(
            self.tr("Care coordinator (IB)"), [(self.tr("(not chosen yet)"), None), *[(n, i) for i, n in coordinators]],
            data.care_coordinator_id),
            self.tr("Only staff with the role care coordinator are listed; add them under Staff."))
        self.windows = WindowsEditor(self.tr("Lesson times for groep 6"), self.tr(
            "No lesson times yet: lessons for this school cannot be planned until you add them."))
        self.windows.set_value(data.lesson_windows)
        self.form.add_row("lesson_windows", self.tr("Lesson times for groep 6"), self.windows)

    def _region_hint(self) -> None:
        """Name the town's own region (from core.holiday_regions), or say that it must be chosen."""
        town, chosen = " ".join(self.town.text().split()), self.region.currentData()
        found = region_for(town)
        names = labels.regions()
        if found and chosen in ("", found):
            text, warning = self.tr("%1 is in the holiday region %2.").replace("%1", town).replace("%2", names[found]), False
        elif found:
            text, warning = self.tr("Note: %1 is in the holiday region %2.").replace("%1", town).replace(
                "%2", names[found]), True
        elif chosen:
            text, warning = "", False
        elif town:
            text, warning = self.tr("The region of %1 is not known here: choose it (e.g. %2: %3).").replace(
                "%1", town).replace("%2", example_place("midden")).replace("%3", names["midden"]), True
        else:
            text, warning = self.tr("From the town, e.g. %1: %2; %3: %4.").replace(
                "%1", example_place("midden")).replace("%2", names["midden"]).replace(
                "%3", example_place("zuid")).replace("%4", names["zuid"]), False
        self.form.set_hint("holiday_region", text, warning)

    def collect(self) -> SchoolData:
        return SchoolData(self.name.text(), self.town.text(), self.region.currentData(), self.coordinator.currentData(),
                          self.windows.value())

    def submit(self, data: SchoolData) -> Callable[[], Any]:
        return submit_job(self.crud, self.record, data)


class OrganisationDialog(RecordDialog):
    def __init__(self, ctx: AppContext, crud: Crud, record: OrganisationRecord | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New organisation") if record is None else
                         self.tr("Organisation %1").replace("%1", record.name), parent)
        self.crud, self.record = crud, record
        data = record.data if record else OrganisationData("")
        self.name = self.form.add_row("name", self.tr("Name"), line_edit(self.tr("Name"), data.name, 200))
        self.kind = self.form.add_row("kind", self.tr("Kind"), combo(
            self.tr("Kind"), [(label, code) for code, label in labels.organisation_kinds().items()], data.kind))
        self.contact = self.form.add_row("contact_name", self.tr("Contact person"),
                                         line_edit(self.tr("Contact person"), data.contact_name, 200))
        self.notes = self.form.add_row("notes", self.tr("Notes"), text_edit(self.tr("Notes"), data.notes))

    def collect(self) -> OrganisationData:
        return OrganisationData(self.name.text(), self.kind.currentData(), self.contact.text(),
                                self.notes.toPlainText())

    def submit(self, data: OrganisationData) -> Callable[[], Any]:
        return submit_job(self.crud, self.record, data)


def year_crud(ctx: AppContext) -> Crud:
    db = ctx.db
    return Crud(lambda r: QCoreApplication.translate("SetupCrud", "school year %1").replace("%1", r.name),
                lambda i: setup_years.get_year(db, i), lambda d: None,
                lambda i, d: setup_years.update_year(db, i, d), lambda i: setup_years.delete_year(db, i),
                lambda r: setup_years.restore_year(db, r), lambda i: setup_years.dependents_year(db, i),
                lambda i, a: setup_years.set_year_archived(db, i, a))


def school_crud(ctx: AppContext) -> Crud:
    db = ctx.db  # only a programme coordinator sets up schools (core.access); the scope is read when a save
    # runs, not here: the page outlives a change of person ("Iemand anders…", "Wie ben ik…")
    return Crud(lambda r: QCoreApplication.translate("SetupCrud", "school %1").replace("%1", r.name),
                lambda i: setup_schools.get_school(db, i),
                # by: a programme coordinator's save also confirms the school's care coordinator (trust root)
                lambda d: setup_schools.create_school(db, d, by=ctx.identity, as_staff=ctx.scope_staff),
                lambda i, d, v=None: setup_schools.update_school(db, i, d, v, by=ctx.identity, as_staff=ctx.scope_staff),
                lambda i: setup_schools.delete_school(db, i, as_staff=ctx.scope_staff),
                lambda r: setup_schools.restore_school(db, r, as_staff=ctx.scope_staff),
                lambda i: setup_schools.dependents_school(db, i),
                lambda i, a: setup_schools.set_school_archived(db, i, a, as_staff=ctx.scope_staff))


def organisation_crud(ctx: AppContext) -> Crud:
    db = ctx.db
    so = setup_organisations
    return Crud(lambda r: QCoreApplication.translate("SetupCrud", "organisation %1").replace("%1", r.name),
                lambda i: so.get_organisation(db, i), lambda d: so.create_organisation(db, d),
                lambda i, d: so.update_organisation(db, i, d), lambda i: so.delete_organisation(db, i),
                lambda r: so.restore_organisation(db, r), lambda i: so.dependents_organisation(db, i),
                lambda i, a: so.set_organisation_archived(db, i, a))
