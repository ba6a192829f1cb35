"""Alembic environment. Always run through wishdesk.core.schema, which hands us an open connection inside
a transaction, so the whole upgrade and its version stamp commit together or not at all."""

from alembic import context

from wishdesk.core.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only `alembic` on the command line would get here
    raise RuntimeError("Run migrations through wishdesk.core.schema, not the alembic command.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode recreates tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
