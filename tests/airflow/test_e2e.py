"""A real Airflow (api-server, scheduler, dag-processor) running antara_ingest, driven through /api/v2.

LocalExecutor first; then CeleryExecutor with two workers and Redis, whose warehouse must equal the
LocalExecutor's table for table (natural keys: surrogate ids differ between two loads).  The
LocalExecutor deployment also runs a batch the audit blocks and serves the data-quality pages
(dags/plugins/antara_quality.py), read over HTTP and rendered in headless Chromium (quality_ui.py).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from urllib.parse import quote

import pytest
from sqlalchemy.engine import make_url

from tests.airflow import browser, quality_ui
from tests.airflow.harness import (
    REPO,
    Airflow,
    airflow_env,
    database_url,
    free_port,
    ledger_counts,
    natural_key_checksums,
    redis_server,
    smtp_sink,
    wait_for,
)
from tests.conftest import drop_database, make_database

DAG_ID = "antara_ingest"
MARTS_DAG_ID = "antara_marts"
# Both deployments use the same batches: near-duplicate grouping (publish.sql) depends on batch boundaries.
BATCH_SIZE = 30


# One of README's mart queries, read from README itself: it must return rows with no manual step.
MART_QUESTION = "**How many stories did each reporter file per month in 2024?**"


def readme_query(question: str) -> str:
    text = (REPO / "README.md").read_text()
    return text[text.index(question) :].split("```sql\n", 1)[1].split("```", 1)[0].strip().rstrip(";")


def run_ingest_twice(airflow: Airflow, input_root: str, batch_size: int, form_work_dir=None) -> dict:
    """Trigger with parameters (with the UI's form in headless Chromium when `form_work_dir` is given: the
    form also unpauses the DAG), wait; trigger again: the second run must find nothing new.  antara_marts is
    not touched: it starts unpaused."""
    if form_work_dir is not None:
        first = quality_ui.trigger_with_form(
            airflow, form_work_dir, DAG_ID, {"input_root": input_root, "batch_size": str(batch_size)}
        )
    else:
        airflow.unpause(DAG_ID)
        first = airflow.trigger(DAG_ID, {"input_root": input_root, "batch_size": batch_size})
    assert airflow.wait_for_run(DAG_ID, first) == "success", airflow.logs()
    second = airflow.trigger(DAG_ID, {"input_root": input_root, "batch_size": batch_size})
    assert airflow.wait_for_run(DAG_ID, second) == "success", airflow.logs()
    return {
        "first_run_id": first,
        "first_conf": airflow.get(f"/api/v2/dags/{DAG_ID}/dagRuns/{quote(first, safe='')}")["conf"],
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
    sink = smtp_sink()
    smtp_connection, mail = sink.__enter__()
    env = airflow_env(
        work / "home",
        database_url(pg_server_url, make_url(metadata).database),
        warehouse_url=warehouse,
        api_port=free_port(),
        input_root_variable=str(empty),
        extra={"AIRFLOW_CONN_ANTARA_ALERTS_SMTP": smtp_connection},
    )
    airflow = Airflow(env, work)
    try:
        airflow.start()
        # A folder-based DAG refuses backfills, with a message saying so (allowed_run_types).
        backfill = airflow.client.post(
            "/api/v2/backfills",
            json={"dag_id": DAG_ID, "from_date": "2026-03-01T00:00:00Z", "to_date": "2026-03-01T02:00:00Z"},
        )
        # The parameter form's schema is enforced on trigger: a batch size of 0 is refused.
        refused = airflow.client.post(
            f"/api/v2/dags/{DAG_ID}/dagRuns", json={"logical_date": None, "conf": {"batch_size": 0}}
        )
        outcome = run_ingest_twice(airflow, str(root), BATCH_SIZE, work if browser.available() else None)
        marts_runs = wait_for(
            lambda: airflow.finished_runs(MARTS_DAG_ID), what="antara_marts to run", timeout=120, procs=airflow.procs
        )
        first_run = outcome["first_run_id"]
        run = airflow.get(f"/api/v2/dags/{DAG_ID}/dagRuns/{quote(first_run, safe='')}")
        tab = airflow.client.get(
            f"/antara-quality/airflow-runs/{DAG_ID}/{quote(first_run, safe='')}", follow_redirects=True
        )
        mart_rows = scalar(warehouse, f"SELECT count(*) FROM ({readme_query(MART_QUESTION)}) q")
        mail_before_blocked = len(mail)
        # Last: a blocked batch publishes nothing, so the warehouse stays comparable with the Celery one.
        quality = quality_ui.scenario(airflow, work, warehouse)
        wait_for(lambda: len(mail) > mail_before_blocked, what="the blocked batch's e-mail", timeout=60)
        time.sleep(3)  # a second message, if one were wrongly sent, would arrive now
    finally:
        exit_codes = airflow.stop()
        sink.__exit__(None, None, None)
    yield {
        **outcome,
        "backfill": (backfill.status_code, backfill.text),
        "note": run.get("note"),
        "run_tab": (tab.status_code, tab.text),
        "mart_rows": mart_rows,
        "mail_before_blocked": mail_before_blocked,
        "mail": [(m["Subject"], _body(m)) for m in mail],
        "refused": refused.status_code,
        "exit_codes": exit_codes,
        "expected": expected,
        "warehouse": warehouse,
        "corpus_root": root,
        "marts_runs": marts_runs,
        "quality": quality,
    }
    drop_database(pg_server_url, warehouse)
    drop_database(pg_server_url, metadata)


@pytest.mark.slow
def test_local_executor_run_through_the_rest_api(local_executor_run):
    run = local_executor_run
    assert run["refused"] == 400
    # the form's values reached the run (typed in the UI's form when Chromium is there)
    assert {k: run["first_conf"][k] for k in ("input_root", "batch_size")} == {
        "input_root": str(run["corpus_root"]),
        "batch_size": BATCH_SIZE,
    }
    assert run["first_plan"]["files"] == sum(run["expected"].values())
    assert len(run["first_plan"]["batches"]) == 8
    assert ledger_counts(run["warehouse"]) == run["expected"]
    assert (run["second_plan"]["run_id"], run["second_plan"]["files"]) == (None, 0)
    states = Counter((ti["task_id"], ti["state"]) for ti in run["task_instances"])
    assert states[("transform", "success")] == 8 and states[("emit_asset_events", "success")] == 1
    assert set(run["exit_codes"]) == {"api-server", "scheduler", "dag-processor"}
    # The ingest's asset events (one changing run) scheduled the downstream marts DAG once, never unpaused by
    # hand: README's mart queries return rows after the first ingest.
    assert [(r["run_type"], r["state"]) for r in run["marts_runs"]] == [("asset_triggered", "success")]
    assert run["mart_rows"] > 0
    # Backfill is refused with a reason (a folder, not an interval).
    assert run["backfill"][0] in (400, 409, 422) and "does not allow backfill" in run["backfill"][1]


@pytest.mark.slow
def test_the_run_note_and_its_data_quality_tab_name_the_quarantined_files(local_executor_run):
    run = local_executor_run
    plan, note = run["first_plan"], run["note"]
    assert note, "the run has no note"
    expected = run["expected"]
    assert (
        f"loaded {expected['loaded']}, duplicate {expected['duplicate']}, quarantined {expected['quarantined']}" in note
    )
    assert "empty_file" in note and "invalid_date" in note and "future_date" in note  # the corpus's broken files
    assert f"/antara-quality/runs/{plan['run_id']})" in note and "`" in note and "bad-" in note
    status, tab = run["run_tab"]
    assert status == 200 and "Quarantined files" in tab
    assert f"1-{expected['quarantined']} of {expected['quarantined']}" in tab
    assert "bad-000049.txt" in tab and "empty_file" in tab


@pytest.mark.slow
def test_a_blocked_batch_sends_one_email_naming_its_page(local_executor_run):
    run = local_executor_run
    assert run["mail_before_blocked"] == 0, run["mail"]  # clean runs send nothing
    batch = run["quality"].get("blocked_batch")
    assert len(run["mail"]) == 1, [subject for subject, _ in run["mail"]]
    subject, body = run["mail"][0]
    assert batch and batch in subject and "blocked" in subject
    assert f"/antara-quality/runs/{batch[3:].split('-')[0]}/batches/{batch}" in body


@pytest.mark.slow
def test_a_blocked_run_leads_to_its_report_served_by_the_airflow_plugin(local_executor_run):
    q = local_executor_run["quality"]
    assert "error" not in q, q["error"]
    batch = q["blocked_batch"]
    # The real DAG: the audit blocked the batch, the gate failed the run and named its report page.
    assert q["state"] == "failed"
    assert q["tasks"]["audit"] == q["tasks"]["publish"] == "success" and q["tasks"]["fail_if_blocked"] == "failed"
    assert "credits.role_known" in q["gate_log"] and q["report_url"].endswith(f"/batches/{batch}")
    # The plugin as the UI lists it: a navigation entry and a tab on every DAG run.
    views = {(v["name"], v["destination"], v["href"]) for v in q["plugin"]["external_views"]}
    assert views == {
        ("Data quality", "nav", "antara-quality/"),
        ("Data quality", "dag_run", "antara-quality/airflow-runs/{DAG_ID}/{RUN_ID}"),
    }
    assert [a["url_prefix"] for a in q["plugin"]["fastapi_apps"]] == ["/antara-quality"]
    # Only for a logged-in user; then the pages, the DAG run's tab, and GX's own report of the batch.
    assert set(q["anonymous_status"].values()) == {401}
    assert q["report_status"] == q["summary_status"] == q["docs_status"] == 200
    assert "Blocked: 1 critical expectation(s) failed" in q["report_html"] and "ghostwriter" in q["report_html"]
    assert "credits.role_known" in q["summary_html"] and batch in q["summary_html"]
    assert q["run_tab"][0] == 200 and q["run_tab"][1].endswith("/antara-quality/runs/" + batch[3:].split("-")[0])
    assert "ghostwriter" in q["docs_html"] and "Failed" in q["docs_html"]
    assert [f.split("/")[1] for f in q["docs_files"]] == [batch]

    if q["browser"] is None:
        pytest.skip(f"{browser.CHROMIUM} is absent (Debian package `chromium`, .ci/run installs it): not rendered")
    pages = q["browser"]
    assert pages["anonymous"].status == 401 and "ghostwriter" not in pages["anonymous"].text
    for name in ("summary", "report", "docs", "docs_index"):
        page = pages[name]
        assert page.status == 200, (name, page.url, page.text[:500])
        # the network is off for Chromium: every script, style and font came from the api-server
        assert page.failed_requests == (), (name, page.failed_requests)
        data = page.screenshot.read_bytes()
        # a real page, not a blank one: 1280 px wide, and far more bytes than a white PNG of that size
        assert page.width == 1280 and page.height > 500 and len(data) > 20_000, (name, page.width, len(data))
    summary, report, docs = pages["summary"].text, pages["report"].text, pages["docs"].text
    assert "ANTARA warehouse: data quality" in summary and "credits.role_known" in summary and batch in summary
    assert "Trend: articles audited per run" in summary and "FAIL (1 critical)" in summary
    assert f"Batch {batch}" in report and "credits.role_known" in report and "ghostwriter" in report
    assert "Data Docs of " + batch in report and "FAIL (1 critical)" in report  # the credits table's result
    assert "Failed" in docs and "ghostwriter" in docs and "role" in docs  # GX's validation page, as it renders
    # Data Docs styled with no internet: Bootstrap applied, and the index's table built by bootstrap-table
    assert json.loads(pages["docs"].waited_for)["styled"]
    index = json.loads(pages["docs_index"].waited_for)
    assert index["styled"] and index["tables"] >= 1 and index["rows"] >= 1, index
    # In Airflow's UI: the failed run's "Data quality" tab frames its warehouse run; the nav entry, the summary.
    frame_url, frame_text, scroll_width, frame_width = json.loads(pages["run_tab"].waited_for)
    assert frame_url.endswith(f"/antara-quality/runs/{batch[3:].split('-')[0]}") and batch in frame_text
    assert "blocked" in frame_text and "Data Docs" in frame_text
    assert scroll_width <= frame_width, (scroll_width, frame_width)  # fits Airflow's frame: nothing cut off
    frame_url, frame_text, scroll_width, frame_width = json.loads(pages["nav_entry"].waited_for)
    assert frame_url.endswith("/antara-quality/") and "credits.role_known" in frame_text
    assert scroll_width <= frame_width, (scroll_width, frame_width)


@pytest.mark.slow
def test_celery_workers_share_the_batches_and_load_the_same_warehouse(
    tmp_path, airflow_home, airflow_metadata_url, warehouse_url, local_executor_run, corpus
):
    root, expected = corpus
    empty = tmp_path / "empty"
    empty.mkdir()
    with redis_server(tmp_path) as broker:
        env = airflow_env(
            airflow_home,
            airflow_metadata_url,
            warehouse_url=warehouse_url,
            executor="CeleryExecutor",
            api_port=free_port(),
            input_root_variable=str(empty),
            extra={
                "AIRFLOW__CELERY__BROKER_URL": broker,
                "AIRFLOW__CELERY__RESULT_BACKEND": "db+" + airflow_metadata_url,
                "AIRFLOW__CELERY__WORKER_CONCURRENCY": "1",
            },
        )
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


def scalar(url: str, sql: str):
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text(sql)).scalar()
    finally:
        engine.dispose()


def _body(message) -> str:
    parts = message.walk() if message.is_multipart() else [message]
    return "".join(
        p.get_payload(decode=True).decode(p.get_content_charset() or "utf-8", "replace")
        for p in parts
        if p.get_content_maintype() == "text"
    )
