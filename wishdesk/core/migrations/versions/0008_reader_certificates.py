"""reader certificates: the trust root signs who may read a concern

Revision ID: 0008
Revises: 0007

`account.certificate` holds the trust root's signature over the account's public key and roles;
`account.key_request` a new public key waiting to be certified after a password change (issue 12). The root's
verify key is pinned in each key file entry (and named in the key file); existing databases get their root at the first sign-in of a programme
coordinator (security/directory.py).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'  # plain number: backup file names slug '_' to '-'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('certificate', sa.LargeBinary(length=1024), nullable=True))
        batch_op.add_column(sa.Column('key_request', sa.LargeBinary(length=128), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_column('key_request')
        batch_op.drop_column('certificate')
