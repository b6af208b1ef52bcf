-- Pairs of entities named in the same article, each pair once (entity_a_id < entity_b_id).
-- Size: an article naming n distinct entities makes n(n-1)/2 pairs, about 45 for the usual ten,
-- so 1M articles give ~45M article-pairs, most of them seen once.  Only pairs seen in at least
-- two articles are kept: a single co-occurrence is no pattern, and the cut keeps the view to a few
-- million rows.  Ask core.entity_mention directly for one-off pairs.
DROP MATERIALIZED VIEW IF EXISTS mart.entity_pair CASCADE;
CREATE MATERIALIZED VIEW mart.entity_pair AS
WITH article_entity AS (
    SELECT DISTINCT article_id, entity_id FROM core.entity_mention
)
SELECT x.entity_id AS entity_a_id, y.entity_id AS entity_b_id, count(*) AS articles,
       min(a.published_month) AS first_month, max(a.published_month) AS last_month
FROM article_entity x
JOIN article_entity y ON y.article_id = x.article_id AND y.entity_id > x.entity_id
JOIN core.article a ON a.article_id = x.article_id
GROUP BY x.entity_id, y.entity_id
HAVING count(*) >= 2;
CREATE UNIQUE INDEX entity_pair_key ON mart.entity_pair (entity_a_id, entity_b_id);
CREATE INDEX entity_pair_b_idx ON mart.entity_pair (entity_b_id);
COMMENT ON MATERIALIZED VIEW mart.entity_pair IS
    'Entity pairs (entity_a_id < entity_b_id) named in the same articles, pairs seen in at least 2 articles only.';
COMMENT ON COLUMN mart.entity_pair.entity_a_id IS 'One entity of the pair (the smaller id).';
COMMENT ON COLUMN mart.entity_pair.entity_b_id IS 'The other entity (the larger id).';
COMMENT ON COLUMN mart.entity_pair.articles IS 'Articles naming both (at least 2).';
COMMENT ON COLUMN mart.entity_pair.first_month IS 'First month they appeared together.';
COMMENT ON COLUMN mart.entity_pair.last_month IS 'Last month they appeared together.';
