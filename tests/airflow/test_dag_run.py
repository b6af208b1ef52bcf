"""`dag.test()` of antara_ingest over a generated corpus into a real warehouse, twice."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import sqlalchemy as sa

from tests.airflow.harness import HERE, airflow_env, ledger_counts, python
from tests.marts.test_incremental import changes_logged, differences

LOGICAL_DATE = "2026-11-29T00:00:00+00:00"


@pytest.mark.slow
def test_dag_loads_the_corpus_and_a_second_run_plans_nothing(airflow_home, airflow_metadata_url, warehouse_url, corpus):
    root, expected = corpus
    env = airflow_env(airflow_home, airflow_metadata_url, warehouse_url=warehouse_url)
    conf = json.dumps({"input_root": str(root), "batch_size": 60})

    first = python(env, HERE / "dagtest_runner.py", "antara_ingest", LOGICAL_DATE, conf)
    print(f"\nfirst dag.test: {first['seconds']} s")
    assert first["state"] == "success", first["tasks"]
    assert first["plan"]["files"] == sum(expected.values()) and first["plan"]["batches"] == [0, 1, 2, 3]
    assert {state for state in first["tasks"].values()} == {"success"}
    split = first["task_seconds"]  # where each task's time went (etl/task_clock.py), for tests/airflow/bench_e2e.py
    assert set(split["transform"]) == {"start-up", "imports", "model load", "work"}
    assert set(split["audit"]) == {"start-up", "imports", "GX context", "work"} and split["audit"]["GX context"] > 0
    assert {"imports", "work"} <= set(split["discover"]) and {"imports", "work"} <= set(split["publish"])
    assert all(seconds >= 0 for phases in split.values() for seconds in phases.values())
    assert ledger_counts(warehouse_url) == expected
    engine = sa.create_engine(warehouse_url)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM core.article")).scalar() == expected["loaded"]
        assert conn.execute(sa.text("SELECT count(*) FROM staging.batch")).scalar() == 0
        run = conn.execute(sa.text("SELECT status, as_of, files_loaded, files_quarantined FROM ingest.run")).one()
    engine.dispose()
    # The reference date is the day the run really started, not its logical date (2026-11-29).
    today = dt.datetime.now(dt.UTC).date()
    assert tuple(run) == ("succeeded", today, expected["loaded"], expected["quarantined"])

    # antara_marts (asset-triggered after an ingest; here run by hand): the marts count what was published.
    marts = python(env, HERE / "dagtest_runner.py", "antara_marts", LOGICAL_DATE, "{}")
    assert marts["state"] == "success", marts["tasks"]
    engine = sa.create_engine(warehouse_url)
    assert changes_logged(engine) == 0
    assert differences(engine) == {}
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT sum(articles) FROM mart.dateline_place_monthly")).scalar() > 0
    engine.dispose()

    second = python(env, HERE / "dagtest_runner.py", "antara_ingest", "2026-11-29T00:30:00+00:00", conf)
    assert second["state"] == "success"
    assert (second["plan"]["run_id"], second["plan"]["files"], second["plan"]["unchanged"]) == (None, 0, 240)
    assert second["tasks"]["discover"] == "success"
    assert {second["tasks"][t] for t in ("audit", "publish", "emit_asset_events")} == {"skipped"}
    assert ledger_counts(warehouse_url) == expected


@pytest.mark.slow
def test_a_missing_input_folder_fails_at_once_without_retries(
    airflow_home, airflow_metadata_url, warehouse_url, tmp_path
):
    env = airflow_env(airflow_home, airflow_metadata_url, warehouse_url=warehouse_url)
    conf = json.dumps({"input_root": str(tmp_path / "absent")})

    run = python(env, HERE / "dagtest_runner.py", "antara_ingest", LOGICAL_DATE, conf)
    assert run["state"] == "failed"
    assert run["tasks"]["discover"] == "failed" and run["tries"]["discover"] == 1  # AirflowFailException: no retry
    assert run["plan"] is None
    assert ledger_counts(warehouse_url) == {}
