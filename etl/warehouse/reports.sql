-- The queries of the quality pages (etl.quality.web) and the quality summary (etl.quality.report,
-- `antara-etl quality`), read by etl/warehouse/reports.py (etl.warehouse.queries).
--
-- Several start with the same CTE, `latest`: the latest audit per (batch, suite) in
-- quality.validation_run (a batch re-audited after a release has more than one). It is written out in
-- each query so every query reads whole on its own.

-- One run's row of ingest.run. Parameter r: the run id.
-- name: run
SELECT run_id, started_at, finished_at, status, triggered_by, input_root, files_discovered, files_unchanged,
       files_loaded, files_duplicate, files_quarantined
FROM ingest.run
WHERE run_id = :r;

-- The files a run quarantined, by reason then path, one page of them, with the total on every row.
-- Parameters r (run id), limit, offset.
-- name: run_quarantined
SELECT f.path, f.reason, f.message, count(*) OVER () AS total
FROM ingest.raw_file f
JOIN ingest.run r ON r.input_root = f.input_root AND r.run_id = f.last_run_id
WHERE r.run_id = :r AND f.status = 'quarantined'
ORDER BY f.reason, f.path
LIMIT :limit OFFSET :offset;

-- The ingest run an Airflow DAG run started (its triggered_by), the latest if it retried. Parameter t.
-- name: run_of_airflow_run
SELECT max(run_id) FROM ingest.run WHERE triggered_by = :t;

-- Per batch of a run: the latest audit per suite, and where the batch is now (staging status, none
-- once published and cleaned up). Parameter r: the run id.
-- name: batches
WITH latest AS (
    SELECT DISTINCT ON (batch_id, suite) *
    FROM quality.validation_run
    WHERE run_id = :r
    ORDER BY batch_id, suite, validation_run_id DESC
)
SELECT l.batch_id, l.suite, l.success, l.critical_failures, l.warning_failures, l.expectations, l.row_count,
       l.finished_at, s.status AS staging_status
FROM latest l
LEFT JOIN staging.batch s ON s.batch_id = l.batch_id
ORDER BY l.batch_id, l.suite;

-- The run's plan per batch: batch number (its id is etl.runs.BatchId, the one writer of the format),
-- when it was published, how many files. Parameter r: the run id.
-- name: planned_batches
SELECT batch_no, published_at, file_count FROM ingest.run_batch WHERE run_id = :r;

-- The most recently audited batches of all runs: their failures, articles and staging status.
-- Parameter limit.
-- name: recent_batches
WITH latest AS (
    SELECT DISTINCT ON (batch_id, suite) *
    FROM quality.validation_run
    ORDER BY batch_id, suite, validation_run_id DESC
)
SELECT l.run_id, l.batch_id, max(l.finished_at) AS audited_at, sum(l.critical_failures) AS critical,
       sum(l.warning_failures) AS warnings, max(l.row_count) FILTER (WHERE l.suite = 'articles') AS articles,
       min(s.status) AS staging_status
FROM latest l LEFT JOIN staging.batch s ON s.batch_id = l.batch_id
GROUP BY l.run_id, l.batch_id
ORDER BY max(l.finished_at) DESC, l.batch_id DESC
LIMIT :limit;

-- Every expectation's outcome in a batch's latest audit per suite, failures first.
-- Parameter b: the batch id.
-- name: results
WITH latest AS (
    SELECT DISTINCT ON (batch_id, suite) *
    FROM quality.validation_run
    WHERE batch_id = :b
    ORDER BY batch_id, suite, validation_run_id DESC
)
SELECT r.suite, r.check_name, r.severity, r.success, r.expectation, r.observed_value, r.element_count,
       r.unexpected_count, r.unexpected_sample, r.message, l.run_id, l.finished_at
FROM quality.expectation_result r JOIN latest l USING (validation_run_id)
ORDER BY r.success, r.severity, r.suite, r.check_name;

-- A batch still in staging: its status and when it was staged. Parameter b: the batch id.
-- name: held
SELECT status, staged_at FROM staging.batch WHERE batch_id = :b;

-- Who released a blocked batch, when and why, oldest first. Parameter b: the batch id.
-- name: overrides
SELECT overridden_at, overridden_by, reason FROM quality.batch_override WHERE batch_id = :b ORDER BY 1;

-- Per run, newest first: articles and files audited, and how many batches failed a critical check.
-- Parameter limit: how many runs.
-- name: trend
WITH latest AS (
    SELECT DISTINCT ON (batch_id, suite) *
    FROM quality.validation_run
    ORDER BY batch_id, suite, validation_run_id DESC
)
SELECT run_id, sum(row_count) FILTER (WHERE suite = 'articles') AS articles,
       sum(row_count) FILTER (WHERE suite = 'batch') AS files,
       count(DISTINCT batch_id) FILTER (WHERE critical_failures > 0) AS failed_batches
FROM latest GROUP BY run_id ORDER BY run_id DESC LIMIT :limit;

-- The latest audited runs, newest first, with how many of their batches failed a critical check.
-- Parameter limit: how many runs.
-- name: runs
WITH latest AS (
    SELECT DISTINCT ON (batch_id, suite) *
    FROM quality.validation_run
    ORDER BY batch_id, suite, validation_run_id DESC
)
SELECT r.run_id, r.started_at, r.status, r.triggered_by, r.input_root, r.files_discovered, r.files_loaded,
       r.files_duplicate, r.files_quarantined,
       count(DISTINCT l.batch_id) FILTER (WHERE l.critical_failures > 0) AS batches_failed
FROM ingest.run r
JOIN latest l USING (run_id)
GROUP BY r.run_id
ORDER BY r.run_id DESC
LIMIT :limit;

-- Per run and suite: batches audited and passed, failures and rows. Parameter runs: an array of run ids.
-- name: suites_per_run
WITH latest AS (
    SELECT DISTINCT ON (batch_id, suite) *
    FROM quality.validation_run
    ORDER BY batch_id, suite, validation_run_id DESC
)
SELECT run_id, suite, count(*) AS batches, count(*) FILTER (WHERE success) AS passed,
       sum(critical_failures) AS critical_failures, sum(warning_failures) AS warning_failures,
       sum(row_count) AS row_count
FROM latest
WHERE run_id = ANY(:runs)
GROUP BY run_id, suite;

-- The failed expectations of the given runs' latest audits, newest run first, critical first.
-- Parameters runs (an array of run ids), limit.
-- name: failed
WITH latest AS (
    SELECT DISTINCT ON (batch_id, suite) *
    FROM quality.validation_run
    ORDER BY batch_id, suite, validation_run_id DESC
)
SELECT l.run_id, l.batch_id, r.suite, r.check_name, r.severity, r.unexpected_count, r.message
FROM quality.expectation_result r
JOIN latest l USING (validation_run_id)
WHERE l.run_id = ANY(:runs) AND NOT r.success
ORDER BY l.run_id DESC, r.severity, l.batch_id, r.check_name
LIMIT :limit;

-- How many files are quarantined for each reason, the most common first.
-- name: quarantine_by_reason
SELECT reason, count(*) AS files FROM ingest.raw_file WHERE status = 'quarantined'
GROUP BY reason ORDER BY count(*) DESC, reason;

-- The batches held in staging (blocked by an audit, or released and not yet published), oldest first.
-- name: held_batches
SELECT batch_id, run_id, status, staged_at FROM staging.batch
WHERE status IN ('blocked', 'overridden') ORDER BY staged_at, batch_id;
