"""Alembic environment for the station database.

The program runs migrations itself (``station.storage.db``), passing an open connection in
``config.attributes['connection']``; batch mode is on because SQLite cannot ALTER most things.
"""

from __future__ import annotations

from alembic import context

from station.storage.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("run station migrations through station.storage.db.migrate()")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
