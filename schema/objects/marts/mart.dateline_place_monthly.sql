-- Articles filed per dateline place per month.  The place is the dateline as an entity
-- (core.article.dateline_entity_id), so `Semarang` and `Semarang, Jawa Tengah` are one place.
-- Kept up to date by refresh_marts (etl/warehouse/marts_refresh.sql); this file builds it from all of core.
DROP TABLE IF EXISTS mart.dateline_place_monthly CASCADE;
CREATE TABLE mart.dateline_place_monthly (
    place_entity_id  bigint NOT NULL,
    place            text,
    country_code     text,
    province_code    text,
    month            date   NOT NULL,
    articles         bigint NOT NULL
);
INSERT INTO mart.dateline_place_monthly
SELECT a.dateline_entity_id AS place_entity_id, p.canonical_name AS place, p.country_code, p.province_code,
       a.published_month AS month, count(*) AS articles
FROM core.article a
JOIN core.entity p ON p.entity_id = a.dateline_entity_id
GROUP BY a.dateline_entity_id, p.canonical_name, p.country_code, p.province_code, a.published_month;
CREATE UNIQUE INDEX dateline_place_monthly_key ON mart.dateline_place_monthly (place_entity_id, month);
CREATE INDEX dateline_place_monthly_province_idx ON mart.dateline_place_monthly (province_code);
ANALYZE mart.dateline_place_monthly;
COMMENT ON TABLE mart.dateline_place_monthly IS 'Articles filed per dateline place (as an entity) per month.';
COMMENT ON COLUMN mart.dateline_place_monthly.place_entity_id IS 'The dateline place as an entity (core.entity, LOC).';
COMMENT ON COLUMN mart.dateline_place_monthly.place IS 'Its canonical name.';
COMMENT ON COLUMN mart.dateline_place_monthly.country_code IS 'ISO 3166-1 alpha-2 country.';
COMMENT ON COLUMN mart.dateline_place_monthly.province_code IS 'ISO 3166-2:ID province (Indonesian places).';
COMMENT ON COLUMN mart.dateline_place_monthly.month IS 'The month (first day).';
COMMENT ON COLUMN mart.dateline_place_monthly.articles IS 'Articles filed from the place that month.';
