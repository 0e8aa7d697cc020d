"""Alembic environment: runs on the connection handed over by :mod:`chronik.store.migrate`."""

from __future__ import annotations

from alembic import context

from chronik.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the programmatic entry point is supported
    raise RuntimeError("run migrations through chronik.store.migrate.upgrade(engine)")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
