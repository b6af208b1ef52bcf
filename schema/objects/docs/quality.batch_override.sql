COMMENT ON TABLE quality.batch_override IS 'Blocked batches released for publishing despite failed critical expectations: who, when, why.';
COMMENT ON COLUMN quality.batch_override.batch_override_id IS 'Surrogate key.';
COMMENT ON COLUMN quality.batch_override.batch_id IS 'The released batch.';
COMMENT ON COLUMN quality.batch_override.run_id IS 'The run that staged it.';
COMMENT ON COLUMN quality.batch_override.reason IS 'Why it was released (required, not empty).';
COMMENT ON COLUMN quality.batch_override.overridden_by IS 'Database role or the name given.';
COMMENT ON COLUMN quality.batch_override.overridden_at IS 'When it was released.';
