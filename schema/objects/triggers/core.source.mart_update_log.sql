-- The marts' change log (migration 0013): core.source rows whose names the marts copy, for refresh_marts.
CREATE OR REPLACE TRIGGER mart_update_log AFTER UPDATE ON core.source
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION ingest.log_dimension_change();
COMMENT ON TRIGGER mart_update_log ON core.source IS 'Records for the incremental mart refresh which names changed (ingest.log_dimension_change).';
