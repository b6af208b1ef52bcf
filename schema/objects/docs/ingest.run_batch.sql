COMMENT ON TABLE ingest.run_batch IS 'Batches of a planned run, with when each was staged and published.';
COMMENT ON COLUMN ingest.run_batch.run_id IS 'The planned run.';
COMMENT ON COLUMN ingest.run_batch.batch_no IS 'Batch number within the run, from 0 (the Airflow task map index).';
COMMENT ON COLUMN ingest.run_batch.file_count IS 'Files in the batch.';
COMMENT ON COLUMN ingest.run_batch.staged_at IS 'Last time the transform task staged it (a retry restages it).';
COMMENT ON COLUMN ingest.run_batch.published_at IS 'When publish merged it into core; NULL until then.';
