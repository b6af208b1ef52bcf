COMMENT ON TABLE ingest.mart_mention_change IS 'Counted entity mentions written (+) and removed (-) since the last mart refresh (triggers on core.entity_mention; emptied by refresh_marts).';
COMMENT ON COLUMN ingest.mart_mention_change.article_id IS 'The article.';
COMMENT ON COLUMN ingest.mart_mention_change.entity_id IS 'The entity mentioned.';
COMMENT ON COLUMN ingest.mart_mention_change.mentions IS 'Mentions written (positive) or removed (negative) by one statement.';
