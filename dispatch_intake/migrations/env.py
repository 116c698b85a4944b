"""Alembic environment: migrates the connection the service hands over, or the configured store."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from dispatch_intake.audit import models as _audit  # noqa: F401  (registers the tables)
from dispatch_intake.auth import models as _auth  # noqa: F401  (registers the tables)
from dispatch_intake.calls import models as _calls  # noqa: F401
from dispatch_intake.db import Base, create_store_engine
from dispatch_intake.timeline import models as _timeline  # noqa: F401

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from dispatch_intake.settings import load_settings

    engine = create_store_engine(load_settings().effective_database_url)
    with engine.begin() as own_connection:
        _run(own_connection)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported; run against a store")
run_migrations_online()
