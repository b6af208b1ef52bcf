-- The marts' change log (migration 0013): what a statement deleted in core.article, for refresh_marts.
CREATE OR REPLACE TRIGGER mart_delete_log AFTER DELETE ON core.article
REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION ingest.log_article_change();
COMMENT ON TRIGGER mart_delete_log ON core.article IS 'Records for the incremental mart refresh what a statement deleted (ingest.log_article_change).';
