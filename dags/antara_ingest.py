"""Airflow DAG `antara_ingest`: raw ANTARA article files -> the PostgreSQL warehouse, every 30 minutes.

A thin wiring of etl.orchestrate: every task imports the pipeline inside its function, so the
scheduler and the DAG processor parse this file in milliseconds without loading SQLAlchemy, the
parser or Great Expectations.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, cast

from airflow.sdk import Param, Variable, dag, get_current_context, task
from airflow.sdk.api.datamodels._generated import DagRunType  # the type dag(allowed_run_types=) takes
from airflow.sdk.definitions.callback import AsyncCallback
from airflow.sdk.definitions.deadline import DeadlineAlert, DeadlineReference
from airflow.sdk.definitions.xcom_arg import PlainXComArg
from airflow.sdk.exceptions import AirflowFailException, AirflowSkipException
from antara_assets import INGEST_OUTLETS, documented, warehouse

log = logging.getLogger(__name__)

INPUT_ROOT_VARIABLE = "antara_input_root"
DATA_DOCS_VARIABLE = "antara_data_docs_dir"  # where the audit builds GX Data Docs (shared with the api-server)
QUALITY_PAGES = "/antara-quality/"  # the data-quality pages: dags/plugins/antara_quality.py
# Files named in a failure log; the rest are counted (a batch may hold thousands).
FILES_LOGGED_ON_FAILURE = 50
SCHEDULE_MINUTES = 30
# The run's last task: fails the run when the audit blocked a batch (its failure alert is the "blocked" e-mail).
BLOCKED_GATE_TASK = "fail_if_blocked"
BACKFILL_REFUSED = (
    "antara_ingest does not backfill: it reads a folder, not a time interval, so a run for an earlier date "
    "would only read the same folder again.  To process files again, trigger a run with `reprocess_all` "
    "(and `as_of` for another reference date)."
)

TRANSFORM_DOC = """
#### Parse and stage one batch

One mapped task per batch: reads the batch's files, decodes and parses them into articles (or
quarantine reasons), and stages the result in `staging.*` with COPY.  Retrying restages the batch
from scratch, so a retry never doubles rows.
"""


def log_failure(context) -> None:
    """on_failure_callback: name the run, the batch and its files, record the run as failed, and alert
    (etl.alerts: silent unless the SMTP connection is configured).  When the last task fails because the
    audit blocked batches, the alert is the one message naming those batches' pages."""
    from etl import alerts

    ti = context["ti"]
    plan = ti.xcom_pull(task_ids="discover", key="plan") or {}
    ingest_run_id = plan.get("run_id")
    if ingest_run_id is None:
        log.error("%s failed before a warehouse run was planned", ti.task_id)
        alerts.task_failed(context, "It failed before a warehouse run was planned: see its log.")
        return
    from etl import orchestrate

    with warehouse() as engine:
        if ti.map_index is not None and ti.map_index >= 0:
            batch_no = ti.xcom_pull(task_ids="discover")[ti.map_index]
            paths = [f.path for _, f in orchestrate.batch_files(engine, ingest_run_id, batch_no)]
            detail = (
                f"run {ingest_run_id}: {ti.task_id} failed on batch {batch_no} "
                f"({orchestrate.batch_id(ingest_run_id, batch_no)}, {len(paths)} files): "
                + ", ".join(paths[:FILES_LOGGED_ON_FAILURE])
                + (" ..." if len(paths) > FILES_LOGGED_ON_FAILURE else "")
            )
        else:
            detail = f"run {ingest_run_id}: {ti.task_id} failed; published batches stay published, the rest stay staged"
        log.error("%s", detail)
        orchestrate.finish(engine, ingest_run_id, "failed")
    audit = ti.xcom_pull(task_ids="audit") or {}
    if ti.task_id == BLOCKED_GATE_TASK and audit.get("batches_blocked"):
        alerts.blocked_batches(context, ingest_run_id, audit["batches_blocked"], audit.get("critical_failures") or [])
    else:
        alerts.task_failed(context, detail)


@dag(
    dag_id="antara_ingest",
    schedule=f"*/{SCHEDULE_MINUTES} * * * *",
    start_date=datetime(2026, 1, 1, tzinfo=UTC),
    catchup=False,
    # Paused when first seen: scheduled runs read the input folder every 30 minutes, which starts when you
    # unpause it (a triggered run does not need it).  antara_marts is not paused: it only follows ingests.
    is_paused_upon_creation=True,
    # No backfill: the DAG reads a folder, not a time interval (BACKFILL_REFUSED says what to do instead).
    allowed_run_types=[DagRunType.SCHEDULED, DagRunType.MANUAL],
    max_active_runs=1,
    # A run not finished when the next one is due is late: e-mail (etl.alerts, silent unless configured).
    deadline=DeadlineAlert(
        reference=DeadlineReference.DAGRUN_QUEUED_AT,
        interval=timedelta(minutes=SCHEDULE_MINUTES),
        callback=AsyncCallback(
            "etl.alerts.deadline_missed", kwargs={"dag_id": "antara_ingest", "minutes": SCHEDULE_MINUTES}
        ),
    ),
    # A run still going after 5 hours is stuck; its files may be planned again after etl.orchestrate.RUN_LEASE.
    dagrun_timeout=timedelta(hours=5),
    tags=["antara", "ingest", "warehouse"],
    default_args={
        "owner": "data-engineering",
        # Retries are for the database (restarts, failovers): back off 30 s, 60 s, 120 s, ... up to 10 min.
        "retries": 4,
        "retry_delay": timedelta(seconds=30),
        "retry_exponential_backoff": 2.0,
        "max_retry_delay": timedelta(minutes=10),
        "on_failure_callback": log_failure,
    },
    params={
        "input_root": Param(
            None,
            type=["null", "string"],
            minLength=1,
            title="Input folder",
            description=f"Folder of raw ANTARA files (*.txt, *.txt.gz), read recursively. "
            f"Empty: the Airflow Variable `{INPUT_ROOT_VARIABLE}`.",
        ),
        "batch_size": Param(
            # The CLI's batch size (etl.vocabulary.DEFAULT_BATCH_SIZE): every mapped task pays seconds of
            # start-up, imports and model load, and every batch one audit, so smaller batches cost more.
            2000,
            type="integer",
            minimum=1,
            maximum=10_000,
            title="Files per batch",
            description="Each batch is one mapped `transform` task.",
        ),
        "reprocess_all": Param(
            False,
            type="boolean",
            title="Reprocess all files",
            description="Parse every file again, even those the ledger has unchanged.",
        ),
        "dry_run": Param(
            False,
            type="boolean",
            title="Dry run",
            description="Only plan and report how many files would be processed; write nothing.",
        ),
        "as_of": Param(
            None,
            type=["null", "string"],
            format="date",
            title="Reference date",
            description="Articles dated in a later month are quarantined as `future_date`. "
            "Empty: the day the run starts (UTC), whatever the run's logical date.",
        ),
    },
)
@documented
def antara_ingest():
    """
    ### Ingest ANTARA articles into the warehouse

    Every 30 minutes, reads the input folder and loads every **new or changed** file into PostgreSQL
    (connection `antara_warehouse`); unchanged files are skipped without being read, so a run over
    an unchanged folder does nothing.

    **discover** plans the run → **transform** parses and stages one batch of files per mapped task →
    **audit** runs the Great Expectations suites over the staged batches and blocks failing ones →
    **publish** merges the others into `core` → **emit_asset_events** tells `antara_marts` the warehouse
    changed (it refreshes the marts) → **fail_if_blocked** fails the run, and e-mails, when a batch was blocked.
    The run's note sums it up (loaded, duplicate, quarantined by reason, blocked batches), with links to its
    *Data quality* tab.

    *Trigger with parameters* to choose another folder, a batch size, a full reprocess, a dry run or a
    reference date.  No backfill: the DAG reads a folder, not a time interval.
    Files that cannot become articles are quarantined with a reason (`ingest.raw_file`), never lost:
    `antara-etl quarantine list` shows them.  A failed task logs its run, batch and files.
    """

    @task
    @documented
    def discover(params=None, dag_run=None, ti=None) -> list[int]:
        """
        #### Plan the run

        Lists the input folder, skips files the ledger already has with the same size and
        modification time, and cuts the rest into batches of `batch_size` files.  The plan is
        written to `ingest.run_batch_file`; only the run id and batch numbers are passed on.
        The reference date (`as_of`) is the day the run starts unless the parameter sets it: articles
        dated in a later month are quarantined as `future_date`.  With `dry_run` it only reports the
        counts (XCom `plan`).
        """
        from etl.task_clock import TaskClock

        clock = TaskClock()
        with clock.phase("imports"):
            from etl import orchestrate
            from etl.extract import InputRootError
            from etl.warehouse.migrate import upgrade

        input_root = params["input_root"] or Variable.get(INPUT_ROOT_VARIABLE, default=None)
        if not input_root:
            raise AirflowFailException(
                f"no input folder: set the `input_root` parameter or the `{INPUT_ROOT_VARIABLE}` Variable"
            )
        if dag_run.run_type == "backfill":  # allowed_run_types refuses them; a DAG serialised before that did not
            raise AirflowFailException(BACKFILL_REFUSED)
        # The clock when the run starts planning, never its logical date (nor dag_run.start_date, which
        # dag.test() sets to the logical date): a run dated in the past must not make today's articles
        # "future".  An explicit `as_of` may be earlier; etl.orchestrate keeps published articles loaded.
        as_of = date.fromisoformat(params["as_of"]) if params.get("as_of") else datetime.now(UTC).date()
        with clock.phase("work"), warehouse() as engine:
            upgrade(engine)
            try:
                plan = orchestrate.plan_run(
                    engine,
                    input_root,
                    as_of=as_of,
                    batch_size=params["batch_size"],
                    reprocess=params["reprocess_all"],
                    dry_run=params["dry_run"],
                    triggered_by=f"airflow:{dag_run.run_id}",
                )
            except InputRootError as exc:  # retrying cannot fix a missing folder
                raise AirflowFailException(str(exc)) from exc
        log.info("plan (as of %s%s): %s", as_of, ", dry run" if params["dry_run"] else "", plan)
        ti.xcom_push(key="plan", value=plan)  # always pushed (an absent XCom fails the tasks reading it)
        ti.xcom_push(key="seconds", value=clock.seconds)
        return plan["batches"]  # the mapped transform's input: one task per batch number

    @task(map_index_template="{{ batch_label }}", doc_md=TRANSFORM_DOC)  # a mapped task does not take its docstring
    def transform(plan: dict, batch_no: int, ti=None) -> dict:
        from etl.task_clock import TaskClock

        clock = TaskClock()
        with clock.phase("imports"):
            from etl import extract, orchestrate, parse, pipeline  # noqa: F401  the parser and what it imports
            from etl.entities import resolve, tagger  # noqa: F401
        with clock.phase("model load"):  # the tagger's weights and the gazetteers' tables, on a sample sentence
            tagger.default_tagger()
            pipeline.find_entities("Presiden Joko Widodo tiba di Jakarta.", "JAKARTA")

        # map_index_template renders from the task's context; Context (a TypedDict) lists only Airflow's keys.
        cast(dict[str, Any], get_current_context())["batch_label"] = f"batch {batch_no}"
        ingest_run_id = plan["run_id"]
        with clock.phase("work"), warehouse() as engine:
            counts = orchestrate.transform_and_stage(engine, ingest_run_id, batch_no)
        log.info("staged %s: %s; seconds %s", orchestrate.batch_id(ingest_run_id, batch_no), counts, clock.seconds)
        ti.xcom_push(key="seconds", value=clock.seconds)
        return counts

    @task(trigger_rule="none_failed")
    @documented
    def audit(plan: dict, ti=None) -> dict:
        """
        #### Audit the staged batches

        Runs the Great Expectations suites over every staged batch before anything reaches `core`
        (write-audit-publish).  A batch with a failed critical expectation is marked *blocked* and kept
        in staging, unpublished; `fail_if_blocked` fails the run for it.  Skipped when the run has
        nothing to process.
        """
        from etl.task_clock import TaskClock

        clock = TaskClock()
        if plan["run_id"] is None:
            raise AirflowSkipException("nothing to audit: dry run, or no new or changed files")
        with clock.phase("imports"):
            from etl import orchestrate
            from etl.quality.audit import import_gx_in_background

            import_gx_in_background().join()  # Great Expectations: seconds of imports, timed apart from the work

        docs = Variable.get(DATA_DOCS_VARIABLE, default=None)
        with clock.phase("work"), warehouse() as engine:
            result = orchestrate.audit(engine, plan["run_id"], docs_dir=Path(docs) if docs else None)
        clock.move(result["phase_seconds"].get("gx_context", 0.0), "work", "GX context")
        log.info("audit seconds %s (per phase of the batches' audits: %s)", clock.seconds, result["phase_seconds"])
        ti.xcom_push(key="seconds", value=clock.seconds)
        return result

    @task(trigger_rule="none_failed")
    @documented
    def publish(plan: dict, ti=None) -> dict:
        """
        #### Publish into the warehouse

        Merges the staged batches into `core` in batch order, one transaction per batch (so the
        warehouse never shows half a batch), updates the file ledger, and records the run's
        summary: files loaded, duplicate, and quarantined by reason.
        """
        from etl.task_clock import TaskClock

        clock = TaskClock()
        if plan["run_id"] is None:
            raise AirflowSkipException("nothing to publish: dry run, or no new or changed files")
        with clock.phase("imports"):
            from etl import orchestrate

        with clock.phase("work"), warehouse() as engine:
            published = orchestrate.publish_run(engine, plan["run_id"])
            summary = orchestrate.finish(engine, plan["run_id"])
            # a few examples for the run's note; the full list is on the run's Data quality tab
            examples = orchestrate.quarantined_files(engine, plan["run_id"], limit=orchestrate.NOTE_EXAMPLES)
        log.info(
            "published batches %s (blocked: %s); run summary: %s", published["published"], published["blocked"], summary
        )
        ti.xcom_push(key="seconds", value=clock.seconds)
        return {**summary, "quarantined_examples": [[f["path"], f["reason"]] for f in examples]}

    @task(trigger_rule="none_failed", outlets=INGEST_OUTLETS)
    @documented
    def emit_asset_events(plan: dict, ti=None, outlet_events=None) -> None:
        """
        #### Emit the warehouse's asset events

        Tells Airflow which warehouse tables this run changed (asset events), which schedules the
        downstream DAG `antara_marts`: that DAG refreshes the marts, not this task.  Skipped when
        nothing was published.
        """
        if plan["run_id"] is None:
            raise AirflowSkipException("the warehouse did not change")
        summary = ti.xcom_pull(task_ids="publish")
        for asset in INGEST_OUTLETS:
            outlet_events[asset].extra = {
                k: v for k, v in summary.items() if k not in ("quarantined_by_reason", "quarantined_examples")
            }

    @task(trigger_rule="none_failed")
    @documented
    def fail_if_blocked(audit: dict | None) -> None:
        """
        #### Fail the run if a batch was blocked

        Fails the run when the audit blocked a batch, naming the failed expectations and the report
        page of each blocked batch (this run's *Data quality* tab; the Data Docs are linked there), and
        sends one e-mail naming those pages (when alerting is configured); clean batches were published
        all the same.  Fix the input and re-run, or release the batch with
        `antara-etl quality release BATCH --reason ...`.
        """
        if not audit or not audit.get("batches_blocked"):
            return
        from etl.alerts import batch_page

        raise AirflowFailException(
            f"blocked by the quality audit: {', '.join(audit['batches_blocked'])}\n"
            + "\n".join(audit["critical_failures"])
            + "".join(f"\nreport of {b}: {batch_page(audit['run_id'], b)}" for b in audit["batches_blocked"])
            + "\nData Docs: "
            + ", ".join(audit.get("data_docs") or [f"(none: set the Variable `{DATA_DOCS_VARIABLE}`)"])
        )

    # discover() returns its batch numbers and pushes the plan under the key "plan" (a PlainXComArg
    # at run time, typed as the base XComArg, which has no keys).
    batches = cast(PlainXComArg, discover())
    plan = batches["plan"]  # run id and counts; the file lists stay in the warehouse
    staged = transform.partial(plan=plan).expand(batch_no=batches)
    audited = audit(plan)
    staged >> audited >> publish(plan) >> emit_asset_events(plan) >> fail_if_blocked(audited)


antara_ingest()
