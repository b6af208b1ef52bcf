-- 0010 entity confidence, regions and spelling review (issue #12).
--
-- * Each mention keeps the tagger's marginal probability for its span (`confidence`, 0..1: the
--   lowest per-token marginal of the CRF's labels; a mention a resolver rule added carries its
--   source's, institution-grammar mentions at least 0.9).  Rows from before this migration have
--   NULL until `antara-etl entities reextract` rewrites them.  Analysts filter with
--   `WHERE confidence >= 0.4`, the threshold the marts use (schema/objects/views/core.counted_entity_mention.sql):
--   it gives the best micro F1 on all three dev splits.  Column and table comments: schema/objects/docs/.
-- * Indonesian regencies and cities are entities of their own, `Kota Sukabumi` and `Kabupaten
--   Sukabumi` apart: key `region:ID-JB-KOTA-SKB`, code `ID-JB-KOTA-SKB` (province, level, BSNI
--   abbreviation, from the areaid package).
-- * Two person entities that may be one person spelt two ways, which the resolver's conservative
--   rule did not merge, wait in core.entity_review for an analyst's decision.

ALTER TABLE core.entity_mention ADD COLUMN confidence real
    CONSTRAINT entity_mention_confidence_is_probability CHECK (confidence BETWEEN 0 AND 1);
ALTER TABLE staging.entity_mention ADD COLUMN confidence real, ADD COLUMN region_code text;

ALTER TABLE core.entity ADD COLUMN region_code text;
CREATE INDEX entity_region_idx ON core.entity (region_code) WHERE region_code IS NOT NULL;

-- Person pairs an analyst should look at: same last name and same number of words, first words
-- sharing their first three letters but not equal (`Setyo Novanto` / `Setya Novanto` across
-- articles; within one article the resolver already merged a one-letter slip).  Filled by
-- entity_links.sql for the persons each batch touches.  `decision` is the analyst's: 'same' or
-- 'different' (NULL: not reviewed).
CREATE TABLE core.entity_review (
    entity_id        bigint NOT NULL REFERENCES core.entity ON DELETE CASCADE,
    other_entity_id  bigint NOT NULL REFERENCES core.entity ON DELETE CASCADE,
    reason           text   NOT NULL,
    first_run_id     bigint NOT NULL REFERENCES ingest.run,
    decision         text   CONSTRAINT entity_review_decision_known CHECK (decision IN ('same', 'different')),
    decided_at       timestamptz,
    PRIMARY KEY (entity_id, other_entity_id),
    CONSTRAINT entity_review_pair_in_id_order CHECK (entity_id < other_entity_id)
);
-- The review query looks persons up by last name.
CREATE INDEX entity_person_last_word_idx ON core.entity ((substring(entity_key FROM '[^ ]+$')))
    WHERE entity_type = 'PER';
