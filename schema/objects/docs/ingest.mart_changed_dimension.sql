COMMENT ON TABLE ingest.mart_changed_dimension IS 'Entities, people and sources whose names (or an entity''s type or codes) changed since the last mart refresh (triggers; emptied by refresh_marts).';
COMMENT ON COLUMN ingest.mart_changed_dimension.dimension IS 'entity, person or source.';
COMMENT ON COLUMN ingest.mart_changed_dimension.id IS 'Its id (entity_id, person_id or source_id).';
COMMENT ON COLUMN ingest.mart_changed_dimension.province_code_before IS 'An entity''s province at the last refresh (NULL: none, or not an entity).';
