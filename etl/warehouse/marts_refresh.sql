-- Bring the marts (schema `mart`, tables since migration 0013) up to date with core: the incremental
-- refresh, run by refresh_marts (etl/warehouse/marts.py) after an ingest, in ONE transaction.
--
-- The triggers on core (schema/objects/triggers/core.*.mart_*_log.sql) log what changed since the
-- last refresh: each changed article as the marts counted it (ingest.mart_changed_article), the
-- counted mentions and the credits written and removed (ingest.mart_mention_change,
-- ingest.mart_credit_change), renamed entities, people and sources (ingest.mart_changed_dimension).
-- From that and core, for the changed articles only, this file rebuilds two sides of every changed
-- article: what it counted at the last refresh (side -1) and what it counts now (side +1).  Every
-- count in the marts is a sum over articles, so adding side * (the article's part) per grain turns
-- the old contents into the new; top-100 rankings are re-ranked for the places whose counts changed,
-- shares re-computed for the months that changed, pairs' first/last month re-computed where an
-- article that set them left.  The cost is that of the changed articles, not of the warehouse.
--
-- Readers keep reading the previous contents until the transaction commits (MVCC): no lock they wait for.
-- Statements are grouped into steps by `-- step: <name>` lines (refresh_marts times each step).

-- step: changed articles
-- Publishes and refreshes take turns (publish.sql's lock, :publish_lock): a publish committing halfway through
-- would log changes this refresh did not count, then see them deleted.
SELECT pg_advisory_xact_lock(:publish_lock);

-- The changed articles: logged ones, and those datelined at a place whose province changed.
CREATE TEMP TABLE refresh_article ON COMMIT DROP AS
SELECT article_id FROM ingest.mart_changed_article
UNION
SELECT article_id FROM ingest.mart_mention_change
UNION
SELECT article_id FROM ingest.mart_credit_change
UNION
SELECT a.article_id
FROM ingest.mart_changed_dimension d
JOIN core.entity place ON place.entity_id = d.id
JOIN core.article a ON a.dateline_entity_id = d.id
WHERE d.dimension = 'entity' AND d.province_code_before IS DISTINCT FROM place.province_code;

ALTER TABLE refresh_article ADD PRIMARY KEY (article_id);

ANALYZE refresh_article;

-- Credits now (+1) and at the last refresh (-1: now, less those written, plus those removed since).
CREATE TEMP TABLE refresh_credit ON COMMIT DROP AS
WITH now AS (
    SELECT c.article_id, c.person_id, c.role FROM refresh_article t JOIN core.article_credit c USING (article_id)
)
SELECT 1 AS side, article_id, person_id, role FROM now
UNION ALL
SELECT -1, article_id, person_id, role
FROM (
    SELECT article_id, person_id, role, 1 AS credits FROM now
    UNION ALL
    SELECT article_id, person_id, role, -credits FROM ingest.mart_credit_change
) c
GROUP BY article_id, person_id, role
HAVING sum(credits) > 0;

-- Articles now (+1) and at the last refresh (-1): the logged image, else the row as it is (it did
-- not change); its province from the place's logged province, else the place as it is.
CREATE TEMP TABLE refresh_side_article ON COMMIT DROP AS
WITH side AS (
    SELECT 1 AS side, a.article_id, a.published_month AS month, a.published_date AS day, a.dateline_place,
           a.dateline_entity_id, a.source_id, place.province_code
    FROM refresh_article t
    JOIN core.article a USING (article_id)
    LEFT JOIN core.entity place ON place.entity_id = a.dateline_entity_id
    UNION ALL
    SELECT -1, b.article_id, b.month, b.day, b.dateline_place, b.dateline_entity_id, b.source_id,
           CASE WHEN d.id IS NULL THEN place.province_code ELSE d.province_code_before END
    FROM (
        SELECT article_id, published_month AS month, published_date AS day, dateline_place, dateline_entity_id,
               source_id
        FROM ingest.mart_changed_article
        WHERE existed
        UNION ALL
        SELECT a.article_id, a.published_month, a.published_date, a.dateline_place, a.dateline_entity_id, a.source_id
        FROM refresh_article t
        JOIN core.article a USING (article_id)
        WHERE NOT EXISTS (SELECT 1 FROM ingest.mart_changed_article c WHERE c.article_id = t.article_id)
    ) b
    LEFT JOIN core.entity place ON place.entity_id = b.dateline_entity_id
    LEFT JOIN ingest.mart_changed_dimension d ON d.dimension = 'entity' AND d.id = b.dateline_entity_id
)
SELECT s.*,
       s.source_id IS NOT NULL AND EXISTS (
           SELECT 1 FROM refresh_credit c WHERE c.side = s.side AND c.article_id = s.article_id AND c.role = 'translator'
       ) AS wire_translated
FROM side s;

-- Counted mentions per article and entity, now (+1) and at the last refresh (-1), with the article's side.
CREATE TEMP TABLE refresh_side_entity ON COMMIT DROP AS
WITH now AS (
    SELECT m.article_id, m.entity_id, count(*) AS mentions
    FROM refresh_article t
    JOIN core.counted_entity_mention m USING (article_id)
    GROUP BY m.article_id, m.entity_id
), side AS (
    SELECT 1 AS side, article_id, entity_id, mentions FROM now
    UNION ALL
    SELECT -1, article_id, entity_id, sum(mentions)
    FROM (
        SELECT article_id, entity_id, mentions FROM now
        UNION ALL
        SELECT article_id, entity_id, -mentions FROM ingest.mart_mention_change
    ) m
    GROUP BY article_id, entity_id
    HAVING sum(mentions) > 0
)
SELECT e.side, e.article_id, e.entity_id, e.mentions, a.month, a.day, a.dateline_place, a.province_code
FROM side e
JOIN refresh_side_article a USING (side, article_id);

ANALYZE refresh_side_article;

ANALYZE refresh_side_entity;

-- step: mart.entity_mentions_daily
CREATE TEMP TABLE refresh_delta ON COMMIT DROP AS
SELECT entity_id, day, sum(side) AS articles, sum(side * mentions) AS mentions
FROM refresh_side_entity
WHERE day IS NOT NULL
GROUP BY entity_id, day
HAVING sum(side) <> 0 OR sum(side * mentions) <> 0;

INSERT INTO mart.entity_mentions_daily AS t (entity_id, entity_type, canonical_name, day, articles, mentions)
SELECT d.entity_id, e.entity_type, e.canonical_name, d.day, d.articles, d.mentions
FROM refresh_delta d
LEFT JOIN core.entity e USING (entity_id)
ON CONFLICT (entity_id, day) DO UPDATE
SET articles = t.articles + excluded.articles, mentions = t.mentions + excluded.mentions;

DELETE FROM mart.entity_mentions_daily t
USING refresh_delta d
WHERE t.entity_id = d.entity_id AND t.day = d.day AND t.articles = 0;

DROP TABLE refresh_delta;

-- step: mart.entity_mentions_monthly
CREATE TEMP TABLE refresh_delta ON COMMIT DROP AS
SELECT entity_id, month, sum(side) AS articles, sum(side * mentions) AS mentions
FROM refresh_side_entity
GROUP BY entity_id, month
HAVING sum(side) <> 0 OR sum(side * mentions) <> 0;

INSERT INTO mart.entity_mentions_monthly AS t (entity_id, entity_type, canonical_name, month, articles, mentions)
SELECT d.entity_id, e.entity_type, e.canonical_name, d.month, d.articles, d.mentions
FROM refresh_delta d
LEFT JOIN core.entity e USING (entity_id)
ON CONFLICT (entity_id, month) DO UPDATE
SET articles = t.articles + excluded.articles, mentions = t.mentions + excluded.mentions;

DELETE FROM mart.entity_mentions_monthly t
USING refresh_delta d
WHERE t.entity_id = d.entity_id AND t.month = d.month AND t.articles = 0;

DROP TABLE refresh_delta;

-- step: mart.dateline_place_monthly
CREATE TEMP TABLE refresh_delta ON COMMIT DROP AS
SELECT dateline_entity_id AS place_entity_id, month, sum(side) AS articles
FROM refresh_side_article
WHERE dateline_entity_id IS NOT NULL
GROUP BY dateline_entity_id, month
HAVING sum(side) <> 0;

INSERT INTO mart.dateline_place_monthly AS t (place_entity_id, place, country_code, province_code, month, articles)
SELECT d.place_entity_id, p.canonical_name, p.country_code, p.province_code, d.month, d.articles
FROM refresh_delta d
LEFT JOIN core.entity p ON p.entity_id = d.place_entity_id
ON CONFLICT (place_entity_id, month) DO UPDATE
SET articles = t.articles + excluded.articles;

DELETE FROM mart.dateline_place_monthly t
USING refresh_delta d
WHERE t.place_entity_id = d.place_entity_id AND t.month = d.month AND t.articles = 0;

DROP TABLE refresh_delta;

-- step: mart.person_role_monthly
CREATE TEMP TABLE refresh_delta ON COMMIT DROP AS
SELECT c.person_id, c.role, a.month, sum(c.side) AS articles,
       coalesce(sum(c.side) FILTER (WHERE a.wire_translated), 0) AS wire_translated_articles
FROM refresh_credit c
JOIN refresh_side_article a USING (side, article_id)
GROUP BY c.person_id, c.role, a.month
HAVING sum(c.side) <> 0 OR sum(c.side) FILTER (WHERE a.wire_translated) <> 0;

INSERT INTO mart.person_role_monthly AS t (person_id, person, role, month, articles, wire_translated_articles)
SELECT d.person_id, p.name, d.role, d.month, d.articles, d.wire_translated_articles
FROM refresh_delta d
LEFT JOIN core.person p USING (person_id)
ON CONFLICT (person_id, role, month) DO UPDATE
SET articles = t.articles + excluded.articles,
    wire_translated_articles = t.wire_translated_articles + excluded.wire_translated_articles;

DELETE FROM mart.person_role_monthly t
USING refresh_delta d
WHERE t.person_id = d.person_id AND t.role = d.role AND t.month = d.month AND t.articles = 0;

DROP TABLE refresh_delta;

-- step: mart.wire_source_monthly
CREATE TEMP TABLE refresh_delta ON COMMIT DROP AS
SELECT month, source_id, sum(side) AS articles,
       coalesce(sum(side) FILTER (WHERE wire_translated), 0) AS translated_articles
FROM refresh_side_article
WHERE source_id IS NOT NULL
GROUP BY month, source_id
HAVING sum(side) <> 0 OR sum(side) FILTER (WHERE wire_translated) <> 0;

INSERT INTO mart.wire_source_monthly AS t (month, source_id, source, articles, translated_articles)
SELECT d.month, d.source_id, s.name, d.articles, d.translated_articles
FROM refresh_delta d
LEFT JOIN core.source s USING (source_id)
ON CONFLICT (month, source_id) DO UPDATE
SET articles = t.articles + excluded.articles, translated_articles = t.translated_articles + excluded.translated_articles;

DELETE FROM mart.wire_source_monthly t
USING refresh_delta d
WHERE t.month = d.month AND t.source_id = d.source_id AND t.articles = 0;

-- Shares, for every month a changed article is in (its article count may have changed): as the
-- rebuild computes them, from the month's articles in core and its translated stories here.
UPDATE mart.wire_source_monthly t
SET share_of_translated = round(t.translated_articles / nullif(m.translated_articles, 0), 4),
    share_of_month = round(t.translated_articles / m.articles::numeric, 4)
FROM (
    SELECT k.month,
           (SELECT count(*) FROM core.article a WHERE a.published_month = k.month) AS articles,
           (SELECT sum(w.translated_articles) FROM mart.wire_source_monthly w WHERE w.month = k.month)
               AS translated_articles
    FROM (SELECT DISTINCT month FROM refresh_side_article) k
) m
WHERE t.month = m.month
  AND (t.share_of_translated, t.share_of_month) IS DISTINCT FROM
      (round(t.translated_articles / nullif(m.translated_articles, 0), 4), round(t.translated_articles / m.articles::numeric, 4));

DROP TABLE refresh_delta;

-- step: mart.entity_by_dateline_place
CREATE TEMP TABLE refresh_delta ON COMMIT DROP AS
SELECT dateline_place, entity_id, sum(side) AS articles, sum(side * mentions) AS mentions
FROM refresh_side_entity
WHERE dateline_place IS NOT NULL
GROUP BY dateline_place, entity_id
HAVING sum(side) <> 0 OR sum(side * mentions) <> 0;

INSERT INTO mart.all_entities_by_dateline_place AS t (dateline_place, entity_id, articles, mentions)
SELECT dateline_place, entity_id, articles, mentions FROM refresh_delta
ON CONFLICT (dateline_place, entity_id) DO UPDATE
SET articles = t.articles + excluded.articles, mentions = t.mentions + excluded.mentions;

DELETE FROM mart.all_entities_by_dateline_place t
USING refresh_delta d
WHERE t.dateline_place = d.dateline_place AND t.entity_id = d.entity_id AND t.articles = 0;

-- Re-rank the places whose counts changed: their top 100, read off the ranking index.
DELETE FROM mart.entity_by_dateline_place t
WHERE t.dateline_place IN (SELECT dateline_place FROM refresh_delta);

INSERT INTO mart.entity_by_dateline_place (dateline_place, entity_id, entity_type, canonical_name, articles,
                                           mentions, rank_in_place)
SELECT p.dateline_place, r.entity_id, e.entity_type, e.canonical_name, r.articles, r.mentions, r.rank_in_place
FROM (SELECT DISTINCT dateline_place FROM refresh_delta) p
CROSS JOIN LATERAL (
    SELECT c.entity_id, c.articles, c.mentions,
           row_number() OVER (ORDER BY c.articles DESC, c.mentions DESC, c.entity_id) AS rank_in_place
    FROM mart.all_entities_by_dateline_place c
    WHERE c.dateline_place = p.dateline_place
    ORDER BY c.articles DESC, c.mentions DESC, c.entity_id
    LIMIT 100
) r
JOIN core.entity e ON e.entity_id = r.entity_id;

DROP TABLE refresh_delta;

-- step: mart.entity_by_province
CREATE TEMP TABLE refresh_delta ON COMMIT DROP AS
SELECT province_code, entity_id, sum(side) AS articles, sum(side * mentions) AS mentions
FROM refresh_side_entity
WHERE province_code IS NOT NULL
GROUP BY province_code, entity_id
HAVING sum(side) <> 0 OR sum(side * mentions) <> 0;

INSERT INTO mart.all_entities_by_province AS t (province_code, entity_id, articles, mentions)
SELECT province_code, entity_id, articles, mentions FROM refresh_delta
ON CONFLICT (province_code, entity_id) DO UPDATE
SET articles = t.articles + excluded.articles, mentions = t.mentions + excluded.mentions;

DELETE FROM mart.all_entities_by_province t
USING refresh_delta d
WHERE t.province_code = d.province_code AND t.entity_id = d.entity_id AND t.articles = 0;

DELETE FROM mart.entity_by_province t
WHERE t.province_code IN (SELECT province_code FROM refresh_delta);

INSERT INTO mart.entity_by_province (province_code, entity_id, entity_type, canonical_name, articles, mentions,
                                     rank_in_province)
SELECT p.province_code, r.entity_id, e.entity_type, e.canonical_name, r.articles, r.mentions, r.rank_in_province
FROM (SELECT DISTINCT province_code FROM refresh_delta) p
CROSS JOIN LATERAL (
    SELECT c.entity_id, c.articles, c.mentions,
           row_number() OVER (ORDER BY c.articles DESC, c.mentions DESC, c.entity_id) AS rank_in_province
    FROM mart.all_entities_by_province c
    WHERE c.province_code = p.province_code
    ORDER BY c.articles DESC, c.mentions DESC, c.entity_id
    LIMIT 100
) r
JOIN core.entity e ON e.entity_id = r.entity_id;

DROP TABLE refresh_delta;

-- step: mart.entity_pair
-- Per pair: articles added less removed, and the first/last months of those added and removed.
CREATE TEMP TABLE refresh_delta ON COMMIT DROP AS
SELECT x.entity_id AS entity_a_id, y.entity_id AS entity_b_id, sum(x.side) AS articles,
       min(x.month) FILTER (WHERE x.side > 0) AS added_first, max(x.month) FILTER (WHERE x.side > 0) AS added_last,
       min(x.month) FILTER (WHERE x.side < 0) AS removed_first, max(x.month) FILTER (WHERE x.side < 0) AS removed_last
FROM refresh_side_entity x
JOIN refresh_side_entity y ON y.side = x.side AND y.article_id = x.article_id AND y.entity_id > x.entity_id
GROUP BY x.entity_id, y.entity_id;

-- An article republished with the same pairs and month changes nothing.
DELETE FROM refresh_delta
WHERE articles = 0 AND added_first = removed_first AND added_last = removed_last;

ALTER TABLE refresh_delta ADD PRIMARY KEY (entity_a_id, entity_b_id);

ANALYZE refresh_delta;

-- Pairs whose first (last) month may have left with a removed article: re-computed below.
CREATE TEMP TABLE refresh_pair_span ON COMMIT DROP AS
SELECT d.entity_a_id, d.entity_b_id
FROM refresh_delta d
JOIN mart.all_entity_pairs t USING (entity_a_id, entity_b_id)
WHERE t.articles + d.articles > 0
  AND (d.removed_first = t.first_month AND (d.added_first IS NULL OR d.added_first > t.first_month)
       OR d.removed_last = t.last_month AND (d.added_last IS NULL OR d.added_last < t.last_month));

INSERT INTO mart.all_entity_pairs AS t (entity_a_id, entity_b_id, articles, first_month, last_month)
SELECT entity_a_id, entity_b_id, articles, added_first, added_last FROM refresh_delta
ON CONFLICT (entity_a_id, entity_b_id) DO UPDATE
SET articles = t.articles + excluded.articles,
    first_month = least(t.first_month, excluded.first_month),
    last_month = greatest(t.last_month, excluded.last_month);

DELETE FROM mart.all_entity_pairs t
USING refresh_delta d
WHERE t.entity_a_id = d.entity_a_id AND t.entity_b_id = d.entity_b_id AND t.articles = 0;

UPDATE mart.all_entity_pairs t
SET first_month = r.first_month, last_month = r.last_month
FROM (
    SELECT s.entity_a_id, s.entity_b_id, min(a.published_month) AS first_month, max(a.published_month) AS last_month
    FROM refresh_pair_span s
    CROSS JOIN LATERAL (
        SELECT article_id FROM core.counted_entity_mention WHERE entity_id = s.entity_a_id
        INTERSECT
        SELECT article_id FROM core.counted_entity_mention WHERE entity_id = s.entity_b_id
    ) both_named
    JOIN core.article a ON a.article_id = both_named.article_id
    GROUP BY s.entity_a_id, s.entity_b_id
) r
WHERE t.entity_a_id = r.entity_a_id AND t.entity_b_id = r.entity_b_id;

-- mart.entity_pair: the changed pairs of at least two articles, from mart.all_entity_pairs.
DELETE FROM mart.entity_pair p
USING refresh_delta d
WHERE p.entity_a_id = d.entity_a_id AND p.entity_b_id = d.entity_b_id
  AND NOT EXISTS (SELECT 1 FROM mart.all_entity_pairs t
                  WHERE t.entity_a_id = d.entity_a_id AND t.entity_b_id = d.entity_b_id AND t.articles >= 2);

INSERT INTO mart.entity_pair AS p (entity_a_id, entity_b_id, articles, first_month, last_month)
SELECT t.entity_a_id, t.entity_b_id, t.articles, t.first_month, t.last_month
FROM refresh_delta d
JOIN mart.all_entity_pairs t USING (entity_a_id, entity_b_id)
WHERE t.articles >= 2
ON CONFLICT (entity_a_id, entity_b_id) DO UPDATE
SET articles = excluded.articles, first_month = excluded.first_month, last_month = excluded.last_month
WHERE (p.articles, p.first_month, p.last_month) IS DISTINCT FROM (excluded.articles, excluded.first_month, excluded.last_month);

DROP TABLE refresh_delta;

-- step: names
-- Renamed entities, people and sources: the marts' copies of their names (and an entity's type and codes).
UPDATE mart.entity_mentions_daily t
SET entity_type = e.entity_type, canonical_name = e.canonical_name
FROM ingest.mart_changed_dimension d
JOIN core.entity e ON e.entity_id = d.id
WHERE d.dimension = 'entity' AND t.entity_id = d.id
  AND (t.entity_type, t.canonical_name) IS DISTINCT FROM (e.entity_type, e.canonical_name);

UPDATE mart.entity_mentions_monthly t
SET entity_type = e.entity_type, canonical_name = e.canonical_name
FROM ingest.mart_changed_dimension d
JOIN core.entity e ON e.entity_id = d.id
WHERE d.dimension = 'entity' AND t.entity_id = d.id
  AND (t.entity_type, t.canonical_name) IS DISTINCT FROM (e.entity_type, e.canonical_name);

UPDATE mart.entity_by_dateline_place t
SET entity_type = e.entity_type, canonical_name = e.canonical_name
FROM ingest.mart_changed_dimension d
JOIN core.entity e ON e.entity_id = d.id
WHERE d.dimension = 'entity' AND t.entity_id = d.id
  AND (t.entity_type, t.canonical_name) IS DISTINCT FROM (e.entity_type, e.canonical_name);

UPDATE mart.entity_by_province t
SET entity_type = e.entity_type, canonical_name = e.canonical_name
FROM ingest.mart_changed_dimension d
JOIN core.entity e ON e.entity_id = d.id
WHERE d.dimension = 'entity' AND t.entity_id = d.id
  AND (t.entity_type, t.canonical_name) IS DISTINCT FROM (e.entity_type, e.canonical_name);

UPDATE mart.dateline_place_monthly t
SET place = e.canonical_name, country_code = e.country_code, province_code = e.province_code
FROM ingest.mart_changed_dimension d
JOIN core.entity e ON e.entity_id = d.id
WHERE d.dimension = 'entity' AND t.place_entity_id = d.id
  AND (t.place, t.country_code, t.province_code) IS DISTINCT FROM (e.canonical_name, e.country_code, e.province_code);

UPDATE mart.person_role_monthly t
SET person = p.name
FROM ingest.mart_changed_dimension d
JOIN core.person p ON p.person_id = d.id
WHERE d.dimension = 'person' AND t.person_id = d.id AND t.person IS DISTINCT FROM p.name;

UPDATE mart.wire_source_monthly t
SET source = s.name
FROM ingest.mart_changed_dimension d
JOIN core.source s ON s.source_id = d.id
WHERE d.dimension = 'source' AND t.source_id = d.id AND t.source IS DISTINCT FROM s.name;

-- step: log emptied
-- Counted: the log starts again from here.
DELETE FROM ingest.mart_changed_article;

DELETE FROM ingest.mart_mention_change;

DELETE FROM ingest.mart_credit_change;

DELETE FROM ingest.mart_changed_dimension
