"""Audit a staged batch: run the suites with Great Expectations, record the results, block on failure.

The pipeline calls it between stage and publish (write-audit-publish)::

    with engine.begin() as conn:
        load.stage_batch(conn, batch_id, run_id, root, outcomes)      # committed: GX reads it
    result = audit_batch(engine, batch_id, docs_dir=docs_dir)
    if result.publishable:
        with engine.begin() as conn:
            ensure_publishable(conn, batch_id)                         # locks the row, re-checks
            load.publish_batch(conn, batch_id, run_id, root, parser_version)

A failed critical expectation marks the batch `blocked`: it stays in staging, unpublished, until a
new run re-stages its files or a person releases it (`release_batch`, status `overridden`), after
which `publish_released_batches` (called at the start of a run) publishes it.  `audit_run` audits
every staged batch of a run at once (Airflow's validate task).

Credentials: GX gets the warehouse URL through the runtime environment of an in-memory (ephemeral)
context, as the config variable `${ANTARA_GX_WAREHOUSE_URL}`; no GX config file is written, and the
datasource config, Data Docs and results only ever contain the variable's name.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from etl.quality import baseline
from etl.quality.suites import (
    ENTITY_MENTION_COLUMNS,
    ENTITY_MENTION_TABLE,
    SUITE_VERSION,
    BatchFacts,
    Check,
    QueryAsset,
    Suite,
    build_suites,
    check_batch_id,
)
from etl.runs import BatchId, BatchStatus, RunKind
from etl.warehouse import quality_store as store

log = logging.getLogger(__name__)

STAGED, BLOCKED, OVERRIDDEN = BatchStatus.STAGED, BatchStatus.BLOCKED, BatchStatus.OVERRIDDEN

_URL_VARIABLE = "ANTARA_GX_WAREHOUSE_URL"
_DATA_DOCS_SITE = "audit"
_SAMPLE_VALUES = 5  # offending values kept per failed expectation
_SAMPLE_CHARS = 120  # ... each cut to this length


class BatchNotFound(LookupError):
    pass


class BatchBlocked(Exception):
    """The batch failed a critical expectation and was not released: it must not be published."""


@dataclass(frozen=True, slots=True)
class StagedBatch:
    batch_id: str
    run_id: int
    input_root: str
    parser_version: str
    as_of: dt.date
    status: str
    triggered_by: str = ""  # the run's kind (etl.runs.RunKind) or `airflow:<dag run>`

    @property
    def entities_only(self) -> bool:
        """A re-extract batch: new entity rows for published articles, published by entities.sql."""
        return self.triggered_by == RunKind.REEXTRACT


@dataclass(frozen=True, slots=True)
class FailedExpectation:
    suite: str
    check: str  # stable check name, e.g. "articles.key_unique"
    severity: str
    expectation: str  # readable: expect_column_values_to_be_unique(column=content_sha256)
    message: str  # for a person: what was wrong, with a few offending values


@dataclass(frozen=True, slots=True)
class AuditResult:
    batch_id: str
    run_id: int
    success: bool  # no critical expectation failed
    status: str  # staging.batch.status after the audit: staged, blocked or overridden
    critical_failures: list[FailedExpectation]
    warnings: list[FailedExpectation]
    validation_run_ids: list[int]
    data_docs_path: Path | None  # index.html of this audit's Data Docs
    seconds: float
    # where the seconds went: prepare (statistics, row counts, learned bounds), gx_import, gx_context
    # (context, data source, assets, suites), gx_validate (the checkpoint's queries), record
    phase_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def publishable(self) -> bool:
        return self.status != BLOCKED


# --- the batch ----------------------------------------------------------------------------


def staged_batch(conn: sa.Connection, batch_id: str, *, lock: bool = False) -> StagedBatch:
    row = store.staged_batch(conn, check_batch_id(batch_id), lock=lock)
    if row is None:
        raise BatchNotFound(f"no staged batch {batch_id}")
    return StagedBatch(*row)


def has_entity_mentions(conn: sa.Connection) -> bool:
    """Whether the entity layer's staging table exists with the columns the entities suite reads."""
    return ENTITY_MENTION_COLUMNS <= store.table_columns(conn, *ENTITY_MENTION_TABLE)


def planned_file_count(conn: sa.Connection, batch_id: str) -> int | None:
    """How many files the run plan (ingest.run_batch) put in the batch; None without a plan."""
    plan = BatchId.parse(batch_id)
    return store.planned_file_count(conn, plan.run_id, plan.batch_no)


def ensure_publishable(conn: sa.Connection, batch_id: str) -> StagedBatch:
    """Lock the staged batch row and raise BatchBlocked if it is blocked; call in the publish transaction."""
    batch = staged_batch(conn, batch_id, lock=True)
    if batch.status == BLOCKED:
        raise BatchBlocked(
            f"batch {batch_id} failed a critical expectation and is blocked (see quality.expectation_result)"
        )
    return batch


def publish_staged(conn: sa.Connection, batch: StagedBatch) -> None:
    """Publish a staged batch with its own run's lineage, in the caller's transaction (after
    ensure_publishable): a batch of files by publish.sql, a re-extract batch by entities.sql."""
    from etl.warehouse import load

    if batch.entities_only:
        load.publish_entities(conn, batch.batch_id, batch.run_id)
    else:
        load.publish_batch(conn, batch.batch_id, batch.run_id, batch.input_root, batch.parser_version)


def release_batch(engine: sa.Engine, batch_id: str, reason: str, *, released_by: str | None = None) -> StagedBatch:
    """Release a blocked batch for publishing despite its failed critical expectations (recorded)."""
    reason = (reason or "").strip()
    if not reason:
        raise ValueError("a release needs a reason")
    with engine.begin() as conn:
        batch = staged_batch(conn, batch_id, lock=True)
        if batch.status != BLOCKED:
            raise ValueError(f"batch {batch_id} is {batch.status}, not blocked: nothing to release")
        store.set_batch_status(conn, batch_id, OVERRIDDEN)
        store.record_release(conn, batch_id, batch.run_id, reason, released_by)
    log.warning("batch %s released for publishing: %s", batch_id, reason)
    return replace(batch, status=OVERRIDDEN)


def released_batches(engine: sa.Engine) -> list[StagedBatch]:
    """Batches released after being blocked and not yet published: publish them with their own run's lineage."""
    with engine.connect() as conn:
        return [StagedBatch(*r) for r in store.batches_with_status(conn, OVERRIDDEN)]


def publish_released_batches(engine: sa.Engine) -> list[str]:
    """Publish every released batch, each with its own run's lineage, one transaction each; call at
    the start of a run.  Returns the ids published."""

    published = []
    for released in released_batches(engine):
        with engine.begin() as conn:
            try:
                batch = ensure_publishable(conn, released.batch_id)
            except BatchNotFound:  # another run published it meanwhile
                continue
            publish_staged(conn, batch)
        published.append(batch.batch_id)
    return published


# --- the audit ----------------------------------------------------------------------------


def audit_batch(
    engine: sa.Engine, batch_id: str, *, docs_dir: Path | None = None, planned_files: int | None = None
) -> AuditResult:
    """Validate a committed staged batch; record results in `quality`; block it if a critical check failed.

    Raises when the audit cannot run (warehouse unreachable, ...): the batch then stays `staged`,
    unaudited, and must not be published.
    ``docs_dir``: build the Data Docs of this audit into ``docs_dir/<run_id>/<batch_id>/`` (a static
    site; replaced when the batch is audited again).  ``planned_files``: how many files the run put
    in this batch; by default the run plan's count (unknown without a plan: a re-extract batch).
    """
    clock = time.perf_counter()
    phases: dict[str, float] = {}
    with engine.begin() as conn:
        _refresh_statistics(conn)
    with engine.connect() as conn:
        started_at = _database_clock(conn)  # the server's clock, like staging.batch.staged_at
        batch = staged_batch(conn, batch_id)
        planned_in_run_plan = planned_file_count(conn, batch_id)
        facts = BatchFacts(
            batch.batch_id,
            batch.as_of,
            planned_files=planned_files if planned_files is not None else planned_in_run_plan,
            has_run_plan=planned_in_run_plan is not None,
            has_entity_mentions=has_entity_mentions(conn),
            entities_only=batch.entities_only,
        )
        suites = build_suites(facts)
        row_counts = {(s.name, a.name): _row_count(conn, a) for s in suites for a in s.assets}
        suites, bases = _with_learned_bounds(conn, suites, row_counts)

    phases["prepare"] = time.perf_counter() - clock
    site_dir = docs_dir / str(batch.run_id) / batch.batch_id if docs_dir is not None else None
    gx_results, gx_version = _validate(engine.url, suites, site_dir, phases)
    if _any_raised(gx_results):
        # An expectation GX could not evaluate is most often a connection that dropped mid-validation
        # (a server restart): validate once more before judging, so a good batch is not blocked for it.
        # What fails again is recorded as "could not be evaluated" (critical checks then block).
        log.warning("batch %s: some expectations could not be evaluated; validating again", batch_id)
        gx_results, gx_version = _validate(engine.url, suites, site_dir, phases, fresh=True)
    recording = time.perf_counter()
    docs_index = None
    if docs_dir is not None and site_dir is not None and (site_dir / "index.html").exists():
        _share_static_assets(site_dir, docs_dir)
        docs_index = site_dir / "index.html"

    checks = {c.name: c for s in suites for c in s.checks}
    outcomes = [_outcome(suite.name, r, checks, bases) for suite in suites for r in gx_results[suite.name]]
    critical = [o.failure for o in outcomes if not o.success and o.severity == "critical"]
    warnings = [o.failure for o in outcomes if not o.success and o.severity == "warning"]

    with engine.begin() as conn:
        finished_at = _database_clock(conn)
        current = staged_batch(conn, batch_id, lock=True).status
        status = OVERRIDDEN if current == OVERRIDDEN else BLOCKED if critical else STAGED
        store.set_batch_status(conn, batch_id, status)
        validation_run_ids = [
            _record(
                conn,
                batch,
                suite,
                [o for o in outcomes if o.suite == suite.name],
                row_counts[(suite.name, suite.assets[0].name)],
                started_at,
                finished_at,
                docs_index,
                gx_version,
            )
            for suite in suites
        ]

    seconds = time.perf_counter() - clock
    phases["record"] = time.perf_counter() - recording
    log.log(
        logging.WARNING if critical or warnings else logging.INFO,
        "audited batch %s in %.2fs: %d critical, %d warning failures -> %s",
        batch_id,
        seconds,
        len(critical),
        len(warnings),
        status,
    )
    return AuditResult(
        batch.batch_id,
        batch.run_id,
        not critical,
        status,
        critical,
        warnings,
        validation_run_ids,
        docs_index,
        seconds,
        phases,
    )


def audit_run(engine: sa.Engine, run_id: int, *, docs_dir: Path | None = None) -> list[AuditResult]:
    """Audit every staged batch of the run not audited since it was (re-)staged: Airflow's validate
    task, safe to retry."""
    with engine.connect() as conn:
        batch_ids = store.unaudited_batches(conn, run_id)
    return [audit_batch(engine, b, docs_dir=docs_dir) for b in batch_ids]


def _refresh_statistics(conn: sa.Connection) -> None:
    # Every publish empties the staging tables, so their statistics describe an earlier batch: the
    # new batch id looks absent and PostgreSQL runs the audit's joins as nested loops (seconds each).
    # Only the columns the audit's joins and filters use: sampling the article texts cost 3x more.
    tables = [
        "staging.file (batch_id, ordinal, path, content_sha256)",
        "staging.article (batch_id, content_sha256, ordinal)",
        "staging.article_credit (batch_id, content_sha256, position)",
    ]
    if has_entity_mentions(conn):
        tables.append(".".join(ENTITY_MENTION_TABLE) + " (batch_id, content_sha256, start_char)")
    store.refresh_statistics(conn, tables)


def _database_clock(conn: sa.Connection) -> dt.datetime:
    return store.database_clock(conn)


def _row_count(conn: sa.Connection, asset: QueryAsset) -> int:
    return store.row_count(conn, asset.query)


def _with_learned_bounds(
    conn: sa.Connection, suites: list[Suite], row_counts: dict[tuple[str, str], int]
) -> tuple[list[Suite], dict[str, str]]:
    """Suites with distribution checks bounded from history (or dropped when the batch is too small
    to judge), and how each check's bounds were found."""
    bases: dict[str, str] = {}
    resolved_suites = []
    for suite in suites:
        assets = []
        for asset in suite.assets:
            checks: list[Check] = []
            for check in asset.checks:
                if check.baseline is None:
                    checks.append(check)
                elif row_counts[(suite.name, asset.name)] >= check.baseline.min_rows:
                    resolved, bases[check.name] = baseline.resolve(conn, check)
                    checks.append(resolved)
            assets.append(QueryAsset(asset.name, asset.query, tuple(checks)))
        resolved_suites.append(Suite(suite.name, tuple(assets)))
    return resolved_suites, bases


def _add_seconds(phases: dict[str, float], name: str, since: float) -> float:
    now = time.perf_counter()
    phases[name] = phases.get(name, 0.0) + now - since
    return now


def _import_gx():
    # GX logs hundreds of INFO lines on import when Airflow configured logging first.
    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    import great_expectations as gx

    return gx


def import_gx_in_background() -> threading.Thread:
    """Start importing Great Expectations (3-5 s of CPU) in a thread, so that the first audit of a
    run does not wait for it: call at the start of a run, before the first batch is transformed."""
    thread = threading.Thread(target=_import_gx, name="import-great-expectations", daemon=True)
    thread.start()
    return thread


@dataclass(slots=True)
class _GxSession:
    """An in-memory GX context and its warehouse data source, reused by the audits of one process."""

    context: Any
    datasource: Any


# Per warehouse URL; audits without Data Docs only (a docs site renders every result in its
# context's store, so an audit with docs gets a context of its own, as before).  Each audit adds
# its assets, suites, validation definitions and checkpoint, and removes them and its stored results
# afterwards, so the session does not grow with the number of batches.
_SESSIONS: dict[str, _GxSession] = {}
_SESSIONS_LOCK = threading.Lock()


def _new_session(gx, secret_url: str, sites: dict) -> _GxSession:
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
        data_docs_sites=sites,
        progress_bars=ProgressBarsConfig(globally=False),
        analytics_enabled=False,
    )
    context = gx.get_context(mode="ephemeral", project_config=config, runtime_environment={_URL_VARIABLE: secret_url})
    datasource = context.data_sources.add_postgres(
        name="warehouse", connection_string="${" + _URL_VARIABLE + "}", create_temp_table=True
    )
    return _GxSession(context, datasource)


def forget_gx_sessions() -> None:
    """Drop the reused GX contexts (the next audit builds a new one)."""
    with _SESSIONS_LOCK:
        for session in _SESSIONS.values():
            _close_connections(session.datasource)
        _SESSIONS.clear()


def _validate(
    url: sa.URL, suites: list[Suite], site_dir: Path | None, phases: dict[str, float], *, fresh: bool = False
) -> tuple[dict[str, list[Any]], str]:
    """Run every suite with GX in one checkpoint; GX results per suite name, and the GX version.

    ``fresh``: build a new GX context even where one could be reused (validating again after an
    expectation could not be evaluated: the old one's connections may be what failed)."""
    clock = time.perf_counter()
    gx = _import_gx()
    clock = _add_seconds(phases, "gx_import", clock)
    secret_url = url.set(drivername="postgresql+psycopg2").render_as_string(hide_password=False)
    if site_dir is not None:
        shutil.rmtree(site_dir, ignore_errors=True)  # a re-audit replaces the batch's docs
        site_dir.mkdir(parents=True)
        sites = {
            _DATA_DOCS_SITE: {
                "class_name": "SiteBuilder",
                "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(site_dir)},
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            }
        }
        session = _new_session(gx, secret_url, sites)
        return _run_checkpoint(gx, session, suites, phases, clock, build_docs=True, reused=False)
    with _SESSIONS_LOCK:
        if fresh and secret_url in _SESSIONS:
            _close_connections(_SESSIONS.pop(secret_url).datasource)
        cached = _SESSIONS.get(secret_url)
        if cached is None:
            cached = _SESSIONS[secret_url] = _new_session(gx, secret_url, {})
        try:
            return _run_checkpoint(gx, cached, suites, phases, clock, build_docs=False, reused=True)
        except BaseException:
            _SESSIONS.pop(secret_url, None)  # in an unknown state: the next audit starts afresh
            raise


def _run_checkpoint(
    gx,
    session: _GxSession,
    suites: list[Suite],
    phases: dict[str, float],
    clock: float,
    *,
    build_docs: bool,
    reused: bool,
) -> tuple[dict[str, list[Any]], str]:
    context, datasource = session.context, session.datasource
    names = []
    try:
        definitions = []
        for suite in suites:
            for asset in suite.assets:
                name = f"{suite.name}.{asset.name}"
                names.append(name)
                batch_definition = datasource.add_query_asset(
                    name=name, query=asset.query
                ).add_batch_definition_whole_table(name)
                gx_suite = context.suites.add(
                    gx.ExpectationSuite(
                        name=name,
                        expectations=[_gx_expectation(gx, c) for c in asset.checks],
                        meta={"suite_version": SUITE_VERSION},
                    )
                )
                definitions.append(
                    context.validation_definitions.add(
                        gx.ValidationDefinition(name=name, data=batch_definition, suite=gx_suite)
                    )
                )
        checkpoint = context.checkpoints.add(
            gx.Checkpoint(
                name="audit",
                validation_definitions=definitions,
                result_format={"result_format": "SUMMARY", "partial_unexpected_count": _SAMPLE_VALUES},
            )
        )
        clock = _add_seconds(phases, "gx_context", clock)
        result = checkpoint.run()
        clock = _add_seconds(phases, "gx_validate", clock)
        if build_docs:
            # once for all suites: GX's UpdateDataDocsAction rebuilds the whole site after each validation
            context.build_data_docs(site_names=[_DATA_DOCS_SITE])
    finally:
        _close_connections(datasource)
    if reused:
        _forget_audit(context, datasource, names)
    by_suite: dict[str, list[Any]] = {s.name: [] for s in suites}
    for validation in result.run_results.values():
        by_suite[validation.suite_name.split(".", 1)[0]].extend(validation.results)
    return by_suite, gx.__version__


def _close_connections(datasource) -> None:
    # GX's temporary tables (one per asset) live in the sessions of its execution engine's pool:
    # closing those connections drops them.  The data source's own engine is a second pool.
    datasource.get_execution_engine().engine.dispose()
    datasource.get_engine().dispose()


def _forget_audit(context, datasource, names: list[str]) -> None:
    """Remove one audit's objects and stored results from a reused context."""
    context.checkpoints.delete("audit")
    for name in names:
        context.validation_definitions.delete(name)
        context.suites.delete(name)
        datasource.delete_asset(name)
    store = context.validation_results_store
    for key in store.list_keys():
        store.remove_key(key)


def _any_raised(gx_results: dict[str, list[Any]]) -> bool:
    return any((r.exception_info or {}).get("raised_exception") for results in gx_results.values() for r in results)


def _share_static_assets(site_dir: Path, docs_dir: Path) -> None:
    """GX copies 4 MB of fonts, images and CSS into every site: keep one copy in docs_dir/static and
    make each site's `static` a relative link to it (pages refer to it by relative paths)."""
    shared, own = docs_dir / "static", site_dir / "static"
    try:
        own.rename(shared)  # atomic: of two audits doing this at once, one wins
    except OSError:  # shared already exists
        shutil.rmtree(own)
    own.symlink_to(os.path.relpath(shared, site_dir), target_is_directory=True)


def _gx_expectation(gx, check: Check):
    expectation_class = getattr(gx.expectations, check.expectation)
    # catch_exceptions: an expectation that cannot be evaluated is recorded as failed, not fatal
    return expectation_class(**check.kwargs, severity=check.severity, meta={"check": check.name}, catch_exceptions=True)


# --- results ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Outcome:
    suite: str
    check: str
    severity: str
    success: bool
    expectation_type: str
    expectation: str
    kwargs: dict[str, Any]
    observed_value: Any
    element_count: int | None
    unexpected_count: int | None
    unexpected_sample: list[Any] | None
    message: str

    @property
    def failure(self) -> FailedExpectation:
        return FailedExpectation(self.suite, self.check, self.severity, self.expectation, self.message)


def _outcome(suite: str, gx_result, checks: dict[str, Check], bases: dict[str, str]) -> _Outcome:
    config = gx_result.expectation_config
    check = config.meta["check"]
    kwargs = {k: v for k, v in config.kwargs.items() if k != "batch_id"}
    readable = f"{config.type}({', '.join(f'{k}={_short(v)}' for k, v in kwargs.items())})"
    result = gx_result.result or {}
    raised = bool((gx_result.exception_info or {}).get("raised_exception"))
    sample = result.get("partial_unexpected_list")
    sample = [_truncate(v) for v in sample[:_SAMPLE_VALUES]] if sample is not None else None
    success = bool(gx_result.success) and not raised
    if success:
        message = f"{check}: passed"
    elif raised:
        message = f"{check}: could not be evaluated: {_truncate(gx_result.exception_info.get('exception_message'))}"
    elif "unexpected_count" in result:
        message = (
            f"{check}: {result['unexpected_count']} of {result.get('element_count')} rows unexpected "
            f"({readable}); e.g. {json.dumps(sample, default=str, ensure_ascii=False)}"
        )
    else:
        message = f"{check}: observed {_short(result.get('observed_value'))} ({readable})"
    if check in bases:
        message += f" [{bases[check]}]"
    return _Outcome(
        suite=suite,
        check=check,
        severity=checks[check].severity,
        success=success,
        expectation_type=config.type,
        expectation=readable,
        kwargs=kwargs,
        observed_value=_plain(result.get("observed_value")),
        element_count=result.get("element_count"),
        unexpected_count=result.get("unexpected_count"),
        unexpected_sample=sample,
        message=message,
    )


def _plain(value: Any) -> Any:
    # numeric results come back as Decimal: store them as JSON numbers, which history learns from
    return float(value) if isinstance(value, Decimal) else value


def _short(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_short(v) for v in value) + "]"
    return str(value)


def _truncate(value: Any) -> Any:
    if isinstance(value, str) and len(value) > _SAMPLE_CHARS:
        return value[: _SAMPLE_CHARS - 1] + "…"
    if isinstance(value, dict):
        return {k: _truncate(v) for k, v in value.items()}
    return value


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, default=str, ensure_ascii=False)


def _record(
    conn: sa.Connection,
    batch: StagedBatch,
    suite: Suite,
    outcomes: Sequence[_Outcome],
    row_count: int,
    started_at: dt.datetime,
    finished_at: dt.datetime,
    docs_index: Path | None,
    gx_version: str,
) -> int:
    critical = sum(not o.success and o.severity == "critical" for o in outcomes)
    warning = sum(not o.success and o.severity == "warning" for o in outcomes)
    return store.record_validation(
        conn,
        {
            "run_id": batch.run_id,
            "batch_id": batch.batch_id,
            "suite": suite.name,
            "suite_version": SUITE_VERSION,
            "success": critical == 0 and warning == 0,
            "critical": critical,
            "warning": warning,
            "expectations": len(outcomes),
            "row_count": row_count,
            "started_at": started_at,
            "finished_at": finished_at,
            "docs": str(docs_index) if docs_index else None,
            "gx_version": gx_version,
        },
        [
            {
                "suite": o.suite,
                "check": o.check,
                "expectation": o.expectation,
                "expectation_type": o.expectation_type,
                "kwargs": _json(o.kwargs),
                "severity": o.severity,
                "success": o.success,
                "observed_value": _json(o.observed_value),
                "element_count": o.element_count,
                "unexpected_count": o.unexpected_count,
                "unexpected_sample": _json(o.unexpected_sample),
                "message": o.message,
            }
            for o in outcomes
        ],
    )
