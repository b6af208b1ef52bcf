"""The data-quality pages on a running Airflow: a run blocked by the audit, its report reached the way a
person reaches it, over HTTP and in headless Chromium.

Used by the LocalExecutor deployment of test_e2e.py (one Airflow for both, to keep CI short): after
its clean runs, `scenario` runs antara_ingest once more over a small corpus whose only batch the
audit must block, and records what the api-server served.  Every step's outcome goes into the
returned dict (an exception as text), so the other tests of that deployment never depend on it.

The corpus's files are all valid (the parser quarantines what it can tell is wrong), so the defect
is planted where a loader bug would put it: a trigger on staging.article_credit, created in the
warehouse for this run only, rewrites the role of one credited name as the batch is staged.  The
real audit (GX) must find it, block the batch and fail the run.
"""

from __future__ import annotations

import random
import re
import traceback
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit

import httpx
import sqlalchemy as sa

from antara_testkit.airflow_corpus import article_text
from tests.airflow import browser
from tests.airflow.harness import Airflow, wait_for

DAG_ID = "antara_ingest"
# The address and text of the UI's plugin frame once it shows a page containing the given heading.
FRAME_TEXT = """(() => {
    const frame = document.querySelector("iframe");
    const body = frame && frame.contentDocument && frame.contentDocument.body;
    return body && body.innerText.includes("%s")
        ? JSON.stringify([frame.contentDocument.location.href, body.innerText,
                          frame.contentDocument.documentElement.scrollWidth, frame.contentDocument.documentElement.clientWidth])
        : "";
})()"""
# A Data Docs page once its scripts ran: Bootstrap's styles applied (the navbar is a flex box) and, on the
# index, bootstrap-table built the table of validations from the page's data.
DOCS_STYLED = """(() => {
    const nav = document.querySelector("nav.navbar");
    const styled = nav && getComputedStyle(nav).display === "flex";
    const tables = document.querySelectorAll(".bootstrap-table").length;
    const rows = document.querySelectorAll(".bootstrap-table tbody tr").length;
    return styled && (%s) ? JSON.stringify({styled, tables, rows}) : "";
})()"""
GHOST = "Hantu Penulis"  # credited as reporter in one file; the planted defect makes the role "ghostwriter"
PLANT = [
    """CREATE FUNCTION public.e2e_plant_role_defect() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
           IF NEW.name_key = 'hantu penulis' THEN NEW.role := 'ghostwriter'; END IF;
           RETURN NEW;
       END $$""",
    "CREATE TRIGGER e2e_plant_role_defect BEFORE INSERT ON staging.article_credit "
    "FOR EACH ROW EXECUTE FUNCTION public.e2e_plant_role_defect()",
]
UNPLANT = [
    "DROP TRIGGER IF EXISTS e2e_plant_role_defect ON staging.article_credit",
    "DROP FUNCTION IF EXISTS public.e2e_plant_role_defect()",
]


def trigger_with_form(airflow: Airflow, work: Path, dag_id: str, fields: dict[str, str]) -> str:
    """Trigger `dag_id` the way a person does: its page in Airflow's UI, the Trigger button, the parameter
    form (`fields`: param name -> text typed), the dialog's Trigger button.  Returns the new run's id."""
    before = {r["dag_run_id"] for r in airflow.get(f"/api/v2/dags/{dag_id}/dagRuns")["dag_runs"]}
    token = airflow.client.headers["Authorization"].removeprefix("Bearer ")
    base = airflow.base_url.rstrip("/")
    trigger_button = "[...document.querySelectorAll('%s button')].filter(b => b.innerText.trim() === 'Trigger').pop()"
    with browser.Chromium(work) as chromium:
        chromium.set_cookie(base + "/", "_token", token)
        with chromium.tab(f"{base}/dags/{dag_id}") as tab:
            tab.click(trigger_button % "", "the DAG's Trigger button")
            tab.wait_until("!!document.querySelector('[role=dialog] input[name=element_batch_size]')", "the form")
            for name, text in fields.items():
                tab.type_into(f"[role=dialog] input[name=element_{name}]", text)
            tab.capture(work / "trigger-form.png")
            tab.click(trigger_button % "[role=dialog]", "the form's Trigger button")
            return wait_for(
                lambda: next(
                    (
                        r["dag_run_id"]
                        for r in airflow.get(f"/api/v2/dags/{dag_id}/dagRuns")["dag_runs"]
                        if r["dag_run_id"] not in before
                    ),
                    None,
                ),
                what="the run the form triggered",
                timeout=60,
                procs=airflow.procs,
            )


def write_corpus(root: Path, files: int = 6) -> None:
    """A few valid articles, one of them credited to GHOST; all in one batch."""
    rng = random.Random(5)
    root.mkdir(parents=True)
    for n in range(files):
        text = article_text(10_000 + n, rng, month="2025-06")
        if n == 2:
            text = re.sub(r"Pewarta: [^\n]+", f"Pewarta: {GHOST}", text)
        (root / f"q-{n:03d}.txt").write_text(text, encoding="utf-8")


def _execute(url: str, statements: list[str]) -> None:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(sa.text(statement))
    finally:
        engine.dispose()


def scenario(airflow: Airflow, work: Path, warehouse_url: str) -> dict:
    out: dict = {}
    try:
        _scenario(airflow, work, warehouse_url, out)
    except Exception:  # noqa: BLE001 - recorded for the test that checks it
        out["error"] = traceback.format_exc()
    return out


def _scenario(airflow: Airflow, work: Path, warehouse_url: str, out: dict) -> None:
    corpus, docs = work / "quality-corpus", work / "data-docs"
    write_corpus(corpus)
    docs.mkdir()
    # As an operator would: the Variable, in the metadata database (the UI's Admin > Variables).
    variable = {"key": "antara_data_docs_dir", "value": str(docs)}
    airflow.client.post("/api/v2/variables", json=variable).raise_for_status()
    _execute(warehouse_url, PLANT)
    try:
        run_id = airflow.trigger(DAG_ID, {"input_root": str(corpus), "batch_size": 30})
        out["state"] = airflow.wait_for_run(DAG_ID, run_id)
    finally:
        _execute(warehouse_url, UNPLANT)
    out["airflow_run_id"] = run_id
    out["tasks"] = {ti["task_id"]: ti["state"] for ti in airflow.task_instances(DAG_ID, run_id)}
    log = airflow.client.get(
        f"/api/v2/dags/{DAG_ID}/dagRuns/{quote(run_id, safe='')}/taskInstances/fail_if_blocked/logs/1",
        params={"full_content": "true"},
        headers={"Accept": "application/json"},
    )
    log.raise_for_status()
    out["gate_log"] = str(log.json()["content"])
    found = re.search(r"report of (run\d+-b\d+): (http\S+?)(?:\\n|\s|'|\"|$)", out["gate_log"])
    assert found, f"no report URL in the fail_if_blocked log:\n{out['gate_log'][-3000:]}"
    out["blocked_batch"], report_url = found.group(1), found.group(2)
    out["report_url"] = report_url
    base = airflow.base_url.rstrip("/")
    assert report_url.startswith(base + "/antara-quality/"), report_url
    path = urlsplit(report_url).path

    # Over HTTP: Airflow's authentication first, then the pages.
    out["anonymous_status"] = {
        p: httpx.get(base + p, timeout=30).status_code for p in (path, "/antara-quality/", "/antara-quality/docs/")
    }
    report = airflow.client.get(path)
    out["report_status"], out["report_html"] = report.status_code, report.text
    summary = airflow.client.get("/antara-quality/")
    out["summary_status"], out["summary_html"] = summary.status_code, summary.text
    tab = airflow.client.get(f"/antara-quality/airflow-runs/{DAG_ID}/{quote(run_id, safe='')}", follow_redirects=True)
    out["run_tab"] = (tab.status_code, str(tab.url))
    plugins = airflow.get("/api/v2/plugins")["plugins"]
    out["plugin"] = next((p for p in plugins if p["name"] == "antara_quality"), None)
    validation = [h for h in re.findall(r'href="([^"]+)"', report.text) if "/validations/credits/staged_credits/" in h]
    assert validation, "the batch page links no credits validation result"
    docs_url = urljoin(report_url, validation[0])
    docs_page = airflow.client.get(urlsplit(docs_url).path)
    out["docs_status"], out["docs_html"] = docs_page.status_code, docs_page.text
    out["docs_url"] = docs_url
    out["docs_files"] = sorted(p.relative_to(docs).as_posix() for p in docs.glob("*/*/index.html"))

    # In a browser, logged in the way the UI's login page leaves it: the `_token` cookie.
    if not browser.available():
        out["browser"] = None
        return
    token = airflow.client.headers["Authorization"].removeprefix("Bearer ")
    shots = work / "screenshots"
    shots.mkdir()
    with browser.Chromium(work) as chromium:
        anonymous = chromium.render(report_url, shots / "anonymous.png")
        chromium.set_cookie(base + "/", "_token", token)
        out["browser"] = {
            "anonymous": anonymous,
            "summary": chromium.render(base + "/antara-quality/", shots / "summary.png"),
            "report": chromium.render(report_url, shots / "report.png"),
            "docs": chromium.render(docs_url, shots / "data-docs.png", wait_for=DOCS_STYLED % "true"),
            # the index of the batch's Data Docs: its table exists only once bootstrap-table has run
            "docs_index": chromium.render(
                f"{base}/antara-quality/docs/{out['docs_files'][0]}",
                shots / "data-docs-index.png",
                wait_for=DOCS_STYLED % "rows > 0",
            ),
            # Airflow's own UI: the run's "Data quality" tab and the navigation entry show the pages in a frame.
            "run_tab": chromium.render(
                f"{base}/dags/{DAG_ID}/runs/{quote(run_id, safe='')}/plugin/data-quality-run",
                shots / "airflow-run-tab.png",
                wait_for=FRAME_TEXT % "Batches",
            ),
            "nav_entry": chromium.render(
                f"{base}/plugin/data-quality",
                shots / "airflow-nav-entry.png",
                wait_for=FRAME_TEXT % "Failed expectations",
            ),
        }
