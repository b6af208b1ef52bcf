-- Articles and mentions of every entity per Indonesian province of the dateline place: what
-- mart.entity_by_province ranks (its top 100 per province).  Kept up to date by refresh_marts.
-- (Its file sorts before mart.entity_by_province's, which reads it when the marts are rebuilt.)
-- Counts only the mentions in core.counted_entity_mention (tagger confidence >= 0.4).
DROP TABLE IF EXISTS mart.all_entities_by_province CASCADE;
CREATE TABLE mart.all_entities_by_province (
    province_code  text   NOT NULL,
    entity_id      bigint NOT NULL,
    articles       bigint NOT NULL,
    mentions       bigint NOT NULL,
    PRIMARY KEY (province_code, entity_id)
);
INSERT INTO mart.all_entities_by_province
SELECT place.province_code, m.entity_id, count(DISTINCT m.article_id) AS articles, count(*) AS mentions
FROM core.counted_entity_mention m
JOIN core.article a USING (article_id)
JOIN core.entity place ON place.entity_id = a.dateline_entity_id
WHERE place.province_code IS NOT NULL
GROUP BY place.province_code, m.entity_id;
CREATE INDEX all_entities_by_province_rank_idx
    ON mart.all_entities_by_province (province_code, articles DESC, mentions DESC, entity_id);
ANALYZE mart.all_entities_by_province;
COMMENT ON TABLE mart.all_entities_by_province IS
    'Articles and mentions of every entity per Indonesian province of the dateline place; mart.entity_by_province is the top 100 of each.';
COMMENT ON COLUMN mart.all_entities_by_province.province_code IS 'ISO 3166-2:ID province of the dateline place (`ID-JT`).';
COMMENT ON COLUMN mart.all_entities_by_province.entity_id IS 'The entity (core.entity).';
COMMENT ON COLUMN mart.all_entities_by_province.articles IS 'Articles datelined in the province mentioning it.';
COMMENT ON COLUMN mart.all_entities_by_province.mentions IS 'Its mentions in them.';
