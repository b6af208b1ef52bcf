-- Every pair of entities named in the same article, each pair once (entity_a_id < entity_b_id), the
-- ones seen once included: mart.entity_pair is the pairs of at least two articles, read from here.
-- An article naming n distinct entities makes n(n-1)/2 pairs, so this is the largest mart (tens of
-- millions of rows at a million articles); the incremental refresh needs every count to know when a
-- pair reaches two articles.  (Its file sorts before mart.entity_pair's, which reads it when the
-- marts are rebuilt.)
-- Counts only the mentions in core.counted_entity_mention (tagger confidence >= 0.4).
DROP TABLE IF EXISTS mart.all_entity_pairs CASCADE;
CREATE TABLE mart.all_entity_pairs (
    entity_a_id  bigint NOT NULL,
    entity_b_id  bigint NOT NULL,
    articles     bigint NOT NULL,
    first_month  date,
    last_month   date,
    PRIMARY KEY (entity_a_id, entity_b_id),
    CONSTRAINT all_entity_pairs_ordered CHECK (entity_a_id < entity_b_id)
);
-- Tens of millions of article-pairs: sorted, not hashed (the planner under-estimates the groups and
-- a hash aggregate spills again and again: over 10 minutes on 100k articles against 30 s sorted).
SET LOCAL work_mem = '256MB';
SET LOCAL enable_hashagg = off;
INSERT INTO mart.all_entity_pairs
WITH article_entity AS (
    SELECT DISTINCT article_id, entity_id FROM core.counted_entity_mention
)
SELECT x.entity_id AS entity_a_id, y.entity_id AS entity_b_id, count(*) AS articles,
       min(a.published_month) AS first_month, max(a.published_month) AS last_month
FROM article_entity x
JOIN article_entity y ON y.article_id = x.article_id AND y.entity_id > x.entity_id
JOIN core.article a ON a.article_id = x.article_id
GROUP BY x.entity_id, y.entity_id
ORDER BY x.entity_id, y.entity_id;
SET LOCAL enable_hashagg = on;
ANALYZE mart.all_entity_pairs;
COMMENT ON TABLE mart.all_entity_pairs IS
    'Every entity pair (entity_a_id < entity_b_id) named in the same article, pairs seen once included; mart.entity_pair is those of at least 2 articles.';
COMMENT ON COLUMN mart.all_entity_pairs.entity_a_id IS 'One entity of the pair (the smaller id).';
COMMENT ON COLUMN mart.all_entity_pairs.entity_b_id IS 'The other entity (the larger id).';
COMMENT ON COLUMN mart.all_entity_pairs.articles IS 'Articles naming both.';
COMMENT ON COLUMN mart.all_entity_pairs.first_month IS 'First month they appeared together.';
COMMENT ON COLUMN mart.all_entity_pairs.last_month IS 'Last month they appeared together.';
