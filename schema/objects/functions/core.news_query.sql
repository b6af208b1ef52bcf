-- A query in web-search syntax (`bendungan "Jawa Tengah" -banjir`, `or`), with stop words removed.
CREATE OR REPLACE FUNCTION core.news_query(query text) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT websearch_to_tsquery('core.indonesian_news', core.strip_indonesian_stopwords(query)) $$;
COMMENT ON FUNCTION core.news_query(text) IS 'websearch_to_tsquery in core.indonesian_news, Indonesian stop words removed.';
