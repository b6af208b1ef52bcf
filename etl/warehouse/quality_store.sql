-- The quality store: staged batches' audit state (staging.batch.status), releases
-- (quality.batch_override) and audit results (quality.validation_run, quality.expectation_result).
-- Read by etl/warehouse/quality_store.py, for etl.quality.audit and etl.quality.baseline.

-- A staged batch with its run's parser version, as-of date and trigger. Parameter b: the batch id.
-- name: staged_batch
SELECT b.batch_id, b.run_id, b.input_root, r.parser_version, r.as_of, b.status, r.triggered_by
FROM staging.batch b JOIN ingest.run r USING (run_id)
WHERE b.batch_id = :b;

-- The same, locking the batch's staging.batch row until the transaction ends (one audit or release of
-- a batch at a time).
-- name: staged_batch_for_update
SELECT b.batch_id, b.run_id, b.input_root, r.parser_version, r.as_of, b.status, r.triggered_by
FROM staging.batch b JOIN ingest.run r USING (run_id)
WHERE b.batch_id = :b
FOR UPDATE OF b;

-- The staged batches with one status (parameter s, an etl.runs.BatchStatus), in the order they were
-- staged; rows as staged_batch's.
-- name: batches_with_status
SELECT b.batch_id, b.run_id, b.input_root, r.parser_version, r.as_of, b.status, r.triggered_by
FROM staging.batch b JOIN ingest.run r USING (run_id)
WHERE b.status = :s
ORDER BY b.staged_at, b.batch_id;

-- Set a staged batch's status. Parameters b (batch id), s (an etl.runs.BatchStatus).
-- name: set_batch_status
UPDATE staging.batch SET status = :s WHERE batch_id = :b;

-- A person released a blocked batch for publishing, with a reason; without a name given, the
-- database user. Parameters b (batch id), r (run id), reason, by.
-- name: record_release
INSERT INTO quality.batch_override (batch_id, run_id, reason, overridden_by)
VALUES (:b, :r, :reason, coalesce(:by, current_user));

-- The columns of one table. Parameters s (schema), t (table).
-- name: table_columns
SELECT column_name FROM information_schema.columns WHERE table_schema = :s AND table_name = :t;

-- Whether the run plans exist (ingest.run_batch: NULL before migration 0002).
-- name: run_plan_table
SELECT to_regclass('ingest.run_batch');

-- How many files the run plan put in a batch. Parameters r (run id), n (batch number).
-- name: planned_file_count
SELECT file_count FROM ingest.run_batch WHERE run_id = :r AND batch_no = :n;

-- The run's staged batches not audited since they were (re-)staged.
-- Parameters run_id, staged (etl.runs.BatchStatus.STAGED).
-- name: unaudited_batches
SELECT b.batch_id FROM staging.batch b
WHERE b.run_id = :run_id AND b.status = :staged
  AND NOT EXISTS (SELECT 1 FROM quality.validation_run v
                  WHERE v.batch_id = b.batch_id AND v.started_at >= b.staged_at)
ORDER BY b.batch_id;

-- The database's clock now (not the transaction's start), to time an audit.
-- name: database_clock
SELECT clock_timestamp();

-- One suite's audit of a batch; returns its validation_run_id.
-- name: insert_validation_run
INSERT INTO quality.validation_run (run_id, batch_id, suite, suite_version, success, critical_failures,
                                    warning_failures, expectations, row_count, started_at, finished_at,
                                    data_docs_path, gx_version)
VALUES (:run_id, :batch_id, :suite, :suite_version, :success, :critical, :warning, :expectations, :row_count,
        :started_at, :finished_at, :docs, :gx_version)
RETURNING validation_run_id;

-- One expectation's outcome in an audit (kwargs, observed value and sample as JSON text).
-- name: insert_expectation_result
INSERT INTO quality.expectation_result (validation_run_id, suite, check_name, expectation, expectation_type, kwargs,
                                        severity, success, observed_value, element_count, unexpected_count,
                                        unexpected_sample, message)
VALUES (:validation_run_id, :suite, :check, :expectation, :expectation_type, CAST(:kwargs AS jsonb), :severity,
        :success, CAST(:observed_value AS jsonb), :element_count, :unexpected_count,
        CAST(:unexpected_sample AS jsonb), :message);

-- The numbers a check observed in earlier audited batches that were not blocked, newest first.
-- Parameters check (its name), limit.
-- name: observed_history
SELECT (r.observed_value #>> '{}')::double precision AS value
FROM quality.expectation_result r
JOIN quality.validation_run v USING (validation_run_id)
WHERE r.check_name = :check
  AND jsonb_typeof(r.observed_value) = 'number'
  AND NOT EXISTS (SELECT 1 FROM quality.validation_run o
                  WHERE o.batch_id = v.batch_id AND o.critical_failures > 0)
ORDER BY r.validation_run_id DESC
LIMIT :limit;
