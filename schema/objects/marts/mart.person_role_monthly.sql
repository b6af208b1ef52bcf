-- Output per person and role per month, and how much of it was translated wire stories.
-- Kept up to date by refresh_marts (etl/warehouse/marts_refresh.sql); this file builds it from all of core.
DROP TABLE IF EXISTS mart.person_role_monthly CASCADE;
CREATE TABLE mart.person_role_monthly (
    person_id                 bigint NOT NULL,
    person                    text,
    role                      text   NOT NULL,
    month                     date   NOT NULL,
    articles                  bigint NOT NULL,
    wire_translated_articles  bigint NOT NULL
);
INSERT INTO mart.person_role_monthly
SELECT c.person_id, p.name AS person, c.role, a.published_month AS month,
       count(*) AS articles,  -- (article, role, person) is the credit key: one row per article
       count(*) FILTER (WHERE w.translated) AS wire_translated_articles
FROM core.article_credit c
JOIN core.article a USING (article_id)
JOIN core.person p USING (person_id)
LEFT JOIN mart.wire_article w USING (article_id)
GROUP BY c.person_id, p.name, c.role, a.published_month;
CREATE UNIQUE INDEX person_role_monthly_key ON mart.person_role_monthly (person_id, role, month);
CREATE INDEX person_role_monthly_role_month_idx ON mart.person_role_monthly (role, month);
ANALYZE mart.person_role_monthly;
COMMENT ON TABLE mart.person_role_monthly IS
    'Articles per credited person, role and month; wire_translated_articles = of them, translated wire stories.';
COMMENT ON COLUMN mart.person_role_monthly.person_id IS 'The credited person (core.person).';
COMMENT ON COLUMN mart.person_role_monthly.person IS 'Their name.';
COMMENT ON COLUMN mart.person_role_monthly.role IS 'The credit role (core.credit_role).';
COMMENT ON COLUMN mart.person_role_monthly.month IS 'The month (first day).';
COMMENT ON COLUMN mart.person_role_monthly.articles IS 'Articles credited to them in that role that month.';
COMMENT ON COLUMN mart.person_role_monthly.wire_translated_articles IS 'Of them, translated wire stories (mart.wire_article).';
