COMMENT ON TABLE ingest.mart_changed_article IS 'Articles changed since the last mart refresh, as the marts last counted them (written by triggers on core.article, emptied by refresh_marts).';
COMMENT ON COLUMN ingest.mart_changed_article.article_id IS 'The article (core.article; gone if it was deleted).';
COMMENT ON COLUMN ingest.mart_changed_article.existed IS 'It existed at the last refresh (false: inserted since; the other columns are then NULL).';
COMMENT ON COLUMN ingest.mart_changed_article.published_month IS 'Its month at the last refresh.';
COMMENT ON COLUMN ingest.mart_changed_article.published_date IS 'Its day at the last refresh (NULL when not known).';
COMMENT ON COLUMN ingest.mart_changed_article.dateline_place IS 'Its dateline as written at the last refresh.';
COMMENT ON COLUMN ingest.mart_changed_article.dateline_entity_id IS 'Its dateline place entity at the last refresh.';
COMMENT ON COLUMN ingest.mart_changed_article.source_id IS 'The source agency it named at the last refresh.';
