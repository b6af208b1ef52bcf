-- Pairs of entities named in the same article, each pair once (entity_a_id < entity_b_id).
-- Only pairs seen in at least two articles are kept: a single co-occurrence is no pattern, and the
-- cut keeps the mart to a few million rows at a million articles.  mart.all_entity_pairs has every
-- pair; refresh_marts copies the pairs whose counts changed from there.
-- Counts only the mentions in core.counted_entity_mention (tagger confidence >= 0.4).
DROP TABLE IF EXISTS mart.entity_pair CASCADE;
CREATE TABLE mart.entity_pair (
    entity_a_id  bigint NOT NULL,
    entity_b_id  bigint NOT NULL,
    articles     bigint NOT NULL,
    first_month  date,
    last_month   date,
    CONSTRAINT entity_pair_seen_twice CHECK (articles >= 2)
);
INSERT INTO mart.entity_pair
SELECT entity_a_id, entity_b_id, articles, first_month, last_month FROM mart.all_entity_pairs WHERE articles >= 2;
CREATE UNIQUE INDEX entity_pair_key ON mart.entity_pair (entity_a_id, entity_b_id);
CREATE INDEX entity_pair_b_idx ON mart.entity_pair (entity_b_id);
ANALYZE mart.entity_pair;
COMMENT ON TABLE mart.entity_pair IS
    'Entity pairs (entity_a_id < entity_b_id) named in the same articles, pairs seen in at least 2 articles only.';
COMMENT ON COLUMN mart.entity_pair.entity_a_id IS 'One entity of the pair (the smaller id).';
COMMENT ON COLUMN mart.entity_pair.entity_b_id IS 'The other entity (the larger id).';
COMMENT ON COLUMN mart.entity_pair.articles IS 'Articles naming both (at least 2).';
COMMENT ON COLUMN mart.entity_pair.first_month IS 'First month they appeared together.';
COMMENT ON COLUMN mart.entity_pair.last_month IS 'Last month they appeared together.';
