"""The ingest job cut into idempotent steps, for an orchestrator (the Airflow DAG `antara_ingest`).

    plan_run -> transform_and_stage (one call per batch, in any order, on any worker)
             -> audit -> publish_run -> finish

Each step takes and returns only small values (a run id, a batch number, counts): the plan itself
(which file is in which batch) is written to `ingest.run_batch_file` (schema/sql/0002_run_plan.sql),
so nothing large travels through the orchestrator.  Every step can be retried: staging a batch
again replaces it, publishing is idempotent, finishing recounts from the ledger.

Overlapping runs: planning holds a per-input-root advisory lock and leaves out files that another
run still in flight (status 'running', started within RUN_LEASE) has planned with the same size and
mtime, so two runs never process the same file version twice; publishing is serialised by the
advisory lock in publish.sql.  The DAG also allows one active run at a time.

No Airflow here: the module is plain Python over SQLAlchemy, testable and reusable on its own.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url

from etl import runs
from etl.extract import revisit
from etl.pipeline import RunSummary, transform_batch
from etl.records import DiscoveredFile, FileStatus
from etl.runs import BatchId, BatchStatus, RunStatus
from etl.warehouse import ledger, plans

log = logging.getLogger(__name__)

# Airflow refuses to map a task over more than [core] max_map_length (1024) items; a run with more
# files than batch_size * MAX_BATCHES gets bigger batches instead of failing.
MAX_BATCHES = 1000
RUN_LEASE = runs.RUN_LEASE  # a run still 'running' after this long is presumed dead
# Quarantined files named in a DAG run's note (all of them are on the run's Data quality page).
NOTE_EXAMPLES = 5


def batch_id(run_id: int, batch_no: int) -> str:
    return str(BatchId(run_id, batch_no))


# --- the Airflow connection <-> a SQLAlchemy URL ---------------------------------------------


def warehouse_url(
    *,
    host: str | None,
    port: int | None,
    login: str | None,
    password: str | None,
    database: str | None,
    extra: Mapping[str, object] | None = None,
) -> str:
    """A SQLAlchemy URL from connection fields (an Airflow connection's host/port/login/password/schema).

    A host starting with "/" is a Unix-socket directory (the embedded PostgreSQL), passed as the
    `host` query parameter as libpq expects.  Extra fields such as sslmode become query parameters.
    """
    query = {str(k): str(v) for k, v in (extra or {}).items()}
    socket_dir = host if host and host.startswith("/") else None
    if socket_dir:
        query["host"] = socket_dir
    url = URL.create(
        "postgresql+psycopg2",
        username=login or None,
        password=password or None,
        host=None if socket_dir else (host or None),
        port=port or None,
        database=database or None,
        query=query,
    )
    return url.render_as_string(hide_password=False)


def warehouse_url_of_connection(conn: Any) -> str:
    """The SQLAlchemy URL of an Airflow `Connection` (the DAGs' and the plugin's one way to read it)."""
    return warehouse_url(
        host=conn.host,
        port=conn.port,
        login=conn.login,
        password=conn.password,
        database=conn.schema,
        extra=conn.extra_dejson,
    )


def airflow_connection_json(url: str) -> str:
    """The JSON form of `AIRFLOW_CONN_ANTARA_WAREHOUSE` for a warehouse URL (the inverse of warehouse_url)."""
    import json

    parsed = make_url(url)
    query = dict(parsed.query)
    host = query.pop("host", None) or parsed.host
    fields = {
        "conn_type": "postgres",
        "host": host,
        "port": parsed.port,
        "login": parsed.username,
        "password": parsed.password,
        "schema": parsed.database,
        "extra": query or None,
    }
    return json.dumps({k: v for k, v in fields.items() if v not in (None, "")})


# --- plan ----------------------------------------------------------------------------------


def plan_run(
    engine: sa.Engine,
    input_root: str | Path,
    *,
    as_of: dt.date,
    batch_size: int,
    reprocess: bool = False,
    dry_run: bool = False,
    triggered_by: str = "airflow",
) -> dict:
    """Start a run and record which new or changed files each of its batches holds (etl.runs.plan).

    Returns ``{"run_id", "batches", "files", "unchanged", "in_flight", "batch_size", "as_of"}``; a dry run
    (or a run with nothing to do) writes nothing and returns ``run_id`` None and no batches.  ``as_of`` is
    the reference date the run uses: the one asked for, or later (see etl.pipeline.reference_date).
    Raises etl.extract.InputRootError when the input root cannot be read.
    """
    planned = runs.plan(
        engine,
        input_root,
        kind=triggered_by,
        as_of=as_of,
        batch_size=batch_size,
        reprocess=reprocess,
        dry_run=dry_run,
        max_batches=MAX_BATCHES,
    )
    return {
        "run_id": planned.run_id,
        "batches": list(range(len(planned.batches))) if planned.run_id is not None else [],
        "files": planned.files,
        "unchanged": planned.unchanged,
        "in_flight": planned.in_flight,
        "batch_size": planned.batch_size,
        "as_of": planned.as_of.isoformat(),
    }


# --- transform and stage ---------------------------------------------------------------------


def batch_files(engine: sa.Engine, run_id: int, batch_no: int) -> list[tuple[int, DiscoveredFile]]:
    """The (ordinal, file) pairs planned for one batch, in discovery order."""
    with engine.connect() as conn:
        root = plans.planned_run(conn, run_id).input_root
        rows = plans.planned_batch(conn, run_id, batch_no)
    # Found again with discovery's safety checks: a file swapped for a link leaving the root since
    # the plan was made is refused, never read.
    return [
        (ordinal, revisit(root, path, size, mtime_ns) or DiscoveredFile(path, str(Path(root, path)), size, mtime_ns))
        for ordinal, path, size, mtime_ns in rows
    ]


def transform_and_stage(engine: sa.Engine, run_id: int, batch_no: int) -> dict:
    """Parse one planned batch and stage it (COPY into staging.*); staging again replaces it."""
    with engine.connect() as conn:
        run = plans.planned_run(conn, run_id)
    planned = batch_files(engine, run_id, batch_no)
    if not planned:
        raise LookupError(f"run {run_id} has no batch {batch_no}")
    outcomes = transform_batch([f for _, f in planned], run.as_of)
    staged = [(ordinal, outcome) for (ordinal, _), outcome in zip(planned, outcomes, strict=True)]
    runs.stage_planned(engine, BatchId(run_id, batch_no), run.input_root, staged)
    quarantined = sum(1 for o in outcomes if o.status == FileStatus.QUARANTINED)
    return {
        "batch_no": batch_no,
        "files": len(outcomes),
        "parsed": len(outcomes) - quarantined,
        "quarantined": quarantined,
    }


# --- audit -----------------------------------------------------------------------------------


def audit(engine: sa.Engine, run_id: int, docs_dir: Path | None = None) -> dict:
    """The data-quality gate between stage and publish (write-audit-publish).

    Runs the Great Expectations suites (etl.quality) over every staged batch of the run not yet
    audited; a batch with a failed critical expectation is marked `blocked` and publish_run leaves
    it in staging.  Safe to retry: a batch is audited again only after it is re-staged.
    """
    from etl.quality.audit import audit_run

    results = audit_run(engine, run_id, docs_dir=docs_dir)
    phases: dict[str, float] = {}  # summed over the batches: where the audit's time went (bench_e2e)
    for result in results:
        for phase, seconds in result.phase_seconds.items():
            phases[phase] = phases.get(phase, 0.0) + seconds
    return {
        "run_id": run_id,
        "batches_audited": len(results),
        "batches_blocked": [r.batch_id for r in results if not r.publishable],
        "critical_failures": [f"{r.batch_id}: {f.message}" for r in results for f in r.critical_failures][:50],
        "warnings": sum(len(r.warnings) for r in results),
        "data_docs": [str(r.data_docs_path) for r in results if r.data_docs_path][:50],
        "phase_seconds": {phase: round(seconds, 3) for phase, seconds in phases.items()},
    }


# --- publish and finish ----------------------------------------------------------------------


def publish_run(engine: sa.Engine, run_id: int) -> dict:
    """Merge the run's staged batches into core in batch order, one transaction per batch.

    Batch order (not the order workers finished in) decides which of two files with the same
    content is 'loaded' and which a 'duplicate', so the result does not depend on the executor.
    A batch already published is no longer in staging, so a retried publish skips it.
    """
    runs.publish_released(engine)
    with engine.connect() as conn:
        planned = plans.planned_batches(conn, run_id)
        staged = plans.staged_batches(conn, run_id)
    published, blocked = [], []
    for batch_no, published_at in planned:
        batch_id = BatchId(run_id, batch_no)
        status = staged.get(str(batch_id))
        if status is None and published_at is not None:  # published by an earlier try of this step
            continue
        if status is None:
            raise LookupError(f"{batch_id} was never staged: its transform task did not succeed")
        if status == BatchStatus.BLOCKED:
            blocked.append(batch_no)
            continue
        runs.publish_planned(engine, batch_id)  # blocked since the listing above: raises
        published.append(batch_no)
    return {"run_id": run_id, "published": published, "blocked": blocked}


def run_summary(engine: sa.Engine, run_id: int) -> RunSummary:
    """What the ledger says became of the files this run planned."""
    with engine.connect() as conn:
        root = plans.planned_run(conn, run_id).input_root
        discovered, unchanged = plans.plan_counts(conn, run_id)
        summary = RunSummary(run_id, root, discovered=discovered, unchanged=unchanged)
        summary.add(plans.planned_outcomes(conn, run_id, root))
    return summary


def finish(engine: sa.Engine, run_id: int, status: str = RunStatus.SUCCEEDED) -> dict:
    """Record the end of a run (counts from the ledger) and return its summary.  Then staging
    housekeeping (etl/warehouse/staging_cleanup.sql): batches later runs superseded are deleted."""
    summary = run_summary(engine, run_id)
    runs.finish(engine, run_id, summary.counts(), RunStatus(status))
    runs.clean_up(engine)
    return {"run_id": run_id, "status": status, **summary.counts(), "quarantined_by_reason": dict(summary.quarantined)}


# --- what a run did, for people ----------------------------------------------------------------


def quarantined_files(engine: sa.Engine, run_id: int, *, limit: int = 50, offset: int = 0) -> list[dict]:
    """The files this run quarantined (path, reason, message), in path order: one page of them."""
    return ledger.run_quarantined(engine, run_id, limit=limit, offset=offset)


def run_note(plan: dict | None, audit: dict | None, summary: dict | None, pages_url: str) -> str | None:
    """The Markdown note of a DAG run of antara_ingest, from its tasks' XComs (plan, audit, publish):
    files loaded / duplicate / quarantined by reason, blocked batches, links to the run's pages."""
    if not plan:
        return None
    if plan.get("run_id") is None:
        if plan.get("files"):
            return f"Dry run: {plan['files']} new or changed files would be processed ({plan['unchanged']} unchanged)."
        return f"Nothing to do: no new or changed files ({plan.get('unchanged', 0)} unchanged)."
    run_id = int(plan["run_id"])
    run_page = f"{pages_url}runs/{run_id}"
    lines = [f"**Warehouse run [{run_id}]({run_page})**: {plan['files']} files in {len(plan['batches'])} batches."]
    if summary:
        reasons = ", ".join(
            f"{reason} {n}" for reason, n in sorted((summary.get("quarantined_by_reason") or {}).items())
        )
        lines.append(
            f"- loaded {summary.get('loaded', 0)}, duplicate {summary.get('duplicate', 0)}, "
            f"quarantined {summary.get('quarantined', 0)}" + (f" ({reasons})" if reasons else "")
        )
        examples = summary.get("quarantined_examples") or []
        if examples:
            listed = "; ".join(f"`{path}` ({reason})" for path, reason in examples)
            more = summary.get("quarantined", 0) - len(examples)
            lines.append(
                f"- quarantined files: {listed}" + (f" and {more} more" if more > 0 else "") + f" ([all]({run_page}))"
            )
    blocked = (audit or {}).get("batches_blocked") or []
    if blocked:
        links = ", ".join(f"[{b}]({run_page}/batches/{b})" for b in blocked)
        lines.append(f"- **blocked by the quality audit** (unpublished, in staging): {links}")
    elif audit:
        lines.append(f"- audit: {audit.get('batches_audited', 0)} batches passed")
    return "\n".join(lines)
