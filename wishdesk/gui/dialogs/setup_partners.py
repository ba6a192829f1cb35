"""The partner map tab of the setup page: per school its partners with contact person and role, as a
grouped list (the school's own people first), editable, and printable as a PDF."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.print_data import PartnerMap
from ...core.services import partners
from ...core.services.partners import PartnerData, PartnerRecord
from .. import labels
from ..context import AppContext
from ..widgets.form_fields import combo, line_edit, text_edit
from .edit_base import RecordDialog
from .setup_crud import Crud, delete_record, open_dialog, submit_job


class PartnerDialog(RecordDialog):
    def __init__(self, ctx: AppContext, crud: Crud, record: PartnerRecord | None, school_id: int,
                 organisations: Sequence[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New partner") if record is None else record.organisation, parent)
        self.crud, self.record, self.school_id = crud, record, school_id
        data = record.data if record else PartnerData(school_id, 0)
        self.organisation = self.form.add_row("organisation_id", self.tr("Organisation"), combo(
            self.tr("Organisation"), [(self.tr("(choose)"), None), *[(n, i) for i, n in organisations]],
            data.organisation_id or None), self.tr("Missing? Add it first under Organisations."))
        self.contact = self.form.add_row("contact_name", self.tr("Contact person"),
                                         line_edit(self.tr("Contact person"), data.contact_name, 200))
        self.role = self.form.add_row("role", self.tr("What they do for the school"), line_edit(
            self.tr("What they do for the school"), data.role, 200, self.tr("e.g. family coach, first contact")))
        self.notes = self.form.add_row("notes", self.tr("Notes"), text_edit(self.tr("Notes"), data.notes))

    def collect(self) -> PartnerData:
        return PartnerData(self.school_id, self.organisation.currentData() or 0, self.contact.text(),
                           self.role.text(), self.notes.toPlainText())

    def submit(self, data: PartnerData) -> Callable[[], Any]:
        return submit_job(self.crud, self.record, data)


def partner_crud(ctx: AppContext) -> Crud:
    db = ctx.db
    return Crud(lambda r: QCoreApplication.translate("SetupCrud", "partner %1").replace("%1", r.organisation),
                lambda i: partners.get_partner(db, i),
                lambda d: partners.create_partner(db, d), lambda i, d: partners.update_partner(db, i, d),
                lambda i: partners.delete_partner(db, i), lambda r: partners.restore_partner(db, r))


class PartnerMapTab(QWidget):
    """School chooser, the grouped map, and add / edit / remove / print."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.crud = partner_crud(ctx)
        self.records: dict[int, PartnerRecord] = {}
        self.organisations: list[tuple[int, str]] = []
        self.school = QComboBox()
        self.school.setAccessibleName(self.tr("School"))
        self.school.currentIndexChanged.connect(lambda _i: self.refresh())
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Partner map"))
        self.tree.setHeaderLabels([self.tr("Organisation"), self.tr("Contact person"), self.tr("Role")])
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_button = QPushButton(self.tr("Add partner…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.print_button = QPushButton(self.tr("Print partner map…"))
        for button, slot in ((self.add_button, self.add), (self.edit_button, self.edit),
                             (self.remove_button, self.remove), (self.print_button, self.print_map)):
            button.setAccessibleName(button.text().rstrip("…"))
            button.clicked.connect(slot)
        self.intro = QLabel(self.tr("Map the school's network: who can you call about a pupil or a family, and "
                                    "what do they do? The school's own people come from its groups."))
        self.intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("School:")))
        top.addWidget(self.school, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.remove_button)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self.map: PartnerMap | None = None
        self._update_buttons()

    def set_schools(self, schools: Sequence[tuple[int, str]], organisations: Sequence[tuple[int, str]]) -> None:
        self.organisations = list(organisations)
        current = self.school.currentData()
        self.school.blockSignals(True)
        self.school.clear()
        for school_id, name in schools:
            self.school.addItem(name, school_id)
        index = self.school.findData(current)
        self.school.setCurrentIndex(max(index, 0))
        self.school.blockSignals(False)
        self.refresh()

    def school_id(self) -> int | None:
        return self.school.currentData()

    def refresh(self) -> None:
        school_id = self.school_id()
        if school_id is None:
            self.tree.clear()
            return
        db = self.ctx.db
        self.ctx.ops.run(lambda: (partners.partner_map(db, school_id), partners.list_partners(db, school_id)),
                         on_done=self._show, progress=False)

    def _show(self, result: tuple[PartnerMap, list[PartnerRecord]]) -> None:
        self.map, records = result
        self.records = {r.id: r for r in records}
        self.tree.clear()
        own = QTreeWidgetItem([self.tr("The school's own people"), "", ""])
        for entry in self.map.own_people:
            QTreeWidgetItem(own, [entry.organisation, entry.contact or "", entry.role or ""])
        groups: dict[str, QTreeWidgetItem] = {}
        kinds = labels.organisation_headings()
        for record in sorted(records, key=lambda r: (partners.KIND_ORDER.index(r.kind), r.organisation.casefold())):
            heading = kinds.get(record.kind, record.kind)
            if heading not in groups:
                groups[heading] = QTreeWidgetItem([heading, "", ""])
            item = QTreeWidgetItem(groups[heading], [record.organisation, record.data.contact_name or "",
                                                     record.data.role or ""])
            item.setData(0, Qt.ItemDataRole.UserRole, record.id)
        self.tree.addTopLevelItems([own, *groups.values()])
        if not records:
            QTreeWidgetItem(self.tree, [self.tr("No partners yet: use \u201cAdd partner\u201d."), "", ""])
        self.tree.expandAll()
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self._update_buttons()

    def current_record(self) -> PartnerRecord | None:
        item = self.tree.currentItem()
        partner_id = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        return self.records.get(partner_id) if partner_id else None

    def select_partner(self, partner_id: int) -> None:
        iterator = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        for top in iterator:
            for i in range(top.childCount()):
                if top.child(i).data(0, Qt.ItemDataRole.UserRole) == partner_id:
                    self.tree.setCurrentItem(top.child(i))

    def _update_buttons(self) -> None:
        has = self.current_record() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.add_button.setEnabled(self.school_id() is not None)
        self.print_button.setEnabled(self.school_id() is not None)

    def add(self) -> None:
        if self.school_id() is not None:
            self.dialog = open_dialog(self.ctx, self.crud, PartnerDialog(self.ctx, self.crud, None, self.school_id(),
                                                                         self.organisations, self))

    def edit(self) -> None:
        record = self.current_record()
        if record is not None:
            self.dialog = open_dialog(self.ctx, self.crud, PartnerDialog(
                self.ctx, self.crud, record, record.data.school_id, self.organisations, self))

    def remove(self) -> None:
        record = self.current_record()
        if record is not None:
            delete_record(self.ctx, self, self.crud, record)

    def print_map(self, _checked: bool = False, target: str | None = None) -> None:
        if self.map is None:
            return
        if target is None:
            suggested = str(Path.home() / f"Partnerkaart {self.map.school}.pdf")
            target, _filter = QFileDialog.getSaveFileName(self, self.tr("Save partner map"), suggested,
                                                          self.tr("PDF (*.pdf)"))
        if not target:
            return
        from ...printing.partner_map import render_partner_map

        the_map = self.map
        self.ctx.ops.run(lambda: render_partner_map(the_map, target), title=self.tr("Printing partner map"),
                         on_done=lambda _pages: self._printed(target))

    def _printed(self, target: str) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        self.last_printed = target
        if not self.ctx.ops.inline and not type(self.ctx.ops).inline:
            QDesktopServices.openUrl(QUrl.fromLocalFile(target))
