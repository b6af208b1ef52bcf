"""Alembic environment for the warehouse schema.

Migrations are SQL files in schema/sql/ (readable by analysts); each Python revision in
schema/versions/ only runs its file.  `antara-etl db upgrade` drives this programmatically,
handing over its own connection, so no URL (and no password) is ever written to a config file.
"""

from alembic import context
from sqlalchemy import create_engine

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, transaction_per_migration=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    import os

    engine = create_engine(os.environ["ANTARA_WAREHOUSE_URL"])
    with engine.connect() as conn:
        context.configure(connection=conn, transaction_per_migration=True)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    context.configure(url="postgresql://", literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
