"""The write lane with its real thread (not `Operations.inline`): writes off the GUI thread, cancel, failures,
a failing undo, switching person, identity per database, and what the log may never hold."""

from __future__ import annotations

import threading
from datetime import date, time, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from tests.core.test_sessions import plan_group
from wishdesk.core.edits import Changes, Kind, Reversible, reversible
from wishdesk.core.errors import ValidationError
from wishdesk.core.services import directory, meetings, parent_events
from wishdesk.core.services.meetings import Attendee, MeetingRecord
from wishdesk.gui import errors as gui_errors
from wishdesk.gui.controller import Controller, make_context
from wishdesk.gui.operations import Operations, _execute
from wishdesk.logs import log_file_path

from .conftest import write_rule_violations

MEETINGS = Changes.of(Kind.MEETINGS)


@pytest.fixture
def real_lane(inline_operations):  # noqa: ANN001, ANN201
    """Jobs run on the pool and the real write thread; results come back through queued signals."""
    Operations.inline = False
    yield inline_operations
    Operations.inline = True


def _meeting(staff_id: int) -> MeetingRecord:
    return MeetingRecord(0, "intervision", date.today(), time(14), time(16), None, "Kantoor", "Casus",
                         (Attendee(staff_id, hours=2.0),))


def test_the_write_rule_catches_a_write_on_the_gui_thread(demo_db) -> None:  # noqa: ANN001
    """The listener in conftest is real: a write run by GUI code on this (the GUI) thread fails."""
    teacher = directory.list_staff(demo_db)[0].id
    with pytest.raises(AssertionError, match="GUI thread"):
        _execute(lambda: meetings.create_meeting(demo_db, _meeting(teacher)), "write", None, lambda: False)
    assert write_rule_violations
    write_rule_violations.clear()
    assert meetings.list_meetings(demo_db) == []


def test_edit_runs_on_the_write_thread_and_undo_redo_too(qtbot, demo_db, real_lane) -> None:  # noqa: ANN001
    ctx = make_context(demo_db)
    staff = directory.list_staff(demo_db)[0].id
    threads: list[str] = []

    def create(db) -> int:  # noqa: ANN001
        threads.append(threading.current_thread().name)
        return meetings.create_meeting(db, _meeting(staff))

    done: list[int] = []
    ctx.edit("New meeting", reversible(MEETINGS, create, meetings.delete_meeting, meetings.create_meeting),
             on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert threads == ["wishdesk-write_0"] and ctx.history.canUndo()
    ctx.history.undo()
    qtbot.waitUntil(lambda: ctx.history.canRedo(), timeout=5000)
    assert meetings.list_meetings(demo_db) == []
    ctx.history.redo()
    qtbot.waitUntil(lambda: ctx.history.canUndo(), timeout=5000)
    assert [m.record.id for m in meetings.list_meetings(demo_db)] == done
    assert not real_lane


def test_a_failing_undo_is_shown_and_leaves_the_history_consistent(qtbot, demo_db, real_lane) -> None:  # noqa: ANN001
    ctx = make_context(demo_db)
    staff = directory.list_staff(demo_db)[0].id
    ctx.edit("New meeting", reversible(MEETINGS, lambda db: meetings.create_meeting(db, _meeting(staff)),
                                       meetings.delete_meeting, meetings.create_meeting))
    qtbot.waitUntil(ctx.history.canUndo, timeout=5000)
    [meeting] = meetings.list_meetings(demo_db)
    meetings.delete_meeting(demo_db, meeting.record.id)  # someone else deleted it meanwhile
    ctx.history.undo()
    qtbot.waitUntil(lambda: bool(real_lane), timeout=5000)
    assert "Something unexpected" not in real_lane[-1]  # a person's message, not a bug
    # nothing was undone, so nothing can be redone; the edit stays on the undo side
    qtbot.waitUntil(ctx.history.canUndo, timeout=5000)
    assert not ctx.history.canRedo() and ctx.history.undo_count() == 1


def test_a_bug_in_an_undo_shows_details_and_is_logged(qtbot, demo_db, real_lane) -> None:  # noqa: ANN001
    ctx = make_context(demo_db)

    def broken_inverse(_db) -> Reversible[None]:  # noqa: ANN001
        raise RuntimeError("inverse exploded")

    ctx.record("Something", Reversible(None, broken_inverse, MEETINGS))
    ctx.history.undo()
    qtbot.waitUntil(lambda: bool(real_lane), timeout=5000)
    assert "Something unexpected went wrong (RuntimeError)" in real_lane[-1]
    qtbot.waitUntil(ctx.history.canUndo, timeout=5000)
    assert ctx.history.undo_count() == 1 and not ctx.history.canRedo()
    log = log_file_path().read_text(encoding="utf-8")
    assert "inverse exploded" in log and "Traceback" in log


def test_bug_dialog_has_details_to_copy_and_the_log_path(qtbot) -> None:  # noqa: ANN001
    shown: list[QMessageBox] = []

    def close_it() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box)
            details, informative = box.detailedText(), box.informativeText()
            shown.append((details, informative))  # type: ignore[arg-type]
            box.accept()

    try:
        raise KeyError("no such thing")
    except KeyError as exc:
        error = exc
    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, close_it)
    gui_errors.show_failure(None, "WIsH Desk", error)
    assert shown and shown[0].objectName() == "bugDialog"
    details, informative = shown[1]  # type: ignore[misc]
    assert "KeyError" in details and "Traceback" in details
    assert str(log_file_path()) in informative


def test_a_user_error_is_a_warning_without_traceback(qtbot, demo_db, real_lane) -> None:  # noqa: ANN001
    ctx = make_context(demo_db)

    def refuse(_db):  # noqa: ANN001, ANN202
        raise ValidationError("Vul een naam in.")

    failed: list[BaseException] = []
    ctx.edit("Save", refuse, after_failure=failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert real_lane[-1] == "Vul een naam in." and not ctx.history.canUndo()


def test_cancel_a_long_write_writes_nothing(qtbot, demo_db, real_lane) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    ops = Operations(parent)
    staff = directory.list_staff(demo_db)[0].id
    started, release = threading.Event(), threading.Event()

    def job():  # noqa: ANN202 - a generator: progress, then the write; cancelled before it writes
        started.set()
        for step in range(50):
            release.wait(0.05)
            yield step, 50
        return meetings.create_meeting(demo_db, _meeting(staff))

    results: list[object] = []
    ops.write(job, title="Long work", on_done=results.append, progress=True)
    qtbot.waitUntil(started.is_set, timeout=5000)
    qtbot.waitUntil(lambda: bool(parent.findChildren(QProgressDialog)), timeout=5000)
    parent.findChildren(QProgressDialog)[0].canceled.emit()  # what its Cancel button sends
    ops.wait()
    qtbot.wait(50)
    assert results == [] and meetings.list_meetings(demo_db) == [] and not real_lane


def test_switching_person_clears_the_history(qtbot, demo_db) -> None:  # noqa: ANN001
    ctx = make_context(demo_db)
    staff = [p.id for p in directory.list_staff(demo_db)]
    ctx.set_person(staff[0])
    ctx.edit("New meeting", reversible(MEETINGS, lambda db: meetings.create_meeting(db, _meeting(staff[0])),
                                       meetings.delete_meeting))
    assert ctx.history.canUndo()
    ctx.set_person(staff[1])
    assert ctx.history.count() == 0 and not ctx.history.canUndo()


def test_who_you_are_is_kept_per_database(qtbot, demo_db_path, tmp_path) -> None:  # noqa: ANN001
    """Two databases, one settings file: signing in to the first does not sign you in to the second."""
    import shutil

    from wishdesk.gui.app import open_path

    other = tmp_path / "other" / "demo.sqlite"
    other.parent.mkdir()
    shutil.copyfile(demo_db_path, other)  # even a copy of the same data is another database once opened
    controller = Controller(QApplication.instance())
    first = controller.show(open_path(demo_db_path))
    qtbot.addWidget(first)
    staff_id = directory.list_staff(first.ctx.db)[0].id
    first.pages["today"].set_staff(staff_id)
    second = controller.show(open_path(other))
    qtbot.addWidget(second)
    assert second.ctx.database_id != first.ctx.database_id
    assert second.ctx.staff_id is None
    today = second.pages["today"]
    second.show_page("today")
    assert today.lessons_stack.currentIndex() == 0 and today.choose_button.isVisible()  # asked who you are
    again = controller.show(open_path(demo_db_path))
    qtbot.addWidget(again)
    assert again.ctx.staff_id == staff_id
    controller.shutdown()


def test_the_log_never_holds_names_or_texts(qtbot, demo_db, inline_operations) -> None:  # noqa: ANN001
    """A lesson day in the GUI, then every name and text entered is searched for in the log."""
    from wishdesk.gui.dialogs.concern_edit import ConcernInput
    from wishdesk.gui.pages.today import TodayPage

    plan = plan_group(demo_db, today=date.today())
    ctx = make_context(demo_db)
    ctx.set_person(plan.teacher_id)
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.select_session(plan.session_ids[2])
    page.mark_held()
    page.save_attendance(page.attendance.model.marks())
    secret = "Zei dat hij thuis niet durft te slapen"
    page.save_reflection("Stevig gestaan, goed gedaan", "Meer rollenspel", 4)
    pupil = page.attendance.model.rows()[0]
    page.concerns.record(ConcernInput(pupil.pupil_id, date.today(), "wellbeing", secret, "care_coordinator",
                                      date.today() + timedelta(weeks=6), False))
    group = directory.list_groups(demo_db)[0]
    parent_events.list_parent_events(demo_db, group_id=group.id)
    log = log_file_path().read_text(encoding="utf-8")
    assert "write" in log and " ok in " in log  # one line per operation, with its timing
    names = [p.first_name for g in directory.list_groups(demo_db) for p in directory.list_pupils(demo_db, g.id)]
    names += [p.name for p in directory.list_staff(demo_db)]
    for text in [secret, "Stevig gestaan, goed gedaan", "Meer rollenspel", *names]:
        assert text not in log, f"{text!r} is in the log"
    assert not inline_operations


def test_wishdesk_home_moves_log_and_settings(tmp_path) -> None:  # noqa: ANN001
    """`WISHDESK_HOME=DIR wishdesk --demo --quit-after 1`: the log is under DIR and the real home's config
    folder is never written."""
    import os
    import subprocess
    import sys

    home, real_home = tmp_path / "wd", tmp_path / "realhome"
    real_home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(WISHDESK_HOME=str(home), HOME=str(real_home), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "wishdesk", "--demo", "--quit-after", "1"], env=env,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    assert (home / "logs" / "wishdesk.log").is_file()
    assert "started" in (home / "logs" / "wishdesk.log").read_text(encoding="utf-8")
    assert (home / "config" / "wishdesk.ini").is_file()
    written = [p for p in real_home.rglob("*")]
    assert written == [], written
