"""Run plans (schema/sql/0002_run_plan.sql): which files each batch of a run holds, and how far each
batch got.  Every run over files writes one (CLI, Airflow, replay), so the audit can check a staged
batch against it (batch.files_match_plan, batch.planned_files_staged) and overlapping runs can leave
out each other's files. The SQL is in plans.sql."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from etl.records import DiscoveredFile
from etl.runs import RunStatus
from etl.warehouse import load, locks
from etl.warehouse.connection import driver_connection
from etl.warehouse.queries import named_queries

_QUERIES = named_queries(Path(__file__).with_name("plans.sql"))


@contextmanager
def planning_lock(engine: sa.Engine, input_root: str) -> Iterator[None]:
    """Session-level advisory lock for planning runs over one input root (freed if the process dies)."""
    with engine.connect() as conn:
        conn.execute(_QUERIES["planning_lock"], {"k": locks.PLAN, "root": input_root})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(_QUERIES["planning_unlock"], {"k": locks.PLAN, "root": input_root})
            conn.commit()


def in_flight(engine: sa.Engine, input_root: str, lease: dt.timedelta) -> set[tuple[str, int, int]]:
    """(path, size, mtime) of files planned by runs over this root that are still running (started
    within ``lease``)."""
    with engine.connect() as conn:
        rows = conn.execute(
            _QUERIES["in_flight"],
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
        _QUERIES["insert_plan"],
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
    row = conn.execute(_QUERIES["planned_run"], {"r": run_id}).one_or_none()
    if row is None:
        raise LookupError(f"ingest run {run_id} does not exist")
    return PlannedRun(*row)


def planned_batch(conn: sa.Connection, run_id: int, batch_no: int) -> list[tuple[int, str, int, int]]:
    """(ordinal, path, size, mtime) of the files planned for one batch, in discovery order."""
    rows = conn.execute(
        _QUERIES["planned_batch"],
        {"r": run_id, "b": batch_no},
    )
    return [(r.ordinal, r.path, r.size_bytes, r.mtime_ns) for r in rows]


def planned_batches(conn: sa.Connection, run_id: int) -> list[tuple[int, dt.datetime | None]]:
    """(batch_no, published_at) of the run's planned batches, in batch order."""
    rows = conn.execute(
        _QUERIES["planned_batches"],
        {"r": run_id},
    )
    return [(r.batch_no, r.published_at) for r in rows]


def staged_batches(conn: sa.Connection, run_id: int) -> dict[str, str]:
    """batch id -> staging status of the run's batches still in staging."""
    return dict(conn.execute(_QUERIES["staged_batches"], {"r": run_id}).all())


def mark_staged(conn: sa.Connection, run_id: int, batch_no: int) -> None:
    conn.execute(
        _QUERIES["mark_staged"],
        {"r": run_id, "b": batch_no},
    )


def mark_published(conn: sa.Connection, run_id: int, batch_no: int) -> None:
    conn.execute(
        _QUERIES["mark_published"],
        {"r": run_id, "b": batch_no},
    )


def plan_counts(conn: sa.Connection, run_id: int) -> tuple[int, int]:
    """(files discovered, files unchanged) the run's plan recorded."""
    row = conn.execute(_QUERIES["plan_counts"], {"r": run_id}).one()
    return row.files_discovered, row.files_unchanged


def planned_outcomes(conn: sa.Connection, run_id: int, input_root: str) -> dict[tuple[str, str | None], int]:
    """(status, reason) -> how many of the files the run planned the ledger says it processed so."""
    rows = conn.execute(
        _QUERIES["planned_outcomes"],
        {"r": run_id, "root": input_root},
    )
    return {(status, reason): n for status, reason, n in rows}
