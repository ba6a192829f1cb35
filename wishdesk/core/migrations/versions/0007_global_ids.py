"""global ids for syncing laptops with the team database

Revision ID: 0007
Revises: 0005

Every table gets `gid`, a UUID text that is the same for a row on the team server and on every laptop copy
(issue 14). Integer keys stay local to each database. Existing rows get a fresh UUID each.
"""
from collections.abc import Sequence
import uuid

import sqlalchemy as sa
from alembic import op

revision: str = '0007'  # plain number: backup file names slug '_' to '-'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    'curriculum', 'guardian', 'organisation', 'setting', 'curriculum_event', 'lesson_template', 'school_year',
    'staff', 'absence', 'account', 'availability', 'home_activity', 'lesson_step', 'school', 'staff_role',
    'calendar_entry', 'group', 'lesson_window', 'meeting', 'school_partner', 'staff_school', 'duo_check',
    'group_teacher', 'handout_delivery', 'meeting_attendance', 'parent_event', 'pupil', 'session', 'attendance',
    'concern', 'consent', 'duo_answer', 'parent_attendance', 'pupil_guardian', 'return_slip', 'session_change',
    'session_log', 'wellbeing_check', 'concern_key', 'wellbeing_answer',
)


def upgrade() -> None:
    bind = op.get_bind()
    for table in TABLES:
        if bind.dialect.name == 'postgresql':
            # A volatile default is evaluated per existing row, and keeps raw INSERTs (psql, scripts) valid.
            op.add_column(table, sa.Column('gid', sa.String(36), nullable=False,
                                           server_default=sa.text('gen_random_uuid()::text')))
        else:
            # SQLite adds a NOT NULL column without rebuilding the table only with a constant default; every
            # row gets its own UUID right after, and the program always sets one (models/base.py).
            op.add_column(table, sa.Column('gid', sa.String(36), nullable=False, server_default=sa.text("''")))
            quoted = '"' + table + '"'
            rowids = [r[0] for r in bind.exec_driver_sql(f'SELECT rowid FROM {quoted}')]
            if rowids:
                bind.exec_driver_sql(f'UPDATE {quoted} SET gid = ? WHERE rowid = ?',
                                     [(str(uuid.uuid4()), rowid) for rowid in rowids])
        op.create_index(f'ix_{table}_gid', table, ['gid'], unique=True)


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_index(f'ix_{table}_gid', table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column('gid')
