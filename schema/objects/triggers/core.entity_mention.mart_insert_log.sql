-- The marts' change log (migration 0013): what a statement insertd in core.entity_mention, for refresh_marts.
CREATE OR REPLACE TRIGGER mart_insert_log AFTER INSERT ON core.entity_mention
REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION ingest.log_mention_change();
COMMENT ON TRIGGER mart_insert_log ON core.entity_mention IS 'Records for the incremental mart refresh what a statement insertd (ingest.log_mention_change).';
