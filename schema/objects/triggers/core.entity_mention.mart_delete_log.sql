-- The marts' change log (migration 0013): what a statement deleted in core.entity_mention, for refresh_marts.
CREATE OR REPLACE TRIGGER mart_delete_log AFTER DELETE ON core.entity_mention
REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION ingest.log_mention_change();
COMMENT ON TRIGGER mart_delete_log ON core.entity_mention IS 'Records for the incremental mart refresh what a statement deleted (ingest.log_mention_change).';
