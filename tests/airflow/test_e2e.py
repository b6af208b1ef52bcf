"""A real Airflow (api-server, scheduler, dag-processor) running antara_ingest, driven through /api/v2.

LocalExecutor first; then CeleryExecutor with two workers and Redis, whose warehouse must equal the
LocalExecutor's table for table (natural keys: surrogate ids differ between two loads).
"""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy.engine import make_url

from tests.airflow.harness import (
    Airflow,
    airflow_env,
    database_url,
    free_port,
    ledger_counts,
    natural_key_checksums,
    redis_server,
    wait_for,
)
from tests.conftest import drop_database, make_database

DAG_ID = "antara_ingest"
MARTS_DAG_ID = "antara_marts"
# Both deployments use the same batches: near-duplicate grouping (publish.sql) depends on batch boundaries.
BATCH_SIZE = 30


def run_ingest_twice(airflow: Airflow, input_root: str, batch_size: int) -> dict:
    """Trigger with parameters, wait; trigger again: the second run must find nothing new."""
    airflow.unpause(MARTS_DAG_ID)
    airflow.unpause(DAG_ID)
    first = airflow.trigger(DAG_ID, {"input_root": input_root, "batch_size": batch_size})
    assert airflow.wait_for_run(DAG_ID, first) == "success", airflow.logs()
    second = airflow.trigger(DAG_ID, {"input_root": input_root, "batch_size": batch_size})
    assert airflow.wait_for_run(DAG_ID, second) == "success", airflow.logs()
    return {
        "first_plan": airflow.xcom(DAG_ID, first, "discover", "plan"),
        "second_plan": airflow.xcom(DAG_ID, second, "discover", "plan"),
        "task_instances": airflow.task_instances(DAG_ID, first),
    }


@pytest.fixture(scope="module")
def local_executor_run(tmp_path_factory, pg_server_url, template_db, airflow_metadata_template, corpus):
    """One LocalExecutor deployment, two triggered runs; its warehouse is kept for the Celery comparison."""
    root, expected = corpus
    work = tmp_path_factory.mktemp("local-executor")
    empty = work / "empty"  # what scheduled runs read (the `antara_input_root` Variable): nothing
    empty.mkdir()
    (work / "home").mkdir()
    warehouse = make_database(pg_server_url, template_db)
    metadata = make_database(pg_server_url, airflow_metadata_template)
    env = airflow_env(work / "home", database_url(pg_server_url, make_url(metadata).database),
                      warehouse_url=warehouse, api_port=free_port(), input_root_variable=str(empty))  # fmt: skip
    airflow = Airflow(env, work)
    try:
        airflow.start()
        # The parameter form's schema is enforced on trigger: a batch size of 0 is refused.
        refused = airflow.client.post(f"/api/v2/dags/{DAG_ID}/dagRuns",
                                      json={"logical_date": None, "conf": {"batch_size": 0}})  # fmt: skip
        outcome = run_ingest_twice(airflow, str(root), BATCH_SIZE)
        marts_runs = wait_for(lambda: airflow.finished_runs(MARTS_DAG_ID), what="antara_marts to run", timeout=120,
                              procs=airflow.procs)  # fmt: skip
    finally:
        exit_codes = airflow.stop()
    yield {**outcome, "refused": refused.status_code, "exit_codes": exit_codes, "expected": expected,
           "warehouse": warehouse, "marts_runs": marts_runs}  # fmt: skip
    drop_database(pg_server_url, warehouse)
    drop_database(pg_server_url, metadata)


@pytest.mark.slow
def test_local_executor_run_through_the_rest_api(local_executor_run):
    run = local_executor_run
    assert run["refused"] == 400
    assert run["first_plan"]["files"] == sum(run["expected"].values())
    assert len(run["first_plan"]["batches"]) == 8
    assert ledger_counts(run["warehouse"]) == run["expected"]
    assert (run["second_plan"]["run_id"], run["second_plan"]["files"]) == (None, 0)
    states = Counter((ti["task_id"], ti["state"]) for ti in run["task_instances"])
    assert states[("transform", "success")] == 8 and states[("refresh", "success")] == 1
    assert set(run["exit_codes"]) == {"api-server", "scheduler", "dag-processor"}
    # The ingest's asset events (one changing run) scheduled the downstream marts DAG once.
    assert [(r["run_type"], r["state"]) for r in run["marts_runs"]] == [("asset_triggered", "success")]


@pytest.mark.slow
def test_celery_workers_share_the_batches_and_load_the_same_warehouse(
    tmp_path, airflow_home, airflow_metadata_url, warehouse_url, local_executor_run, corpus
):
    root, expected = corpus
    empty = tmp_path / "empty"
    empty.mkdir()
    with redis_server(tmp_path) as broker:
        env = airflow_env(
            airflow_home, airflow_metadata_url, warehouse_url=warehouse_url, executor="CeleryExecutor",
            api_port=free_port(), input_root_variable=str(empty),
            extra={
                "AIRFLOW__CELERY__BROKER_URL": broker,
                "AIRFLOW__CELERY__RESULT_BACKEND": "db+" + airflow_metadata_url,
                "AIRFLOW__CELERY__WORKER_CONCURRENCY": "1",
            },
        )  # fmt: skip
        airflow = Airflow(env, tmp_path)
        try:
            airflow.start(celery_workers=("w1", "w2"))
            outcome = run_ingest_twice(airflow, str(root), BATCH_SIZE)
        finally:
            airflow.stop()

    transforms = [ti for ti in outcome["task_instances"] if ti["task_id"] == "transform"]
    by_worker = Counter(ti["hostname"] for ti in transforms)
    print(f"\nmapped transform tasks per Celery worker: {dict(by_worker)}")
    assert len(transforms) == 8 and {ti["state"] for ti in transforms} == {"success"}
    assert set(by_worker) == {"w1", "w2"}
    assert (outcome["second_plan"]["run_id"], outcome["second_plan"]["files"]) == (None, 0)
    assert ledger_counts(warehouse_url) == expected
    # Two workers finishing batches in any order: the same warehouse as the LocalExecutor run.
    assert natural_key_checksums(warehouse_url) == natural_key_checksums(local_executor_run["warehouse"])
