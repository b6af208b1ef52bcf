"""The reporting marts (schema `mart`, one file each in schema/objects/marts/) and analyst logins.

`refresh_marts` brings every materialised view up to date with core after an ingest.  Each view is
refreshed CONCURRENTLY in its own transaction, so analysts keep reading the previous contents
while it runs and a long refresh never holds the others' locks.
"""

from __future__ import annotations

import logging
import time

import sqlalchemy as sa

from etl.warehouse.connection import driver_connection

log = logging.getLogger(__name__)

ANALYST_ROLE = "analyst"

MART_SCHEMA = "mart"

# The relations each view or materialised view reads, from the catalogue: a view's query is a
# rewrite rule, and pg_depend records every relation the rule uses.
_READS = sa.text(
    """
    SELECT DISTINCT v.oid::regclass::text AS reader, d.refobjid::regclass::text AS read
    FROM pg_class v
    JOIN pg_rewrite r ON r.ev_class = v.oid
    JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
                    AND d.refclassid = 'pg_class'::regclass AND d.refobjid <> v.oid
    WHERE v.relkind IN ('v', 'm')
    """
)
_MARTS = sa.text(
    "SELECT c.oid::regclass::text FROM pg_class c"
    " WHERE c.relkind = 'm' AND c.relnamespace = to_regnamespace(:schema) ORDER BY 1"
)


def refresh_order(conn: sa.Connection) -> list[str]:
    """Every mart (materialised view in schema `mart`), each after the marts it reads, directly or
    through plain views; otherwise by name.  From the catalogue, so nothing keeps the order by hand."""
    marts = list(conn.execute(_MARTS, {"schema": MART_SCHEMA}).scalars())
    reads: dict[str, set[str]] = {}
    for reader, read in conn.execute(_READS):
        reads.setdefault(reader, set()).add(read)

    def marts_read_by(relation: str, seen: set[str]) -> set[str]:
        found: set[str] = set()
        for read in reads.get(relation, ()):
            if read in seen:
                continue
            seen.add(read)
            found |= {read} if read in marts else marts_read_by(read, seen)  # through plain views
        return found

    waiting = {mart: marts_read_by(mart, {mart}) for mart in marts}
    order: list[str] = []
    while waiting:
        ready = sorted(m for m, needs in waiting.items() if not needs - set(order))
        if not ready:
            raise RuntimeError(f"marts that read each other in a cycle: {sorted(waiting)}")
        order.append(ready[0])
        del waiting[ready[0]]
    return order


# Set for each refresh (transaction-local): the marts group millions of rows, which with the default
# 4MB spill to disk in many small runs.
REFRESH_SETTINGS = {"work_mem": "64MB"}
# The planner estimates thousands of entity pairs where there are millions and picks a hash aggregate
# that spills again and again (over 10 minutes on 100k articles); sorting takes 30 seconds.
VIEW_SETTINGS = {"mart.entity_pair": {"enable_hashagg": "off"}}


def refresh_marts(engine: sa.Engine) -> dict[str, float]:
    """Refresh every mart, each in its own transaction; returns seconds per view, in refresh order."""
    timings: dict[str, float] = {}
    with engine.connect() as conn:
        with conn.begin():
            order = refresh_order(conn)
        for view in order:
            with conn.begin():
                for name, value in {**REFRESH_SETTINGS, **VIEW_SETTINGS.get(view, {})}.items():
                    conn.execute(sa.text("SELECT set_config(:name, :value, true)"), {"name": name, "value": value})
                # CONCURRENTLY needs a populated view (a migration creates them populated; a view
                # emptied by `REFRESH ... WITH NO DATA` is filled by one blocking refresh).
                populated = conn.execute(
                    sa.text("SELECT ispopulated FROM pg_matviews WHERE schemaname || '.' || matviewname = :v"),
                    {"v": view},
                ).scalar_one()
                started = time.perf_counter()
                conn.execute(sa.text(f"REFRESH MATERIALIZED VIEW {'CONCURRENTLY ' if populated else ''}{view}"))
            timings[view] = time.perf_counter() - started
            log.info("refreshed %s in %.2fs", view, timings[view])
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
