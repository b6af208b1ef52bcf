-- The pipeline writes core.article.search_vector itself (etl/fulltext.py, core.search_document);
-- any other writer (a backfill, a hand-made INSERT) gets it from core.article_search_vector.
CREATE OR REPLACE TRIGGER article_search_vector BEFORE INSERT OR UPDATE OF lead, body, search_vector ON core.article
FOR EACH ROW EXECUTE FUNCTION core.article_search_vector();
COMMENT ON TRIGGER article_search_vector ON core.article IS
    'Computes search_vector in SQL for rows written without one, or whose lead or body changed without a new one.';
