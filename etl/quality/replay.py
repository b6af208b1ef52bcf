"""Replay quarantined files: after a fix (to the file or the parser), process them again.

Only the files the ledger (ingest.raw_file) holds as quarantined are read, optionally only those
with one reason code; each input root gets its own run (triggered_by 'replay'), and its batches go
through the same stage -> audit -> publish as any ingest, so a replay cannot publish what the
quality suites would block.  A replayed file that still fails stays quarantined with its new reason.
"""

from __future__ import annotations

import datetime as dt
import logging
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from etl import runs
from etl.extract import revisit
from etl.pipeline import DEFAULT_BATCH_SIZE, RunSummary
from etl.records import DiscoveredFile
from etl.warehouse import ledger

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
    return ledger.quarantined_by_root(engine, reason)


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
    """A run (etl.runs) over a plan of the quarantined files found on disk under ``root``."""
    summary = RunSummary(None, root, discovered=len(files))
    plans: list[runs.Plan] = []

    def start(alive: ExitStack) -> int:
        planned = runs.plan(
            engine,
            root,
            kind=runs.RunKind.REPLAY,
            as_of=as_of,
            batch_size=batch_size,
            files=files,
            reprocess=True,
            start_when_empty=True,
            alive=alive,
        )
        plans.append(planned)
        summary.run_id, summary.in_flight = planned.run_id, planned.in_flight
        if planned.run_id is None:  # start_when_empty: never
            raise RuntimeError("the replay run was not started")
        return planned.run_id

    with runs.local_run(engine, start=start, counts=summary.counts):
        runs.execute_locally(engine, plans[0], summary, docs_dir=docs_dir)
    blocked_batches.extend(summary.blocked_batches)
    log.info("replayed %d quarantined files under %s: %d loaded", len(files), root, summary.loaded)
    return summary
