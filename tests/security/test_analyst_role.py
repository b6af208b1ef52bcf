"""The analyst role writes nothing, escalates nothing and reads nothing beyond the database.

tests/marts/test_access.py covers INSERT/UPDATE/DELETE/TRUNCATE/CREATE/DROP/ALTER/REFRESH on core and
mart and reading staging; these are the remaining ways a read-only login could change or leak
something: the ledger and quality tables, locks that would stall the pipeline, server files and
programs, role escalation and grants.  One login runs them all (each in its own transaction).
"""

from __future__ import annotations

import sqlalchemy as sa

from tests.marts.conftest import rows

STATEMENTS = [
    "INSERT INTO ingest.raw_file (input_root, path, size_bytes, mtime_ns, sha256, status, first_run_id, last_run_id)"
    " VALUES ('/', 'x', 0, 0, 'x', 'loaded', 1, 1)",
    "DELETE FROM ingest.run",
    "UPDATE ingest.run SET status = 'failed'",
    "TRUNCATE ingest.raw_file",
    "INSERT INTO quality.batch_override (batch_id, run_id, reason) VALUES ('run1-b00000', 1, 'x')",
    "DELETE FROM quality.validation_run",
    "INSERT INTO staging.batch (batch_id, run_id, input_root) VALUES ('run1-b00000', 1, '/')",
    "UPDATE core.person SET name = 'x'",
    "DELETE FROM core.entity_mention",
    "TRUNCATE core.entity CASCADE",
    "LOCK TABLE core.article IN ACCESS EXCLUSIVE MODE",  # would stall every ingest and refresh
    "LOCK TABLE ingest.raw_file IN SHARE ROW EXCLUSIVE MODE",
    "SELECT pg_read_file('/etc/passwd')",
    "SELECT pg_ls_dir('.')",
    "SELECT lo_import('/etc/passwd')",
    "COPY core.article TO '/tmp/analyst-copy-out.txt'",
    "COPY (SELECT 1) TO PROGRAM 'id'",
    "COPY core.person FROM '/etc/passwd'",
    "CREATE FUNCTION public.analyst_f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
    "CREATE FUNCTION mart.analyst_f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
    "ALTER ROLE analyst SUPERUSER",
    "ALTER ROLE analyst CREATEROLE",
    "GRANT pg_write_server_files TO analyst",
    "CREATE ROLE analyst_escape LOGIN SUPERUSER",
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND usename <> current_user",
]


def _refused(engine: sa.Engine, statement: str) -> str | None:
    """None when the statement was refused for lack of privilege; else what happened."""
    try:
        with engine.begin() as conn:
            result = conn.execute(sa.text(statement))
            if result.returns_rows:
                got = result.all()
                if statement.startswith("SELECT pg_terminate_backend") and not any(r[0] for r in got):
                    return "ran, but terminated nothing"
                return f"returned {got[:3]}"
    except sa.exc.DBAPIError as error:
        code = getattr(error.orig, "pgcode", None) or getattr(error.orig, "sqlstate", None)
        message = str(error.orig).lower()
        if code == "42501" or "permission denied" in message or "must be" in message or "only roles" in message:
            return None
        return f"failed otherwise: {code} {message.splitlines()[0]}"
    return "succeeded"


def test_the_analyst_cannot_write_lock_escalate_or_reach_the_server(fixture_warehouse, analyst_url):
    analyst = sa.create_engine(analyst_url)
    try:
        outcomes = {s: _refused(analyst, s) for s in STATEMENTS}
        # GRANT without the grant option "succeeds" with a warning and grants nothing: check the effect
        with analyst.begin() as conn:
            conn.execute(sa.text("GRANT INSERT, UPDATE, DELETE ON core.article, ingest.raw_file TO analyst, PUBLIC"))
        outcomes["INSERT after GRANT"] = _refused(
            analyst, "INSERT INTO core.source (source_key, name) VALUES ('x', 'X')"
        )
        outcomes["UPDATE after GRANT"] = _refused(analyst, "UPDATE core.article SET lead = 'x'")
        with analyst.connect() as conn:  # and it still reads what it is for
            assert conn.execute(sa.text("SELECT count(*) FROM core.article")).scalar() > 0
    finally:
        analyst.dispose()
    # "ran, but terminated nothing": pg_terminate_backend on others' sessions is refused row by row
    # (a warning, not an error), so it can only ever return false.
    allowed = {None, "ran, but terminated nothing"}
    assert {s: o for s, o in outcomes.items() if o not in allowed} == {}
    assert rows(fixture_warehouse, "SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = 'analyst'") == [
        (False, False)
    ]
    assert rows(fixture_warehouse, "SELECT count(*) FROM pg_roles WHERE rolname = 'analyst_escape'") == [(0,)]
    assert rows(
        fixture_warehouse,
        "SELECT has_table_privilege('analyst', 'core.article', 'INSERT'), "
        "has_table_privilege('analyst', 'ingest.raw_file', 'UPDATE')",
    ) == [(False, False)]
