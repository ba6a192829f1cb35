"""Inrichting: everything a coordinator sets up once a year — school years, schools with their lesson
times, staff, partner organisations and each school's partner map. Every record is created, edited,
archived or deleted here (undoable with Ctrl+Z); nothing needs a file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ...core.edits import Changes, Kind, reversible
from ...core.services import municipality, setup_organisations, setup_schools, setup_staff, setup_years
from ...core.services.setup_organisations import OrganisationRecord
from ...core.services.setup_schools import SchoolRecord
from ...core.services.setup_staff import StaffRecord
from ...core.services.setup_years import YearRecord
from ...core.services.years import current_year_start
from .. import labels
from ..context import AppContext
from ..dialogs.setup_crud import delete_record, open_dialog, unarchive_record
from ..dialogs.setup_dialogs import (
    OrganisationDialog,
    SchoolDialog,
    YearDialog,
    organisation_crud,
    school_crud,
    year_crud,
)
from ..dialogs.setup_partners import PartnerMapTab
from ..dialogs.setup_staff_dialog import StaffDialog, role_text, staff_crud, working_days_text
from ..models.rows import Column
from ..scope import allow, load_scope
from ..widgets.form_table import RecordList
from ..widgets.municipality_field import MunicipalityField
from .base import Page, heading


@dataclass(frozen=True)
class SetupData:
    years: list[YearRecord]
    schools: list[SchoolRecord]
    staff: list[StaffRecord]
    organisations: list[OrganisationRecord]
    curricula: list[tuple[int, str]]
    active_schools: list[SchoolRecord]
    active_staff: list[StaffRecord]
    active_organisations: list[OrganisationRecord]


def _day(value: date) -> str:
    return value.strftime("%d-%m-%Y")


class SetupPage(Page):
    object_name = "setupPage"
    reloads_on = ("setup", "curriculum")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: SetupData | None = None
        self.dialog = None
        self.crud = {"years": year_crud(ctx), "schools": school_crud(ctx), "staff": staff_crud(ctx),
                     "organisations": organisation_crud(ctx)}
        region = labels.regions()
        kinds = labels.organisation_kinds()
        archived = self.tr("archived")
        self.years = RecordList(self.tr("School years"), [
            Column(self.tr("School year"), lambda r: r.name + (f" ({archived})" if r.archived else "")),
            Column(self.tr("First day"), lambda r: _day(r.data.start_date), sort=lambda r: r.data.start_date),
            Column(self.tr("Last day"), lambda r: _day(r.data.end_date), sort=lambda r: r.data.end_date),
            Column(self.tr("Groups"), lambda r: r.groups, align_right=True),
            Column(self.tr("Lesson programme"), lambda r: r.curriculum_name or self.tr("(none)")),
        ], self.tr("New school year…"))
        self.schools = RecordList(self.tr("Schools"), [
            Column(self.tr("School"), lambda r: r.name + (f" ({archived})" if r.archived else "")),
            Column(self.tr("Town"), lambda r: r.data.town or ""),
            Column(self.tr("Region"), lambda r: region.get(r.data.holiday_region, r.data.holiday_region)),
            Column(self.tr("Care coordinator"), lambda r: r.care_coordinator or self.tr("(not chosen yet)")),
            Column(self.tr("Groups"), lambda r: r.groups, align_right=True),
            Column(self.tr("Lesson times"), self._windows_text),
        ], self.tr("New school…"))
        self.staff = RecordList(self.tr("Staff"), [
            Column(self.tr("Name"), lambda r: r.name + (f" ({archived})" if r.archived else "")),
            Column(self.tr("Roles"), role_text),
            Column(self.tr("Organisation"), lambda r: r.organisation or ""),
            Column(self.tr("Schools"), lambda r: ", ".join(r.schools)),
            Column(self.tr("Working days"), working_days_text),
        ], self.tr("New staff member…"))
        self.organisations = RecordList(self.tr("Organisations"), [
            Column(self.tr("Organisation"), lambda r: r.name + (f" ({archived})" if r.archived else "")),
            Column(self.tr("Kind"), lambda r: kinds.get(r.data.kind, r.data.kind)),
            Column(self.tr("Contact person"), lambda r: r.data.contact_name or ""),
            Column(self.tr("Staff"), lambda r: r.staff, align_right=True),
            Column(self.tr("On partner maps"), lambda r: r.schools, align_right=True),
        ], self.tr("New organisation…"))
        self.partner_map = PartnerMapTab(ctx)
        self.lists = {"years": self.years, "schools": self.schools, "staff": self.staff,
                      "organisations": self.organisations}
        for key, widget in self.lists.items():
            widget.new_requested.connect(lambda k=key: self.open_editor(k, None))
            widget.edit_requested.connect(lambda row, k=key: self.open_editor(k, row))
            widget.delete_requested.connect(lambda row, k=key: delete_record(self.ctx, self, self.crud[k], row))
            widget.restore_requested.connect(lambda row, k=key: unarchive_record(self.ctx, self.crud[k], row))
            widget.archived_toggled.connect(lambda _on: self.refresh())
        self._scope = None  # core.access.Scope of the signed-in person (None: not read yet)
        for key in ("schools", "staff"):
            self.lists[key].current_changed.connect(lambda _row: self._apply_scope(self._scope))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Setup sections"))
        self.tabs.addTab(self.years, self.tr("School years"))
        self.tabs.addTab(self.schools, self.tr("Schools"))
        self.tabs.addTab(self.staff, self.tr("Staff"))
        self.tabs.addTab(self.organisations, self.tr("Organisations"))
        self.tabs.addTab(self.partner_map, self.tr("Partner map"))
        intro = QLabel(self.tr("Set up the school year here: schools and their lesson times, the people who "
                               "teach, and the organisations around the schools. Groups and pupils are on the "
                               "Groups page."))
        intro.setWordWrap(True)
        self.municipality = MunicipalityField()
        self.municipality.save_requested.connect(self.save_municipality)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        layout.addWidget(intro)
        layout.addWidget(self.municipality)
        layout.addWidget(self.tabs, 1)

    def title(self) -> str:
        return self.tr("Setup")

    def _windows_text(self, record: SchoolRecord) -> str:
        short = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                 self.tr("Sun")]
        if not record.data.lesson_windows:
            return self.tr("none yet")
        return ", ".join(f"{short[d]} {s:%H:%M}–{e:%H:%M}" for d, s, e in record.data.lesson_windows)

    def _apply_scope(self, scope) -> None:  # noqa: ANN001 - core.access.Scope
        """Schools name who reads their concerns and staff roles decide who sees what: programme coordinators
        set them up (core.access); others see the lists with the buttons disabled and a tooltip saying why."""
        self._scope = scope
        if scope is None:
            return
        for key, kind in (("schools", "schools"), ("staff", "schools")):
            widget = self.lists[key]
            selected = widget.current() is not None
            allow(widget.new_button, scope.everything, kind)
            for button in (widget.edit_button, widget.delete_button):
                allow(button, scope.everything, kind)
                button.setEnabled(scope.everything and selected)

    def refresh(self) -> None:
        load_scope(self.ctx, self, self._apply_scope)
        db = self.ctx.db
        flags = {k: w.show_archived.isChecked() for k, w in self.lists.items()}

        def load() -> SetupData:
            schools = setup_schools.list_schools(db, include_archived=True)
            staff = setup_staff.list_staff(db, include_archived=True)
            orgs = setup_organisations.list_organisations(db, include_archived=True)
            years = setup_years.list_years(db)
            return SetupData(
                [y for y in years if flags["years"] or not y.archived],
                [s for s in schools if flags["schools"] or not s.archived],
                [p for p in staff if flags["staff"] or not p.archived],
                [o for o in orgs if flags["organisations"] or not o.archived],
                setup_years.list_curricula(db), [s for s in schools if not s.archived],
                [p for p in staff if not p.archived], [o for o in orgs if not o.archived])

        self.ctx.ops.read(load, owner=self, key="setup", on_done=self._show, progress=False)
        self.ctx.ops.read(lambda: municipality.get_municipality_name(db), owner=self, key="municipality",
                          on_done=self.municipality.set_name)

    def save_municipality(self, name: str) -> None:
        """The name in report titles; undo puts the old one back."""
        self.ctx.edit(self.tr("Name of the municipality"), reversible(
            Changes.of(Kind.SETUP), lambda db: municipality.set_municipality_name(db, name),
            municipality.restore_municipality_name, lambda db, _before: municipality.set_municipality_name(db, name)),
            on_done=lambda _old: self.ctx.say(self.tr("Municipality saved: %1").replace("%1", name)))

    def _show(self, data: SetupData) -> None:
        self.data = data
        self.years.set_rows(data.years)
        self.schools.set_rows(data.schools)
        self.staff.set_rows(data.staff)
        self.organisations.set_rows(data.organisations)
        self.partner_map.set_schools([(s.id, s.name) for s in data.active_schools],
                                     [(o.id, o.name) for o in data.active_organisations])

    def open_editor(self, key: str, record: object | None) -> None:
        """Open the dialog of one record kind, for a new record (None) or an existing one."""
        data = self.data
        if data is None:
            return
        crud = self.crud[key]
        if key == "years":
            starts = [y.data.start_date.year for y in data.years]
            suggested = max(starts) + 1 if starts else current_year_start()
            dialog = YearDialog(self.ctx, crud, record, data.curricula, suggested, self)
        elif key == "schools":
            coordinators = [(p.id, p.name) for p in data.active_staff if "care_coordinator" in p.data.roles]
            dialog = SchoolDialog(self.ctx, crud, record, coordinators, self)
        elif key == "staff":
            dialog = StaffDialog(self.ctx, crud, record, [(o.id, o.name) for o in data.active_organisations],
                                 [(s.id, s.name) for s in data.active_schools], self)
        else:
            dialog = OrganisationDialog(self.ctx, crud, record, self)
        widget = self.lists[key]
        self.dialog = open_dialog(self.ctx, crud, dialog,
                                  after=lambda result: widget.select_id((result[1] if isinstance(result, tuple)
                                                                         else result).id))
