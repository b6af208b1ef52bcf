-- The entities most mentioned in articles filed from each dateline place, as the dateline reads
-- (`Ponorogo, Jawa Timur`).  Kept to the top 100 per place (rank_in_place <= 100), which is what
-- "top entities" asks and keeps the view small however large the warehouse grows.
DROP MATERIALIZED VIEW IF EXISTS mart.entity_by_dateline_place CASCADE;
CREATE MATERIALIZED VIEW mart.entity_by_dateline_place AS
SELECT r.dateline_place, r.entity_id, e.entity_type, e.canonical_name, r.articles, r.mentions, r.rank_in_place
FROM (
    SELECT c.*, row_number() OVER (PARTITION BY c.dateline_place
                                   ORDER BY c.articles DESC, c.mentions DESC, c.entity_id) AS rank_in_place
    FROM (
        SELECT a.dateline_place, m.entity_id, count(DISTINCT m.article_id) AS articles, count(*) AS mentions
        FROM core.entity_mention m
        JOIN core.article a USING (article_id)
        WHERE a.dateline_place IS NOT NULL
        GROUP BY a.dateline_place, m.entity_id
    ) c
) r
JOIN core.entity e USING (entity_id)
WHERE r.rank_in_place <= 100;
CREATE UNIQUE INDEX entity_by_dateline_place_key ON mart.entity_by_dateline_place (dateline_place, entity_id);
COMMENT ON MATERIALIZED VIEW mart.entity_by_dateline_place IS
    'Top 100 entities (by articles, then mentions) per dateline place as written; rank_in_place 1 is the most frequent.';
COMMENT ON COLUMN mart.entity_by_dateline_place.dateline_place IS 'The dateline as written (`Ponorogo, Jawa Timur`).';
COMMENT ON COLUMN mart.entity_by_dateline_place.entity_id IS 'The entity (core.entity).';
COMMENT ON COLUMN mart.entity_by_dateline_place.entity_type IS 'PER, ORG or LOC.';
COMMENT ON COLUMN mart.entity_by_dateline_place.canonical_name IS 'Its canonical name.';
COMMENT ON COLUMN mart.entity_by_dateline_place.articles IS 'Articles from the place mentioning it.';
COMMENT ON COLUMN mart.entity_by_dateline_place.mentions IS 'Its mentions in them.';
COMMENT ON COLUMN mart.entity_by_dateline_place.rank_in_place IS '1 = the most frequent entity of the place (by articles, then mentions); at most 100.';
