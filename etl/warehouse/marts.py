"""The reporting marts (schema `mart`, one file each in schema/objects/marts/) and analyst logins.

The marts are tables.  `refresh_marts` brings them up to date with core after an ingest by
difference (marts_refresh.sql): triggers on core log what changed since the last refresh, and the
refresh re-counts the changed articles only, so its cost follows the ingest, not the warehouse.  It
runs in one transaction: analysts keep reading the previous contents, every mart consistent with
the others, until it commits.  `rebuild_marts` (`refresh_marts(engine, full=True)`) re-creates every
mart from all of core, as an upgrade does when a mart's definition changes; it locks the marts
against readers while it runs.
"""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path

import sqlalchemy as sa

from etl.warehouse import locks
from etl.warehouse.connection import driver_connection
from etl.warehouse.load import take_publish_lock
from etl.warehouse.migrate import GRANTS, clear_change_log, schema_objects

log = logging.getLogger(__name__)

ANALYST_ROLE = "analyst"

MART_SCHEMA = "mart"

REFRESH_SQL = Path(__file__).with_name("marts_refresh.sql")
_STEP = re.compile(r"^-- step: (?P<name>.+)$", re.MULTILINE)

# Set for each refresh and rebuild (transaction-local): the marts group millions of rows, which with
# the default 4MB spill to disk in many small runs.
REFRESH_SETTINGS = {"work_mem": "64MB"}


def refresh_steps() -> list[tuple[str, list[str]]]:
    """marts_refresh.sql as (step, statements), in order; a `-- step: name` line starts a step."""
    steps: list[tuple[str, list[str]]] = []
    for chunk in REFRESH_SQL.read_text(encoding="utf-8").split(";\n"):
        marker = _STEP.search(chunk)
        if marker:
            steps.append((marker["name"], []))
        code = [line for line in chunk.splitlines() if line.strip() and not line.strip().startswith("--")]
        if code:
            steps[-1][1].append("\n".join(code))
    return steps


def mart_files() -> list[Path]:
    """The marts' files in the order they are built: by name (a mart another reads, the `all_` ones, sorts first)."""
    return [o.path for o in schema_objects() if o.kind == "marts"]


def _settings(conn: sa.Connection) -> None:
    for name, value in REFRESH_SETTINGS.items():
        conn.execute(sa.text("SELECT set_config(:name, :value, true)"), {"name": name, "value": value})


def refresh_marts(engine: sa.Engine, *, full: bool = False) -> dict[str, float]:
    """Bring every mart up to date with core, in one transaction; returns seconds per step.

    Incremental (the changes logged since the last refresh); `full=True` rebuilds from all of core."""
    if full:
        return rebuild_marts(engine)
    timings: dict[str, float] = {}
    with engine.connect() as conn, conn.begin():
        _settings(conn)
        for step, statements in refresh_steps():
            started = time.perf_counter()
            for statement in statements:
                conn.execute(
                    sa.text(statement), {"publish_lock": locks.PUBLISH} if ":publish_lock" in statement else {}
                )
            timings[step] = timings.get(step, 0.0) + time.perf_counter() - started
    log.info(
        "marts refreshed in %.2fs: %s", sum(timings.values()), ", ".join(f"{k} {v:.2f}s" for k, v in timings.items())
    )
    return timings


def rebuild_marts(engine: sa.Engine) -> dict[str, float]:
    """Re-create every mart from all of core (their files), empty the change log; seconds per mart."""
    timings: dict[str, float] = {}
    with engine.connect() as conn, conn.begin():
        _settings(conn)
        take_publish_lock(conn)
        for path in mart_files():
            started = time.perf_counter()
            conn.exec_driver_sql(path.read_text(encoding="utf-8"))
            timings[path.stem] = time.perf_counter() - started
            log.info("rebuilt %s in %.2fs", path.stem, timings[path.stem])
        clear_change_log(conn)
        conn.exec_driver_sql(GRANTS.read_text(encoding="utf-8"))  # a re-created table has no grants
    return timings


def create_analyst_login(engine: sa.Engine, name: str, password: str) -> None:
    """Create (or update) a LOGIN role `name` that is a member of `analyst`, so it reads but never writes.

    The password never leaves this process in clear: libpq turns it into a SCRAM verifier
    (`password_encryption` of the server) before the statement is sent, so neither the server's
    statement log nor ours ever contains it.  An existing role is updated only if it already is an
    analyst.  Roles are cluster-wide; the caller needs CREATEROLE.
    """
    from psycopg2 import sql
    from psycopg2.extensions import encrypt_password

    with engine.begin() as conn:
        existing = conn.execute(
            sa.text(
                "SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                "               WHERE m.member = r.oid AND g.rolname = :analyst)"
                " FROM pg_roles r WHERE r.rolname = :name"
            ),
            {"name": name, "analyst": ANALYST_ROLE},
        ).scalar()
        if existing is False:  # never turn another role (an admin, the pipeline's own) into a login
            raise ValueError(f"role {name!r} exists and is not an analyst")
        dbapi_connection = driver_connection(conn)
        verifier = encrypt_password(password, name, scope=dbapi_connection)
        role = sql.Identifier(name)
        with dbapi_connection.cursor() as cursor:
            statement = "CREATE ROLE {} LOGIN PASSWORD {}" if existing is None else "ALTER ROLE {} LOGIN PASSWORD {}"
            cursor.execute(sql.SQL(statement).format(role, sql.Literal(verifier)))
            cursor.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(ANALYST_ROLE), role))
    log.info("analyst login %s is ready", name)
