-- Run plans (schema/sql/0002_run_plan.sql): which files each batch of a run holds, and how far each
-- batch got. Read by etl/warehouse/plans.py. Parameters r (run id), b (batch number) unless told.

-- Wait for, then hold, the session-level advisory lock of planning over one input root (freed if the
-- process dies). Parameters k (etl.warehouse.locks.PLAN), root.
-- name: planning_lock
SELECT pg_advisory_lock(:k, hashtext(:root));

-- Free the planning lock over one input root. Parameters k, root.
-- name: planning_unlock
SELECT pg_advisory_unlock(:k, hashtext(:root));

-- The files planned by runs over this root that are still running (started within the lease).
-- Parameters root, running (etl.runs.RunStatus.RUNNING), lease (an interval).
-- name: in_flight
SELECT f.path, f.size_bytes, f.mtime_ns FROM ingest.run r
JOIN ingest.run_batch_file f USING (run_id)
WHERE r.input_root = :root AND r.status = :running AND r.started_at > now() - :lease;

-- Record a run's plan counts (its batches' files are then COPYed into ingest.run_batch and
-- ingest.run_batch_file).
-- name: insert_plan
INSERT INTO ingest.run_plan (run_id, files_discovered, files_unchanged, files_in_flight, files_planned, batch_size)
VALUES (:run_id, :discovered, :unchanged, :in_flight, :planned, :batch_size);

-- The run's input root, as-of date and status.
-- name: planned_run
SELECT input_root, as_of, status FROM ingest.run WHERE run_id = :r;

-- The files planned for one batch, in discovery order.
-- name: planned_batch
SELECT ordinal, path, size_bytes, mtime_ns FROM ingest.run_batch_file
WHERE run_id = :r AND batch_no = :b
ORDER BY ordinal;

-- The run's planned batches and when each was published, in batch order.
-- name: planned_batches
SELECT batch_no, published_at FROM ingest.run_batch WHERE run_id = :r ORDER BY batch_no;

-- The run's batches still in staging, with their staging status.
-- name: staged_batches
SELECT batch_id, status FROM staging.batch WHERE run_id = :r;

-- A planned batch was staged.
-- name: mark_staged
UPDATE ingest.run_batch SET staged_at = now() WHERE run_id = :r AND batch_no = :b;

-- A planned batch was published.
-- name: mark_published
UPDATE ingest.run_batch SET published_at = now() WHERE run_id = :r AND batch_no = :b;

-- How many files the run discovered, and how many of them were unchanged, as its plan recorded.
-- name: plan_counts
SELECT files_discovered, files_unchanged FROM ingest.run_plan WHERE run_id = :r;

-- Per (status, reason): how many of the files the run planned the ledger says it processed so.
-- Parameters r, root (the run's input root).
-- name: planned_outcomes
SELECT f.status, f.reason, count(*) FROM ingest.run_batch_file p
JOIN ingest.raw_file f ON f.input_root = :root AND f.path = p.path AND f.last_run_id = p.run_id
WHERE p.run_id = :r
GROUP BY f.status, f.reason;
