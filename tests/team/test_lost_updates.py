"""No lost updates, on SQLite and PostgreSQL: two real connections save the same row; the second is told."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from wishdesk.core.models import Pupil, School
from wishdesk.core.opening import open_database
from wishdesk.core.team.stale import StaleEdit, expect_version


def second_connection(db):  # noqa: ANN001, ANN201 - a second client on the same database (own engine, own pool)
    return open_database(db.location.url.render_as_string(hide_password=False)
                         if not db.location.is_sqlite else db.location.path)


def test_stale_save_is_refused_with_both_versions(backend_demo_db) -> None:  # noqa: ANN001
    db = backend_demo_db
    with db.session() as s:  # client A opens the edit dialog
        pupil = s.scalars(select(Pupil).order_by(Pupil.id)).first()
        pupil_id, read_version, name = pupil.id, pupil.version, pupil.first_name
    if db.location.is_sqlite:
        db.lock.release()  # the instance lock would stop the second client in this one process
        db.lock = None
    other = second_connection(db)
    try:
        with other.write() as s:  # client B saves first
            s.get(Pupil, pupil_id).first_name = name + "B"
        with pytest.raises(StaleEdit) as caught:
            with db.write() as s:  # client A saves, based on what it read
                row = s.get(Pupil, pupil_id)
                expect_version(row, read_version)
                row.first_name = name + "A"
    finally:
        other.close()
    stale = caught.value
    assert (stale.table, stale.key, stale.read_version, stale.current_version) == ("pupil", (pupil_id,), 1, 2)
    assert stale.differences()["first_name"] == (name + "A", name + "B")
    assert "niet bewaard" in str(stale) and "versie 2" in str(stale)
    with db.session() as s:  # B's edit is kept, A's is not silently written over it
        assert s.get(Pupil, pupil_id).first_name == name + "B"
    with db.write() as s:  # choosing "mine" after seeing both: save on the current version
        row = s.get(Pupil, pupil_id)
        expect_version(row, stale.current_version)
        row.first_name = name + "A"
    with db.session() as s:
        assert (s.get(Pupil, pupil_id).first_name, s.get(Pupil, pupil_id).version) == (name + "A", 3)


def test_overlapping_transactions_on_postgres(pg_url: str) -> None:
    """Both clients read inside their own open transaction; the later UPDATE finds the version moved on."""
    a, b = open_database(pg_url), open_database(pg_url)
    try:
        with a.write() as s:
            s.add(School(name="De Regenboog"))
        with pytest.raises(StaleEdit) as caught:
            with a.write() as sa:
                mine = sa.scalars(select(School)).one()
                with b.write() as sb:
                    sb.scalars(select(School)).one().town = "Gouda"
                mine.town = "Delft"
        assert caught.value.current["town"] == "Gouda" and caught.value.attempted["town"] == "Delft"
        with a.session() as s:
            assert s.scalars(select(School)).one().town == "Gouda"
    finally:
        a.close()
        b.close()


def test_deleted_meanwhile(backend_demo_db) -> None:  # noqa: ANN001
    db = backend_demo_db
    with db.write() as s:
        s.add(School(name="Tijdelijk"))
    with db.session() as s:
        school = s.scalars(select(School).where(School.name == "Tijdelijk")).one()
        school_id, version = school.id, school.version
    with db.write() as s:
        s.delete(s.get(School, school_id))
    with db.write() as s:  # nothing left to save into: nothing happens, no error and no resurrection
        assert s.get(School, school_id) is None
    with db.write() as s:
        s.add(School(name="Tijdelijk 2"))
    with db.session() as s:
        other_id = s.scalars(select(School.id).where(School.name == "Tijdelijk 2")).one()
    with pytest.raises(StaleEdit, match="gewijzigd"):
        with db.write() as s:
            row = s.get(School, other_id)
            expect_version(row, version + 5)  # a version this row never had: someone else's save in between
            row.town = "X"
