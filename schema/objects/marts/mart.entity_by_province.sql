-- The same per Indonesian province: the dateline place's province (core.entity.province_code,
-- ISO 3166-2:ID such as ID-JT).  Articles whose dateline is not a known Indonesian place are left out.
DROP MATERIALIZED VIEW IF EXISTS mart.entity_by_province CASCADE;
CREATE MATERIALIZED VIEW mart.entity_by_province AS
SELECT r.province_code, r.entity_id, e.entity_type, e.canonical_name, r.articles, r.mentions, r.rank_in_province
FROM (
    SELECT c.*, row_number() OVER (PARTITION BY c.province_code
                                   ORDER BY c.articles DESC, c.mentions DESC, c.entity_id) AS rank_in_province
    FROM (
        SELECT place.province_code, m.entity_id, count(DISTINCT m.article_id) AS articles, count(*) AS mentions
        FROM core.entity_mention m
        JOIN core.article a USING (article_id)
        JOIN core.entity place ON place.entity_id = a.dateline_entity_id
        WHERE place.province_code IS NOT NULL
        GROUP BY place.province_code, m.entity_id
    ) c
) r
JOIN core.entity e USING (entity_id)
WHERE r.rank_in_province <= 100;
CREATE UNIQUE INDEX entity_by_province_key ON mart.entity_by_province (province_code, entity_id);
COMMENT ON MATERIALIZED VIEW mart.entity_by_province IS
    'Top 100 entities (by articles, then mentions) in articles datelined in each Indonesian province.';
COMMENT ON COLUMN mart.entity_by_province.province_code IS 'ISO 3166-2:ID province of the dateline place (`ID-JT`).';
COMMENT ON COLUMN mart.entity_by_province.entity_id IS 'The entity (core.entity).';
COMMENT ON COLUMN mart.entity_by_province.entity_type IS 'PER, ORG or LOC.';
COMMENT ON COLUMN mart.entity_by_province.canonical_name IS 'Its canonical name.';
COMMENT ON COLUMN mart.entity_by_province.articles IS 'Articles datelined in the province mentioning it.';
COMMENT ON COLUMN mart.entity_by_province.mentions IS 'Its mentions in them.';
COMMENT ON COLUMN mart.entity_by_province.rank_in_province IS '1 = the most frequent entity of the province (by articles, then mentions); at most 100.';
