"""Staging housekeeping: what a dead run or a blocked batch leaves behind is cleaned up once a later
run has taken care of its files, and nothing a live run or an unfixed blocked batch needs is touched."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from antara_testkit.faults import natural_checksums
from etl import PARSER_VERSION
from etl.extract import discover
from etl.pipeline import ingest, transform_file
from etl.warehouse import load
from etl.warehouse.connection import create_engine
from tests.conftest import drop_database, make_database
from tests.test_pipeline import article, scalar, write

AS_OF = dt.date(2026, 11, 29)


def _stage_leftover(engine: sa.Engine, root, names: set[str], *, status: str, run_status: str) -> tuple[int, str]:
    """What a run leaves when it stops after staging: a run row and a staged (or blocked) batch."""
    run_id = load.start_run(engine, str(root), PARSER_VERSION, AS_OF, "cli")
    files = [f for f in discover(root) if f.path in names]
    batch_id = f"run{run_id}-b00000"
    with engine.begin() as conn:
        load.stage_batch(
            conn, batch_id, run_id, str(root), [(i, transform_file(f, AS_OF)) for i, f in enumerate(files)]
        )
        conn.execute(sa.text("UPDATE staging.batch SET status = :s WHERE batch_id = :b"), {"s": status, "b": batch_id})
    if run_status != "running":
        load.finish_run(
            engine,
            run_id,
            run_status,
            {k: 0 for k in ("discovered", "unchanged", "loaded", "duplicate", "quarantined")},
        )
    return run_id, batch_id


def _batches(engine: sa.Engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(sa.text("SELECT batch_id FROM staging.batch")).scalars())


def test_a_killed_runs_batch_is_removed_once_a_later_run_has_loaded_its_files(
    tmp_path, warehouse, pg_server_url, template_db
):
    root = tmp_path / "in"
    for n in range(12):
        write(root, f"a{n:02d}.txt", article(n))
    # A run that died after staging: its row says 'running', nobody holds its liveness lock.
    dead_run, dead_batch = _stage_leftover(
        warehouse, root, {f"a{n:02d}.txt" for n in range(6)}, status="staged", run_status="running"
    )

    summary = ingest(root, warehouse, as_of=AS_OF, batch_size=5)

    assert summary.loaded == 12
    assert scalar(warehouse, "SELECT status FROM ingest.run WHERE run_id = :r", r=dead_run) == "failed"
    assert _batches(warehouse) == set()  # the dead run's batch went, and nothing else is left
    # ... and the warehouse holds what a clean run makes
    clean_url = make_database(pg_server_url, template_db)
    clean = create_engine(clean_url)
    try:
        ingest(root, clean, as_of=AS_OF, batch_size=5)
        assert natural_checksums(warehouse) == natural_checksums(clean)
    finally:
        clean.dispose()
        drop_database(pg_server_url, clean_url)


def test_a_live_runs_batch_is_left_alone(tmp_path, warehouse):
    root = tmp_path / "in"
    for n in range(4):
        write(root, f"a{n:02d}.txt", article(n))
    live_run, live_batch = _stage_leftover(
        warehouse, root, {"a00.txt", "a01.txt"}, status="staged", run_status="running"
    )
    with load.run_alive(warehouse, live_run):
        ingest(root, warehouse, as_of=AS_OF)
        assert scalar(warehouse, "SELECT status FROM ingest.run WHERE run_id = :r", r=live_run) == "running"
        assert live_batch in _batches(warehouse)


def test_a_blocked_batch_goes_once_its_files_are_loaded_and_stays_until_then(tmp_path, warehouse):
    root = tmp_path / "in"
    for n in range(4):
        write(root, f"a{n:02d}.txt", article(n))
    other = tmp_path / "other"
    write(other, "b00.txt", article(50))
    _, fixed_batch = _stage_leftover(warehouse, root, {"a00.txt", "a01.txt"}, status="blocked", run_status="succeeded")
    _, unfixed_batch = _stage_leftover(warehouse, other, {"b00.txt"}, status="blocked", run_status="succeeded")

    ingest(root, warehouse, as_of=AS_OF)

    assert fixed_batch not in _batches(warehouse)  # a later run loaded both of its files
    assert unfixed_batch in _batches(warehouse)  # nobody has touched its file since: still blocked
    assert scalar(warehouse, "SELECT count(*) FROM core.article") == 4
