-- The marts' change log (migration 0013): what a statement updated in core.article_credit, for refresh_marts.
CREATE OR REPLACE TRIGGER mart_update_log AFTER UPDATE ON core.article_credit
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION ingest.log_credit_change();
COMMENT ON TRIGGER mart_update_log ON core.article_credit IS 'Records for the incremental mart refresh what a statement updated (ingest.log_credit_change).';
