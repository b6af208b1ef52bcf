"""A run's life, one implementation for every entry point: its batch ids, statuses and steps.

    start -> (plan) -> transform + stage -> audit -> publish -> finish or fail -> clean up

The values are the ones the warehouse stores (ingest.run.status, staging.batch.status and their
CHECK constraints, staging.batch.batch_id); this module is the one place Python spells them.  The
steps reach the warehouse only through etl.warehouse and etl.quality.audit.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import sqlalchemy as sa

    from etl.pipeline import RunSummary
    from etl.quality.audit import AuditResult
    from etl.records import DiscoveredFile

log = logging.getLogger(__name__)
T = TypeVar("T")


class RunStatus(StrEnum):
    """ingest.run.status (CHECK run_status_known)."""

    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class BatchStatus(StrEnum):
    """staging.batch.status (CHECK batch_status_known): a batch in staging is not yet published."""

    STAGED = "staged"  # written, audited or waiting for its audit
    BLOCKED = "blocked"  # failed a critical expectation: not published
    OVERRIDDEN = "overridden"  # released by a person despite that (quality.batch_override): to be published


class RunKind(StrEnum):
    """ingest.run.triggered_by of the runs that start in one process (an Airflow run's is `airflow:<dag run>`)."""

    CLI = "cli"
    REPLAY = "replay"
    REEXTRACT = "reextract"


# Runs of these kinds hold the liveness lock while their process lives, so the next run can mark
# one whose process died `failed` (etl/warehouse/staging_cleanup.sql takes this list).
LIVENESS_LOCKED_KINDS = tuple(k.value for k in RunKind)


@dataclass(frozen=True, order=True, slots=True)
class BatchId:
    """A staged batch's id, `run<run_id>-b<batch_no, 5 digits or more>`: the run it belongs to and its
    number in the run's plan (ingest.run_batch).  The one writer and the one parser of the format.

    Batch ids go into SQL text as literals (GX query assets take no bind parameters), so parse()
    accepts only exactly what str() writes."""

    run_id: int
    batch_no: int

    PATTERN = re.compile(r"run(?P<run_id>[1-9][0-9]{0,17})-b(?P<batch_no>[0-9]{5,9})")

    def __post_init__(self) -> None:
        if not (isinstance(self.run_id, int) and isinstance(self.batch_no, int)):
            raise TypeError(f"a batch id is two ints, not {self.run_id!r}, {self.batch_no!r}")
        if self.run_id < 1 or not 0 <= self.batch_no <= 999_999_999:
            raise ValueError(f"no batch id for run {self.run_id}, batch {self.batch_no}")

    def __str__(self) -> str:
        return f"run{self.run_id}-b{self.batch_no:05d}"

    @classmethod
    def parse(cls, text: object) -> BatchId:
        """The batch id written as ``text``; ValueError unless ``text`` is exactly a batch id's form."""
        match = cls.PATTERN.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise ValueError(f"not a batch id: {text!r} (expected run<N>-b<NNNNN>)")
        parsed = cls(int(match["run_id"]), int(match["batch_no"]))
        if str(parsed) != text:  # `run1-b000001`: the same batch written another way
            raise ValueError(f"not a batch id: {text!r} (expected {parsed})")
        return parsed


# --- the steps of a run's life ---------------------------------------------------------------
# Every entry point goes through these: the CLI (etl.pipeline.ingest, a local executor over its
# batches), Airflow (etl.orchestrate, one task per step), replay (etl.quality.replay), release
# (publish_released) and re-extract (etl.pipeline.reextract_entities).


@contextmanager
def local_run(
    engine: sa.Engine, *, start: Callable[[ExitStack], int], counts: Callable[[], dict[str, int]]
) -> Iterator[int]:
    """The life of a run that lives in one process: ``start(alive)`` starts it (see start() and plan(),
    which take its liveness lock into ``alive``); clean up after dead runs and publish released
    batches; the body does the run's batches; then finish it (`succeeded`, or `failed` if the body
    raised, re-raising) with ``counts()``, and clean up again.  Yields the run id."""
    from etl.warehouse.retry import with_retries

    with ExitStack() as alive:
        run_id = start(alive)
        try:
            clean_up(engine)
            for released in publish_released(engine):
                log.warning("published %s, released after it was blocked", released)
            yield run_id
        except BaseException:
            fail(engine, run_id, counts())
            raise
    with_retries(lambda: finish(engine, run_id, counts()), what=f"finishing run {run_id}")
    clean_up(engine)


def finish(engine: sa.Engine, run_id: int, counts: dict[str, int], status: RunStatus = RunStatus.SUCCEEDED) -> None:
    """Record the end of a run with its counts."""
    from etl.warehouse import load

    load.finish_run(engine, run_id, status, counts)


def fail(engine: sa.Engine, run_id: int, counts: dict[str, int]) -> None:
    """Record that a run failed; never raises (the warehouse may be what failed: the run row then
    stays `running` until clean_up finds its process gone)."""
    try:
        finish(engine, run_id, counts, RunStatus.FAILED)
    except Exception:
        log.warning("could not record the end of run %s", run_id)


def clean_up(engine: sa.Engine) -> None:
    """Staging housekeeping (etl/warehouse/staging_cleanup.sql): runs whose process died are marked
    failed; unpublished batches that later runs superseded are deleted."""
    from etl.warehouse import load

    dead, deleted = load.clean_staging(engine)
    if dead:
        log.warning("runs %s had died without finishing: marked failed", ", ".join(map(str, dead)))
    if deleted:
        log.info("deleted %d superseded unpublished batches: %s", len(deleted), ", ".join(deleted))


def stage(engine: sa.Engine, batch_id: BatchId, write: Callable[[sa.Connection], object]) -> None:
    """Stage a batch: ``write(conn)`` writes its rows in one committed transaction (the audit reads
    them over other connections); retried on a lost connection (staging again replaces the batch)."""
    from etl.warehouse.retry import with_retries

    def once() -> None:
        with engine.begin() as conn:
            write(conn)

    with_retries(once, what=f"staging {batch_id}")


def audit(engine: sa.Engine, batch_id: BatchId, docs_dir: Path | None = None) -> AuditResult:
    """Audit a staged batch (etl.quality.audit: the suites for its kind of run); a failed critical
    expectation blocks it."""
    from etl.quality.audit import audit_batch
    from etl.warehouse.retry import with_retries

    return with_retries(partial(audit_batch, engine, str(batch_id), docs_dir=docs_dir), what=f"auditing {batch_id}")


def publish(engine: sa.Engine, batch_id: BatchId, then: Callable[[sa.Connection], T] | None = None) -> T | None:
    """Publish an audited batch into core in one transaction (refused if it is blocked); ``then(conn)``
    runs in the same transaction and its value is returned.  Retried on a lost connection."""
    from etl.quality.audit import ensure_publishable, publish_staged
    from etl.warehouse.retry import with_retries

    def once() -> T | None:
        with engine.begin() as conn:
            publish_staged(conn, ensure_publishable(conn, str(batch_id)))
            return then(conn) if then is not None else None

    return with_retries(once, what=f"publishing {batch_id}")


def publish_released(engine: sa.Engine) -> list[str]:
    """Publish every batch a person released after it was blocked, each with its own run's lineage:
    the release path (etl.quality.audit.release_batch marks it, this publishes it)."""
    from etl.quality.audit import publish_released_batches

    return publish_released_batches(engine)


# --- plan ---------------------------------------------------------------------------------------

# A run still 'running' after this long is presumed dead: its planned files may be planned again.
RUN_LEASE = dt.timedelta(hours=6)


@dataclass(slots=True)
class Plan:
    """Which new or changed files each batch of a run holds (its rows: etl.warehouse.plans)."""

    run_id: int | None  # None: a dry run, or nothing to do and no run started
    input_root: str
    as_of: dt.date  # the reference date the run uses (see etl.pipeline.reference_date)
    batches: list[list[tuple[int, DiscoveredFile]]]
    discovered: int
    unchanged: int
    in_flight: int  # new or changed, but planned by another run still in flight: left to it
    batch_size: int

    @property
    def files(self) -> int:
        return sum(len(b) for b in self.batches)


def plan(
    engine: sa.Engine,
    input_root: str | Path,
    *,
    kind: str,
    as_of: dt.date,
    batch_size: int,
    files: Sequence[DiscoveredFile] | None = None,
    reprocess: bool = False,
    dry_run: bool = False,
    max_batches: int | None = None,
    start_when_empty: bool = False,
    alive: ExitStack | None = None,
) -> Plan:
    """Plan a run: the files under ``input_root`` (or ``files``) that are new or changed and not in
    flight in another run, cut into batches in discovery order; start the run and write its plan.

    Under a per-root lock, after clean_up (so the files of a run whose process died count as free).
    ``max_batches``: raise the batch size rather than plan more batches (Airflow's map limit).
    ``start_when_empty``: start (and plan) a run even with no file to process (the CLI records
    every run).  ``alive``: take the started run's liveness lock into this stack at once (a run in
    one process).  Raises etl.extract.InputRootError when the input root cannot be read."""
    from etl.extract import discover
    from etl.pipeline import batches, reference_date, select_changed
    from etl.warehouse import load, plans

    root = str(Path(input_root).resolve())
    candidates = list(discover(root)) if files is None else list(files)
    with plans.planning_lock(engine, root):
        if not dry_run:
            clean_up(engine)
        todo, unchanged = select_changed(candidates, load.ledger_snapshot(engine, root), reprocess)
        busy = plans.in_flight(engine, root, RUN_LEASE)
        planned = [(o, f) for o, f in todo if (f.path, f.size, f.mtime_ns) not in busy]
        as_of = reference_date(engine, root, [f for _, f in planned], as_of)
        size = batch_size if max_batches is None else max(batch_size, math.ceil(len(planned) / max_batches))
        result = Plan(
            None,
            root,
            as_of,
            [list(b) for b in batches(planned, size)],
            len(candidates),
            unchanged,
            len(todo) - len(planned),
            size,
        )
        if dry_run or not (result.batches or start_when_empty):
            return result
        result.run_id = run_id = start(engine, root, as_of, kind, alive)
        try:
            with engine.begin() as conn:
                plans.write_plan(
                    conn,
                    run_id,
                    result.batches,
                    discovered=result.discovered,
                    unchanged=unchanged,
                    in_flight=result.in_flight,
                    batch_size=size,
                )
        except BaseException:
            fail(engine, run_id, _plan_counts(result))
            raise
    if size != batch_size:
        log.warning(
            "%d files: batch size raised from %d to %d (at most %d batches)",
            result.files,
            batch_size,
            size,
            max_batches,
        )
    return result


def _plan_counts(p: Plan) -> dict[str, int]:
    return {"discovered": p.discovered, "unchanged": p.unchanged, "loaded": 0, "duplicate": 0, "quarantined": 0}


def start(engine: sa.Engine, input_root: str, as_of: dt.date, kind: str, alive: ExitStack | None = None) -> int:
    """Start a run (its ingest.run row); ``alive``: hold its liveness lock in this stack from now on."""
    from etl import PARSER_VERSION
    from etl.warehouse import load

    run_id = load.start_run(engine, input_root, PARSER_VERSION, as_of, kind)
    if alive is not None:
        alive.enter_context(load.run_alive(engine, run_id))
    return run_id


def stage_planned(engine: sa.Engine, batch_id: BatchId, input_root: str, outcomes) -> None:
    """Stage a planned batch's outcomes ((ordinal, FileOutcome) pairs) and mark it staged in the plan."""
    from etl.warehouse import load, plans

    def write(conn: sa.Connection) -> None:
        load.stage_batch(conn, str(batch_id), batch_id.run_id, input_root, outcomes)
        plans.mark_staged(conn, batch_id.run_id, batch_id.batch_no)

    stage(engine, batch_id, write)


def publish_planned(engine: sa.Engine, batch_id: BatchId, then: Callable[[sa.Connection], T] | None = None) -> T | None:
    """Publish a planned batch and mark it published in the plan, in one transaction."""
    from etl.warehouse import plans

    def mark(conn: sa.Connection) -> T | None:
        plans.mark_published(conn, batch_id.run_id, batch_id.batch_no)
        return then(conn) if then is not None else None

    return publish(engine, batch_id, mark)


# --- the local executor (CLI, replay) -------------------------------------------------------------


def execute_locally(
    engine: sa.Engine,
    planned: Plan,
    summary: RunSummary,
    *,
    workers: int = 1,
    docs_dir: Path | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> None:
    """Run a plan's batches in this process: transformed by ``workers`` parser processes, staged and
    audited here, published by one publisher thread (batch N-1 while batch N is staged and audited),
    in batch order (which of two files with the same content is 'loaded' must not depend on timing)."""
    from concurrent.futures import Future, ThreadPoolExecutor

    from etl.pipeline import timed, transformed_batches
    from etl.warehouse import load

    if planned.run_id is None:
        raise RuntimeError("the run has not been started")
    run_id, root, timer = planned.run_id, planned.input_root, summary.stage_seconds

    def publish_one(batch_id: BatchId, paths: list[str]) -> None:
        def ledger(conn: sa.Connection):
            return load.ledger_outcomes(conn, root, paths), load.ledger_flags(conn, root, paths)

        with timed(timer, "publish"):
            published = publish_planned(engine, batch_id, ledger)
        if published is not None:
            outcomes, flags = published
            summary.add(outcomes)
            summary.flagged.update(flags)

    transformed = transformed_batches(planned.batches, planned.as_of, workers)
    done, total = 0, planned.files
    with ThreadPoolExecutor(1, thread_name_prefix="publish") as publisher:
        publishing: Future | None = None  # the previous batch's publish
        for number in range(len(planned.batches)):
            with timed(timer, "transform_wait"):
                outcomes, cpu_seconds, worker_rss = next(transformed)
            timer["transform_cpu"] += cpu_seconds
            summary.worker_peak_rss_kib = max(summary.worker_peak_rss_kib, worker_rss)
            batch_id = BatchId(run_id, number)
            with timed(timer, "stage"):
                stage_planned(engine, batch_id, root, outcomes)
            with timed(timer, "audit"):
                result = audit(engine, batch_id, docs_dir)
            if publishing is not None:
                publishing.result()  # raises what the publish raised
                publishing = None
            if result.publishable:
                publishing = publisher.submit(publish_one, batch_id, [o.file.path for _, o in outcomes])
            else:
                summary.blocked_batches.append(str(batch_id))
            done += len(outcomes)
            del outcomes
            if on_progress:
                on_progress(done, total)
        if publishing is not None:
            publishing.result()
