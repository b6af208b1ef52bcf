COMMENT ON TABLE ingest.run_batch_file IS 'Which input files (path, size, mtime) each batch of a planned run holds: the plan, so a retried task reads exactly its files.';
COMMENT ON COLUMN ingest.run_batch_file.run_id IS 'The planned run.';
COMMENT ON COLUMN ingest.run_batch_file.batch_no IS 'The batch the file belongs to.';
COMMENT ON COLUMN ingest.run_batch_file.ordinal IS 'The file''s position in the run''s sorted discovery order (as staging.file.ordinal): first file wins.';
COMMENT ON COLUMN ingest.run_batch_file.path IS 'Relative to the run''s input_root.';
COMMENT ON COLUMN ingest.run_batch_file.size_bytes IS 'Size as discovered: what the ledger will record.';
COMMENT ON COLUMN ingest.run_batch_file.mtime_ns IS 'Modification time as discovered (ns since the epoch).';
