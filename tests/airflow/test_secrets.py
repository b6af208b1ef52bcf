"""The warehouse password never reaches Airflow's task logs, XComs or the Data Docs: `dag.test()` of
antara_ingest with a password in the warehouse connection, then the run's output (dag.test() prints
the task logs), every file under AIRFLOW_HOME and the docs folder, and every XCom value in the
metadata database are grepped.  (The REST API serves XComs from that same table.)"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import sqlalchemy as sa

from antara_testkit.generator import generate_corpus, write_bad_inputs
from tests.airflow.harness import HERE, airflow_env
from tests.security.secret_role import files_containing, secret_warehouse


@pytest.mark.slow
def test_dag_run_leaks_the_warehouse_password_nowhere(
    tmp_path, airflow_home, airflow_metadata_url, pg_server_url, template_db
):
    root = tmp_path / "in"
    generate_corpus(root / "good", 6, seed=5, variants=False)
    write_bad_inputs(root, large_bytes=11 * 1024 * 1024)
    docs = tmp_path / "docs"
    with secret_warehouse(pg_server_url, template_db) as (url, core):
        env = airflow_env(
            airflow_home, airflow_metadata_url, warehouse_url=url, extra={"AIRFLOW_VAR_ANTARA_DATA_DOCS_DIR": str(docs)}
        )
        conf = json.dumps({"input_root": str(root), "batch_size": 10})
        result = subprocess.run(
            [sys.executable, str(HERE / "dagtest_runner.py"), "antara_ingest", "2026-11-29T00:00:00+00:00", conf],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert result.returncode == 0 and '"state": "success"' in result.stdout, result.stderr[-3000:]
        assert core in env["AIRFLOW_CONN_ANTARA_WAREHOUSE"]  # the connection does carry it
        # dag.test() runs the tasks in this process: their logs are this output (no log files are written)
        assert "transform" in result.stdout + result.stderr
        assert core not in result.stdout and core not in result.stderr
        assert list(docs.rglob("index.html")), "no Data Docs were built"
        assert files_containing(docs, core) == []
        assert files_containing(airflow_home, core) == []  # task logs, dag-processor logs, config
        metadata = sa.create_engine(airflow_metadata_url)
        try:
            with metadata.connect() as conn:
                values = conn.execute(sa.text("SELECT key, value::text FROM xcom")).all()
        finally:
            metadata.dispose()
        assert values, "no XComs were written"
        assert [key for key, value in values if core in (value or "")] == []
