"""Run plans (schema/sql/0002_run_plan.sql): which files each batch of a run holds, and how far each
batch got.  Every run over files writes one (CLI, Airflow, replay), so the audit can check a staged
batch against it (batch.files_match_plan, batch.planned_files_staged) and overlapping runs can leave
out each other's files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import sqlalchemy as sa

from etl.records import DiscoveredFile
from etl.runs import RunStatus
from etl.warehouse import load, locks
from etl.warehouse.connection import driver_connection


@contextmanager
def planning_lock(engine: sa.Engine, input_root: str) -> Iterator[None]:
    """Session-level advisory lock for planning runs over one input root (freed if the process dies)."""
    with engine.connect() as conn:
        conn.execute(sa.text("SELECT pg_advisory_lock(:k, hashtext(:root))"), {"k": locks.PLAN, "root": input_root})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(
                sa.text("SELECT pg_advisory_unlock(:k, hashtext(:root))"), {"k": locks.PLAN, "root": input_root}
            )
            conn.commit()


def in_flight(engine: sa.Engine, input_root: str, lease: dt.timedelta) -> set[tuple[str, int, int]]:
    """(path, size, mtime) of files planned by runs over this root that are still running (started
    within ``lease``)."""
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT f.path, f.size_bytes, f.mtime_ns FROM ingest.run r "
                "JOIN ingest.run_batch_file f USING (run_id) "
                "WHERE r.input_root = :root AND r.status = :running AND r.started_at > now() - :lease"
            ),
            {"root": input_root, "lease": lease, "running": RunStatus.RUNNING},
        )
        return {(r.path, r.size_bytes, r.mtime_ns) for r in rows}


def write_plan(
    conn: sa.Connection,
    run_id: int,
    plan: Sequence[Sequence[tuple[int, DiscoveredFile]]],
    *,
    discovered: int,
    unchanged: int,
    in_flight: int,
    batch_size: int,
) -> None:
    """Record the run's plan: its counts, and each batch's (ordinal, file) pairs."""
    conn.execute(
        sa.text(
            "INSERT INTO ingest.run_plan (run_id, files_discovered, files_unchanged, files_in_flight, files_planned, "
            "batch_size) VALUES (:run_id, :discovered, :unchanged, :in_flight, :planned, :batch_size)"
        ),
        {
            "run_id": run_id,
            "discovered": discovered,
            "unchanged": unchanged,
            "in_flight": in_flight,
            "planned": sum(len(b) for b in plan),
            "batch_size": batch_size,
        },
    )
    cursor = driver_connection(conn).cursor()
    try:
        load.copy_rows(
            cursor,
            "ingest.run_batch",
            ("run_id", "batch_no", "file_count"),
            ((run_id, n, len(b)) for n, b in enumerate(plan)),
        )
        load.copy_rows(
            cursor,
            "ingest.run_batch_file",
            ("run_id", "batch_no", "ordinal", "path", "size_bytes", "mtime_ns"),
            ((run_id, n, o, f.path, f.size, f.mtime_ns) for n, b in enumerate(plan) for o, f in b),
        )
    finally:
        cursor.close()


@dataclass(frozen=True, slots=True)
class PlannedRun:
    input_root: str
    as_of: dt.date
    status: str


def planned_run(conn: sa.Connection, run_id: int) -> PlannedRun:
    row = conn.execute(
        sa.text("SELECT input_root, as_of, status FROM ingest.run WHERE run_id = :r"), {"r": run_id}
    ).one_or_none()
    if row is None:
        raise LookupError(f"ingest run {run_id} does not exist")
    return PlannedRun(*row)


def planned_batch(conn: sa.Connection, run_id: int, batch_no: int) -> list[tuple[int, str, int, int]]:
    """(ordinal, path, size, mtime) of the files planned for one batch, in discovery order."""
    rows = conn.execute(
        sa.text(
            "SELECT ordinal, path, size_bytes, mtime_ns FROM ingest.run_batch_file "
            "WHERE run_id = :r AND batch_no = :b ORDER BY ordinal"
        ),
        {"r": run_id, "b": batch_no},
    )
    return [(r.ordinal, r.path, r.size_bytes, r.mtime_ns) for r in rows]


def planned_batches(conn: sa.Connection, run_id: int) -> list[tuple[int, dt.datetime | None]]:
    """(batch_no, published_at) of the run's planned batches, in batch order."""
    rows = conn.execute(
        sa.text("SELECT batch_no, published_at FROM ingest.run_batch WHERE run_id = :r ORDER BY batch_no"),
        {"r": run_id},
    )
    return [(r.batch_no, r.published_at) for r in rows]


def staged_batches(conn: sa.Connection, run_id: int) -> dict[str, str]:
    """batch id -> staging status of the run's batches still in staging."""
    return dict(
        conn.execute(sa.text("SELECT batch_id, status FROM staging.batch WHERE run_id = :r"), {"r": run_id}).all()
    )


def mark_staged(conn: sa.Connection, run_id: int, batch_no: int) -> None:
    conn.execute(
        sa.text("UPDATE ingest.run_batch SET staged_at = now() WHERE run_id = :r AND batch_no = :b"),
        {"r": run_id, "b": batch_no},
    )


def mark_published(conn: sa.Connection, run_id: int, batch_no: int) -> None:
    conn.execute(
        sa.text("UPDATE ingest.run_batch SET published_at = now() WHERE run_id = :r AND batch_no = :b"),
        {"r": run_id, "b": batch_no},
    )


def plan_counts(conn: sa.Connection, run_id: int) -> tuple[int, int]:
    """(files discovered, files unchanged) the run's plan recorded."""
    row = conn.execute(
        sa.text("SELECT files_discovered, files_unchanged FROM ingest.run_plan WHERE run_id = :r"), {"r": run_id}
    ).one()
    return row.files_discovered, row.files_unchanged


def planned_outcomes(conn: sa.Connection, run_id: int, input_root: str) -> dict[tuple[str, str | None], int]:
    """(status, reason) -> how many of the files the run planned the ledger says it processed so."""
    rows = conn.execute(
        sa.text(
            "SELECT f.status, f.reason, count(*) FROM ingest.run_batch_file p "
            "JOIN ingest.raw_file f ON f.input_root = :root AND f.path = p.path AND f.last_run_id = p.run_id "
            "WHERE p.run_id = :r GROUP BY f.status, f.reason"
        ),
        {"r": run_id, "root": input_root},
    )
    return {(status, reason): n for status, reason, n in rows}
