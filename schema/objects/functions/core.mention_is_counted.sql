-- The mentions the marts count: the tagger was at least 0.4 sure of them, the threshold with the best
-- micro F1 on all three dev splits (`python -m etl.entities.evaluate --split dev --thresholds`).
-- Rows from before migration 0010 (confidence NULL) count until `antara-etl entities reextract`
-- gives them one.  Change the threshold here: core.counted_entity_mention and the marts' change log
-- (ingest.log_mention_change) both call this, and changing the file rebuilds every mart.
CREATE OR REPLACE FUNCTION core.mention_is_counted(confidence real) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN coalesce(confidence, 1) >= 0.4;
COMMENT ON FUNCTION core.mention_is_counted(real) IS
    'Whether the marts count a mention of this tagger confidence (>= 0.4, or unknown before migration 0010).';
