COMMENT ON TABLE ingest.schema_object IS 'The derived schema objects (schema/objects/ files) and seeded lookups the last upgrade applied, with their SHA-256: a changed file is re-applied.';
COMMENT ON COLUMN ingest.schema_object.file IS 'Relative to schema/ (`objects/marts/mart.entity_pair.sql`), or `vocabulary:credit_roles` for the rows seeded from etl/vocabulary.py.';
COMMENT ON COLUMN ingest.schema_object.sha256 IS 'SHA-256 of the file (or of the seeded rows) as applied.';
COMMENT ON COLUMN ingest.schema_object.applied_at IS 'When the upgrade applied it.';
