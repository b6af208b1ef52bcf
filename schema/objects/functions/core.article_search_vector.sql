-- A row inserted without a vector, or whose lead or body changes without a new vector, gets one
-- computed here in SQL (the slow, exact path).
CREATE OR REPLACE FUNCTION core.article_search_vector() RETURNS trigger
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
COMMENT ON FUNCTION core.article_search_vector() IS
    'Trigger function: fills core.article.search_vector in SQL when a writer did not (see trigger article_search_vector).';
