"""A warehouse reached as a login with a known random password, to prove the password leaks nowhere.

The embedded test server trusts its Unix socket, so the password is not checked there, but it is in
the URL every component is given, which is what matters: it must never reach logs, XComs or docs.
"""

from __future__ import annotations

import secrets
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from tests.conftest import drop_database, make_database


@contextmanager
def secret_warehouse(pg_server_url: str, template_db: str):
    """Yields (warehouse URL with the login and password, the password's unguessable core)."""
    core = secrets.token_hex(12)
    password = f"Pw-{core}-@:%"
    name = f"etl_secret_{secrets.token_hex(4)}"
    url = make_database(pg_server_url, template_db)
    admin = sa.create_engine(
        make_url(pg_server_url).set(drivername="postgresql+psycopg2", database="postgres"), isolation_level="AUTOCOMMIT"
    )  # psycopg2: its encrypt_password makes the verifier
    with admin.connect() as conn:
        # the verifier, not the password, goes into the statement (as create_analyst_login does)
        from psycopg2.extensions import encrypt_password

        verifier = encrypt_password(password, name, scope=conn.connection.dbapi_connection)
        from psycopg2 import sql

        with conn.connection.dbapi_connection.cursor() as cursor:
            cursor.execute(
                sql.SQL("CREATE ROLE {} LOGIN SUPERUSER PASSWORD {}").format(
                    sql.Identifier(name), sql.Literal(verifier)
                )
            )
    try:
        yield make_url(url).set(username=name, password=password).render_as_string(hide_password=False), core
    finally:
        drop_database(pg_server_url, url)
        with admin.connect() as conn:
            conn.execute(sa.text(f"DROP ROLE IF EXISTS {name}"))
        admin.dispose()


def files_containing(folder: Path, needle: str) -> list[str]:
    """Files under ``folder`` whose bytes contain ``needle``."""
    hits = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            try:
                if needle.encode() in path.read_bytes():
                    hits.append(str(path))
            except OSError:
                pass
    return hits
