-- Staging housekeeping, run at the start and the end of every CLI ingest, replay and re-extract.
--
-- Staging keeps a batch that was written but never published: it was blocked by the quality audit
-- (waiting for a fix or a release), or its run died between stage and publish (SIGKILL, power
-- cut).  Neither loses data: the files of an unpublished batch are not in the ledger, so the next
-- run reads them again.  But the old batch would stay in staging for ever, and a blocked one would
-- go on being listed as blocked after its files were fixed and loaded.  These statements remove
-- exactly the batches nobody can need any more.

-- 1. Runs whose process died.  A CLI, replay or re-extract run (:locked_kinds, etl.runs.RunKind)
--    holds a session advisory lock (:liveness_lock, run_id) while its process lives
--    (etl.warehouse.load.run_alive); if we can take it, the process is gone and the run never
--    reached its end.  Airflow runs span many processes and hold no such lock: their end is
--    recorded by the DAG's own tasks.
-- name: reap_dead_runs
UPDATE ingest.run
SET status = 'failed', finished_at = clock_timestamp()
WHERE status = 'running'
  AND triggered_by = ANY(:locked_kinds)
  AND pg_try_advisory_xact_lock(:liveness_lock, run_id::integer)
RETURNING run_id;

-- 2. Superseded batches: an unpublished batch (staged or blocked, not released) of a run that has
--    ended, every file of which a later run has since taken care of (the ledger's row for the
--    path was written by a later run, or a later run staged the path again).  Publishing it now
--    could only undo newer work, so it goes; its audit results stay in quality.* for the record.
-- name: delete_superseded_batches
DELETE FROM staging.batch old
USING ingest.run r
WHERE r.run_id = old.run_id
  AND r.status <> 'running'
  AND old.status IN ('staged', 'blocked')
  AND NOT EXISTS (
      SELECT 1
      FROM staging.file f
      WHERE f.batch_id = old.batch_id
        AND NOT EXISTS (SELECT 1 FROM ingest.raw_file l
                        WHERE l.input_root = old.input_root AND l.path = f.path AND l.last_run_id > old.run_id)
        AND NOT EXISTS (SELECT 1 FROM staging.file n JOIN staging.batch nb ON nb.batch_id = n.batch_id
                        WHERE nb.input_root = old.input_root AND n.path = f.path AND nb.run_id > old.run_id)
  )
RETURNING old.batch_id;
