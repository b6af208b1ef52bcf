-- Trigger function (statement level after UPDATE, transition tables old_rows / new_rows) on
-- core.entity, core.person and core.source: records the rows whose names the marts copy (or an
-- entity's type or codes) changed, with an entity's province before its first change since the
-- last refresh.
CREATE OR REPLACE FUNCTION ingest.log_dimension_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_TABLE_NAME = 'entity' THEN
        INSERT INTO ingest.mart_changed_dimension (dimension, id, province_code_before)
        SELECT 'entity', o.entity_id, o.province_code
        FROM old_rows o
        JOIN new_rows n USING (entity_id)
        WHERE (o.entity_type, o.canonical_name, o.country_code, o.province_code)
              IS DISTINCT FROM (n.entity_type, n.canonical_name, n.country_code, n.province_code)
        ON CONFLICT (dimension, id) DO NOTHING;
    ELSIF TG_TABLE_NAME = 'person' THEN
        INSERT INTO ingest.mart_changed_dimension (dimension, id)
        SELECT 'person', o.person_id FROM old_rows o JOIN new_rows n USING (person_id) WHERE o.name <> n.name
        ON CONFLICT (dimension, id) DO NOTHING;
    ELSE
        INSERT INTO ingest.mart_changed_dimension (dimension, id)
        SELECT 'source', o.source_id FROM old_rows o JOIN new_rows n USING (source_id) WHERE o.name <> n.name
        ON CONFLICT (dimension, id) DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION ingest.log_dimension_change() IS
    'Trigger function: records core.entity / core.person / core.source rows whose names the marts copy changed (ingest.mart_changed_dimension).';
