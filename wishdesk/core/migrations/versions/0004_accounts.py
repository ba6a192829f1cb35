"""accounts and sealed concern keys

Revision ID: 0004
Revises: 0003
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'  # plain number: backup file names slug '_' to '-'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('is_admin', sa.Boolean(), nullable=False),
    sa.Column('public_key', sa.LargeBinary(length=32), nullable=False),
    sa.Column('wrapped_private_key', sa.LargeBinary(length=128), nullable=False),
    sa.Column('kdf_salt', sa.LargeBinary(length=16), nullable=False),
    sa.Column('kdf_time', sa.Integer(), nullable=False),
    sa.Column('kdf_memory', sa.Integer(), nullable=False),
    sa.Column('kdf_parallelism', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_account_staff_id_staff'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account')),
    sa.UniqueConstraint('staff_id', name=op.f('uq_account_staff_id'))
    )
    op.create_table('concern_key',
    sa.Column('concern_id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('sealed_key', sa.LargeBinary(length=128), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_concern_key_account_id_account'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['concern_id'], ['concern.id'], name=op.f('fk_concern_key_concern_id_concern'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('concern_id', 'account_id', name=op.f('pk_concern_key'))
    )
    with op.batch_alter_table('concern_key', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_concern_key_account_id'), ['account_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('concern_key', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_concern_key_account_id'))
    op.drop_table('concern_key')
    op.drop_table('account')
