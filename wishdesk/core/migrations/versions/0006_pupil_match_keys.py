"""pupil match keys and initials: two children with the same first name in one group

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 19:10:00

A class list with two Sannes imports both: each pupil keeps keyed hashes (HMAC-SHA256, secret per database
in the setting 'import.match_secret') of the surname and the birth date the list gave, never the values, and
a visible initial where first names collide ("Sanne B."). The unique name per group becomes name + initial.
Existing pupils get an empty initial and no keys: a later list matches them by first name once and stores
the keys then.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('pupil', schema=None) as batch_op:
        batch_op.add_column(sa.Column('initial', sa.String(length=8), server_default='', nullable=False))
        batch_op.add_column(sa.Column('match_key', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('birth_key', sa.String(length=64), nullable=True))
        batch_op.drop_constraint('uq_pupil_group_id_first_name', type_='unique')
        batch_op.create_unique_constraint('uq_pupil_group_id_first_name_initial',
                                          ['group_id', 'first_name', 'initial'])


def downgrade() -> None:
    # Refuses (unique constraint) while two pupils of one group share a first name: merge or rename them first.
    with op.batch_alter_table('pupil', schema=None) as batch_op:
        batch_op.drop_constraint('uq_pupil_group_id_first_name_initial', type_='unique')
        batch_op.create_unique_constraint('uq_pupil_group_id_first_name', ['group_id', 'first_name'])
        batch_op.drop_column('birth_key')
        batch_op.drop_column('match_key')
        batch_op.drop_column('initial')
