"""The quality store: staged batches' audit state (staging.batch.status), releases
(quality.batch_override) and audit results (quality.validation_run, quality.expectation_result).

The SQL of etl.quality.audit and etl.quality.baseline; those modules decide, this one reads and writes.
The SQL is in quality_store.sql, except two statements over text fixed elsewhere in the code
(refresh_statistics, row_count), built here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from etl.runs import BatchStatus
from etl.warehouse.queries import named_queries

_QUERIES = named_queries(Path(__file__).with_name("quality_store.sql"))


def staged_batch(conn: sa.Connection, batch_id: str, *, lock: bool = False) -> sa.Row | None:
    """(batch_id, run_id, input_root, parser_version, as_of, status, triggered_by) of a staged batch;
    ``lock``: FOR UPDATE of its staging.batch row."""
    return conn.execute(_QUERIES["staged_batch_for_update" if lock else "staged_batch"], {"b": batch_id}).one_or_none()


def batches_with_status(conn: sa.Connection, status: BatchStatus) -> Sequence[sa.Row]:
    """Staged batches with this status, in the order they were staged (rows as staged_batch's)."""
    return conn.execute(_QUERIES["batches_with_status"], {"s": status}).all()


def set_batch_status(conn: sa.Connection, batch_id: str, status: BatchStatus) -> None:
    conn.execute(_QUERIES["set_batch_status"], {"s": status, "b": batch_id})


def record_release(conn: sa.Connection, batch_id: str, run_id: int, reason: str, released_by: str | None) -> None:
    """A person released a blocked batch for publishing, with a reason (quality.batch_override)."""
    conn.execute(
        _QUERIES["record_release"],
        {"b": batch_id, "r": run_id, "reason": reason, "by": released_by},
    )


def table_columns(conn: sa.Connection, schema: str, table: str) -> set[str]:
    return set(
        conn.execute(
            _QUERIES["table_columns"],
            {"s": schema, "t": table},
        ).scalars()
    )


def planned_file_count(conn: sa.Connection, run_id: int, batch_no: int) -> int | None:
    """How many files the run plan (ingest.run_batch) put in the batch; None without a plan."""
    if conn.execute(_QUERIES["run_plan_table"]).scalar() is None:
        return None
    return conn.execute(
        _QUERIES["planned_file_count"],
        {"r": run_id, "n": batch_no},
    ).scalar()


_UNAUDITED_BATCHES = _QUERIES["unaudited_batches"]


def unaudited_batches(conn: sa.Connection, run_id: int) -> list[str]:
    """The run's staged batches not audited since they were (re-)staged."""
    return list(conn.execute(_UNAUDITED_BATCHES, {"run_id": run_id, "staged": BatchStatus.STAGED}).scalars())


def refresh_statistics(conn: sa.Connection, tables: Sequence[str]) -> None:
    """ANALYZE the given `schema.table (columns)` (fixed in etl.quality.audit)."""
    conn.execute(sa.text(f"ANALYZE {', '.join(tables)}"))  # a role that may not: a warning, no error


def database_clock(conn: sa.Connection) -> dt.datetime:
    return conn.execute(_QUERIES["database_clock"]).scalar_one()


def row_count(conn: sa.Connection, query: str) -> int:
    """Rows of a suite's query asset (etl/quality/suites.py: the suites' own SQL)."""
    return conn.execute(sa.text(f"SELECT count(*) FROM ({query}) AS asset_rows")).scalar_one()


_INSERT_RUN = _QUERIES["insert_validation_run"]
_INSERT_RESULT = _QUERIES["insert_expectation_result"]


def record_validation(conn: sa.Connection, run: dict[str, Any], results: Sequence[dict[str, Any]]) -> int:
    """One suite's audit of a batch and each expectation's outcome; returns the validation_run_id."""
    validation_run_id = conn.execute(_INSERT_RUN, run).scalar_one()
    if results:
        conn.execute(_INSERT_RESULT, [{**r, "validation_run_id": validation_run_id} for r in results])
    return validation_run_id


_HISTORY = _QUERIES["observed_history"]


def observed_history(conn: sa.Connection, check_name: str, limit: int) -> list[float]:
    """The values a check observed in earlier audited batches that were not blocked, newest first."""
    return [r.value for r in conn.execute(_HISTORY, {"check": check_name, "limit": limit})]
