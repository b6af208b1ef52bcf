-- Person titles as analysts ask for them: who was called what, how often, first and last seen.
DROP VIEW IF EXISTS core.person_title CASCADE;
CREATE VIEW core.person_title AS
SELECT m.entity_id, e.canonical_name AS person, m.title, count(*) AS mentions,
       min(a.published_month) AS first_month, max(a.published_month) AS last_month
FROM core.entity_mention m
JOIN core.entity e USING (entity_id)
JOIN core.article a USING (article_id)
WHERE m.title IS NOT NULL
GROUP BY m.entity_id, e.canonical_name, m.title;
COMMENT ON VIEW core.person_title IS 'Titles each person was mentioned with (`Perdana Menteri Jepang`): how often, first and last month.';
COMMENT ON COLUMN core.person_title.entity_id IS 'The person (core.entity, PER).';
COMMENT ON COLUMN core.person_title.person IS 'Their canonical name.';
COMMENT ON COLUMN core.person_title.title IS 'A title they were mentioned with.';
COMMENT ON COLUMN core.person_title.mentions IS 'Mentions with that title.';
COMMENT ON COLUMN core.person_title.first_month IS 'First month an article used it.';
COMMENT ON COLUMN core.person_title.last_month IS 'Last month an article used it.';
