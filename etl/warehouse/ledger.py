"""The ledger's quarantine (ingest.raw_file rows with status 'quarantined'): the files held back, for
`antara-etl quarantine list`, replay, a run's note and the quality pages."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

_QUARANTINED = (
    "SELECT input_root, path, reason, message FROM ingest.raw_file WHERE status = 'quarantined' "
    "AND (CAST(:reason AS text) IS NULL OR reason = :reason) "
)
_BY_REASON = sa.text(_QUARANTINED + "ORDER BY reason, input_root, path LIMIT :limit")
_BY_PATH = sa.text(_QUARANTINED + "ORDER BY input_root, path")


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


_RUN_QUARANTINED_BY_PATH = sa.text(
    "SELECT f.path, f.reason, f.message FROM ingest.raw_file f "
    "JOIN ingest.run r ON r.input_root = f.input_root AND r.run_id = f.last_run_id "
    "WHERE r.run_id = :r AND f.status = 'quarantined' ORDER BY f.path LIMIT :limit OFFSET :offset"
)


def run_quarantined(engine: sa.Engine, run_id: int, *, limit: int = 50, offset: int = 0) -> list[dict]:
    """The files this run quarantined (path, reason, message), in path order: one page of them."""
    with engine.connect() as conn:
        rows = conn.execute(_RUN_QUARANTINED_BY_PATH, {"r": run_id, "limit": limit, "offset": offset})
        return [dict(row._mapping) for row in rows]
