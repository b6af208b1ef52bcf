-- The mentions the marts count: the tagger was at least 0.4 sure of them, the threshold with the best
-- micro F1 on all three dev splits (`python -m etl.entities.evaluate --split dev --thresholds`).
-- Rows from before migration 0010 (confidence NULL) count until `antara-etl entities reextract`
-- gives them one.  Change the threshold here: every mart reads this view.
DROP VIEW IF EXISTS core.counted_entity_mention CASCADE;
CREATE VIEW core.counted_entity_mention AS
SELECT * FROM core.entity_mention WHERE coalesce(confidence, 1) >= 0.4;
COMMENT ON VIEW core.counted_entity_mention IS 'The mentions the marts count: tagger confidence >= 0.4 (or unknown, before migration 0010).';
COMMENT ON COLUMN core.counted_entity_mention.article_id IS 'The article.';
COMMENT ON COLUMN core.counted_entity_mention.entity_id IS 'The entity mentioned (core.entity).';
COMMENT ON COLUMN core.counted_entity_mention.start_char IS 'Offset of the first character in core.article.body, 0-based.';
COMMENT ON COLUMN core.counted_entity_mention.end_char IS 'Offset after the last character (exclusive).';
COMMENT ON COLUMN core.counted_entity_mention.sentence IS 'Index of the sentence in the body, 0-based.';
COMMENT ON COLUMN core.counted_entity_mention.surface IS 'The text as written in the body.';
COMMENT ON COLUMN core.counted_entity_mention.title IS 'Role split off a person mention; NULL when none.';
COMMENT ON COLUMN core.counted_entity_mention.model_version IS 'Version of the NER model that found it.';
COMMENT ON COLUMN core.counted_entity_mention.run_id IS 'The run that wrote it.';
COMMENT ON COLUMN core.counted_entity_mention.confidence IS 'The tagger''s marginal probability of the mention (>= 0.4 here, or NULL).';
