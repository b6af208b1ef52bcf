"""Named queries in .sql files (etl/warehouse/queries.py): how a file is read, the errors a bad file
gives, and that every named query of the repository modules is valid SQL over the real schema."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from etl.warehouse.queries import QueryFileError, named_queries, parse_named_queries
from tests.conftest import REPO

QUERY_FILES = ("reports.sql", "ledger.sql", "plans.sql", "quality_store.sql", "staging_cleanup.sql")


def test_a_query_keeps_the_comments_above_it_and_the_file_header_belongs_to_none():
    text = (
        "-- The file's header.\n"
        "\n"
        "-- What the first query answers.\n"
        "-- name: first\n"
        "SELECT 1\n"
        "-- a note inside it\n"
        "FROM t;\n"
        "\n"
        "-- name: second\n"
        "-- A comment under the name belongs to it too.\n"
        "SELECT 2;\n"
    )
    queries = parse_named_queries(text)
    assert queries == {
        "first": "-- What the first query answers.\n-- name: first\nSELECT 1\n-- a note inside it\nFROM t",
        "second": "-- name: second\n-- A comment under the name belongs to it too.\nSELECT 2",
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("-- name: a\nSELECT 1;\n-- name: a\nSELECT 2;\n", "appears twice"),
        ("SELECT 0;\n-- name: a\nSELECT 1;\n", "before the first"),
        ("SELECT 1;\n", "no `-- name:"),
        ("-- name: Bad-Name\nSELECT 1;\n", "not a lower-case identifier"),
        ("-- name: a\n-- only a comment\n\n-- name: b\nSELECT 1;\n", "has no SQL"),
    ],
)
def test_a_bad_query_file_is_refused_with_the_line(text, message):
    with pytest.raises(QueryFileError, match=message):
        parse_named_queries(text, "bad.sql")


def test_named_queries_binds_the_parameters(tmp_path: Path):
    path = tmp_path / "q.sql"
    path.write_text("-- The run. (a colon then a space: not a parameter)\n-- name: run\nSELECT :r AS r;\n")
    (query,) = named_queries(path).values()
    assert set(query._bindparams) == {"r"}


@pytest.mark.parametrize("file", QUERY_FILES)
def test_every_named_query_is_valid_over_the_schema(warehouse, file):
    queries = named_queries(REPO / "etl" / "warehouse" / file)
    with warehouse.connect() as conn:
        for name, query in queries.items():
            params = {p: None for p in query._bindparams}
            if "lease" in params:  # now() - NULL would read as timestamp - timestamp
                params["lease"] = dt.timedelta(hours=1)
            # EXPLAIN plans a statement without running it: the SQL and its tables and columns are checked.
            assert conn.execute(sa.text("EXPLAIN " + query.text), params).all(), name
