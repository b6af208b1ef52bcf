-- Per month: every article (each has a month), so the series is complete for time-series charts.
-- Counts only the mentions in core.counted_entity_mention (tagger confidence >= 0.4).
-- Kept up to date by refresh_marts like mart.entity_mentions_daily; this file builds it from all of core.
DROP TABLE IF EXISTS mart.entity_mentions_monthly CASCADE;
CREATE TABLE mart.entity_mentions_monthly (
    entity_id       bigint NOT NULL,
    entity_type     text,
    canonical_name  text,
    month           date   NOT NULL,
    articles        bigint NOT NULL,
    mentions        bigint NOT NULL
);
INSERT INTO mart.entity_mentions_monthly
SELECT e.entity_id, e.entity_type, e.canonical_name, d.month, d.articles, d.mentions
FROM (
    SELECT m.entity_id, a.published_month AS month, count(DISTINCT m.article_id) AS articles, count(*) AS mentions
    FROM core.counted_entity_mention m
    JOIN core.article a USING (article_id)
    GROUP BY m.entity_id, a.published_month
) d
JOIN core.entity e USING (entity_id);
CREATE UNIQUE INDEX entity_mentions_monthly_key ON mart.entity_mentions_monthly (entity_id, month);
CREATE INDEX entity_mentions_monthly_month_idx ON mart.entity_mentions_monthly (month);
ANALYZE mart.entity_mentions_monthly;
COMMENT ON TABLE mart.entity_mentions_monthly IS
    'Articles and mentions per entity per month (every article): the time series of who is in the news.';
COMMENT ON COLUMN mart.entity_mentions_monthly.entity_id IS 'The entity (core.entity).';
COMMENT ON COLUMN mart.entity_mentions_monthly.entity_type IS 'PER, ORG or LOC.';
COMMENT ON COLUMN mart.entity_mentions_monthly.canonical_name IS 'Its canonical name.';
COMMENT ON COLUMN mart.entity_mentions_monthly.month IS 'The month (first day).';
COMMENT ON COLUMN mart.entity_mentions_monthly.articles IS 'Distinct articles mentioning it that month.';
COMMENT ON COLUMN mart.entity_mentions_monthly.mentions IS 'Its mentions that month.';
