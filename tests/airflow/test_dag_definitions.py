"""The DAG files as Airflow's DAG processor sees them: no import errors, team conventions, fast parsing."""

from __future__ import annotations

import pytest

from tests.airflow.harness import DAGS_FOLDER, HERE, PLUGINS_FOLDER, airflow_env, python

# Parsing a DAG file must not load the pipeline or its heavy dependencies (tasks import them).
HEAVY_MODULES = ("etl", "great_expectations", "pandas", "sqlalchemy", "psycopg2", "alembic")
INGEST_TASKS = {"discover", "transform", "audit", "publish", "emit_asset_events", "fail_if_blocked"}


@pytest.fixture(scope="module")
def parsed(tmp_path_factory) -> dict:
    home = tmp_path_factory.mktemp("airflow-parse")
    env = airflow_env(home, f"sqlite:///{home}/airflow.db")  # parsing never opens the metadata DB
    return python(env, HERE / "inspect_dags.py", str(DAGS_FOLDER))


def test_every_dag_file_imports(parsed):
    assert parsed["import_errors"] == {}
    assert set(parsed["dags"]) == {"antara_ingest", "antara_marts"}


def test_parsing_is_fast_and_loads_no_heavy_module(parsed):
    print(f"\nparsing {DAGS_FOLDER} took {parsed['parse_seconds'] * 1000:.1f} ms")
    heavy = [m for m in parsed["imported_modules"] if m.split(".")[0] in HEAVY_MODULES]
    # the deadline's callback is resolved at parse time: etl.alerts, which imports only the standard library
    assert heavy == ["etl", "etl.alerts"]
    # the plugins folder inside dags/ is in .airflowignore: the DAG processor never imports the plugin
    assert not [m for m in parsed["imported_modules"] if "antara_quality" in m]
    assert parsed["parse_seconds"] < 2


@pytest.mark.parametrize("dag_id", ["antara_ingest", "antara_marts"])
def test_conventions(parsed, dag_id):
    dag = parsed["dags"][dag_id]
    assert "antara" in dag["tags"] and len(dag["tags"]) >= 2
    assert dag["owner"] == "data-engineering"
    assert dag["doc_md"] and len(dag["doc_md"].split()) > 20
    assert dag["catchup"] is False and dag["max_active_runs"] == 1
    # Markdown renders only dedented text: a line indented by 4 spaces is a code block.
    assert not [line for line in dag["doc_md"].splitlines() if line.startswith("    ")]
    for task_id, task in dag["tasks"].items():
        assert task["doc_md"] and task["doc_md"].strip(), f"{dag_id}.{task_id} has no doc_md"
        indented = [line for line in task["doc_md"].splitlines() if line.startswith("    ")]
        assert not indented, f"{dag_id}.{task_id}'s doc renders as a code block: {indented[:2]}"
        assert task["retries"] >= 1, f"{dag_id}.{task_id} never retries"
        assert task["owner"] == "data-engineering"


def test_ingest_shape_schedule_and_retries(parsed):
    dag = parsed["dags"]["antara_ingest"]
    tasks = dag["tasks"]
    assert set(tasks) == INGEST_TASKS
    assert dag["schedule"] == "*/30 * * * *"
    assert tasks["transform"]["is_mapped"] and not tasks["publish"]["is_mapped"]
    assert tasks["discover"]["downstream"] == ["audit", "emit_asset_events", "publish", "transform"]
    assert tasks["transform"]["downstream"] == ["audit"]
    assert tasks["audit"]["downstream"] == ["fail_if_blocked", "publish"]
    assert tasks["publish"]["downstream"] == ["emit_asset_events"]
    assert tasks["emit_asset_events"]["downstream"] == ["fail_if_blocked"]
    # Scheduled runs wait for a person to unpause the DAG; backfills are refused (a folder, not an interval).
    assert dag["is_paused_upon_creation"] is True
    assert dag["allowed_run_types"] == ["manual", "scheduled"]
    # Late runs alert: not finished when the next one is due.
    assert [(d["reference"], d["interval"]) for d in dag["deadlines"]] == [("DagRunQueuedAtDeadline", 1800.0)]
    assert "etl.alerts.deadline_missed" in dag["deadlines"][0]["callback"]
    for task_id, task in tasks.items():
        assert task["retry_exponential_backoff"] >= 2, task_id
        assert task["on_failure_callback"], task_id


def test_ingest_params_are_validated_by_schemas(parsed):
    dag = parsed["dags"]["antara_ingest"]
    params, defaults = dag["params"], dag["param_defaults"]
    assert params["batch_size"]["type"] == "integer"
    assert (params["batch_size"]["minimum"], params["batch_size"]["maximum"]) == (1, 10_000)
    assert params["reprocess_all"]["type"] == params["dry_run"]["type"] == "boolean"
    assert "string" in params["input_root"]["type"]
    assert defaults == {"input_root": None, "batch_size": 2000, "reprocess_all": False, "dry_run": False, "as_of": None}
    assert params["as_of"]["format"] == "date"


def test_marts_are_triggered_by_what_ingest_emits(parsed):
    outlets = parsed["dags"]["antara_ingest"]["tasks"]["emit_asset_events"]["outlets"]
    assert outlets and all(uri.startswith("postgres://antara_warehouse:5432/antara/") for uri in outlets)
    assert sorted(parsed["dags"]["antara_marts"]["schedule"]) == sorted(outlets)
    # Not paused when first seen: the first ingest's asset events refresh the marts with no manual step.
    assert parsed["dags"]["antara_marts"]["is_paused_upon_creation"] is False


def test_the_quality_plugin_reads_what_the_dag_writes_and_links_to():
    """dags/plugins/antara_quality.py finds the Data Docs and serves the pages where the DAG says."""
    import re

    def constant(path, name: str) -> str:
        return re.search(rf'^{name} = "([^"]+)"', path.read_text(), re.MULTILINE).group(1)

    dag, plugin = DAGS_FOLDER / "antara_ingest.py", PLUGINS_FOLDER / "antara_quality.py"
    assert constant(dag, "DATA_DOCS_VARIABLE") == constant(plugin, "DATA_DOCS_VARIABLE") == "antara_data_docs_dir"
    assert constant(dag, "QUALITY_PAGES") == constant(plugin, "URL_PREFIX") + "/"
    assert constant(plugin, "WAREHOUSE_CONN_ID") == constant(DAGS_FOLDER / "antara_assets.py", "WAREHOUSE_CONN_ID")
