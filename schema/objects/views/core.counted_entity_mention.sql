-- The mentions the marts count (core.mention_is_counted: tagger confidence >= 0.4, or unknown
-- before migration 0010).  Change the threshold in that function: the marts read this view when
-- they are rebuilt, and their change log uses the function.
DROP VIEW IF EXISTS core.counted_entity_mention CASCADE;
CREATE VIEW core.counted_entity_mention AS
SELECT * FROM core.entity_mention WHERE core.mention_is_counted(confidence);
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
