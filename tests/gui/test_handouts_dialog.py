"""The print dialog for home activities: choose, preview, print or save, batch; every printed set recorded."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from tests.core.test_handout_service import (
    family_rows,
    fonts_on_page,
    give_all_consent,
    group_with,
    has_language,
    has_siblings,
    pages_with,
)
from tests.gui.test_accessibility import _unnamed
from wishdesk.core.models import Group
from wishdesk.core.services import handouts
from wishdesk.gui.context import AppContext
from wishdesk.gui.dialogs.handouts import HandoutsDialog, open_handouts_dialog
from wishdesk.gui.operations import Operations
from wishdesk.gui.widgets import pdf_preview


@pytest.fixture
def ctx(demo_db) -> AppContext:  # noqa: ANN001
    return AppContext(db=demo_db, ops=Operations())


def _open(qtbot, ctx: AppContext, group_id: int | None = None, lesson: int | None = None) -> HandoutsDialog:  # noqa: ANN001
    dialog = open_handouts_dialog(ctx, None, group_id=group_id, lesson_number=lesson)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the test keeps using it
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.job is not None or dialog.error.isVisible(), timeout=10000)
    return dialog


def _choose(qtbot, dialog: HandoutsDialog, combo, value) -> None:  # noqa: ANN001
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    qtbot.waitUntil(lambda: not dialog._timer.isActive(), timeout=5000)


def test_choose_group_and_lesson_shows_one_page_per_family(qtbot, ctx, inline_operations) -> None:  # noqa: ANN001
    dialog = _open(qtbot, ctx)
    assert dialog.lesson.currentData() == 1  # no lesson held yet: the first
    gid = group_with(ctx.db, has_siblings)
    _choose(qtbot, dialog, dialog.group, gid)
    _choose(qtbot, dialog, dialog.lesson, 4)
    job = dialog.job
    assert (job.group_id, job.lesson_number) == (gid, 4)
    families = family_rows(ctx.db, gid)
    assert dialog.preview.document.pageCount() == job.sheet_count == len(families)
    assert dialog.summary.isVisible() and str(len(families)) in dialog.summary.text()
    _choose(qtbot, dialog, dialog.paper, "a5x2")
    from tests.core.test_handout_service import _two_up_pages

    # two sheets a page, except bilingual ones too long for one half at 8.5 pt: those take a page each
    assert len(families) // 2 < dialog.preview.document.pageCount() == _two_up_pages(dialog.job.batch)
    assert "beide helften" in dialog.note.text() or "both halves" in dialog.note.text()
    assert inline_operations == []


def test_next_page_and_zoom(qtbot, ctx) -> None:  # noqa: ANN001
    dialog = _open(qtbot, ctx, group_with(ctx.db, lambda g: True), 2)
    preview = dialog.preview
    qtbot.mouseClick(preview.next, Qt.MouseButton.LeftButton)
    assert preview.current_page() == 1 and preview.page.value() == 2
    preview.page.setValue(preview.page_count())
    assert preview.current_page() == preview.page_count() - 1
    qtbot.mouseClick(preview.zoom_in, Qt.MouseButton.LeftButton)
    assert preview.zoom.currentText().endswith("%")


def test_unchecked_translation_warning_and_consent_note(qtbot, ctx) -> None:  # noqa: ANN001
    gid = group_with(ctx.db, has_language("ar"))
    give_all_consent(ctx.db, gid)
    dialog = _open(qtbot, ctx, gid, 2)
    assert dialog.warning.isVisible() and "Arabic" in dialog.warning.text()
    assert dialog.note.isVisible() and "QR code to the class video" in dialog.note.text()
    with ctx.db.write() as s:
        pupil = s.get(Group, gid).pupils[0]
        next(c for c in pupil.consents if c.purpose == "class_video").withdrawn_on = date(2026, 11, 1)
    dialog.make_preview()
    assert dialog.note.text() == "1 pupil without consent for the class video: no QR code."
    assert dialog.job.batch.lesson.video_url is None
    _choose(qtbot, dialog, dialog.language, "en")  # English is checked: no warning
    assert not dialog.warning.isVisible()


def test_save_as_pdf_writes_the_preview_and_counts_it_only_when_asked(qtbot, ctx, tmp_path: Path,  # noqa: ANN001
                                                                      monkeypatch) -> None:  # noqa: ANN001
    gid = group_with(ctx.db, has_language("ar"))
    dialog = _open(qtbot, ctx, gid, 3)
    target = tmp_path / "thuisopdracht"
    monkeypatch.setattr(pdf_preview.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    qtbot.mouseClick(dialog.preview.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "thuisopdracht.pdf"
    assert saved.read_bytes() == dialog.preview.pdf_bytes()
    reader = PdfReader(saved)
    for names, languages in family_rows(ctx.db, gid):
        (page,) = set.union(*(pages_with(reader, name) for name in names))
        assert any("Arabic" in font for font in fonts_on_page(reader, page)) == ("ar" in languages)
    assert handouts.list_deliveries(ctx.db, gid) == []  # saved, perhaps a trial: not handed out yet
    assert dialog.recorded.text().startswith("Saved; not counted in the report.")
    assert dialog.count_button.isVisible()
    qtbot.mouseClick(dialog.count_button, Qt.MouseButton.LeftButton)
    (row,) = handouts.list_deliveries(ctx.db, gid)
    assert (row.lesson_number, row.sheet_count, row.layout) == (3, dialog.job.sheet_count, "a4")
    assert dialog.recorded.text().startswith("Recorded for the report") and not dialog.count_button.isVisible()


def test_print_renders_every_page_into_the_printer(qtbot, ctx, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    dialog = _open(qtbot, ctx, group_with(ctx.db, lambda g: True), 1)
    _choose(qtbot, dialog, dialog.paper, "a5x2")
    out = tmp_path / "printer.pdf"
    made = dialog.preview.new_printer

    def pdf_printer() -> QPrinter:
        printer = made()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)
        return printer

    monkeypatch.setattr(dialog.preview, "new_printer", pdf_printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    qtbot.mouseClick(dialog.preview.print_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(out)
    assert len(reader.pages) == dialog.preview.page_count()
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape for A5 two-up
    (row,) = handouts.list_deliveries(ctx.db)
    assert row.layout == "a5x2"


def test_lesson_plan_is_previewed_but_not_recorded(qtbot, ctx, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    dialog = _open(qtbot, ctx, group_with(ctx.db, lambda g: True), 5)
    _choose(qtbot, dialog, dialog.document, "lesson_plan")
    assert dialog.job is None and dialog.preview.page_count() >= 1
    assert not dialog.language.isEnabled() and not dialog.warning.isVisible()
    monkeypatch.setattr(pdf_preview.QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "p.pdf"), ""))
    qtbot.mouseClick(dialog.preview.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "p.pdf").exists() and handouts.list_deliveries(ctx.db) == []


def test_a_group_without_pupils_says_why_there_is_nothing(qtbot, ctx) -> None:  # noqa: ANN001
    with ctx.db.write() as s:
        first = s.get(Group, group_with(ctx.db, lambda g: True))
        empty = Group(school_id=first.school_id, school_year_id=first.school_year_id, name="6Z")
        s.add(empty)
        s.flush()
        empty_id = empty.id
    dialog = _open(qtbot, ctx, empty_id, 1)
    assert dialog.error.isVisible() and "geen leerlingen" in dialog.error.text()
    assert not dialog.preview.print_button.isEnabled() and dialog.preview.page_count() == 0
    _choose(qtbot, dialog, dialog.sheets, True)  # spare sheets work for an empty group
    assert not dialog.error.isVisible() and dialog.preview.page_count() == 13


def test_batch_for_a_school_into_a_folder(qtbot, ctx, tmp_path: Path) -> None:  # noqa: ANN001
    gid = group_with(ctx.db, has_language("ar"))
    dialog = _open(qtbot, ctx, gid, 6)
    batch = dialog.open_batch()
    qtbot.addWidget(batch)
    with ctx.db.session() as s:
        school_id = s.get(Group, gid).school_id
    assert batch.school.currentData() == school_id and batch.lesson.currentData() == 6
    batch.folder.setText(str(tmp_path / "school"))
    qtbot.mouseClick(batch.start, Qt.MouseButton.LeftButton)
    ids = handouts.batch_group_ids(ctx.db, school_id=school_id)
    files = sorted((tmp_path / "school").glob("*.pdf"))
    assert len(files) == len(ids) == len(batch.result.files)
    assert batch.summary.text().startswith(f"{len(ids)} PDF files") and batch.open_folder.isVisible()
    assert sorted(r.group_id for r in handouts.list_deliveries(ctx.db)) == sorted(ids)
    reader = PdfReader(tmp_path / "school" / handouts.build_handouts(ctx.db, gid, 6).file_name)
    for names, languages in family_rows(ctx.db, gid):
        (page,) = set.union(*(pages_with(reader, name) for name in names))
        assert any("Arabic" in font for font in fonts_on_page(reader, page)) == ("ar" in languages)

    # a second run into the same folder asks before anything is replaced
    from wishdesk.gui.dialogs.handouts_batch import HandoutsBatchDialog

    before = {f: f.stat().st_mtime_ns for f in files}
    HandoutsBatchDialog.overwrite_answer = False
    try:
        qtbot.mouseClick(batch.start, Qt.MouseButton.LeftButton)
        assert {f: f.stat().st_mtime_ns for f in files} == before
    finally:
        HandoutsBatchDialog.overwrite_answer = None


def test_batch_for_the_municipality_in_spawned_workers(qtbot, ctx, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """Many groups: the dialog's job renders in worker processes started with spawn (a Qt process must not
    fork); the files, the records and the summary are those of a run in one process."""
    from wishdesk.core.services import handout_workers

    pools = []
    real_pool = handout_workers.new_pool
    monkeypatch.setattr(handout_workers, "MIN_GROUPS_PER_WORKER", {"spawn": 1})  # the test demo is small
    monkeypatch.setattr(handout_workers, "usable_cores", lambda: 2)
    monkeypatch.setattr(handout_workers, "new_pool", lambda n, method: pools.append((n, method)) or real_pool(n, method))
    dialog = _open(qtbot, ctx, group_with(ctx.db, lambda g: True), 2)
    batch = dialog.open_batch()
    qtbot.addWidget(batch)
    batch.everyone.setChecked(True)
    batch.folder.setText(str(tmp_path / "all"))
    qtbot.mouseClick(batch.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: batch.result is not None, timeout=60000)
    assert pools == [(2, "spawn")]
    ids = handouts.batch_group_ids(ctx.db)
    files = sorted((tmp_path / "all").glob("*.pdf"))
    assert len(files) == len(ids) == len(batch.result.files) and not list((tmp_path / "all").glob(".wishdesk-*"))
    assert sorted(r.group_id for r in handouts.list_deliveries(ctx.db)) == sorted(ids)
    assert batch.summary.text().startswith(f"{len(ids)} PDF files")
    for path in files:
        assert "groep" in PdfReader(path).pages[0].extract_text().lower()


def test_every_interactive_widget_is_named(qtbot, ctx) -> None:  # noqa: ANN001
    dialog = _open(qtbot, ctx, group_with(ctx.db, lambda g: True), 1)
    batch = dialog.open_batch()
    qtbot.addWidget(batch)
    assert _unnamed(dialog) + _unnamed(batch) == []


def test_families_without_a_translation_get_the_chosen_fallback(qtbot, ctx) -> None:  # noqa: ANN001
    """A guardian language without texts (here: a made-up one) is never silent: the preview says how many
    families got the fallback, and the choice changes what they get."""
    from sqlalchemy import select

    from wishdesk.core.models import Pupil

    gid = group_with(ctx.db, has_language("ar"))
    with ctx.db.write() as s:
        pupil = s.scalars(select(Pupil).where(Pupil.group_id == gid).order_by(Pupil.id)).first()
        for guardian in pupil.guardians:
            guardian.language = "hy"  # Armenian: a written language the programme has no texts in yet
    dialog = _open(qtbot, ctx, gid, 2)
    assert dialog.job.fallback_families >= 1 and "dutch with english" in dialog.note.text().lower()
    dialog.fallback.setCurrentIndex(dialog.fallback.findData("nl"))
    dialog.make_preview()
    assert dialog.job.fallback == "nl" and "dutch only" in dialog.note.text().lower()
