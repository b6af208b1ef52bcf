COMMENT ON TABLE core.person IS 'Credited people: reporters, editors, translators, photographers, contributors (not the people named in articles: see core.entity).';
COMMENT ON COLUMN core.person.person_id IS 'Surrogate key.';
COMMENT ON COLUMN core.person.name_key IS 'Case-, accent- and spacing-insensitive identity of the name.';
COMMENT ON COLUMN core.person.name IS 'Display form as first seen.';
COMMENT ON COLUMN core.person.first_run_id IS 'The run that first credited them.';
