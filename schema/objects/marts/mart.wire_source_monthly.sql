-- Each source agency's translated wire stories per month, and their share:
--   share_of_translated  of that month's translated wire stories (the agencies' shares add up to 1);
--   share_of_month       of all that month's articles.
-- Kept up to date by refresh_marts (counts by difference, shares re-computed for the months that
-- changed); this file builds it from all of core.
DROP TABLE IF EXISTS mart.wire_source_monthly CASCADE;
CREATE TABLE mart.wire_source_monthly (
    month                date    NOT NULL,
    source_id            integer NOT NULL,
    source               text,
    articles             bigint  NOT NULL,
    translated_articles  bigint  NOT NULL,
    share_of_translated  numeric,
    share_of_month       numeric
);
INSERT INTO mart.wire_source_monthly
WITH per_source AS (
    SELECT w.published_month AS month, w.source_id, count(*) AS articles,
           count(*) FILTER (WHERE w.translated) AS translated_articles
    FROM mart.wire_article w
    GROUP BY w.published_month, w.source_id
), per_month AS (
    SELECT published_month AS month, count(*) AS articles FROM core.article GROUP BY published_month
)
SELECT s.month, s.source_id, src.name AS source, s.articles, s.translated_articles,
       round(s.translated_articles / nullif(sum(s.translated_articles) OVER (PARTITION BY s.month), 0), 4)
           AS share_of_translated,
       round(s.translated_articles / m.articles::numeric, 4) AS share_of_month
FROM per_source s
JOIN per_month m USING (month)
JOIN core.source src USING (source_id);
CREATE UNIQUE INDEX wire_source_monthly_key ON mart.wire_source_monthly (month, source_id);
ANALYZE mart.wire_source_monthly;
COMMENT ON TABLE mart.wire_source_monthly IS
    'Per source agency and month: wire stories citing it, translated ones, and their share of the month.';
COMMENT ON COLUMN mart.wire_source_monthly.month IS 'The month (first day).';
COMMENT ON COLUMN mart.wire_source_monthly.source_id IS 'The source agency (core.source).';
COMMENT ON COLUMN mart.wire_source_monthly.source IS 'Its name.';
COMMENT ON COLUMN mart.wire_source_monthly.articles IS 'Articles citing it that month.';
COMMENT ON COLUMN mart.wire_source_monthly.translated_articles IS 'Of them, translated wire stories.';
COMMENT ON COLUMN mart.wire_source_monthly.share_of_translated IS 'Its share of the month''s translated wire stories (the agencies'' shares add up to 1).';
COMMENT ON COLUMN mart.wire_source_monthly.share_of_month IS 'Its translated stories as a share of all that month''s articles.';
