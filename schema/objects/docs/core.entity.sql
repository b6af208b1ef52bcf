COMMENT ON TABLE core.entity IS 'Canonical named entities: one row per person, organisation or place named in articles.';
COMMENT ON COLUMN core.entity.entity_id IS 'Surrogate key.';
COMMENT ON COLUMN core.entity.entity_type IS 'PER (person), ORG (organisation) or LOC (place).';
COMMENT ON COLUMN core.entity.entity_key IS 'Normalised identity within the type (`nato`, `jens stoltenberg`, `country:JP`, `province:ID-JT`): every spelling lands on one row.';
COMMENT ON COLUMN core.entity.canonical_name IS 'Display name; the expansion for acronyms (`Pakta Pertahanan Atlantik Utara`).';
COMMENT ON COLUMN core.entity.country_code IS 'ISO 3166-1 alpha-2 country of a place.';
COMMENT ON COLUMN core.entity.province_code IS 'ISO 3166-2:ID province of an Indonesian place (`ID-JT`).';
COMMENT ON COLUMN core.entity.first_run_id IS 'The run that first found it.';
