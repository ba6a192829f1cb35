"""a fresh gid for rows inserted without one (SQLite)

Revision ID: 0009
Revises: 0007

On SQLite the `gid` column of 0007 has a constant default (`''`): adding a NOT NULL column without a table
rebuild allows nothing else. The program always sets a gid (models/base.py), but a row inserted by an outside
tool (the sqlite3 shell, a script) would get `''`, and the next such row would collide with it on the unique
index. An AFTER INSERT trigger per table gives such a row a random UUID at once. PostgreSQL needs nothing: its
default is `gen_random_uuid()`.

A later migration that rebuilds a table in batch mode drops that table's trigger; it must create it again
(tests/core/test_gid_triggers.py checks every table of a new database).
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0009'  # plain number: backup file names slug '_' to '-'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A version-4 UUID in SQLite's own functions: 8-4-4-4-12 hex digits, "4" and a variant digit in their places.
NEW_UUID = ("lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
            "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
            "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))")


def _tables_with_gid(bind) -> list[str]:  # noqa: ANN001 - Connection
    names = [r[0] for r in bind.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'sync_%' AND name <> 'alembic_version' ORDER BY name")]
    quoted = lambda name: '"' + name.replace('"', '""') + '"'  # noqa: E731
    return [n for n in names if any(c[1] == 'gid' for c in bind.exec_driver_sql(f'PRAGMA table_info({quoted(n)})'))]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'sqlite':
        return
    for table in _tables_with_gid(bind):
        quoted = '"' + table + '"'
        bind.exec_driver_sql(
            f"CREATE TRIGGER IF NOT EXISTS gid_fill_{table} AFTER INSERT ON {quoted} WHEN NEW.gid = '' "
            f"BEGIN UPDATE {quoted} SET gid = {NEW_UUID} WHERE rowid = NEW.rowid; END")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'sqlite':
        return
    for table in _tables_with_gid(bind):
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS gid_fill_{table}")
