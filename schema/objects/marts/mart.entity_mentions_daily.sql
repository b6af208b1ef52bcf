-- Per day: only articles whose text pins the day (date_precision = 'day').
-- Counts only the mentions in core.counted_entity_mention (tagger confidence >= 0.4).
-- A table kept up to date by refresh_marts (etl/warehouse/marts_refresh.sql): after an ingest it adds
-- what the changed articles count now and subtracts what they counted before.  This file builds it
-- from all of core (an upgrade that changes a schema object, or `antara-etl marts rebuild`).
DROP TABLE IF EXISTS mart.entity_mentions_daily CASCADE;
CREATE TABLE mart.entity_mentions_daily (
    entity_id       bigint NOT NULL,
    entity_type     text,
    canonical_name  text,
    day             date   NOT NULL,
    articles        bigint NOT NULL,
    mentions        bigint NOT NULL
);
INSERT INTO mart.entity_mentions_daily
SELECT e.entity_id, e.entity_type, e.canonical_name, d.day, d.articles, d.mentions
FROM (
    SELECT m.entity_id, a.published_date AS day, count(DISTINCT m.article_id) AS articles, count(*) AS mentions
    FROM core.counted_entity_mention m
    JOIN core.article a USING (article_id)
    WHERE a.published_date IS NOT NULL
    GROUP BY m.entity_id, a.published_date
) d
JOIN core.entity e USING (entity_id);
CREATE UNIQUE INDEX entity_mentions_daily_key ON mart.entity_mentions_daily (entity_id, day);
CREATE INDEX entity_mentions_daily_day_idx ON mart.entity_mentions_daily (day);
ANALYZE mart.entity_mentions_daily;
COMMENT ON TABLE mart.entity_mentions_daily IS
    'Articles and mentions per entity per day (articles with a known day only).';
COMMENT ON COLUMN mart.entity_mentions_daily.entity_id IS 'The entity (core.entity).';
COMMENT ON COLUMN mart.entity_mentions_daily.entity_type IS 'PER, ORG or LOC.';
COMMENT ON COLUMN mart.entity_mentions_daily.canonical_name IS 'Its canonical name.';
COMMENT ON COLUMN mart.entity_mentions_daily.day IS 'The day (articles whose text pins the day only).';
COMMENT ON COLUMN mart.entity_mentions_daily.articles IS 'Distinct articles mentioning it that day.';
COMMENT ON COLUMN mart.entity_mentions_daily.mentions IS 'Its mentions that day.';
