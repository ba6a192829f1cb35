"""Two people edit the same record (two contexts, two real connections to one SQLite file or one PostgreSQL
database): the one who saves second is shown both versions and chooses; nothing is silently lost."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from tests.core.test_sessions import plan_group
from tests.team.test_lost_updates import second_connection
from wishdesk.core.identity import database_id
from wishdesk.core.services import reflections, sessions, setup_schools
from wishdesk.gui.context import AppContext
from wishdesk.gui.dialogs.stale_edit import StaleEditDialog
from wishdesk.gui.operations import Operations
from wishdesk.gui.pages.setup import SetupPage
from wishdesk.gui.pages.today import REFLECTION, TodayPage
from wishdesk.gui.widgets.version_compare import MINE, THEIRS, VersionCompare


@pytest.fixture
def two_clients(backend_demo_db):  # noqa: ANN001, ANN201 - (mine, theirs): two open databases, one store
    db = backend_demo_db
    if db.location.is_sqlite:
        db.lock.release()  # the instance lock would stop the second client in this one process
        db.lock = None
    other = second_connection(db)
    yield db, other
    other.close()


def stale_dialog() -> StaleEditDialog:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, StaleEditDialog) and w.isVisible()]
    assert len(found) == 1, "the dialog with both versions is shown"
    return found[0]


def _setup_page(qtbot, db) -> SetupPage:  # noqa: ANN001
    page = SetupPage(AppContext(db=db, ops=Operations()))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def _edit_school_town(page: SetupPage, school_id: int, town: str):  # noqa: ANN202 - the open record dialog
    page.tabs.setCurrentWidget(page.schools)
    assert page.schools.select_id(school_id)
    page.schools.edit_button.click()
    page.dialog.town.setText(town)
    return page.dialog


def test_school_saved_meanwhile_keep_mine(qtbot, two_clients, inline_operations) -> None:  # noqa: ANN001
    mine_db, their_db = two_clients
    school = setup_schools.list_schools(mine_db)[0]
    mine, theirs = _setup_page(qtbot, mine_db), _setup_page(qtbot, their_db)
    my_dialog = _edit_school_town(mine, school.id, "Vught")  # I open the school first …
    their_dialog = _edit_school_town(theirs, school.id, "Gouda")  # … they open it too and save first
    their_dialog.save_button.click()
    assert setup_schools.get_school(mine_db, school.id).data.town == "Gouda"
    undo_before = mine.ctx.history.undo_count()

    my_dialog.save_button.click()  # based on what I read: refused, both versions shown
    shown = stale_dialog()
    assert shown.compare.differing() == ["town"]
    assert shown.compare.findChild(QLabel, "mine_town").text() == "Vught"
    assert shown.compare.findChild(QLabel, "theirs_town").text() == "Gouda"
    assert setup_schools.get_school(mine_db, school.id).data.town == "Gouda"  # nothing of mine written yet
    assert my_dialog.isVisible()
    shown.mine_button.click()  # keep mine: the same save, now on the stored version

    stored = setup_schools.get_school(their_db, school.id)
    assert stored.data.town == "Vught" and stored.version == school.version + 2
    assert not my_dialog.isVisible()
    assert mine.ctx.history.undo_count() == undo_before + 1  # one undoable edit
    mine.ctx.history.undo()  # undo puts back what was stored before my save: their version
    assert setup_schools.get_school(mine_db, school.id).data.town == "Gouda"
    assert inline_operations == []


def test_school_saved_meanwhile_keep_theirs(qtbot, two_clients, inline_operations) -> None:  # noqa: ANN001
    mine_db, their_db = two_clients
    school = setup_schools.list_schools(mine_db)[0]
    mine = _setup_page(qtbot, mine_db)
    my_dialog = _edit_school_town(mine, school.id, "Vught")
    setup_schools.update_school(their_db, school.id, replace(school.data, name=school.name + " (nieuw)"),
                                version=school.version)
    my_dialog.save_button.click()
    shown = stale_dialog()
    assert set(shown.compare.differing()) == {"name", "town"}
    shown.theirs_button.click()
    stored = setup_schools.get_school(mine_db, school.id)
    assert (stored.name, stored.data.town) == (school.name + " (nieuw)", school.data.town)
    assert not my_dialog.isVisible()
    assert school.name + " (nieuw)" in [r.name for r in mine.schools.model.rows()]  # the list reloaded
    assert inline_operations == []


def test_reflection_rewritten_meanwhile(qtbot, two_clients, inline_operations) -> None:  # noqa: ANN001
    """Through ctx.edit: the duo's two trainers rewrite the same reflection."""
    mine_db, their_db = two_clients
    plan = plan_group(mine_db, today=date.today())
    session_id = plan.session_ids[2]
    sessions.mark_held(mine_db, session_id, today=date.today())
    reflections.save_reflection(mine_db, session_id, plan.teacher_id, "Eerste versie", "", 3)
    page = TodayPage(AppContext(db=mine_db, ops=Operations(), staff_id=plan.teacher_id,
                                database_id=database_id(mine_db)))
    qtbot.addWidget(page)
    page.show()
    page.select_session(session_id)
    page.inner.setCurrentIndex(REFLECTION)
    read = page.reflection.read_version
    assert read is not None
    reflections.save_reflection(their_db, session_id, plan.specialist_id, "Specialist schreef dit", "", 4,
                                version=read)

    page.save_reflection("Leerkracht schreef dit", "", 5)
    shown = stale_dialog()
    assert {"went_well", "climate", "author_id"} <= set(shown.compare.differing())
    assert reflections.session_reflection(mine_db, session_id).went_well == "Specialist schreef dit"
    shown.theirs_button.click()  # keep theirs: nothing saved, the page shows theirs
    assert reflections.session_reflection(mine_db, session_id).went_well == "Specialist schreef dit"
    assert page.reflection.went_well.toPlainText() == "Specialist schreef dit"

    reflections.save_reflection(their_db, session_id, plan.specialist_id, "Nog eens", "", 4)  # again meanwhile
    page.save_reflection("Toch de mijne", "", 5)
    stale_dialog().mine_button.click()
    assert reflections.session_reflection(mine_db, session_id).went_well == "Toch de mijne"
    page.ctx.history.undo()  # one edit: undo gives back what stood before it
    assert reflections.session_reflection(mine_db, session_id).went_well == "Nog eens"
    assert inline_operations == []


def test_version_compare_per_field(qtbot) -> None:  # noqa: ANN001
    """The widget on its own, as the sync's conflict list will use it: plain dicts in, the chosen dict out."""
    widget = VersionCompare({"town": ("Plaats", "Vught", "Gouda"), "name": ("Naam", "De Linde", "De Linde"),
                             "notes": ("Notities", None, "Bellen")}, per_field=True)
    qtbot.addWidget(widget)
    assert widget.differing() == ["town", "notes"]
    assert widget.chosen() == {"town": "Vught", "name": "De Linde", "notes": None}
    widget.choose("notes", THEIRS)
    assert widget.chosen() == {"town": "Vught", "name": "De Linde", "notes": "Bellen"}
    widget.choose_all(THEIRS)
    widget.choose("town", MINE)
    assert widget.chosen()["town"] == "Vught" and widget.chosen()["notes"] == "Bellen"
    assert widget.findChild(QLabel, "theirs_notes").text() == "Bellen"



def test_attendance_saved_meanwhile_keep_mine(qtbot, two_clients, inline_operations) -> None:  # noqa: ANN001
    from wishdesk.core.services import attendance
    from wishdesk.core.services.attendance import AttendanceMark

    mine_db, their_db = two_clients
    plan = plan_group(mine_db, today=date.today())
    session_id = plan.session_ids[2]
    page = TodayPage(AppContext(db=mine_db, ops=Operations(), staff_id=plan.teacher_id,
                                database_id=database_id(mine_db)))
    qtbot.addWidget(page)
    page.show()
    page.select_session(session_id)
    rows = page.attendance.model.rows()
    attendance.replace_attendance(their_db, session_id, [AttendanceMark(r.pupil_id, r is not rows[0], "ziek"
                                                                        if r is rows[0] else "") for r in rows], ())
    mine = [AttendanceMark(r.pupil_id, r is not rows[1], "tandarts" if r is rows[1] else "") for r in rows]
    page.save_attendance(mine)
    shown = stale_dialog()
    assert set(shown.compare.differing()) == {rows[0].first_name, rows[1].first_name}
    shown.mine_button.click()
    saved = {r.pupil_id: r for r in attendance.session_attendance(mine_db, session_id)}
    assert saved[rows[1].pupil_id].reason == "tandarts" and saved[rows[0].pupil_id].present
    page.ctx.history.undo()  # one edit: undo gives back their list
    saved = {r.pupil_id: r for r in attendance.session_attendance(mine_db, session_id)}
    assert saved[rows[0].pupil_id].reason == "ziek" and saved[rows[1].pupil_id].present
    assert inline_operations == []


def test_stored_codes_are_shown_in_words(qtbot) -> None:  # noqa: ANN001
    """A tester saw "Groepshelft: boys" and "Status: planned" in the Dutch dialog: codes are shown as the screens
    word them (a lesson's half in the plural, a pupil's in the singular)."""
    from wishdesk.core.team.stale import StaleEdit
    from wishdesk.gui.dialogs.stale_edit import fields_of

    lesson = StaleEdit("session", (35,), 2, 3,
                       attempted={"subgroup": "boys", "status": "planned", "start_time": "10:15", "version": 2},
                       current={"subgroup": "all", "status": "cancelled", "start_time": "10:15", "version": 3})
    fields = fields_of(lesson)
    assert fields["subgroup"][1:] == ("boys", "whole class")
    assert fields["status"][1:] == ("planned", "cancelled")
    pupil = StaleEdit("pupil", (7,), 1, 2, attempted={"subgroup": "girls", "language": "tr", "version": 1},
                      current={"subgroup": "boys", "language": "ar", "version": 2})
    fields = fields_of(pupil)
    assert fields["subgroup"][1:] == ("girl", "boy")
    assert fields["language"][1:] == ("Turkish", "Arabic")
