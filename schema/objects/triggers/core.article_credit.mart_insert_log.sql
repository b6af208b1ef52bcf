-- The marts' change log (migration 0013): what a statement insertd in core.article_credit, for refresh_marts.
CREATE OR REPLACE TRIGGER mart_insert_log AFTER INSERT ON core.article_credit
REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION ingest.log_credit_change();
COMMENT ON TRIGGER mart_insert_log ON core.article_credit IS 'Records for the incremental mart refresh what a statement insertd (ingest.log_credit_change).';
