"""The quality store: staged batches' audit state (staging.batch.status), releases
(quality.batch_override) and audit results (quality.validation_run, quality.expectation_result).

The SQL of etl.quality.audit and etl.quality.baseline; those modules decide, this one reads and writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from etl.runs import BatchStatus

_STAGED_BATCH = (
    "SELECT b.batch_id, b.run_id, b.input_root, r.parser_version, r.as_of, b.status, r.triggered_by "
    "FROM staging.batch b JOIN ingest.run r USING (run_id) "
)


def staged_batch(conn: sa.Connection, batch_id: str, *, lock: bool = False) -> sa.Row | None:
    """(batch_id, run_id, input_root, parser_version, as_of, status, triggered_by) of a staged batch;
    ``lock``: FOR UPDATE of its staging.batch row."""
    return conn.execute(
        sa.text(_STAGED_BATCH + "WHERE b.batch_id = :b" + (" FOR UPDATE OF b" if lock else "")), {"b": batch_id}
    ).one_or_none()


def batches_with_status(conn: sa.Connection, status: BatchStatus) -> Sequence[sa.Row]:
    """Staged batches with this status, in the order they were staged (rows as staged_batch's)."""
    return conn.execute(
        sa.text(_STAGED_BATCH + "WHERE b.status = :s ORDER BY b.staged_at, b.batch_id"), {"s": status}
    ).all()


def set_batch_status(conn: sa.Connection, batch_id: str, status: BatchStatus) -> None:
    conn.execute(sa.text("UPDATE staging.batch SET status = :s WHERE batch_id = :b"), {"s": status, "b": batch_id})


def record_release(conn: sa.Connection, batch_id: str, run_id: int, reason: str, released_by: str | None) -> None:
    """A person released a blocked batch for publishing, with a reason (quality.batch_override)."""
    conn.execute(
        sa.text(
            "INSERT INTO quality.batch_override (batch_id, run_id, reason, overridden_by) "
            "VALUES (:b, :r, :reason, coalesce(:by, current_user))"
        ),
        {"b": batch_id, "r": run_id, "reason": reason, "by": released_by},
    )


def table_columns(conn: sa.Connection, schema: str, table: str) -> set[str]:
    return set(
        conn.execute(
            sa.text("SELECT column_name FROM information_schema.columns WHERE table_schema = :s AND table_name = :t"),
            {"s": schema, "t": table},
        ).scalars()
    )


def planned_file_count(conn: sa.Connection, run_id: int, batch_no: int) -> int | None:
    """How many files the run plan (ingest.run_batch) put in the batch; None without a plan."""
    if conn.execute(sa.text("SELECT to_regclass('ingest.run_batch')")).scalar() is None:
        return None
    return conn.execute(
        sa.text("SELECT file_count FROM ingest.run_batch WHERE run_id = :r AND batch_no = :n"),
        {"r": run_id, "n": batch_no},
    ).scalar()


_UNAUDITED_BATCHES = sa.text(
    """
    SELECT b.batch_id FROM staging.batch b
    WHERE b.run_id = :run_id AND b.status = :staged
      AND NOT EXISTS (SELECT 1 FROM quality.validation_run v
                      WHERE v.batch_id = b.batch_id AND v.started_at >= b.staged_at)
    ORDER BY b.batch_id
    """
)


def unaudited_batches(conn: sa.Connection, run_id: int) -> list[str]:
    """The run's staged batches not audited since they were (re-)staged."""
    return list(conn.execute(_UNAUDITED_BATCHES, {"run_id": run_id, "staged": BatchStatus.STAGED}).scalars())


def refresh_statistics(conn: sa.Connection, tables: Sequence[str]) -> None:
    """ANALYZE the given `schema.table (columns)` (fixed in etl.quality.audit)."""
    conn.execute(sa.text(f"ANALYZE {', '.join(tables)}"))  # a role that may not: a warning, no error


def database_clock(conn: sa.Connection) -> dt.datetime:
    return conn.execute(sa.text("SELECT clock_timestamp()")).scalar_one()


def row_count(conn: sa.Connection, query: str) -> int:
    """Rows of a suite's query asset (etl/quality/suites.py: the suites' own SQL)."""
    return conn.execute(sa.text(f"SELECT count(*) FROM ({query}) AS asset_rows")).scalar_one()


_INSERT_RUN = sa.text(
    """
    INSERT INTO quality.validation_run (run_id, batch_id, suite, suite_version, success, critical_failures,
                                        warning_failures, expectations, row_count, started_at, finished_at,
                                        data_docs_path, gx_version)
    VALUES (:run_id, :batch_id, :suite, :suite_version, :success, :critical, :warning, :expectations, :row_count,
            :started_at, :finished_at, :docs, :gx_version)
    RETURNING validation_run_id
    """
)
_INSERT_RESULT = sa.text(
    """
    INSERT INTO quality.expectation_result (validation_run_id, suite, check_name, expectation, expectation_type, kwargs,
                                            severity, success, observed_value, element_count, unexpected_count,
                                            unexpected_sample, message)
    VALUES (:validation_run_id, :suite, :check, :expectation, :expectation_type, CAST(:kwargs AS jsonb), :severity,
            :success, CAST(:observed_value AS jsonb), :element_count, :unexpected_count,
            CAST(:unexpected_sample AS jsonb), :message)
    """
)


def record_validation(conn: sa.Connection, run: dict[str, Any], results: Sequence[dict[str, Any]]) -> int:
    """One suite's audit of a batch and each expectation's outcome; returns the validation_run_id."""
    validation_run_id = conn.execute(_INSERT_RUN, run).scalar_one()
    if results:
        conn.execute(_INSERT_RESULT, [{**r, "validation_run_id": validation_run_id} for r in results])
    return validation_run_id


_HISTORY = sa.text(
    """
    SELECT (r.observed_value #>> '{}')::double precision AS value
    FROM quality.expectation_result r
    JOIN quality.validation_run v USING (validation_run_id)
    WHERE r.check_name = :check
      AND jsonb_typeof(r.observed_value) = 'number'
      AND NOT EXISTS (SELECT 1 FROM quality.validation_run o
                      WHERE o.batch_id = v.batch_id AND o.critical_failures > 0)
    ORDER BY r.validation_run_id DESC
    LIMIT :limit
    """
)


def observed_history(conn: sa.Connection, check_name: str, limit: int) -> list[float]:
    """The values a check observed in earlier audited batches that were not blocked, newest first."""
    return [r.value for r in conn.execute(_HISTORY, {"check": check_name, "limit": limit})]
