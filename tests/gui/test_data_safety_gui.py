"""Data safety in the application: File-menu backup, restore and check, and what a teacher is told when a
database cannot be opened safely (damaged, in use, read-only, not ours) or vanishes while open."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tests.core.test_backup import corrupt, count, digest, integrity
from tests.core.test_bad_files import Holder
from tests.core.test_integrity import break_rules
from wishdesk import paths
from wishdesk.core import backup
from wishdesk.core.backup import DAMAGED_SUFFIX
from wishdesk.core.integrity import check_database
from wishdesk.core.models import School, Setting
from wishdesk.gui.app import Controller, open_path
from wishdesk.gui.dialogs.check import CheckDialog
from wishdesk.gui.dialogs.damaged import DamagedDialog
from wishdesk.gui.dialogs.restore import RestoreDialog


class Talk:
    """What the controller told the user, and the answers it gets to its questions."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.questions: list[str] = []
        self.answer = True

    def tell(self, _title: str, text: str) -> None:
        self.messages.append(text)

    def ask(self, text: str) -> bool:
        self.questions.append(text)
        return self.answer


@pytest.fixture
def talk(monkeypatch: pytest.MonkeyPatch) -> Talk:
    talk = Talk()
    monkeypatch.setattr(Controller, "message_sink", talk.tell)
    monkeypatch.setattr(Controller, "answer_sink", talk.ask)
    return talk


@pytest.fixture
def controller(qapp: QApplication, talk: Talk) -> Iterator[Controller]:  # noqa: ARG001 - talk installs the sinks
    ctl = Controller(qapp)
    yield ctl
    ctl.shutdown()
    if ctl.window is not None:
        ctl.window.close()
        ctl.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # no widget outlives its test


def when_modal(act: Callable[[QWidget], None]) -> None:
    """Act on the next modal dialog once it is shown (exec() blocks the test until it closes)."""

    tries = iter(range(250))

    def go() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if next(tries, None) is not None:  # give up after about five seconds: never haunt a later test
                QTimer.singleShot(20, go)
            return
        act(dialog)

    QTimer.singleShot(0, go)


def backups_of(path: Path) -> list[backup.BackupInfo]:
    return backup.list_backups(paths.backup_dir_for(path))


def test_file_menu_offers_backup_restore_and_check(window, qtbot) -> None:  # noqa: ANN001
    texts = {a.text(): a for a in window.file_menu.actions()}
    assert {"&Back up now", "&Restore from backup…", "&Check database…"} <= set(texts)
    with qtbot.waitSignal(window.check_requested, timeout=1000):
        texts["&Check database…"].trigger()


def test_back_up_now_then_restore_from_the_list(controller: Controller, talk: Talk, demo_db_path: Path) -> None:
    window = controller.show(open_path(demo_db_path))
    controller.backup_now()
    [made] = backups_of(demo_db_path)
    assert made.reason == "handmatig" and str(made.path) in window.statusBar().currentMessage()
    with controller.db.write() as s:
        s.add(School(name="Na de back-up toegevoegd"))
    when_modal(lambda dialog: dialog.restore_button.click())  # the newest backup is selected
    controller.restore()
    assert "Replace the data in demo.sqlite" in talk.questions[-1] and "(made by hand)" in talk.questions[-1]
    assert controller.window is not window and controller.db is not None
    with controller.db.session() as s:
        assert s.query(School).count() == 4
    safety = [b for b in backups_of(demo_db_path) if b.reason == "voor-terugzetten"]
    assert len(safety) == 1 and safety[0].counts["school"] == 5
    assert made.path.exists() and "has been restored" in talk.messages[-1] and safety[0].path.name in talk.messages[-1]


def test_restore_dialog_lists_date_reason_size_and_counts(qtbot, demo_db_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    folder = tmp_path / "b"
    backup.make_backup(demo_db_path, folder, reason="bij-afsluiten")
    backup.make_backup(demo_db_path, folder, reason="voor-update")
    dialog = RestoreDialog(demo_db_path, folder)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 2 and not dialog.empty_label.isVisibleTo(dialog)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Date", "Reason", "Size"] and "Pupils" in headers
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells[1] in ("Before an update", "On closing") and cells[2].endswith(("kB", "MB"))
    assert cells[headers.index("Schools")] == "4"
    dialog.restore_button.click()
    assert dialog.chosen == model.row_at(0).path and "4 schools" in dialog.chosen_label
    empty = RestoreDialog(demo_db_path, tmp_path / "leeg")
    qtbot.addWidget(empty)
    assert empty.empty_label.isVisibleTo(empty) and not empty.restore_button.isEnabled()


def test_check_database_reports_in_plain_words(controller: Controller, demo_db_path: Path, qtbot) -> None:  # noqa: ANN001
    controller.show(open_path(demo_db_path))
    controller.check_database()
    dialog = controller.check_dialog
    assert isinstance(dialog, CheckDialog) and dialog.isVisible()
    assert "No problems found." in dialog.headline.text() and not dialog.restore_button.isVisibleTo(dialog)
    dialog.close()
    break_rules(demo_db_path)
    controller.check_database()
    dialog = controller.check_dialog
    assert "problems found" in dialog.headline.text()
    text = dialog.details.toPlainText()
    assert "geen datum" in text and "weerbaarheidsspecialist" in text and "bewaartermijn" in text
    dialog.close()


def test_check_dialog_offers_a_restore_when_damaged(qtbot, demo_db_path: Path) -> None:  # noqa: ANN001
    corrupt(demo_db_path)
    dialog = CheckDialog(check_database(demo_db_path))
    qtbot.addWidget(dialog)
    assert "damaged" in dialog.headline.text() and dialog.restore_button.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.restore_requested, timeout=1000):
        dialog.restore_button.click()


def test_damaged_database_offers_the_newest_good_backup(controller: Controller, talk: Talk, demo_db_path: Path) -> None:
    folder = paths.backup_dir_for(demo_db_path)
    good = backup.make_backup(demo_db_path, folder)
    corrupt(demo_db_path)
    damaged = digest(demo_db_path)

    def check_and_restore(dialog: QWidget) -> None:
        assert isinstance(dialog, DamagedDialog)
        text = dialog.text.text()
        assert "cannot open demo.sqlite safely" in text and "Nothing in the file has been changed" in text
        assert "4 schools" in text
        dialog.restore_button.click()

    when_modal(check_and_restore)
    db = controller.open_interactively(demo_db_path)
    assert db is not None and integrity(demo_db_path) == "ok"
    db.close()
    kept = list(folder.glob(f"*{DAMAGED_SUFFIX}"))
    assert len(kept) == 1 and digest(kept[0]) == damaged and good.exists()
    assert "has been restored" in talk.messages[-1]


def test_damaged_database_left_alone_when_cancelled(controller: Controller, demo_db_path: Path) -> None:
    corrupt(demo_db_path)
    before = digest(demo_db_path)
    when_modal(lambda dialog: dialog.reject())
    assert controller.open_interactively(demo_db_path) is None
    assert digest(demo_db_path) == before


def test_database_in_use_elsewhere_can_be_opened_read_only(controller: Controller, talk: Talk,
                                                           demo_db_path: Path) -> None:
    holder = Holder(demo_db_path)
    try:
        talk.answer = False
        assert controller.open_interactively(demo_db_path) is None
        assert "al geopend door" in talk.questions[-1] and "read-only" in talk.questions[-1]
        talk.answer = True
        db = controller.open_interactively(demo_db_path)
        assert db is not None and db.read_only
        window = controller.show(db)
        assert "(read-only)" in window.db_label.text()
        assert holder.say("write van-de-eerste") == "ok"  # the first one goes on writing; nothing is lost
    finally:
        holder.kill()


def test_read_only_file_and_foreign_file(controller: Controller, talk: Talk, demo_db_path: Path,
                                         tmp_path: Path) -> None:
    demo_db_path.chmod(0o444)
    try:
        db = controller.open_interactively(demo_db_path)
        assert db is not None and db.read_only and "alleen-lezen" in talk.questions[-1]
        db.close()
    finally:
        demo_db_path.chmod(0o644)
    notes = tmp_path / "notities.sqlite"
    notes.write_text("geen database")
    assert controller.open_interactively(notes) is None
    assert "geen WIsH Desk-database" in talk.messages[-1] and notes.read_text() == "geen database"


def test_vanished_database_file_is_told_and_rescued(controller: Controller, talk: Talk, demo_db_path: Path,
                                                    inline_operations: list[str]) -> None:
    window = controller.show(open_path(demo_db_path))
    db = controller.db
    with db.write() as s:
        s.add(Setting(key="gemaakt", value="voor het verdwijnen"))
    demo_db_path.unlink()

    def job() -> None:
        with db.write() as s:
            s.add(Setting(key="na", value="x"))

    window.ctx.ops.run(job, title="Opslaan", writes=True)
    assert inline_operations and "verdwenen" in inline_operations[-1]
    controller.shutdown()
    [rescued] = [b for b in backups_of(demo_db_path) if b.reason == "gered"]
    assert str(rescued.path) in talk.messages[-1]
    conn = sqlite3.connect(rescued.path)
    assert conn.execute("SELECT value FROM setting WHERE key = 'gemaakt'").fetchone() == ("voor het verdwijnen",)
    conn.close()


def test_backup_on_close_only_after_changes(controller: Controller, demo_db_path: Path, empty_db_path: Path) -> None:
    controller.show(open_path(demo_db_path))
    controller.show(open_path(empty_db_path))  # switching closes the first, unchanged: no backup
    assert backups_of(demo_db_path) == []
    with controller.db.write() as s:
        s.add(Setting(key="a", value="b"))
    controller.shutdown()
    [made] = backups_of(empty_db_path)
    assert made.reason == "bij-afsluiten" and count(made.path, "setting") >= 1


def test_a_database_that_does_not_exist_yet_is_offered_to_be_made(controller: Controller, talk: Talk,
                                                                 tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from wishdesk.core.security import keyfile
    from wishdesk.core.services.municipality import get_municipality_name
    from wishdesk.gui import securing
    from wishdesk.gui.dialogs.first_account import FirstAccountDialog

    def first_account_only(dialog) -> bool:  # noqa: ANN001 - made encrypted: the first account; the sheet skipped
        if isinstance(dialog, FirstAccountDialog):
            dialog.fill("Paula Coördinator", "geheim-wachtwoord")
            dialog.accept()
            return True
        return False

    monkeypatch.setenv("WISHDESK_KDF", "fast")
    monkeypatch.setattr(securing, "show_sink", first_account_only)
    target = tmp_path / "nieuw.sqlite"
    talk.answer = False
    assert controller.open_interactively(target) is None and not target.exists()
    assert talk.questions and "nieuw.sqlite" in talk.questions[-1]
    talk.answer = True
    monkeypatch.setattr(Controller, "municipality_sink", lambda: None)  # the name step cancelled: nothing made
    assert controller.open_interactively(target) is None and not target.exists()
    monkeypatch.setattr(Controller, "municipality_sink", lambda: "  Oss ")
    db = controller.open_interactively(target)
    assert db is not None and target.exists() and keyfile.has_keyfile(target)
    assert get_municipality_name(db) == "Oss"  # written in the creating transaction
    db.close()
    keyfile.forget_all()


def test_the_municipality_step_asks_a_name_before_it_can_be_accepted(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QDialogButtonBox

    from wishdesk.gui.dialogs.municipality_step import MunicipalityStep

    step = MunicipalityStep()
    qtbot.addWidget(step)
    ok = step.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(step.name, "   ")
    assert not ok.isEnabled()
    qtbot.keyClicks(step.name, "Den  Bosch")
    assert ok.isEnabled() and step.value() == "Den Bosch"
