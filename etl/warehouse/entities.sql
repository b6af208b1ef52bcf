-- The entity layer of a set of articles: canonical entities, aliases, mentions, dateline places.
--
-- Included by publish.sql (new and updated articles) and run by `antara-etl entities reextract`
-- (articles whose mentions came from another model version).  Expects, in the same transaction:
--   entity_plan(content_sha256, article_id)   the articles whose entity layer is (re)written;
--   staging.entity_mention / staging.article_entity rows of :batch_id for them.
-- Parameters: :batch_id, :run_id.

-- A name the resolver could not key to a known entity, but which is a known alias of one (same
-- type), joins it: `Badan Pusat Statistik` seen alone after `Badan Pusat Statistik (BPS)`.
UPDATE staging.entity_mention m
SET entity_key = known.entity_key, canonical_name = known.canonical_name
FROM (
    SELECT DISTINCT ON (e.entity_type, lower(al.alias)) e.entity_type, lower(al.alias) AS alias, e.entity_key,
           e.canonical_name
    FROM core.entity_alias al JOIN core.entity e USING (entity_id)
    ORDER BY e.entity_type, lower(al.alias), e.entity_id
) known
WHERE m.batch_id = :batch_id AND known.entity_type = m.entity_type AND known.alias = lower(m.canonical_name)
  AND known.entity_key <> m.entity_key
  AND NOT EXISTS (SELECT 1 FROM core.entity x WHERE x.entity_type = m.entity_type AND x.entity_key = m.entity_key);

-- New entities.  An acronym-only canonical name (`NATO`) gives way to its expansion when one
-- arrives; missing country/province codes are filled in.
INSERT INTO core.entity AS e (entity_type, entity_key, canonical_name, country_code, province_code, first_run_id)
SELECT DISTINCT ON (m.entity_type, m.entity_key) m.entity_type, m.entity_key, m.canonical_name, m.country_code,
       m.province_code, :run_id
FROM staging.entity_mention m
JOIN entity_plan p ON p.content_sha256 = m.content_sha256
WHERE m.batch_id = :batch_id
ORDER BY m.entity_type, m.entity_key, length(m.canonical_name) DESC, m.canonical_name
ON CONFLICT (entity_type, entity_key) DO UPDATE
SET canonical_name = CASE WHEN e.canonical_name = upper(e.canonical_name)
                               AND length(excluded.canonical_name) > length(e.canonical_name)
                          THEN excluded.canonical_name ELSE e.canonical_name END,
    country_code = coalesce(e.country_code, excluded.country_code),
    province_code = coalesce(e.province_code, excluded.province_code)
WHERE (e.canonical_name = upper(e.canonical_name) AND length(excluded.canonical_name) > length(e.canonical_name))
   OR (e.country_code IS NULL AND excluded.country_code IS NOT NULL)
   OR (e.province_code IS NULL AND excluded.province_code IS NOT NULL);

-- Dateline places are place entities too (`Istanbul`, `Ponorogo`).
INSERT INTO core.entity (entity_type, entity_key, canonical_name, country_code, province_code, first_run_id)
SELECT DISTINCT ON (s.dateline_entity_key) 'LOC', s.dateline_entity_key, s.dateline_name, s.dateline_country_code,
       s.dateline_province_code, :run_id
FROM staging.article_entity s
JOIN entity_plan p ON p.content_sha256 = s.content_sha256
WHERE s.batch_id = :batch_id AND s.dateline_entity_key IS NOT NULL
ORDER BY s.dateline_entity_key, s.content_sha256
ON CONFLICT (entity_type, entity_key) DO NOTHING;

UPDATE core.article a
SET dateline_entity_id = de.entity_id, entity_model_version = s.entity_model_version
FROM entity_plan p
JOIN staging.article_entity s ON s.batch_id = :batch_id AND s.content_sha256 = p.content_sha256
LEFT JOIN core.entity de ON de.entity_type = 'LOC' AND de.entity_key = s.dateline_entity_key
WHERE a.article_id = p.article_id
  AND (a.dateline_entity_id IS DISTINCT FROM de.entity_id OR a.entity_model_version IS DISTINCT FROM s.entity_model_version);

-- Mentions: replace the articles' mentions wholesale.
DELETE FROM core.entity_mention m USING entity_plan p WHERE m.article_id = p.article_id;

INSERT INTO core.entity_mention (article_id, entity_id, start_char, end_char, sentence, surface, title,
                                 model_version, run_id)
SELECT p.article_id, e.entity_id, m.start_char, m.end_char, m.sentence, m.surface, m.title,
       s.entity_model_version, :run_id
FROM entity_plan p
JOIN staging.article_entity s ON s.batch_id = :batch_id AND s.content_sha256 = p.content_sha256
JOIN staging.entity_mention m ON m.batch_id = :batch_id AND m.content_sha256 = p.content_sha256
JOIN core.entity e ON e.entity_type = m.entity_type AND e.entity_key = m.entity_key;

INSERT INTO core.entity_alias (entity_id, alias)
SELECT DISTINCT e.entity_id, alias.name
FROM entity_plan p
JOIN staging.entity_mention m ON m.batch_id = :batch_id AND m.content_sha256 = p.content_sha256
JOIN core.entity e ON e.entity_type = m.entity_type AND e.entity_key = m.entity_key
CROSS JOIN LATERAL unnest(m.aliases || m.surface || m.canonical_name) AS alias(name)
ON CONFLICT (entity_id, alias) DO NOTHING;
