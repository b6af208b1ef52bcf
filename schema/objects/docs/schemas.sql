COMMENT ON SCHEMA ingest IS 'What arrived and what became of it: runs, the raw-file ledger, run plans.';
COMMENT ON SCHEMA core IS 'The published, queryable warehouse: articles, credits, sources, entities and their mentions.';
COMMENT ON SCHEMA quality IS 'Audit results of every staged batch (Great Expectations), and releases of blocked batches.';
COMMENT ON SCHEMA mart IS 'Reporting marts for analysts: tables over core, brought up to date incrementally after each ingest.';
