-- 0007 search document: the full-text vector is written by the pipeline, no longer generated.
--
-- 0006 made core.article.search_vector a generated column over core.strip_indonesian_stopwords,
-- whose regular expression costs ~2 ms per article: the largest single cost of a publish, paid
-- again by every UPDATE of an article row (a generated column is recomputed on each update, and
-- publish updates each new row once for its near-duplicate group).  Now the parser workers blank
-- the stop words (etl/fulltext.py, the same words and word boundaries), staging carries the
-- stripped lead and body, and publish writes the vector with core.search_document.  Rows written
-- by anything else (a backfill, a hand-made INSERT) still get their vector from a trigger, so the
-- column means exactly what it meant before.
--
-- History: the functions and the trigger created here are re-made from schema/objects/ on every upgrade that
-- needs it; read (and change) their current definitions there, not here.

ALTER TABLE staging.article
    ADD COLUMN search_lead text,   -- lead with stop words blanked (NULL: publish strips it in SQL)
    ADD COLUMN search_body text;   -- body likewise

-- The document: the lead weighted A, the body weighted B (a hit in the lead ranks higher).
CREATE FUNCTION core.search_document(search_lead text, search_body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT setweight(to_tsvector('core.indonesian_news'::regconfig, coalesce(search_lead, '')), 'A') ||
           setweight(to_tsvector('core.indonesian_news'::regconfig, coalesce(search_body, '')), 'B')
$$;
COMMENT ON FUNCTION core.search_document(text, text) IS
    'Full-text document of an article from its lead and body with stop words already blanked.';

ALTER TABLE core.article ALTER COLUMN search_vector DROP EXPRESSION;
COMMENT ON COLUMN core.article.search_vector IS
    'Full-text document (lead A, body B, stop words removed) in core.indonesian_news; see mart.search_articles.';

-- A row inserted without a vector, or whose lead or body changes without a new vector, gets one
-- computed here in SQL (the slow, exact path).
CREATE FUNCTION core.article_search_vector() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NEW.search_vector IS NULL
       OR TG_OP = 'UPDATE' AND (NEW.lead, NEW.body) IS DISTINCT FROM (OLD.lead, OLD.body)
                           AND NEW.search_vector IS NOT DISTINCT FROM OLD.search_vector THEN
        NEW.search_vector := core.search_document(core.strip_indonesian_stopwords(NEW.lead),
                                                  core.strip_indonesian_stopwords(NEW.body));
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER article_search_vector BEFORE INSERT OR UPDATE OF lead, body, search_vector ON core.article
FOR EACH ROW EXECUTE FUNCTION core.article_search_vector();
