-- The document: the lead weighted A, the body weighted B (a hit in the lead ranks higher).
CREATE OR REPLACE FUNCTION core.search_document(search_lead text, search_body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT setweight(to_tsvector('core.indonesian_news'::regconfig, coalesce(search_lead, '')), 'A') ||
           setweight(to_tsvector('core.indonesian_news'::regconfig, coalesce(search_body, '')), 'B')
$$;
COMMENT ON FUNCTION core.search_document(text, text) IS
    'Full-text document of an article from its lead and body with stop words already blanked.';
