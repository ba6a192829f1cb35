"""Opening, creating and refusing databases; models and migrations agree."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, select

from wishdesk.core.errors import DatabaseNotFound, NewerDatabaseError, NotAWishDeskDatabase
from wishdesk.core.models import Base, LessonTemplate, SchoolYear
from wishdesk.core.opening import open_database
from wishdesk.core.schema import head_revision


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_at_head_with_default_curriculum(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.sqlite", create=True)
    try:
        with db.session() as s:
            lessons = s.scalars(select(LessonTemplate).order_by(LessonTemplate.number)).all()
            assert [lesson.number for lesson in lessons] == list(range(1, 9))
            assert all(sum(step.minutes for step in lesson.steps) == 90 for lesson in lessons)
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.close()


def test_models_and_migrations_agree(empty_db_path: Path) -> None:
    engine = create_engine(f"sqlite:///{empty_db_path}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    engine.dispose()
    assert diff == []


def test_missing_file_is_refused_without_creating_it(tmp_path: Path) -> None:
    target = tmp_path / "nope.sqlite"
    with pytest.raises(DatabaseNotFound, match="niet gevonden"):
        open_database(target)
    assert not target.exists()


def test_foreign_file_is_refused_untouched(tmp_path: Path) -> None:
    text_file = tmp_path / "notes.sqlite"
    text_file.write_text("dit is geen database")
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes(id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = digest(text_file), digest(other)
    with pytest.raises(NotAWishDeskDatabase, match="geen SQLite"):
        open_database(text_file)
    with pytest.raises(NotAWishDeskDatabase, match="niet van WIsH Desk"):
        open_database(other)
    assert (digest(text_file), digest(other)) == before


def test_newer_database_is_refused_byte_for_byte_untouched(empty_db_path: Path) -> None:
    conn = sqlite3.connect(empty_db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = digest(empty_db_path)
    with pytest.raises(NewerDatabaseError, match="nieuwere versie"):
        open_database(empty_db_path, backup_dir=empty_db_path.parent / "b")
    assert digest(empty_db_path) == before
    assert not (empty_db_path.parent / "b").exists()


def test_check_constraints_live_in_the_database(empty_db) -> None:  # noqa: ANN001
    from datetime import date

    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        with empty_db.write() as s:
            s.add(SchoolYear(name="x", start_date=date(2026, 8, 1), end_date=date(2025, 7, 31)))


def test_a_new_database_gets_the_municipality_name_in_its_creating_transaction(tmp_path: Path) -> None:
    import pytest

    from wishdesk.core.errors import ValidationError
    from wishdesk.core.opening import open_database_for
    from wishdesk.core.services.municipality import get_municipality_name

    with pytest.raises(ValidationError):
        open_database_for(tmp_path / "leeg.sqlite", create=True, municipality="   ")
    assert not (tmp_path / "leeg.sqlite").exists()  # refused before any file was made
    db = open_database_for(tmp_path / "oss.sqlite", create=True, municipality="Oss")
    try:
        assert get_municipality_name(db) == "Oss"
    finally:
        db.close()
    db = open_database_for(tmp_path / "oss.sqlite", municipality="Uden")  # an existing database keeps its name
    try:
        assert get_municipality_name(db) == "Oss"
    finally:
        db.close()
