"""Groepen: schools and their groups on the left, the selected group's pupils and families on the right."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QSplitter, QTableView, QVBoxLayout, QWidget

from ...core.services import directory
from ...core.services.directory import GroupRow, PupilRow
from ..context import AppContext
from ..models.rows import Column, RowTableModel
from .base import Page, heading


def _table(model, name: str) -> QTableView:  # noqa: ANN001
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setSortingEnabled(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    view.setAccessibleName(name)
    return view


class GroupsPage(Page):
    object_name = "groupsPage"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.groups = RowTableModel[GroupRow]([
            Column(self.tr("School"), lambda r: r.school),
            Column(self.tr("Group"), lambda r: r.name),
            Column(self.tr("Pupils"), lambda r: r.pupils, align_right=True),
            Column(self.tr("Specialist"), lambda r: r.specialist or self.tr("(none)")),
            Column(self.tr("Split"), lambda r: self.tr("boys/girls") if r.split_by_gender else ""),
        ], self)
        self.pupils = RowTableModel[PupilRow]([
            Column(self.tr("First name"), lambda r: r.first_name),
            Column(self.tr("Subgroup"), lambda r: {"boys": self.tr("boys"), "girls": self.tr("girls")}.get(r.subgroup or "", "")),
            Column(self.tr("Parents' languages"), lambda r: ", ".join(sorted({g.language for g in r.guardians}))),
            Column(self.tr("Contact"), lambda r: ", ".join(sorted({self._contact(g.contact_preference) for g in r.guardians}))),
            Column(self.tr("Consents"), lambda r: ", ".join(self._purpose(p) for p in r.consents)),
        ], self)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter schools and groups…"))
        self.filter.setAccessibleName(self.tr("Filter schools and groups"))
        self.filter.setClearButtonEnabled(True)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.groups)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        proxy.setFilterKeyColumn(-1)
        self.filter.textChanged.connect(proxy.setFilterFixedString)
        self.proxy = proxy
        self.group_view = _table(proxy, self.tr("Groups"))
        self.group_view.selectionModel().currentRowChanged.connect(self._group_selected)
        self.pupil_view = _table(self.pupils, self.tr("Pupils"))
        self.pupil_title = QLabel(self.tr("Choose a group to see its pupils."))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.group_view)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.pupil_title)
        right_layout.addWidget(self.pupil_view)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Groups")

    def _contact(self, code: str) -> str:
        return {"paper": self.tr("paper"), "platform": self.tr("parent platform"), "email": self.tr("e-mail")}.get(code, code)

    def _purpose(self, code: str) -> str:
        return {"class_video": self.tr("class video"), "photos": self.tr("photos"),
                "share_youth_care": self.tr("sharing with youth care")}.get(code, code)

    def refresh(self) -> None:
        self.ctx.ops.run(lambda: directory.list_groups(self.ctx.db), on_done=self._show_groups, progress=False)

    def _show_groups(self, rows: list[GroupRow]) -> None:
        selected = self.selected_group()
        self.groups.set_rows(rows)
        self.group_view.resizeColumnsToContents()
        if selected is not None:
            self.select_group(selected.id)

    def selected_group(self) -> GroupRow | None:
        index = self.group_view.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.data(index, RowTableModel.ROW_ROLE)

    def select_group(self, group_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, RowTableModel.ROW_ROLE).id == group_id:
                self.group_view.setCurrentIndex(index)
                return

    def _group_selected(self, current, _previous) -> None:  # noqa: ANN001
        group = self.proxy.data(current, RowTableModel.ROW_ROLE) if current.isValid() else None
        if group is None:
            self.pupils.set_rows([])
            return
        self.pupil_title.setText(self.tr("Group %1 of %2: %3 pupils").replace("%1", group.name)
                                 .replace("%2", group.school).replace("%3", str(group.pupils)))
        self.ctx.ops.run(lambda: directory.list_pupils(self.ctx.db, group.id), on_done=self._show_pupils, progress=False)

    def _show_pupils(self, rows: list[PupilRow]) -> None:
        self.pupils.set_rows(rows)
        self.pupil_view.resizeColumnsToContents()
