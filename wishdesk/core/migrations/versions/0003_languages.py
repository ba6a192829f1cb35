"""per-lesson video link in the lesson programme

Revision ID: 0003
Revises: 0002_wellbeing
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'  # plain number: backup file names slug '_' to '-'
down_revision: str | None = '0002_wellbeing'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The home-activity QR code links to this lesson's video when the programme has one, else the group's.
    with op.batch_alter_table('lesson_template', schema=None) as batch_op:
        batch_op.add_column(sa.Column('video_url', sa.String(length=500), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('lesson_template', schema=None) as batch_op:
        batch_op.drop_column('video_url')
