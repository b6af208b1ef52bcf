-- The entity layer of a set of articles, part 2: articles linked to their entities (part 1,
-- entities.sql, made the entities).  Included by publish.sql after the articles are written, and
-- run by `antara-etl entities reextract`.  Same expectations and parameters as entities.sql.

-- Dateline place and model version (publish writes new rows with them already: nothing to do then).
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
