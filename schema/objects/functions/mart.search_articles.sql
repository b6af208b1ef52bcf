-- Search articles: the best max_results matches, ranked (ts_rank: a hit in the lead weighs 2.5 times
-- a hit in the body), each with a snippet of the body with the matched words in <b>...</b>.
-- Only the newest 5,000 matches are ranked: a query matching most of the warehouse (`pemerintah`)
-- would otherwise read and rank every one of tens of thousands of documents (~0.8 s on 100k
-- articles); below 5,000 matches every match is ranked.  Not STRICT and a single SELECT, so the
-- planner inlines it and plans each call with its query (a common word walks the month index
-- backwards, a rare one reads the GIN index).
CREATE OR REPLACE FUNCTION mart.search_articles(query text, max_results integer DEFAULT 20)
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
