COMMENT ON TABLE core.source IS 'Wire agencies and press-release issuers named by `Sumber:` / `Source:`; `Anadolu Agency` and `Anadolu` are one row.';
COMMENT ON COLUMN core.source.source_id IS 'Surrogate key.';
COMMENT ON COLUMN core.source.source_key IS 'Normalised identity (case, spacing and agency suffixes folded).';
COMMENT ON COLUMN core.source.name IS 'Display name (`Anadolu`, `Xinhua`).';
COMMENT ON COLUMN core.source.first_run_id IS 'The run that first named it.';
