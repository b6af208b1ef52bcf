-- Trigger function (statement level, transition tables old_rows / new_rows): adds the counted
-- mentions written (+) and removed (-) per article and entity to ingest.mart_mention_change.
CREATE OR REPLACE FUNCTION ingest.log_mention_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO ingest.mart_mention_change (article_id, entity_id, mentions)
        SELECT article_id, entity_id, count(*) FROM new_rows WHERE core.mention_is_counted(confidence) GROUP BY 1, 2;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO ingest.mart_mention_change (article_id, entity_id, mentions)
        SELECT article_id, entity_id, -count(*) FROM old_rows WHERE core.mention_is_counted(confidence) GROUP BY 1, 2;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION ingest.log_mention_change() IS
    'Trigger function: records counted core.entity_mention rows written and removed (ingest.mart_mention_change).';
