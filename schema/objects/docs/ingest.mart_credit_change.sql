COMMENT ON TABLE ingest.mart_credit_change IS 'Credits written (+1) and removed (-1) since the last mart refresh (triggers on core.article_credit; emptied by refresh_marts).';
COMMENT ON COLUMN ingest.mart_credit_change.article_id IS 'The article.';
COMMENT ON COLUMN ingest.mart_credit_change.person_id IS 'The credited person.';
COMMENT ON COLUMN ingest.mart_credit_change.role IS 'The credit role.';
COMMENT ON COLUMN ingest.mart_credit_change.credits IS '+1 written, -1 removed.';
