"""The group dialog: school, school year, name ("6A", "5/6B"), teachers, specialist, boys/girls split."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...core.services import setup_groups
from ...core.services.setup_groups import GroupData, GroupRecord
from ...core.services.setup_staff import StaffRecord
from ..context import AppContext
from ..widgets.form_fields import CheckList, check_box, combo, line_edit
from .edit_base import RecordDialog
from .setup_crud import Crud, submit_job


class GroupDialog(RecordDialog):
    def __init__(self, ctx: AppContext, crud: Crud, record: GroupRecord | None, *,
                 schools: Sequence[tuple[int, str]], years: Sequence[tuple[int, str]], staff: Sequence[StaffRecord],
                 school_id: int | None = None, year_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New group") if record is None else
                         self.tr("Group %1 (%2)").replace("%1", record.name).replace("%2", record.school), parent)
        self.crud, self.record, self.staff = crud, record, list(staff)
        data = record.data if record else GroupData(school_id or 0, year_id or 0, "")
        self.school = self.form.add_row("school_id", self.tr("School"), combo(
            self.tr("School"), [(n, i) for i, n in schools], data.school_id))
        self.year = self.form.add_row("school_year_id", self.tr("School year"), combo(
            self.tr("School year"), [(n, i) for i, n in years], data.school_year_id))
        self.name = self.form.add_row("name", self.tr("Group name"), line_edit(
            self.tr("Group name"), data.name, 20, self.tr("e.g. 6A or 5/6B")))
        self.teachers = CheckList(self.tr("Teachers"))
        self.form.add_row("teacher_ids", self.tr("Teachers"), self.teachers,
                          self.tr("Teachers of this school are listed first. New colleagues: add them under "
                                  "Setup \u2192 Staff."))
        self.specialist = self.form.add_row("specialist_id", self.tr("Resilience specialist"), combo(
            self.tr("Resilience specialist"), [(self.tr("(not assigned yet)"), None)] + [
                (p.name + (f" — {p.organisation}" if p.organisation else ""), p.id)
                for p in self.staff if "specialist" in p.data.roles], data.specialist_id))
        self.split = self.form.add_row("split_by_gender", "", check_box(
            self.tr("Practice lessons for boys and girls separately"), data.split_by_gender))
        self.video = self.form.add_row("video_url", self.tr("Class video link"), line_edit(
            self.tr("Class video link"), data.video_url, 500, "https://"),
            self.tr("Only pupils whose parents consented may appear in the video."))
        # the page already chose school and year: the name is what a new group needs typed first
        self.initial_field = self.name
        self._fill_teachers(data.teacher_ids)
        self.school.currentIndexChanged.connect(lambda _i: self._fill_teachers(self.teachers.checked_values()))

    def _fill_teachers(self, checked: Sequence[int]) -> None:
        school = self.school.currentText()
        teachers = [p for p in self.staff if "teacher" in p.data.roles or p.id in checked]
        teachers.sort(key=lambda p: (school not in p.schools, p.name.casefold()))
        self.teachers.set_items([(p.name + (f" — {', '.join(p.schools)}" if p.schools else ""), p.id)
                                 for p in teachers], checked)

    def collect(self) -> GroupData:
        return GroupData(self.school.currentData() or 0, self.year.currentData() or 0, self.name.text(),
                         self.teachers.checked_values(), self.specialist.currentData(), self.split.isChecked(),
                         self.video.text())

    def submit(self, data: GroupData) -> Callable[[], Any]:
        return submit_job(self.crud, self.record, data)


def group_crud(ctx: AppContext) -> Crud:
    db = ctx.db  # me: whose role may change what (core.access)
    sg = setup_groups
    return Crud(lambda r: QCoreApplication.translate("SetupCrud", "group %1").replace("%1", f"{r.name} ({r.school})"),
                lambda i: sg.get_group(db, i, as_staff=ctx.scope_staff), lambda d: sg.create_group(db, d, as_staff=ctx.scope_staff),
                lambda i, d, v=None: sg.update_group(db, i, d, v, as_staff=ctx.scope_staff),
                lambda i: sg.delete_group(db, i, as_staff=ctx.scope_staff),
                lambda r: sg.restore_group(db, r, as_staff=ctx.scope_staff), lambda i: sg.dependents_group(db, i),
                lambda i, a: sg.set_group_archived(db, i, a, as_staff=ctx.scope_staff))
