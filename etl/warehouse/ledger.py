"""The ledger's quarantine (ingest.raw_file rows with status 'quarantined'): the files held back, for
`antara-etl quarantine list`, replay, a run's note and the quality pages. The SQL is in ledger.sql."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa

from etl.warehouse.queries import named_queries

_QUERIES = named_queries(Path(__file__).with_name("ledger.sql"))
_BY_REASON = _QUERIES["quarantined_by_reason"]
_BY_PATH = _QUERIES["quarantined_by_path"]
_RUN_QUARANTINED_BY_PATH = _QUERIES["run_quarantined_by_path"]


def quarantined(engine: sa.Engine, reason: str | None = None, *, limit: int | None = None) -> Sequence[sa.Row]:
    """(input_root, path, reason, message) of the quarantined files (of one reason, if given), by reason
    then path; at most ``limit``."""
    with engine.connect() as conn:
        return conn.execute(_BY_REASON, {"reason": reason, "limit": limit}).all()


def quarantined_by_root(engine: sa.Engine, reason: str | None = None) -> dict[str, list[str]]:
    """input_root -> paths (in path order) of the quarantined files (of one reason, if given)."""
    by_root: dict[str, list[str]] = {}
    with engine.connect() as conn:
        for row in conn.execute(_BY_PATH, {"reason": reason}):
            by_root.setdefault(row.input_root, []).append(row.path)
    return by_root


def run_quarantined(engine: sa.Engine, run_id: int, *, limit: int = 50, offset: int = 0) -> list[dict]:
    """The files this run quarantined (path, reason, message), in path order: one page of them."""
    with engine.connect() as conn:
        rows = conn.execute(_RUN_QUARANTINED_BY_PATH, {"r": run_id, "limit": limit, "offset": offset})
        return [dict(row._mapping) for row in rows]
