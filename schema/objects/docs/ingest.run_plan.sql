COMMENT ON TABLE ingest.run_plan IS 'One row per Airflow-planned ingest run: discovered, unchanged, planned files and the batch size.';
COMMENT ON COLUMN ingest.run_plan.run_id IS 'The run (ingest.run).';
COMMENT ON COLUMN ingest.run_plan.files_discovered IS 'Article files found under the input root.';
COMMENT ON COLUMN ingest.run_plan.files_unchanged IS 'Skipped: the ledger has them with the same size and mtime.';
COMMENT ON COLUMN ingest.run_plan.files_in_flight IS 'Skipped: planned by another run that is still running.';
COMMENT ON COLUMN ingest.run_plan.files_planned IS 'Files cut into this run''s batches.';
COMMENT ON COLUMN ingest.run_plan.batch_size IS 'Files per batch actually used (may exceed the requested size: orchestrate.MAX_BATCHES).';
COMMENT ON COLUMN ingest.run_plan.planned_at IS 'When the plan was made.';
