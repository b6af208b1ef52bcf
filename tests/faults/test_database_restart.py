"""The warehouse restarts (fast shutdown, then start) while an ingest runs: the run rides it out.

Every unit of warehouse work of a run (stage, audit, publish, the run's bookkeeping) is retried
after a lost connection (etl.warehouse.retry), so the run itself completes, and the warehouse
equals a clean run's, table by table, by natural keys.
"""

from __future__ import annotations

import time

import pytest
import sqlalchemy as sa

from antara_testkit.faults import diff_tables, leftovers, natural_checksums
from tests.faults.conftest import engine_for, ingest_in_thread

pytestmark = pytest.mark.slow


def _count(engine: sa.Engine, sql: str) -> int:
    with engine.connect() as conn:
        return conn.execute(sa.text(sql)).scalar_one()


def test_an_ingest_survives_two_database_restarts(private_pg, corpus, reference):
    engine = engine_for(private_pg, "faults_restart")
    runner, outcome = ingest_in_thread(corpus, engine)
    try:
        # first restart once the run has published something, the second a moment later (another stage)
        deadline = time.monotonic() + 120
        while _count(engine, "SELECT count(*) FROM ingest.raw_file") == 0:
            assert runner.is_alive() and time.monotonic() < deadline, "the run ended before the first publish"
            time.sleep(0.05)
        restarts = 0
        for pause in (0.0, 2.0):
            time.sleep(pause)
            if not runner.is_alive():
                break
            private_pg.stop("fast")  # disconnects every session, rolls back what is in flight
            time.sleep(1.5)
            private_pg.start()
            restarts += 1
    finally:
        runner.join(300)
        if not private_pg.is_running():
            private_pg.start()
    try:
        assert restarts >= 1, "the run ended before the database could be restarted"
        assert "error" not in outcome, f"the run failed: {outcome.get('error')!r}"
        summary = outcome["summary"]
        assert summary.blocked_batches == []
        assert diff_tables(reference, natural_checksums(engine)) == []
        left = leftovers(engine)
        assert (left.runs_running, left.runs_failed, left.staged_batches, left.waiting_locks) == (0, 0, 0, 0), left
        assert _count(engine, "SELECT count(*) FROM ingest.run WHERE status = 'succeeded'") == 1
    finally:
        engine.dispose()
        private_pg.drop_database("faults_restart")
