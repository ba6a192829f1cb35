"""Groepen: the groups of a school year on the left; the selected group's pupils on the right, with the
selected pupil's parents/carers and consents below. Groups, pupils, guardians and consents are created,
edited, archived and deleted here (undoable), and a class list is imported into a group."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.services import setup_groups, setup_pupils, setup_schools, setup_staff, setup_years
from ...core.services.setup_groups import GroupRecord
from ...core.services.setup_pupils import PupilRecord
from ...core.services.setup_staff import StaffRecord
from ...core.services.years import find_year
from .. import labels
from ..context import AppContext
from ..dialogs.edit_family_panel import FamilyPanel
from ..dialogs.edit_group_dialog import GroupDialog, group_crud
from ..dialogs.edit_pupil_dialog import PupilDialog, pupil_crud
from ..dialogs.setup_crud import delete_record, open_dialog, unarchive_record
from ..models.rows import Column
from ..scope import allow
from ..widgets.form_table import RecordList
from .base import Page, heading


@dataclass(frozen=True)
class GroupsData:
    year_id: int | None
    years: list[tuple[int, str]]
    groups: list[GroupRecord]
    schools: list[tuple[int, str]]
    staff: list[StaffRecord]
    scope: Any = None  # core.access.Scope of the signed-in person: what they may change


class GroupsPage(Page):
    object_name = "groupsPage"
    reloads_on = ("setup",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: GroupsData | None = None
        self.dialog = None
        self.group_crud = group_crud(ctx)
        subgroups, contacts, purposes = labels.subgroups(), labels.contacts(), labels.purposes()
        short = {"class_video": self.tr("video"), "photos": self.tr("photos"), "share_youth_care": self.tr("youth care")}
        languages = labels.languages()
        archived = self.tr("archived")
        self.group_list = RecordList(self.tr("Groups"), [
            Column(self.tr("School"), lambda r: r.school),
            Column(self.tr("Group"), lambda r: r.name + (f" ({archived})" if r.archived else "")),
            Column(self.tr("Pupils"), lambda r: r.pupils, align_right=True),
            Column(self.tr("Specialist"), lambda r: r.specialist or self.tr("(none)")),
            Column(self.tr("Boys/girls apart"), lambda r: self.tr("yes") if r.split_by_gender else ""),
        ], self.tr("New group…"), compact=True)
        self.pupil_list = RecordList(self.tr("Pupils"), [
            Column(self.tr("First name"), lambda r: r.display_name + (f" ({archived})" if r.archived else "")),
            Column(self.tr("Boy/girl"), lambda r: subgroups.get(r.data.subgroup or "", "")),
            Column(self.tr("Parents' languages"), lambda r: ", ".join(sorted({languages.get(g.data.language, g.data.language)
                                                                             for g in r.guardians}))),
            Column(self.tr("Contact"), lambda r: ", ".join(sorted({contacts.get(g.data.contact_preference, "")
                                                                   for g in r.guardians}))),
            # short words in the table; the full purpose in the tooltip and the Consents tab
            Column(self.tr("Consents"), lambda r: ", ".join(short.get(p, p) for p in r.consents),
                   tooltip=lambda r: "\n".join(purposes.get(p, p) for p in r.consents)),
        ], self.tr("New pupil…"))
        # names the first tests and other code know
        self.groups, self.proxy = self.group_list.model, self.group_list.proxy
        self.group_view, self.filter = self.group_list.view, self.group_list.filter
        self.filter.setPlaceholderText(self.tr("Filter schools and groups…"))
        self.filter.setAccessibleName(self.tr("Filter schools and groups"))
        self.pupils, self.pupil_view = self.pupil_list.model, self.pupil_list.view
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("School year"))
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.import_button = QPushButton(self.tr("Import class list…"))
        self.import_button.setAccessibleName(self.tr("Import class list"))
        self.import_button.clicked.connect(self.import_class_list)
        self.export_button = QPushButton(self.tr("Family data (AVG)…"))
        self.export_button.setAccessibleName(self.tr("Everything stored about the chosen pupil and their family"))
        self.export_button.setToolTip(self.tr("For a parent's request to see what is stored (right of access)"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_family)
        self.wellbeing_button = QPushButton(self.tr("Well-being check…"))
        self.wellbeing_button.setAccessibleName(self.tr("Enter or print the well-being check of this group"))
        self.wellbeing_button.setEnabled(False)
        self.wellbeing_button.clicked.connect(self.open_wellbeing)
        self.pupil_title = QLabel(self.tr("Choose a group to see its pupils."))
        self.pupil_title.setWordWrap(True)
        self.family = FamilyPanel(ctx)

        self.group_list.new_requested.connect(lambda: self.open_group(None))
        self.group_list.edit_requested.connect(self.open_group)
        self.group_list.delete_requested.connect(lambda r: delete_record(ctx, self, self.group_crud, r))
        self.group_list.restore_requested.connect(lambda r: unarchive_record(ctx, self.group_crud, r))
        self.group_list.archived_toggled.connect(lambda _on: self.refresh())
        self.group_list.current_changed.connect(self._group_selected)
        self.pupil_list.new_requested.connect(lambda: self.open_pupil(None))
        self.pupil_list.edit_requested.connect(self.open_pupil)
        self.pupil_list.delete_requested.connect(self._delete_pupil)
        self.pupil_list.restore_requested.connect(self._restore_pupil)
        self.pupil_list.archived_toggled.connect(lambda _on: self._load_pupils())
        self.pupil_list.current_changed.connect(self.family.set_pupil)
        self.pupil_list.current_changed.connect(self._pupil_selected)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(self.tr("School year:")))
        year_row.addWidget(self.year, 1)
        left_layout.addLayout(year_row)
        left_layout.addWidget(self.group_list, 1)
        right_top = QWidget()
        top_layout = QVBoxLayout(right_top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        # the title on a line of its own: beside three buttons a narrow column wrapped it over four lines
        top_layout.addWidget(self.pupil_title)
        title_row = QHBoxLayout()
        title_row.addWidget(self.import_button)
        title_row.addWidget(self.export_button)
        title_row.addWidget(self.wellbeing_button)
        title_row.addStretch(1)
        top_layout.addLayout(title_row)
        top_layout.addWidget(self.pupil_list, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(right_top)
        right.addWidget(self.family)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setSizes([420, 260])
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        layout.addWidget(splitter, 1)
        self._group_selected(None)
        self.refresh()  # usable (select_group) before it is first shown

    def title(self) -> str:
        return self.tr("Groups")

    def refresh(self) -> None:
        db, chosen, me = self.ctx.db, self.year.currentData(), self.ctx.scope_staff
        archived = self.group_list.show_archived.isChecked()

        def load() -> GroupsData:
            from ...core.access import scope_of

            with db.session() as s:
                current = find_year(s, None)
                current_id = current.id if current else None
            year_id = chosen or current_id
            # only the groups and schools this person's role sees (core.access; no sign-in: everything)
            groups = setup_groups.list_groups(db, year_id, include_archived=archived, as_staff=me) if year_id else []
            return GroupsData(year_id, [(y.id, y.name) for y in setup_years.list_years(db)], groups,
                              [(s.id, s.name) for s in setup_schools.list_schools(db, as_staff=me)],
                              setup_staff.list_staff(db), scope_of(db, me))

        self.ctx.ops.read(load, owner=self, key="groups", on_done=self._show_groups, progress=False)

    def _show_groups(self, data: GroupsData) -> None:
        self.data = data
        self.year.blockSignals(True)
        self.year.clear()
        for year_id, name in data.years:
            self.year.addItem(name, year_id)
        self.year.setCurrentIndex(max(self.year.findData(data.year_id), 0))
        self.year.blockSignals(False)
        self.group_list.set_rows(data.groups)  # re-selects the group, which reloads its pupils
        ready = bool(data.years and data.schools)
        allow(self.group_list.new_button, ready and self._may("sets_up_groups_of", None), "groups")
        if not ready:
            self.group_list.new_button.setEnabled(False)
        if not ready:
            self.pupil_title.setText(self.tr("There is no school year or school yet. Set them up first on the "
                                             "Setup page; then you can add groups here."))

    def selected_group(self) -> GroupRecord | None:
        return self.group_list.current()

    def select_group(self, group_id: int) -> None:
        self.group_list.select_id(group_id)

    def export_family(self) -> None:
        """The AVG right of access: everything stored about this pupil and their guardians, as a PDF."""
        from ..family_export import show_family_export

        pupil = self.family.pupil
        if pupil is not None:
            show_family_export(self.ctx, self, pupil.id)

    def open_wellbeing(self) -> None:
        from ..dialogs.wellbeing_entry import WellbeingDialog

        group = self.selected_group()
        if group is not None:
            self.dialog = WellbeingDialog(self.ctx, group.id, f"{group.school} – {group.name}", self)
            self.dialog.show()

    def _may(self, rule: str, school_id: int | None) -> bool:
        """What the signed-in person's role allows (core.access.Scope); before the first load: everything."""
        scope = self.data.scope if self.data is not None else None
        return scope is None or getattr(scope, rule)(school_id)

    def _pupil_selected(self, pupil: PupilRecord | None) -> None:
        group = self.selected_group()
        keeps = group is None or self._may("keeps_records_of", group.data.school_id)
        allow(self.export_button, pupil is not None and keeps, "family")
        family = self.family
        for button in (self.pupil_list.edit_button, self.pupil_list.delete_button, family.add_guardian_button,
                       family.edit_guardian_button, family.remove_guardian_button, family.add_consent_button,
                       family.edit_consent_button, family.withdraw_button, family.delete_consent_button):
            allow(button, pupil is not None and keeps, "pupils")
        if pupil is None:
            self.export_button.setEnabled(False)

    def _group_selected(self, group: GroupRecord | None) -> None:
        keeps = group is not None and self._may("keeps_records_of", group.data.school_id)
        sets_up = group is not None and self._may("sets_up_groups_of", group.data.school_id)
        allow(self.import_button, keeps or group is None, "pupils")
        self.import_button.setEnabled(keeps)
        self.wellbeing_button.setEnabled(group is not None)
        allow(self.pupil_list.new_button, keeps or group is None, "pupils")
        self.pupil_list.new_button.setEnabled(keeps)
        for button in (self.group_list.edit_button, self.group_list.delete_button):
            allow(button, sets_up or group is None, "groups")
            button.setEnabled(sets_up)
        if group is None:
            self.pupil_title.setText(self.tr("Choose a group to see its pupils."))
            self.pupils.set_rows([])
            self.family.set_pupil(None)
            return
        self.pupil_title.setText(self.tr("Group %1 of %2: %3 pupils").replace("%1", group.name)
                                 .replace("%2", group.school).replace("%3", str(group.pupils)))
        self._load_pupils()

    def _load_pupils(self) -> None:
        group = self.selected_group()
        if group is None:
            return
        db, archived = self.ctx.db, self.pupil_list.show_archived.isChecked()
        self.ctx.ops.read(lambda: setup_pupils.list_pupils(db, group.id, include_archived=archived),
                         owner=self, key="pupils", on_done=self._show_pupils, progress=False)

    def _show_pupils(self, rows: list[PupilRecord]) -> None:
        group = self.selected_group()
        self.pupil_list.set_rows(rows)
        if group is not None and group.split_by_gender:
            missing = sum(1 for r in rows if not r.archived and r.data.subgroup is None)
            if missing:
                self.pupil_title.setText(self.pupil_title.text() + " " + self.tr(
                    "— %1 without boy/girl: they are missing from the split lessons.").replace("%1", str(missing)))

    def open_group(self, record: GroupRecord | None) -> None:
        data = self.data
        if data is None:
            return
        current = self.selected_group()
        self.dialog = open_dialog(self.ctx, self.group_crud, GroupDialog(
            self.ctx, self.group_crud, record, schools=data.schools, years=data.years, staff=data.staff,
            school_id=current.data.school_id if current else None, year_id=data.year_id, parent=self),
            after=lambda result: self.select_group((result[1] if isinstance(result, tuple) else result).id))

    def open_pupil(self, record: PupilRecord | None) -> None:
        group = self.selected_group()
        if group is None:
            return
        crud = pupil_crud(self.ctx, group.id)
        self.dialog = open_dialog(self.ctx, crud, PupilDialog(self.ctx, crud, record, group.split_by_gender, self),
                                  after=lambda r: self.pupil_list.select_id((r[1] if isinstance(r, tuple) else r).id))

    def _delete_pupil(self, record: PupilRecord) -> None:
        delete_record(self.ctx, self, pupil_crud(self.ctx, record.group_id), record)

    def _restore_pupil(self, record: PupilRecord) -> None:
        unarchive_record(self.ctx, pupil_crud(self.ctx, record.group_id), record)

    def import_class_list(self) -> None:
        group = self.selected_group()
        if group is None:
            return
        from ..dialogs.import_class_list import ImportDialog

        self.dialog = ImportDialog(self.ctx, group.id, f"{group.name} ({group.school})", self)
        self.dialog.open()
