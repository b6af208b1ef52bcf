"""The queries of the quality pages (etl.quality.web) and the quality summary (etl.quality.report,
`antara-etl quality`): recent runs and audits, a run's batches, a batch's results, blocked batches."""

from __future__ import annotations

import sqlalchemy as sa

LATEST = """
    WITH latest AS (
        SELECT DISTINCT ON (batch_id, suite) *
        FROM quality.validation_run
        {where}
        ORDER BY batch_id, suite, validation_run_id DESC
    )
"""
RUN = sa.text(
    "SELECT run_id, started_at, finished_at, status, triggered_by, input_root, files_discovered, files_unchanged, "
    "files_loaded, files_duplicate, files_quarantined FROM ingest.run WHERE run_id = :r"
)
RUN_QUARANTINED = sa.text(
    "SELECT f.path, f.reason, f.message, count(*) OVER () AS total FROM ingest.raw_file f "
    "JOIN ingest.run r ON r.input_root = f.input_root AND r.run_id = f.last_run_id "
    "WHERE r.run_id = :r AND f.status = 'quarantined' ORDER BY f.reason, f.path LIMIT :limit OFFSET :offset"
)
RUN_OF_AIRFLOW_RUN = sa.text("SELECT max(run_id) FROM ingest.run WHERE triggered_by = :t")
# Per batch of a run: latest audit per suite, and where the batch is now.
BATCHES = sa.text(
    LATEST.format(where="WHERE run_id = :r")
    + """
    SELECT l.batch_id, l.suite, l.success, l.critical_failures, l.warning_failures, l.expectations, l.row_count,
           l.finished_at, s.status AS staging_status
    FROM latest l
    LEFT JOIN staging.batch s ON s.batch_id = l.batch_id
    ORDER BY l.batch_id, l.suite
    """
)
# The run's plan per batch (batch number -> its id: etl.runs.BatchId, the one writer of the format).
PLANNED_BATCHES = sa.text("SELECT batch_no, published_at, file_count FROM ingest.run_batch WHERE run_id = :r")
RECENT_BATCHES = sa.text(
    LATEST.format(where="")
    + """
    SELECT l.run_id, l.batch_id, max(l.finished_at) AS audited_at, sum(l.critical_failures) AS critical,
           sum(l.warning_failures) AS warnings, max(l.row_count) FILTER (WHERE l.suite = 'articles') AS articles,
           min(s.status) AS staging_status
    FROM latest l LEFT JOIN staging.batch s ON s.batch_id = l.batch_id
    GROUP BY l.run_id, l.batch_id
    ORDER BY max(l.finished_at) DESC, l.batch_id DESC
    LIMIT :limit
    """
)
RESULTS = sa.text(
    LATEST.format(where="WHERE batch_id = :b")
    + """
    SELECT r.suite, r.check_name, r.severity, r.success, r.expectation, r.observed_value, r.element_count,
           r.unexpected_count, r.unexpected_sample, r.message, l.run_id, l.finished_at
    FROM quality.expectation_result r JOIN latest l USING (validation_run_id)
    ORDER BY r.success, r.severity, r.suite, r.check_name
    """
)
HELD = sa.text("SELECT status, staged_at FROM staging.batch WHERE batch_id = :b")
OVERRIDES = sa.text(
    "SELECT overridden_at, overridden_by, reason FROM quality.batch_override WHERE batch_id = :b ORDER BY 1"
)
TREND = sa.text(
    LATEST.format(where="")
    + """
    SELECT run_id, sum(row_count) FILTER (WHERE suite = 'articles') AS articles,
           sum(row_count) FILTER (WHERE suite = 'batch') AS files,
           count(DISTINCT batch_id) FILTER (WHERE critical_failures > 0) AS failed_batches
    FROM latest GROUP BY run_id ORDER BY run_id DESC LIMIT :limit
    """
)


RUNS = sa.text(
    LATEST.format(where="")
    + """
    SELECT r.run_id, r.started_at, r.status, r.triggered_by, r.input_root, r.files_discovered, r.files_loaded,
           r.files_duplicate, r.files_quarantined,
           count(DISTINCT l.batch_id) FILTER (WHERE l.critical_failures > 0) AS batches_failed
    FROM ingest.run r
    JOIN latest l USING (run_id)
    GROUP BY r.run_id
    ORDER BY r.run_id DESC
    LIMIT :limit
    """
)
SUITES_PER_RUN = sa.text(
    LATEST.format(where="")
    + """
    SELECT run_id, suite, count(*) AS batches, count(*) FILTER (WHERE success) AS passed,
           sum(critical_failures) AS critical_failures, sum(warning_failures) AS warning_failures,
           sum(row_count) AS row_count
    FROM latest
    WHERE run_id = ANY(:runs)
    GROUP BY run_id, suite
    """
)
FAILED = sa.text(
    LATEST.format(where="")
    + """
    SELECT l.run_id, l.batch_id, r.suite, r.check_name, r.severity, r.unexpected_count, r.message
    FROM quality.expectation_result r
    JOIN latest l USING (validation_run_id)
    WHERE l.run_id = ANY(:runs) AND NOT r.success
    ORDER BY l.run_id DESC, r.severity, l.batch_id, r.check_name
    LIMIT :limit
    """
)
QUARANTINE_BY_REASON = sa.text(
    "SELECT reason, count(*) AS files FROM ingest.raw_file WHERE status = 'quarantined' "
    "GROUP BY reason ORDER BY count(*) DESC, reason"
)
HELD_BATCHES = sa.text(
    "SELECT batch_id, run_id, status, staged_at FROM staging.batch "
    "WHERE status IN ('blocked', 'overridden') ORDER BY staged_at, batch_id"
)
