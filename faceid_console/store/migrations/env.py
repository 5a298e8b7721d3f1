"""Alembic environment: always run from ``store.database.migrate`` with an open connection."""

from __future__ import annotations

from alembic import context

from faceid_console.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("the history migrations run only through faceid_console.store.database.migrate")
context.configure(connection=connection, target_metadata=metadata)
with context.begin_transaction():
    context.run_migrations()
