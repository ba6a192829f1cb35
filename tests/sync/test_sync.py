"""Sync between replicas and the team server: edits travel both ways, conflicts are kept, never silent."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tests.sync.helpers import (
    first_pupil,
    local_view,
    make_replica,
    open_replica,
    pupil_name,
    rename_pupil,
    server_view,
    sync,
)
from tests.team.conftest import PEOPLE, TeamDb
from wishdesk.core.sync.conflicts import list_conflicts, resolve


@pytest.fixture
def two(team_db: TeamDb, tmp_path: Path) -> tuple[Path, Path]:
    """Two laptops of two teachers of the same school."""
    return (make_replica(team_db, "teacher1", tmp_path / "a.sqlite"),
            make_replica(team_db, "teacher1b", tmp_path / "b.sqlite"))


def test_an_offline_edit_reaches_the_server_and_the_other_laptop(team_db: TeamDb, two: tuple[Path, Path]) -> None:
    a, b = two
    db = open_replica(a)
    gid, _id, _name = first_pupil(db)
    rename_pupil(db, gid, "Offline")
    db.close()
    result = sync(a)
    assert result.pushed == 1 and result.new_conflicts == 0
    # the pushed row comes back with the pull: it is not news from others
    assert result.stored == 0 and result.summary() == "1 wijziging verstuurd, 0 ontvangen"
    with team_db.connect() as owner:
        assert owner.execute("SELECT first_name FROM pupil WHERE gid = %s", (gid,)).fetchone()[0] == "Offline"
    assert sync(b).stored == 1  # the other laptop does receive it
    db = open_replica(b)
    try:
        assert pupil_name(db, gid) == "Offline"
    finally:
        db.close()
    sync(a)  # again: nothing more to send, nothing duplicated
    for path, who in ((a, "teacher1"), (b, "teacher1b")):
        db = open_replica(path)
        try:
            assert local_view(db) == server_view(team_db, who)
        finally:
            db.close()


def test_rows_made_offline_on_two_laptops_never_collide(team_db: TeamDb, two: tuple[Path, Path]) -> None:
    from wishdesk.core.models import Guardian

    gids = []
    for path in two:
        db = open_replica(path)
        with db.write() as s:
            guardian = Guardian(name=f"Ouder {path.stem}", language="nl", contact_preference="paper")
            s.add(guardian)
            s.flush()
            gids.append(guardian.gid)
        db.close()
    for path in two:
        sync(path)
    with team_db.connect() as owner:
        names = dict(owner.execute("SELECT gid, name FROM guardian WHERE gid = ANY(%s)", (gids,)).fetchall())
    assert names == {gids[0]: "Ouder a", gids[1]: "Ouder b"}


def test_the_same_record_edited_on_two_laptops_is_a_conflict_with_both_versions(
        team_db: TeamDb, two: tuple[Path, Path]) -> None:
    a, b = two
    db = open_replica(a)
    gid, _id, _name = first_pupil(db)
    rename_pupil(db, gid, "VanA")
    db.close()
    db = open_replica(b)
    rename_pupil(db, gid, "VanB")
    db.close()
    sync(a)
    result = sync(b)
    assert result.new_conflicts == 1
    assert result.stored == 1  # the server's version is on the laptop now: received, and to review
    assert result.summary() == "0 wijzigingen verstuurd, 1 ontvangen, 1 te beoordelen"
    db = open_replica(b)
    try:
        [conflict] = list_conflicts(db)
        assert conflict.kind == "edit_edit" and conflict.gid == gid
        assert conflict.differences()["first_name"] == ("VanB", "VanA")
        assert pupil_name(db, gid) == "VanA"  # the laptop holds the server's version meanwhile
        resolve(db, conflict.id, "mine")
        assert list_conflicts(db) == []
    finally:
        db.close()
    assert sync(b).new_conflicts == 0
    sync(a)
    db = open_replica(a)
    try:
        assert pupil_name(db, gid) == "VanB"
    finally:
        db.close()


def test_edit_against_a_deletion_and_deletion_against_an_edit(team_db: TeamDb, two: tuple[Path, Path]) -> None:
    from wishdesk.core.models import Guardian

    a, b = two
    db = open_replica(a)
    with db.session() as s:
        g1, g2 = s.scalars(select(Guardian.gid).order_by(Guardian.id).limit(2)).all()
    with db.write() as s:
        s.delete(s.scalars(select(Guardian).where(Guardian.gid == g1)).one())  # A deletes g1
        s.scalars(select(Guardian).where(Guardian.gid == g2)).one().name = "Gewijzigd door A"
    db.close()
    db = open_replica(b)
    with db.write() as s:
        s.scalars(select(Guardian).where(Guardian.gid == g1)).one().name = "Gewijzigd door B"
        s.delete(s.scalars(select(Guardian).where(Guardian.gid == g2)).one())  # B deletes g2
    db.close()
    sync(a)
    assert sync(b).new_conflicts == 2
    db = open_replica(b)
    try:
        kinds = {c.gid: c.kind for c in list_conflicts(db)}
        assert kinds == {g1: "edit_deleted", g2: "deleted_edit"}
        assert local_view(db) == server_view(team_db, "teacher1b")  # g2 and its links are back
    finally:
        db.close()


def test_merge_by_field(team_db: TeamDb, two: tuple[Path, Path]) -> None:
    from wishdesk.core.models import Pupil

    a, b = two
    db = open_replica(a)
    gid, _id, _name = first_pupil(db)
    with db.write() as s:
        s.scalars(select(Pupil).where(Pupil.gid == gid)).one().subgroup = None
    db.close()
    sync(a)
    sync(b)
    db = open_replica(a)
    rename_pupil(db, gid, "NaamVanA")
    db.close()
    db = open_replica(b)
    with db.write() as s:
        pupil = s.scalars(select(Pupil).where(Pupil.gid == gid)).one()
        pupil.first_name, pupil.archived = "NaamVanB", True
    db.close()
    sync(a)
    sync(b)
    db = open_replica(b)
    [conflict] = list_conflicts(db)
    resolve(db, conflict.id, "merge", ["archived"])  # archived from mine, the name from theirs
    db.close()
    sync(b)
    with team_db.connect() as owner:
        assert owner.execute("SELECT first_name, archived FROM pupil WHERE gid = %s", (gid,)).fetchone() == \
            ("NaamVanA", True)


def test_losing_access_removes_the_rows_and_says_so(team_db: TeamDb, tmp_path: Path) -> None:
    path = make_replica(team_db, "teacher1", tmp_path / "a.sqlite")
    db = open_replica(path)
    before = len(local_view(db)["pupil"])
    db.close()
    assert before > 0
    with team_db.connect() as owner:  # teacher1 leaves the school
        owner.execute("DELETE FROM group_teacher WHERE staff_id = %s", (PEOPLE["teacher1"],))
        owner.execute("DELETE FROM staff_school WHERE staff_id = %s", (PEOPLE["teacher1"],))
    result = sync(path)
    assert result.access_lost["pupil"] == before
    assert any("Toegang kwijt" in line and "leerlingen" in line for line in result.lines())
    db = open_replica(path)
    try:
        assert local_view(db) == server_view(team_db, "teacher1") and not local_view(db)["pupil"]
    finally:
        db.close()


def test_server_unreachable_changes_nothing(team_db: TeamDb, tmp_path: Path) -> None:
    from sqlalchemy import text

    from tests.core.test_backup import digest
    from tests.pg_server import _free_port
    from wishdesk.core.errors import WishDeskError

    path = make_replica(team_db, "teacher1", tmp_path / "a.sqlite")
    db = open_replica(path)
    gid, _id, _name = first_pupil(db)
    rename_pupil(db, gid, "Wacht")
    with db.write() as s:
        url = s.execute(text("SELECT server_url FROM sync_state")).scalar()
        host = url.split("@")[-1].split("/")[0] if "@" in url else url.split("//")[1].split("/")[0]
        s.execute(text("UPDATE sync_state SET server_url = :u"),
                  {"u": url.replace(host, f"127.0.0.1:{_free_port()}")})
    db.close()
    before = digest(path)
    with pytest.raises(WishDeskError, match="niet bereikbaar"):
        sync(path)
    assert digest(path) == before


def test_status_line_counts_waiting_changes_and_conflicts(team_db: TeamDb, tmp_path: Path) -> None:
    from wishdesk.core.sync.run import status

    path = make_replica(team_db, "teacher1", tmp_path / "a.sqlite")
    db = open_replica(path)
    try:
        made = status(db)  # the copy counts as the first sync
        assert made.last_sync_at is not None and made.text() == f"laatst gesynchroniseerd {made.last_sync_at.astimezone():%H:%M}"
        gid, _id, _name = first_pupil(db)
        rename_pupil(db, gid, "Een")
        rename_pupil(db, gid, "Twee")  # one row, two edits: one change waits
        assert status(db).text().endswith(" · 1 wijziging wacht")
    finally:
        db.close()
    sync(path)
    db = open_replica(path)
    try:
        line = status(db)
        assert line.waiting == 0 and line.last_sync_at is not None and "nog nooit" not in line.text()
    finally:
        db.close()


def test_each_laptop_keeps_its_own_database_id(two: tuple[Path, Path]) -> None:
    """The file's own id (what this computer remembers about the file is keyed by it) never travels: two
    laptops that both made theirs sync without a conflict and keep different ids."""
    from wishdesk.core.identity import database_id
    from wishdesk.core.sync.run import status

    ids = []
    for path in two:
        db = open_replica(path)
        try:
            ids.append(database_id(db))
            assert status(db).waiting == 0
        finally:
            db.close()
    for path in (*two, *two):
        assert sync(path).new_conflicts == 0
    for path, made in zip(two, ids, strict=True):
        db = open_replica(path)
        try:
            assert database_id(db) == made and not list_conflicts(db)
        finally:
            db.close()
    assert ids[0] != ids[1]


def test_planning_is_checked_again_after_a_pull(team_db: TeamDb, tmp_path: Path) -> None:
    """A lesson moved elsewhere onto the specialist's other lesson: after the pull this laptop holds both, and
    the sync says the planning clashes; a sync that changes no planning says nothing."""
    path = make_replica(team_db, "specialist", tmp_path / "s.sqlite")
    assert sync(path).planning_clashes == []
    with team_db.connect() as owner:
        rows = owner.execute(
            "SELECT id, group_id, date, start_time, end_time FROM session WHERE specialist_id = %s AND "
            "status = 'planned' AND date IS NOT NULL ORDER BY date, start_time", (PEOPLE["specialist"],)).fetchall()
        first = rows[0]
        other = next(r for r in rows if r[1] != first[1])
        owner.execute("UPDATE session SET date = %s, start_time = %s, end_time = %s WHERE id = %s",
                      (first[2], first[3], first[4], other[0]))
    result = sync(path)
    assert result.stored >= 1 and result.planning_clashes
    assert any(line.startswith(first[2].strftime("%d-%m-%Y")) for line in result.planning_clashes)
    assert "planningsconflict" in result.summary() and result.lines()[-len(result.planning_clashes) - 1:][0] \
        .startswith("Na het synchroniseren botst de planning")
    assert sync(path).planning_clashes == []


def test_status_line_names_a_waiting_attendance_list_as_one_list(team_db: TeamDb, tmp_path: Path) -> None:
    from wishdesk.core.models import Attendance
    from wishdesk.core.sync.run import status

    path = make_replica(team_db, "teacher1", tmp_path / "a.sqlite")
    db = open_replica(path)
    try:
        with db.write() as s:
            rows = s.scalars(select(Attendance).order_by(Attendance.session_id, Attendance.pupil_id)).all()
            session_id = rows[0].session_id
            same = [r for r in rows if r.session_id == session_id][:2]
            assert len(same) == 2, "the team fixture has a lesson with attendance of two pupils"
            for row in same:
                row.present = not row.present
        assert status(db).text().endswith(" · 2 wijzigingen wachten (1 aanwezigheidslijst)")
        gid, _id, _name = first_pupil(db)
        rename_pupil(db, gid, "Ander")
        assert status(db).text().endswith(" · 3 wijzigingen wachten (o.a. 1 aanwezigheidslijst)")
    finally:
        db.close()
