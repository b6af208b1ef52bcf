"""Warehouse tables as Airflow Assets: `antara_ingest` updates them, downstream DAGs are scheduled on them.

URIs follow the PostgreSQL asset format of Airflow's postgres provider (AIP-60, also OpenLineage's
naming): postgres://<host>:<port>/<database>/<schema>/<table>.  The host part is the logical name of
the warehouse, the Airflow connection id `antara_warehouse`, not a network address: the same tables
are reached through a Unix socket locally and through the `postgres` service in Docker Compose,
and an asset's identity must not change with the deployment.
"""

import inspect
from contextlib import contextmanager

from airflow.sdk import Asset, Connection

WAREHOUSE_CONN_ID = "antara_warehouse"
_WAREHOUSE = f"postgres://{WAREHOUSE_CONN_ID}:5432/antara"


def _table(schema: str, table: str, what: str) -> Asset:
    return Asset(
        name=f"antara.{schema}.{table}",
        uri=f"{_WAREHOUSE}/{schema}/{table}",
        group="warehouse",
        extra={"description": what},
    )


ARTICLE = _table("core", "article", "one row per distinct ANTARA article")
ARTICLE_CREDIT = _table("core", "article_credit", "who wrote, edited, translated or photographed each article")
PERSON = _table("core", "person", "credited people")
RAW_FILE = _table("ingest", "raw_file", "ledger of input files: loaded, duplicate or quarantined")

INGEST_OUTLETS = [ARTICLE, ARTICLE_CREDIT, PERSON, RAW_FILE]


@contextmanager
def warehouse():
    """An engine on the `antara_warehouse` connection, disposed after use.  The password never reaches a log."""
    from etl.orchestrate import warehouse_url_of_connection
    from etl.warehouse.connection import create_engine

    conn = Connection.get(WAREHOUSE_CONN_ID)
    engine = create_engine(warehouse_url_of_connection(conn))
    try:
        yield engine
    finally:
        engine.dispose()


def documented(func):
    """@task and @dag take a docstring as Markdown verbatim: dedent it, or its indentation makes a code block."""
    func.__doc__ = inspect.cleandoc(func.__doc__ or "")
    return func
