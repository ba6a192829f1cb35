"""Migrations: every frozen database of a released schema upgrades to head with every row intact, and a failed
migration leaves the database as it was and says which backup holds it."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tests.core.test_backup import digest, integrity
from wishdesk.core import backup, schema
from wishdesk.core.errors import MigrationFailed
from wishdesk.core.integrity import check_database
from wishdesk.core.schema import head_revision, known_revisions, open_database, script_directory

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schemas"
FROZEN = sorted(FIXTURES.glob("*.sqlite"))


def revision_of(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def snapshot(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every table's columns and rows (sorted), except Alembic's own."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'")]
        out = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            quoted = ", ".join(f'"{c}"' for c in columns)
            rows = conn.execute(f'SELECT {quoted} FROM "{table}"').fetchall()
            out[table] = (columns, sorted(rows, key=repr))
        return out
    finally:
        conn.close()


def rows_now(path: Path, table: str, columns: list[str]) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        quoted = ", ".join(f'"{c}"' for c in columns)
        return sorted(conn.execute(f'SELECT {quoted} FROM "{table}"').fetchall(), key=repr)
    finally:
        conn.close()


def test_the_first_released_schema_is_frozen() -> None:
    base = script_directory().get_base()
    assert (FIXTURES / f"{base}.sqlite").exists()
    assert {revision_of(p) for p in FROZEN} <= known_revisions()  # none from a future we do not know
    assert all(p.stem == revision_of(p) for p in FROZEN)


@pytest.mark.parametrize("frozen", FROZEN, ids=[p.stem for p in FROZEN])
def test_frozen_database_upgrades_with_every_row(frozen: Path, tmp_path: Path) -> None:
    copy = tmp_path / "school.sqlite"
    shutil.copyfile(frozen, copy)
    before = snapshot(copy)
    assert sum(len(rows) for _cols, rows in before.values()) > 500
    db = open_database(copy, backup_dir=tmp_path / "b")
    db.close()
    assert revision_of(copy) == head_revision() and integrity(copy) == "ok"
    for table, (columns, rows) in before.items():
        assert rows_now(copy, table, columns) == rows, f"rows of {table} changed"
    backups = backup.list_backups(tmp_path / "b")
    if frozen.stem != head_revision():
        [made] = backups
        assert made.reason == "voor-update" and made.revision == frozen.stem and digest(made.path) != digest(copy)
    assert check_database(copy, today=date(2026, 11, 3)).ok


def _migrations_with(tmp_path: Path, name: str, body: str) -> Path:
    """A copy of the real migrations plus one more version on top of head."""
    folder = tmp_path / "migrations"
    shutil.copytree(schema._migrations_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    revision = name.split("_")[0]
    (folder / "versions" / f"{name}.py").write_text(
        f'"""{name}"""\nimport sqlalchemy as sa\nfrom alembic import op\n\n'
        f"revision = {revision!r}\ndown_revision = {head_revision()!r}\nbranch_labels = None\ndepends_on = None\n\n\n"
        f"def upgrade() -> None:\n{body}\n\n\ndef downgrade() -> None:\n    pass\n",
        encoding="utf-8")
    return folder


BROKEN = """\
    with op.batch_alter_table("school") as batch:
        batch.add_column(sa.Column("motto", sa.String(100), nullable=True))
    op.execute("UPDATE school SET motto = 'Samen sterk'")
    op.execute("DELETE FROM school_partner")
    raise RuntimeError("kapotte migratie")"""

GOOD = """\
    with op.batch_alter_table("school") as batch:
        batch.add_column(sa.Column("motto", sa.String(100), nullable=True))
    op.execute("UPDATE school SET motto = 'Samen sterk'")"""


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_failed_migration_leaves_the_database_as_it_was(journal: str, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "school.sqlite"
    shutil.copyfile(FROZEN[-1], copy)
    if journal == "wal":
        open_database(copy).close()  # as every database in use: its header says WAL
    before_bytes, before_rows = digest(copy), snapshot(copy)
    before_head = head_revision()
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", _migrations_with(tmp_path, "9001_broken", BROKEN))
    with pytest.raises(MigrationFailed) as caught:
        open_database(copy, backup_dir=tmp_path / "b")
    message = str(caught.value)
    [made] = backup.list_backups(tmp_path / "b")
    assert "kapotte migratie" in message and "zoals hij was" in message and str(made.path) in message
    assert digest(copy) == before_bytes and snapshot(copy) == before_rows
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b", "migrations", "school.sqlite"]  # no -wal, no lock
    # the "wal" case opened (and so migrated) the copy first: its backup is at the head of the real migrations
    assert backup.verify_backup(made.path) == (FROZEN[-1].stem if journal == "delete" else before_head)
    monkeypatch.undo()
    open_database(copy).close()  # the old version still opens it


def test_new_migration_carries_the_data_and_backs_up_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "school.sqlite"
    shutil.copyfile(FROZEN[-1], copy)
    before = snapshot(copy)
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", _migrations_with(tmp_path, "9002_motto", GOOD))
    open_database(copy, backup_dir=tmp_path / "b").close()
    assert revision_of(copy) == "9002"
    for table, (columns, rows) in before.items():
        assert rows_now(copy, table, columns) == rows, table
    assert {r[0] for r in sqlite3.connect(copy).execute("SELECT motto FROM school")} == {"Samen sterk"}
    [made] = backup.list_backups(tmp_path / "b")
    assert made.reason == "voor-update" and made.revision == FROZEN[-1].stem and snapshot(made.path) == before


def test_revision_ids_read_without_alembic_agree_with_alembic() -> None:
    from wishdesk.core.schema import head_revision, known_revisions, script_directory

    scripts = script_directory()
    assert head_revision() == scripts.get_current_head()
    assert known_revisions() == {rev.revision for rev in scripts.walk_revisions()}
