"""laptop copies: the outbox keeps the row as it was before each change (who changed which field)

Revision ID: 0010
Revises: 0009

Only a laptop copy (a replica: it has `sync_outbox`) changes; a plain database and the team server (PostgreSQL)
have none of the sync tables, and this does nothing there. The outbox and conflict list get a `base` column and
every table's outbox triggers are made again, now recording the OLD row (core/sync/local.py). Those triggers are
built from the tables as they are in the file at this point (PRAGMA), not from today's models.

Outbox lines written before this have no base: a conflict from them knows mine and theirs only, and "Per field"
presets nothing for it (as before). No table is rebuilt here, so the gid_fill triggers of 0009 stay.
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _is_replica(bind) -> bool:  # noqa: ANN001 - Connection
    return bind.dialect.name == 'sqlite' and bind.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_outbox'").first() is not None


def _add_base(bind, table: str) -> None:  # noqa: ANN001 - Connection
    if not any(c[1] == 'base' for c in bind.exec_driver_sql(f'PRAGMA table_info("{table}")')):
        bind.exec_driver_sql(f'ALTER TABLE "{table}" ADD COLUMN base TEXT')


def upgrade() -> None:
    from wishdesk.core.sync.local import install_triggers

    bind = op.get_bind()
    if not _is_replica(bind):
        return
    _add_base(bind, 'sync_outbox')
    _add_base(bind, 'sync_conflict')
    # the tables that sync in this copy are the ones with outbox triggers (the old form, without base)
    names = [r[0] for r in bind.exec_driver_sql(
        "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_update\\_%' "
        "ESCAPE '\\' ORDER BY tbl_name")]
    install_triggers(bind, names, replace=True)


def downgrade() -> None:
    # The base columns and the triggers that fill them are left: the older program reads the outbox by column
    # name and never looks at base, and its triggers would only record less.
    pass
