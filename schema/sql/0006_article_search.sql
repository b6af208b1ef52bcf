-- 0006 article search: Indonesian full-text search over core.article (lead and body).
--
-- Text search configuration `core.indonesian_news`: a copy of PostgreSQL's `indonesian` (the
-- Snowball stemmer: membangun, dibangun, pembangunan, bangunan -> `bangun`), our own name so it can
-- be tuned without touching the built-in one.
--
-- Stop words.  Snowball's `indonesian` has no stop-word list, and every dictionary template that
-- takes one (simple, snowball, synonym, ispell) reads it from a file in the server's
-- $SHAREDIR/tsearch_data, which a managed or stock server does not let us write.  So stop words
-- are removed from the text before it is parsed, by core.strip_indonesian_stopwords: one
-- case-insensitive whole-word regular expression, used on both documents and queries, so the two
-- always agree.  Because the words are gone before parsing, positions close up: the phrase query
-- "bendungan di Semarang" becomes 'bendung' <-> 'semarang' and still matches the text.  Only the
-- listed spellings are removed: an inflected form (`kepadanya`) stays, in documents and queries alike.
-- Words whose stem is also a content word are not listed (`bagi` ~ membagi, `tetapi` -> tetap,
-- `tersebut` -> sebut, `mereka` -> reka, `dapat` ~ mendapat), nor `antara`, the agency's name.
--
-- History: the functions created here are re-made from schema/objects/ on every upgrade that
-- needs it; read (and change) their current definitions there, not here.

CREATE TEXT SEARCH CONFIGURATION core.indonesian_news (COPY = pg_catalog.indonesian);
COMMENT ON TEXT SEARCH CONFIGURATION core.indonesian_news IS
    'Indonesian (Snowball stemmer) for ANTARA articles; stop words are removed by core.strip_indonesian_stopwords.';

CREATE FUNCTION core.strip_indonesian_stopwords(content text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT regexp_replace(content, '\m(' ||
        -- conjunctions and prepositions
        'yang|dan|atau|di|ke|dari|dengan|untuk|pada|kepada|dalam|oleh|sebagai|karena|serta|namun|'
        'jika|bahwa|agar|hingga|sampai|setelah|sebelum|tapi|sehingga|yakni|yaitu|maka|'
        'terhadap|tentang|seperti|ketika|saat|sejak|melalui|tanpa|bagaimana|'
        -- demonstratives, pronouns, particles
        'ini|itu|ia|dia|saya|kami|kita|anda|para|pun|lah|nya|'
        -- auxiliaries and adverbs
        'adalah|ialah|merupakan|tidak|bukan|akan|juga|telah|sudah|sedang|masih|belum|bisa|lebih|'
        'hanya|sangat|lagi|pula|yg|dgn'
        || ')\M', ' ', 'gi')
$$;
COMMENT ON FUNCTION core.strip_indonesian_stopwords(text) IS
    'The text with Indonesian stop words (yang, dan, di, ...) blanked out, before full-text parsing.';

-- A query in web-search syntax (`bendungan "Jawa Tengah" -banjir`, `or`), with stop words removed.
CREATE FUNCTION core.news_query(query text) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT websearch_to_tsquery('core.indonesian_news', core.strip_indonesian_stopwords(query)) $$;
COMMENT ON FUNCTION core.news_query(text) IS 'websearch_to_tsquery in core.indonesian_news, Indonesian stop words removed.';

-- The searchable document: lead weighted A, body weighted B, so a hit in the lead ranks higher.
-- Stored (computed once when an article is written; adding it rewrites core.article once).
ALTER TABLE core.article
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('core.indonesian_news'::regconfig, core.strip_indonesian_stopwords(lead)), 'A') ||
        setweight(to_tsvector('core.indonesian_news'::regconfig, core.strip_indonesian_stopwords(body)), 'B')
    ) STORED;
CREATE INDEX article_search_idx ON core.article USING gin (search_vector);
COMMENT ON COLUMN core.article.search_vector IS 'Full-text document (lead A, body B) in core.indonesian_news; see mart.search_articles.';

-- Search articles: the best max_results matches, ranked (ts_rank: a hit in the lead weighs 2.5 times
-- a hit in the body), each with a snippet of the body with the matched words in <b>...</b>.
-- Only the newest 5,000 matches are ranked: a query matching most of the warehouse (`pemerintah`)
-- would otherwise read and rank every one of tens of thousands of documents (~0.8 s on 100k
-- articles); below 5,000 matches every match is ranked.  Not STRICT and a single SELECT, so the
-- planner inlines it and plans each call with its query (a common word walks the month index
-- backwards, a rare one reads the GIN index).
CREATE FUNCTION mart.search_articles(query text, max_results integer DEFAULT 20)
RETURNS TABLE (article_id bigint, published_month date, lead text, rank real, headline text)
LANGUAGE sql STABLE
AS $$
    SELECT best.article_id, best.published_month, best.lead, best.rank,
           ts_headline('core.indonesian_news', best.body, core.news_query(query),
                       'MaxFragments=2, MinWords=5, MaxWords=20')
    FROM (
        SELECT a.article_id, a.published_month, a.lead, a.body, ts_rank(a.search_vector, core.news_query(query)) AS rank
        FROM (
            SELECT m.article_id
            FROM core.article m
            WHERE m.search_vector @@ core.news_query(query)
            ORDER BY m.published_month DESC, m.article_id DESC
            LIMIT 5000
        ) newest
        JOIN core.article a USING (article_id)
        ORDER BY rank DESC, a.article_id
        LIMIT max_results
    ) best
    ORDER BY best.rank DESC, best.article_id
$$;
COMMENT ON FUNCTION mart.search_articles(text, integer) IS
    'Full-text search of articles (web-search syntax, Indonesian stemming): article_id, month, lead, rank, snippet.';
