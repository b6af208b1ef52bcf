"""The CLI, the Airflow DAG and a replay are one run lifecycle (etl.runs): over the same files they
give the same rows and the same quality.* records (every batch planned, audited by the same suites)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import sqlalchemy as sa

from etl.pipeline import ingest
from etl.quality.replay import replay_quarantined
from etl.warehouse.connection import create_engine
from tests.airflow.harness import HERE, airflow_env, natural_key_checksums, python
from tests.conftest import drop_database, make_database

LOGICAL_DATE = "2026-11-29T00:00:00+00:00"
BATCH_SIZE = 60

# Each audit's outcome by batch number (the run ids differ between warehouses): every check's result.
QUALITY_RECORDS = """
SELECT substring(v.batch_id FROM '-b(.*)$') AS batch, v.suite, v.success, v.critical_failures, v.warning_failures,
       v.expectations, v.row_count, r.check_name, r.severity, r.success AS check_success, r.expectation,
       r.observed_value, r.element_count, r.unexpected_count, r.unexpected_sample
FROM quality.validation_run v JOIN quality.expectation_result r USING (validation_run_id)
WHERE v.run_id = (SELECT max(run_id) FROM ingest.run)
ORDER BY 1, 2, r.check_name
"""


def quality_records(engine: sa.Engine) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(QUALITY_RECORDS))]


@pytest.mark.slow
def test_cli_airflow_and_replay_give_the_same_rows_and_quality_records(
    airflow_home, airflow_metadata_url, warehouse_url, pg_server_url, template_db, corpus
):
    root, expected = corpus
    today = dt.datetime.now(dt.UTC).date()  # Airflow's reference date: the day the run starts
    cli_url, replay_url = make_database(pg_server_url, template_db), make_database(pg_server_url, template_db)
    engines = [create_engine(url) for url in (warehouse_url, cli_url, replay_url)]
    airflow, cli, replay = engines
    try:
        env = airflow_env(airflow_home, airflow_metadata_url, warehouse_url=warehouse_url)
        conf = json.dumps({"input_root": str(root), "batch_size": BATCH_SIZE})
        run = python(env, HERE / "dagtest_runner.py", "antara_ingest", LOGICAL_DATE, conf)
        assert run["state"] == "success", run["tasks"]

        summary = ingest(root, cli, as_of=today, batch_size=BATCH_SIZE, workers=2)
        assert summary.loaded == expected["loaded"] and not summary.blocked_batches

        # Replay: every file quarantined first (a reference date before the articles' months), then
        # replayed; the setup run's audits are removed so that both start from the same history.
        ingest(root, replay, as_of=dt.date(2000, 1, 1), batch_size=BATCH_SIZE)
        with replay.begin() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM core.article")).scalar() == 0
            conn.execute(sa.text("DELETE FROM quality.validation_run"))
        result = replay_quarantined(replay, as_of=today, batch_size=BATCH_SIZE)
        assert result.loaded == expected["loaded"] and not result.blocked_batches and not result.missing

        rows = [natural_key_checksums(url) for url in (warehouse_url, cli_url, replay_url)]
        assert rows[0] == rows[1] == rows[2]
        records = [quality_records(engine) for engine in engines]
        assert len(records[0]) > 0
        assert {r[0] for r in records[0]} == {"00000", "00001", "00002", "00003"}
        # the run plan's checks run for every entry point (CLI batches used to have no plan)
        assert {r[7] for r in records[1]} >= {"batch.files_match_plan", "batch.planned_files_staged"}
        assert records[0] == records[1] == records[2]
        with cli.connect() as conn:  # the CLI run's plan, batch by batch, published
            plan = conn.execute(
                sa.text("SELECT count(*), count(staged_at), count(published_at), sum(file_count) FROM ingest.run_batch")
            ).one()
        assert tuple(plan) == (4, 4, 4, sum(expected.values()))
    finally:
        for engine in engines:
            engine.dispose()
        drop_database(pg_server_url, cli_url)
        drop_database(pg_server_url, replay_url)
