-- The entity layer of a set of articles, part 2: articles linked to their entities (part 1,
-- entities.sql, made the entities).  Included by publish.sql after the articles are written, and
-- run by `antara-etl entities reextract`.  Same expectations and parameters as entities.sql.

-- The planner must know how many entities there are now (entities.sql just added the batch's): with
-- the statistics of an emptier core.entity it joins the mentions and the persons below by nested
-- loops over every pair (measured: 24 s for the person-spelling pairs of one 2,000-file batch; 0.09 s
-- after this).  Two columns only: a few milliseconds; a role that may not analyse gets a warning.
ANALYZE core.entity (entity_type, entity_key);

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
                                 model_version, confidence, run_id)
SELECT p.article_id, e.entity_id, m.start_char, m.end_char, m.sentence, m.surface, m.title,
       s.entity_model_version, m.confidence, :run_id
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

-- Persons that may be one person spelt two ways (core.entity_review, for an analyst): each person
-- of these articles against every other person with the same last name and number of words whose
-- first word differs but starts with the same three letters.  A pair is recorded once, in id order.
-- The batch's last names are looked up first (entity_person_last_word_idx), then matched as plain
-- values: joined directly on the regular expression, the planner could run it once for every pair
-- of the batch's persons and the warehouse's (seconds to half a minute a batch).
INSERT INTO core.entity_review (entity_id, other_entity_id, reason, first_run_id)
WITH batch_person AS MATERIALIZED (
    SELECT DISTINCT e.entity_id, e.entity_key, substring(e.entity_key FROM '[^ ]+$') AS last_word
    FROM entity_plan p
    JOIN staging.entity_mention m ON m.batch_id = :batch_id AND m.content_sha256 = p.content_sha256
    JOIN core.entity e ON e.entity_type = m.entity_type AND e.entity_key = m.entity_key
    WHERE m.entity_type = 'PER' AND m.entity_key LIKE '% %'
), same_last_word AS MATERIALIZED (
    SELECT o.entity_id, o.entity_key, substring(o.entity_key FROM '[^ ]+$') AS last_word
    FROM core.entity o
    WHERE o.entity_type = 'PER'
      AND substring(o.entity_key FROM '[^ ]+$') IN (SELECT last_word FROM batch_person)
)
SELECT DISTINCT least(e.entity_id, o.entity_id), greatest(e.entity_id, o.entity_id), 'person spelling', :run_id
FROM batch_person e
JOIN same_last_word o ON o.last_word = e.last_word
WHERE o.entity_id <> e.entity_id
  AND array_length(string_to_array(o.entity_key, ' '), 1) = array_length(string_to_array(e.entity_key, ' '), 1)
  AND split_part(o.entity_key, ' ', 1) <> split_part(e.entity_key, ' ', 1)
  AND left(split_part(o.entity_key, ' ', 1), 3) = left(split_part(e.entity_key, ' ', 1), 3)
  AND length(split_part(e.entity_key, ' ', 1)) >= 4
ON CONFLICT (entity_id, other_entity_id) DO NOTHING;
