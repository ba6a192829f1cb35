"""The class-list import dialog: preview of every row, nothing written before "Import", rejected rows
block until skipped, one undoable import, and unreadable files give a message instead of a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from wishdesk.core.services import setup_groups, setup_pupils
from wishdesk.gui.dialogs.import_class_list import ImportDialog

from .test_groups_editing import redo, undo
from .test_setup_page import unnamed

CSV = ("Klassenlijst groep {group}\n\nRoepnaam;Achternaam;Groep;Geslacht;BSN;Taal ouders;Contactvoorkeur\n"
       "Chloë;de Vries;{group};V;123456782;Nederlands;Ouderportaal\n"
       "Yusuf;Demir;{group};M;;Turks;papier\n"
       "yusuf;Demir;{group};M;;;\n"
       "Lotte;Bakker;7C;V;;;\n")


@pytest.fixture
def dialog(window, tmp_path: Path):  # noqa: ANN001, ANN201
    page = window.pages["groups"]
    window.show_page("groups")
    group = setup_groups.list_groups(window.ctx.db)[0]
    page.select_group(group.id)
    page.import_button.click()
    assert isinstance(page.dialog, ImportDialog)
    path = tmp_path / "klas.csv"
    path.write_text(CSV.format(group=group.name), encoding="utf-8")
    page.dialog.group = group
    page.dialog.path = path
    return page.dialog


def _rows(dialog) -> list[tuple[str, str, str]]:  # noqa: ANN001
    return [(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text(), dialog.table.item(r, 3).text())
            for r in range(dialog.table.rowCount())]


def test_preview_skip_import_undo_redo(window, dialog, qtbot, inline_operations) -> None:  # noqa: ANN001
    db, group = window.ctx.db, dialog.group
    before = {p.first_name for p in setup_pupils.list_pupils(db, group.id)}
    dialog.load_file(dialog.path)
    assert _rows(dialog) == [
        ("4", "new", "added (girl; parent: Nederlands, parent platform)"),
        ("5", "new", "added (boy; parent: Turks, paper)"),
        ("6", "rejected", "dubbel in bestand, zie regel 5"),
        ("7", "rejected", f"hoort bij groep '7C', niet bij groep '{group.name}'"),
    ]
    assert dialog.summary.text().startswith("2 new, 0 to update, 0 unchanged, 2 rejected.")
    assert "never saved: Achternaam." in dialog.summary.text() and "not needed): BSN." in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert {p.first_name for p in setup_pupils.list_pupils(db, group.id)} == before  # nothing written yet
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert dialog.result is not None and (dialog.result.created, dialog.result.skipped) == (2, 2)
    assert dialog.result.backup is not None and dialog.result.backup.exists()
    assert "Imported: 2 new, 0 updated" in dialog.summary.text() and not dialog.import_button.isEnabled()
    after = {p.first_name for p in setup_pupils.list_pupils(db, group.id)}
    assert after == before | {"Chloë", "Yusuf"}
    dialog.close_button.click()
    page = window.pages["groups"]
    assert {"Chloë", "Yusuf"} <= {page.pupils.row_at(r).first_name for r in range(page.pupils.rowCount())}
    undo(qtbot, window)
    assert {p.first_name for p in setup_pupils.list_pupils(db, group.id)} == before
    redo(qtbot, window)
    assert {p.first_name for p in setup_pupils.list_pupils(db, group.id)} == after
    assert inline_operations == []


@pytest.mark.parametrize(("content", "message"), [
    (b"", "leeg"),
    (b"\x00\x01\x02\x03 not a class list \xff\xfe", ""),
    (b"Achternaam;Adres\nJansen;Dorpsstraat 1\n", "voornaam"),
])
def test_unusable_files_show_a_message(window, dialog, content: bytes, message: str, inline_operations) -> None:  # noqa: ANN001
    dialog.path.write_bytes(content)
    before = setup_pupils.list_pupils(window.ctx.db, dialog.group.id)
    dialog.load_file(dialog.path)
    assert dialog.error.isVisibleTo(dialog) and message in dialog.error.text().lower()
    assert dialog.table.rowCount() == 0 and not dialog.import_button.isEnabled()
    assert setup_pupils.list_pupils(window.ctx.db, dialog.group.id) == before
    assert inline_operations == []


def test_dialog_widgets_are_named(dialog) -> None:  # noqa: ANN001
    dialog.load_file(dialog.path)
    assert not unnamed(dialog)
