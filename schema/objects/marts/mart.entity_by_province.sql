-- The same per Indonesian province: the dateline place's province (core.entity.province_code,
-- ISO 3166-2:ID such as ID-JT).  Articles whose dateline is not a known Indonesian place are left out.
-- The ranking of mart.all_entities_by_province; refresh_marts re-ranks the provinces whose counts changed.
-- Counts only the mentions in core.counted_entity_mention (tagger confidence >= 0.4).
DROP TABLE IF EXISTS mart.entity_by_province CASCADE;
CREATE TABLE mart.entity_by_province (
    province_code     text   NOT NULL,
    entity_id         bigint NOT NULL,
    entity_type       text,
    canonical_name    text,
    articles          bigint NOT NULL,
    mentions          bigint NOT NULL,
    rank_in_province  bigint NOT NULL,
    CONSTRAINT entity_by_province_top_100 CHECK (rank_in_province BETWEEN 1 AND 100)
);
INSERT INTO mart.entity_by_province
SELECT r.province_code, r.entity_id, e.entity_type, e.canonical_name, r.articles, r.mentions, r.rank_in_province
FROM (
    SELECT c.*, row_number() OVER (PARTITION BY c.province_code
                                   ORDER BY c.articles DESC, c.mentions DESC, c.entity_id) AS rank_in_province
    FROM mart.all_entities_by_province c
) r
JOIN core.entity e USING (entity_id)
WHERE r.rank_in_province <= 100;
CREATE UNIQUE INDEX entity_by_province_key ON mart.entity_by_province (province_code, entity_id);
ANALYZE mart.entity_by_province;
COMMENT ON TABLE mart.entity_by_province IS
    'Top 100 entities (by articles, then mentions) in articles datelined in each Indonesian province.';
COMMENT ON COLUMN mart.entity_by_province.province_code IS 'ISO 3166-2:ID province of the dateline place (`ID-JT`).';
COMMENT ON COLUMN mart.entity_by_province.entity_id IS 'The entity (core.entity).';
COMMENT ON COLUMN mart.entity_by_province.entity_type IS 'PER, ORG or LOC.';
COMMENT ON COLUMN mart.entity_by_province.canonical_name IS 'Its canonical name.';
COMMENT ON COLUMN mart.entity_by_province.articles IS 'Articles datelined in the province mentioning it.';
COMMENT ON COLUMN mart.entity_by_province.mentions IS 'Its mentions in them.';
COMMENT ON COLUMN mart.entity_by_province.rank_in_province IS '1 = the most frequent entity of the province (by articles, then mentions); at most 100.';
