-- 0005 marts: reporting tables for analysts (schema `mart`) and the read-only `analyst` role.
--
-- Every mart is a materialised view over core, refreshed CONCURRENTLY after each ingest
-- (`antara-etl marts refresh`, etl/warehouse/marts.py: refresh_marts), so readers are never
-- blocked; CONCURRENTLY needs a UNIQUE index on plain columns covering every row, which each view
-- has.  Counts are of distinct articles (`articles`) and of mentions (`mentions`, one per place
-- an entity's name occurs in a body).  Months are the first day of the month (`2024-03-01`).
--
-- History: the marts and the view mart.wire_article created here are re-made from schema/objects/ on every upgrade that
-- needs it; read (and change) their current definitions there, not here.

CREATE SCHEMA IF NOT EXISTS mart;
COMMENT ON SCHEMA mart IS 'Reporting marts for analysts: materialised views over core, refreshed after each ingest.';

-- Entity look-ups by name, as analysts write them (`WHERE canonical_name = 'Joko Widodo'`).
CREATE INDEX IF NOT EXISTS entity_canonical_name_idx ON core.entity (canonical_name);


-- ---------------------------------------------------------------------------------------------
-- Entity mentions over time
-- ---------------------------------------------------------------------------------------------

-- Per day: only articles whose text pins the day (date_precision = 'day').
CREATE MATERIALIZED VIEW mart.entity_mentions_daily AS
SELECT e.entity_id, e.entity_type, e.canonical_name, d.day, d.articles, d.mentions
FROM (
    SELECT m.entity_id, a.published_date AS day, count(DISTINCT m.article_id) AS articles, count(*) AS mentions
    FROM core.entity_mention m
    JOIN core.article a USING (article_id)
    WHERE a.published_date IS NOT NULL
    GROUP BY m.entity_id, a.published_date
) d
JOIN core.entity e USING (entity_id);
CREATE UNIQUE INDEX entity_mentions_daily_key ON mart.entity_mentions_daily (entity_id, day);
CREATE INDEX entity_mentions_daily_day_idx ON mart.entity_mentions_daily (day);
COMMENT ON MATERIALIZED VIEW mart.entity_mentions_daily IS
    'Articles and mentions per entity per day (articles with a known day only).';

-- Per month: every article (each has a month), so the series is complete for time-series charts.
CREATE MATERIALIZED VIEW mart.entity_mentions_monthly AS
SELECT e.entity_id, e.entity_type, e.canonical_name, d.month, d.articles, d.mentions
FROM (
    SELECT m.entity_id, a.published_month AS month, count(DISTINCT m.article_id) AS articles, count(*) AS mentions
    FROM core.entity_mention m
    JOIN core.article a USING (article_id)
    GROUP BY m.entity_id, a.published_month
) d
JOIN core.entity e USING (entity_id);
CREATE UNIQUE INDEX entity_mentions_monthly_key ON mart.entity_mentions_monthly (entity_id, month);
CREATE INDEX entity_mentions_monthly_month_idx ON mart.entity_mentions_monthly (month);
COMMENT ON MATERIALIZED VIEW mart.entity_mentions_monthly IS
    'Articles and mentions per entity per month (every article): the time series of who is in the news.';


-- ---------------------------------------------------------------------------------------------
-- Where the news comes from: dateline places and provinces
-- ---------------------------------------------------------------------------------------------

-- Articles filed per dateline place per month.  The place is the dateline as an entity
-- (core.article.dateline_entity_id), so `Semarang` and `Semarang, Jawa Tengah` are one place.
CREATE MATERIALIZED VIEW mart.dateline_place_monthly AS
SELECT a.dateline_entity_id AS place_entity_id, p.canonical_name AS place, p.country_code, p.province_code,
       a.published_month AS month, count(*) AS articles
FROM core.article a
JOIN core.entity p ON p.entity_id = a.dateline_entity_id
GROUP BY a.dateline_entity_id, p.canonical_name, p.country_code, p.province_code, a.published_month;
CREATE UNIQUE INDEX dateline_place_monthly_key ON mart.dateline_place_monthly (place_entity_id, month);
CREATE INDEX dateline_place_monthly_province_idx ON mart.dateline_place_monthly (province_code);
COMMENT ON MATERIALIZED VIEW mart.dateline_place_monthly IS 'Articles filed per dateline place (as an entity) per month.';

-- The entities most mentioned in articles filed from each dateline place, as the dateline reads
-- (`Ponorogo, Jawa Timur`).  Kept to the top 100 per place (rank_in_place <= 100), which is what
-- "top entities" asks and keeps the view small however large the warehouse grows.
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

-- The same per Indonesian province: the dateline place's province (core.entity.province_code,
-- ISO 3166-2:ID such as ID-JT).  Articles whose dateline is not a known Indonesian place are left out.
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


-- ---------------------------------------------------------------------------------------------
-- Entity co-occurrence
-- ---------------------------------------------------------------------------------------------

-- Pairs of entities named in the same article, each pair once (entity_a_id < entity_b_id).
-- Size: an article naming n distinct entities makes n(n-1)/2 pairs, about 45 for the usual ten,
-- so 1M articles give ~45M article-pairs, most of them seen once.  Only pairs seen in at least
-- two articles are kept: a single co-occurrence is no pattern, and the cut keeps the view to a few
-- million rows.  Ask core.entity_mention directly for one-off pairs.
CREATE MATERIALIZED VIEW mart.entity_pair AS
WITH article_entity AS (
    SELECT DISTINCT article_id, entity_id FROM core.entity_mention
)
SELECT x.entity_id AS entity_a_id, y.entity_id AS entity_b_id, count(*) AS articles,
       min(a.published_month) AS first_month, max(a.published_month) AS last_month
FROM article_entity x
JOIN article_entity y ON y.article_id = x.article_id AND y.entity_id > x.entity_id
JOIN core.article a ON a.article_id = x.article_id
GROUP BY x.entity_id, y.entity_id
HAVING count(*) >= 2;
CREATE UNIQUE INDEX entity_pair_key ON mart.entity_pair (entity_a_id, entity_b_id);
CREATE INDEX entity_pair_b_idx ON mart.entity_pair (entity_b_id);
COMMENT ON MATERIALIZED VIEW mart.entity_pair IS
    'Entity pairs (entity_a_id < entity_b_id) named in the same articles, pairs seen in at least 2 articles only.';


-- ---------------------------------------------------------------------------------------------
-- Credits and wire sources
-- ---------------------------------------------------------------------------------------------

-- A wire story is an article that names a source agency (`Sumber: Anadolu`); it is translated
-- when it also credits a translator.  A plain view: the definition both marts below share.
CREATE VIEW mart.wire_article AS
SELECT a.article_id, a.published_month, a.source_id,
       EXISTS (SELECT 1 FROM core.article_credit c WHERE c.article_id = a.article_id AND c.role = 'translator')
           AS translated
FROM core.article a
WHERE a.source_id IS NOT NULL;
COMMENT ON VIEW mart.wire_article IS 'Articles that name a source agency; translated = with a translator credit.';

-- Output per person and role per month, and how much of it was translated wire stories.
CREATE MATERIALIZED VIEW mart.person_role_monthly AS
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
COMMENT ON MATERIALIZED VIEW mart.person_role_monthly IS
    'Articles per credited person, role and month; wire_translated_articles = of them, translated wire stories.';

-- Each source agency's translated wire stories per month, and their share:
--   share_of_translated  of that month's translated wire stories (the agencies' shares add up to 1);
--   share_of_month       of all that month's articles.
CREATE MATERIALIZED VIEW mart.wire_source_monthly AS
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
COMMENT ON MATERIALIZED VIEW mart.wire_source_monthly IS
    'Per source agency and month: wire stories citing it, translated ones, and their share of the month.';


-- ---------------------------------------------------------------------------------------------
-- The analyst role: read core and mart, nothing else, change nothing
-- ---------------------------------------------------------------------------------------------
--
-- `analyst` is a NOLOGIN group role; people log in as their own roles that are members of it
-- (etl/warehouse/marts.py: create_analyst_login, or by hand:
--    CREATE ROLE dewi LOGIN PASSWORD '...' IN ROLE analyst;).
-- Roles are cluster-wide, so it is created only when absent; grants are per database.
-- The pipeline's role (the one running this migration) owns every table; the analyst owns nothing,
-- so it cannot ALTER, DROP, TRUNCATE or REFRESH anything.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'analyst') THEN
        CREATE ROLE analyst NOLOGIN;
    END IF;
END
$$;
COMMENT ON ROLE analyst IS 'Read-only access to the ANTARA warehouse (core, mart, ingest ledger); members log in.';

GRANT USAGE ON SCHEMA core, mart TO analyst;
GRANT SELECT ON ALL TABLES IN SCHEMA core, mart TO analyst;
-- Tables, views and marts the pipeline's role creates later in core and mart are readable too.
ALTER DEFAULT PRIVILEGES IN SCHEMA core, mart GRANT SELECT ON TABLES TO analyst;

-- The ingest ledger, for quarantine monitoring (which files were held back, why, by which run);
-- it holds paths and reasons, no article text.  The run plans and staging are pipeline internals:
-- no access (staging holds unaudited batches that must not be reported on).
GRANT USAGE ON SCHEMA ingest TO analyst;
GRANT SELECT ON ingest.run, ingest.raw_file TO analyst;

-- PostgreSQL 15+ no longer lets PUBLIC create in schema public; a cluster upgraded from an older
-- version keeps the old grant, so take it away explicitly.  (TEMP tables stay allowed: they are
-- private to the session and useful for analysis.)
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
