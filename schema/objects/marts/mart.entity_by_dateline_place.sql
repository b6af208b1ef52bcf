-- The entities most mentioned in articles filed from each dateline place, as the dateline reads
-- (`Ponorogo, Jawa Timur`).  Kept to the top 100 per place (rank_in_place <= 100), which is what
-- "top entities" asks and keeps the mart small however large the warehouse grows.  The ranking of
-- mart.all_entities_by_dateline_place; refresh_marts re-ranks the places whose counts changed.
-- Counts only the mentions in core.counted_entity_mention (tagger confidence >= 0.4).
DROP TABLE IF EXISTS mart.entity_by_dateline_place CASCADE;
CREATE TABLE mart.entity_by_dateline_place (
    dateline_place  text   NOT NULL,
    entity_id       bigint NOT NULL,
    entity_type     text,
    canonical_name  text,
    articles        bigint NOT NULL,
    mentions        bigint NOT NULL,
    rank_in_place   bigint NOT NULL,
    CONSTRAINT entity_by_dateline_place_top_100 CHECK (rank_in_place BETWEEN 1 AND 100)
);
INSERT INTO mart.entity_by_dateline_place
SELECT r.dateline_place, r.entity_id, e.entity_type, e.canonical_name, r.articles, r.mentions, r.rank_in_place
FROM (
    SELECT c.*, row_number() OVER (PARTITION BY c.dateline_place
                                   ORDER BY c.articles DESC, c.mentions DESC, c.entity_id) AS rank_in_place
    FROM mart.all_entities_by_dateline_place c
) r
JOIN core.entity e USING (entity_id)
WHERE r.rank_in_place <= 100;
CREATE UNIQUE INDEX entity_by_dateline_place_key ON mart.entity_by_dateline_place (dateline_place, entity_id);
ANALYZE mart.entity_by_dateline_place;
COMMENT ON TABLE mart.entity_by_dateline_place IS
    'Top 100 entities (by articles, then mentions) per dateline place as written; rank_in_place 1 is the most frequent.';
COMMENT ON COLUMN mart.entity_by_dateline_place.dateline_place IS 'The dateline as written (`Ponorogo, Jawa Timur`).';
COMMENT ON COLUMN mart.entity_by_dateline_place.entity_id IS 'The entity (core.entity).';
COMMENT ON COLUMN mart.entity_by_dateline_place.entity_type IS 'PER, ORG or LOC.';
COMMENT ON COLUMN mart.entity_by_dateline_place.canonical_name IS 'Its canonical name.';
COMMENT ON COLUMN mart.entity_by_dateline_place.articles IS 'Articles from the place mentioning it.';
COMMENT ON COLUMN mart.entity_by_dateline_place.mentions IS 'Its mentions in them.';
COMMENT ON COLUMN mart.entity_by_dateline_place.rank_in_place IS '1 = the most frequent entity of the place (by articles, then mentions); at most 100.';
