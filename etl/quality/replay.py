"""Replay quarantined files: after a fix (to the file or the parser), process them again.

Only the files the ledger (ingest.raw_file) holds as quarantined are read, optionally only those
with one reason code; each input root gets its own run (triggered_by 'replay'), and its batches go
through the same stage -> audit -> publish as any ingest, so a replay cannot publish what the
quality suites would block.  A replayed file that still fails stays quarantined with its new reason.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from etl import PARSER_VERSION
from etl.extract import revisit
from etl.pipeline import DEFAULT_BATCH_SIZE, RunSummary, batches, transform_file
from etl.records import DiscoveredFile
from etl.runs import BatchId, RunKind, RunStatus
from etl.warehouse import load

log = logging.getLogger(__name__)


@dataclass(slots=True)
class ReplayResult:
    runs: list[RunSummary] = field(default_factory=list)  # one per input root
    missing: list[str] = field(default_factory=list)  # quarantined files no longer on disk (left as they are)
    blocked_batches: list[str] = field(default_factory=list)  # staged, but failed a critical expectation

    @property
    def loaded(self) -> int:
        return sum(r.loaded for r in self.runs)


def quarantined_files(engine: sa.Engine, reason: str | None = None) -> dict[str, list[str]]:
    """input_root -> paths of the files the ledger holds as quarantined (with this reason, if given)."""
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT input_root, path FROM ingest.raw_file WHERE status = 'quarantined' "
                "AND (CAST(:reason AS text) IS NULL OR reason = :reason) ORDER BY input_root, path"
            ),
            {"reason": reason},
        )
        by_root: dict[str, list[str]] = defaultdict(list)
        for root, path in rows:
            by_root[root].append(path)
        return dict(by_root)


def replay_quarantined(
    engine: sa.Engine,
    *,
    reason: str | None = None,
    as_of: dt.date | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    docs_dir: Path | None = None,
) -> ReplayResult:
    """Re-process the quarantined files (of one reason code, or all); see the module doc."""
    as_of = as_of or dt.datetime.now(dt.UTC).date()
    result = ReplayResult()
    for root, paths in quarantined_files(engine, reason).items():
        present = []
        for path in paths:
            found = _on_disk(root, path)
            if found is None:
                result.missing.append(f"{root}/{path}")
            else:
                present.append(found)
        if present:
            result.runs.append(_replay_root(engine, root, present, as_of, batch_size, docs_dir, result.blocked_batches))
    return result


def _on_disk(root: str, path: str) -> DiscoveredFile | None:
    # discovery's safety checks again: a quarantined file since replaced by a link leaving the root
    # (or a FIFO) is refused, never read
    return revisit(root, path)


def _replay_root(
    engine: sa.Engine,
    root: str,
    files: list[DiscoveredFile],
    as_of: dt.date,
    batch_size: int,
    docs_dir: Path | None,
    blocked_batches: list[str],
) -> RunSummary:
    from etl.quality.audit import audit_batch, ensure_publishable

    run_id = load.start_run(engine, root, PARSER_VERSION, as_of, RunKind.REPLAY)
    summary = RunSummary(run_id, root, discovered=len(files))
    with load.run_alive(engine, run_id):  # lets clean_staging tell a live replay from a dead one
        try:
            for number, chunk in enumerate(batches(list(enumerate(files)), batch_size)):
                batch_id = str(BatchId(run_id, number))
                outcomes = [(ordinal, transform_file(f, as_of)) for ordinal, f in chunk]
                with engine.begin() as conn:
                    load.stage_batch(conn, batch_id, run_id, root, outcomes)
                if not audit_batch(engine, batch_id, docs_dir=docs_dir).publishable:
                    blocked_batches.append(batch_id)
                    continue
                with engine.begin() as conn:
                    ensure_publishable(conn, batch_id)
                    load.publish_batch(conn, batch_id, run_id, root, PARSER_VERSION)
                    paths = [o.file.path for _, o in outcomes]
                    summary.add(load.ledger_outcomes(conn, root, paths))
                    summary.flagged.update(load.ledger_flags(conn, root, paths))
        except BaseException:
            try:
                load.finish_run(engine, run_id, RunStatus.FAILED, summary.counts())
            except sa.exc.SQLAlchemyError:  # the warehouse may be what failed; the run row then stays 'running'
                log.warning("could not record the end of replay run %s", run_id)
            raise
        load.finish_run(engine, run_id, RunStatus.SUCCEEDED, summary.counts())
    load.clean_staging(engine)
    log.info("replayed %d quarantined files under %s: %d loaded", len(files), root, summary.loaded)
    return summary
