"""well-being checks of pupils and the duo's own checks (before / after)

Revision ID: 0002_wellbeing
Revises: 0001
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002_wellbeing'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('duo_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=12), nullable=False),
    sa.Column('moment', sa.String(length=10), nullable=False),
    sa.Column('taken_on', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("moment IN ('before', 'after')", name=op.f('ck_duo_check_moment_valid')),
    sa.CheckConstraint("role IN ('teacher', 'specialist')", name=op.f('ck_duo_check_role_valid')),
    sa.ForeignKeyConstraint(['group_id'], ['group.id'], name=op.f('fk_duo_check_group_id_group'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_duo_check_staff_id_staff'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duo_check')),
    sa.UniqueConstraint('group_id', 'staff_id', 'moment', name=op.f('uq_duo_check_group_id_staff_id_moment'))
    )
    with op.batch_alter_table('duo_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duo_check_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_duo_check_staff_id'), ['staff_id'], unique=False)
    op.create_table('duo_answer',
    sa.Column('check_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=30), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.CheckConstraint('score BETWEEN 1 AND 5', name=op.f('ck_duo_answer_score_range')),
    sa.ForeignKeyConstraint(['check_id'], ['duo_check.id'], name=op.f('fk_duo_answer_check_id_duo_check'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('check_id', 'item', name=op.f('pk_duo_answer'))
    )
    op.create_table('wellbeing_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pupil_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('moment', sa.String(length=10), nullable=False),
    sa.Column('taken_on', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("moment IN ('before', 'after')", name=op.f('ck_wellbeing_check_moment_valid')),
    sa.ForeignKeyConstraint(['group_id'], ['group.id'], name=op.f('fk_wellbeing_check_group_id_group'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupil.id'], name=op.f('fk_wellbeing_check_pupil_id_pupil'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_wellbeing_check')),
    sa.UniqueConstraint('pupil_id', 'moment', name=op.f('uq_wellbeing_check_pupil_id_moment'))
    )
    with op.batch_alter_table('wellbeing_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_wellbeing_check_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_wellbeing_check_pupil_id'), ['pupil_id'], unique=False)
    op.create_table('wellbeing_answer',
    sa.Column('check_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=30), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.CheckConstraint('score BETWEEN 1 AND 5', name=op.f('ck_wellbeing_answer_score_range')),
    sa.ForeignKeyConstraint(['check_id'], ['wellbeing_check.id'], name=op.f('fk_wellbeing_answer_check_id_wellbeing_check'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('check_id', 'item', name=op.f('pk_wellbeing_answer'))
    )
    # ### end Alembic commands ###


def downgrade() -> None:
    for table in ('duo_answer', 'duo_check', 'wellbeing_answer', 'wellbeing_check'):
        op.drop_table(table)
