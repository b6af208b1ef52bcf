"""A run's life, one implementation for every entry point: its batch ids, statuses and steps.

    start -> (plan) -> transform + stage -> audit -> publish -> finish or fail -> clean up

The values are the ones the warehouse stores (ingest.run.status, staging.batch.status and their
CHECK constraints, staging.batch.batch_id); this module is the one place Python spells them.  The
steps reach the warehouse only through etl.warehouse and etl.quality.audit.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import sqlalchemy as sa

    from etl.quality.audit import AuditResult

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
    engine: sa.Engine, input_root: str, *, as_of: dt.date, kind: RunKind, counts: Callable[[], dict[str, int]]
) -> Iterator[int]:
    """The life of a run that lives in one process: start it (its ingest.run row), hold its liveness
    lock, clean up after dead runs and publish released batches; the body does the run's batches;
    then finish it (`succeeded`, or `failed` if the body raised, re-raising) with ``counts()``, and
    clean up again.  Yields the run id."""
    from etl import PARSER_VERSION
    from etl.warehouse import load
    from etl.warehouse.retry import with_retries

    run_id = load.start_run(engine, input_root, PARSER_VERSION, as_of, kind)
    with load.run_alive(engine, run_id):  # lets clean_up tell a live run from a dead one
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
