-- 0011 named constraints, the credit-role lookup, and the record of applied schema objects.
--
-- Constraints.  Unnamed CHECK constraints got names PostgreSQL made up from the table and a counter
-- (`article_check`, `article_check1`), which say nothing and change when a check is added before
-- another; 0003 already had to drop one by such a name.  Every CHECK now has a name saying what it
-- guarantees.  Primary keys, unique keys and foreign keys keep PostgreSQL's names
-- (`<table>_pkey`, `<table>_<columns>_key`, `<table>_<column>_fkey`): they are derived from the
-- columns, so they already say what they are.  New constraints are named where they are written
-- (`CONSTRAINT article_has_words CHECK (word_count > 0)`); tests/warehouse/test_schema.py fails on
-- a CHECK left unnamed.

ALTER TABLE ingest.run RENAME CONSTRAINT run_status_check TO run_status_known;
ALTER TABLE ingest.raw_file RENAME CONSTRAINT raw_file_status_check TO raw_file_status_known;
ALTER TABLE ingest.raw_file RENAME CONSTRAINT raw_file_check TO raw_file_quarantined_has_reason;
ALTER TABLE ingest.raw_file RENAME CONSTRAINT raw_file_check1 TO raw_file_kept_has_article;
ALTER TABLE ingest.run_plan RENAME CONSTRAINT run_plan_batch_size_check TO run_plan_batch_size_positive;
ALTER TABLE ingest.run_batch RENAME CONSTRAINT run_batch_batch_no_check TO run_batch_batch_no_not_negative;
ALTER TABLE ingest.run_batch RENAME CONSTRAINT run_batch_file_count_check TO run_batch_has_files;

ALTER TABLE core.article RENAME CONSTRAINT article_published_month_check TO article_month_is_first_day;
ALTER TABLE core.article RENAME CONSTRAINT article_date_precision_check TO article_date_precision_known;
ALTER TABLE core.article RENAME CONSTRAINT article_word_count_check TO article_has_words;
ALTER TABLE core.article RENAME CONSTRAINT article_paragraph_count_check TO article_has_paragraphs;
ALTER TABLE core.article RENAME CONSTRAINT article_check TO article_day_precision_has_date;
ALTER TABLE core.article RENAME CONSTRAINT article_check1 TO article_date_in_month;
ALTER TABLE core.entity RENAME CONSTRAINT entity_entity_type_check TO entity_type_known;
ALTER TABLE core.entity_mention RENAME CONSTRAINT entity_mention_start_char_check TO entity_mention_start_not_negative;
ALTER TABLE core.entity_mention RENAME CONSTRAINT entity_mention_sentence_check TO entity_mention_sentence_not_negative;
ALTER TABLE core.entity_mention RENAME CONSTRAINT entity_mention_check TO entity_mention_ends_after_start;

ALTER TABLE staging.batch RENAME CONSTRAINT batch_status_check TO batch_status_known;

ALTER TABLE quality.validation_run RENAME CONSTRAINT validation_run_check TO validation_run_success_means_no_failures;
ALTER TABLE quality.expectation_result RENAME CONSTRAINT expectation_result_severity_check TO expectation_result_severity_known;
ALTER TABLE quality.batch_override RENAME CONSTRAINT batch_override_reason_check TO batch_override_reason_given;

-- Credit roles: a lookup table instead of a list inside a CHECK, so a new role is a new row.  The
-- rows come from etl/vocabulary.py (CREDIT_LABELS): `antara-etl db upgrade` (and every ingest that
-- migrates) inserts or updates them, so the vocabulary is the one place a role is added.  The five
-- below are the roles the CHECK allowed, so the foreign key holds for every existing credit.
CREATE TABLE core.credit_role (
    role                text     PRIMARY KEY,
    label_indonesian    text     NOT NULL,  -- the label the Indonesian edition prints: `Pewarta`
    label_english       text     NOT NULL,  -- the English edition's: `Reporter`
    labels              text[]   NOT NULL,  -- every label form the parser accepts for the role
    position            smallint NOT NULL   -- the order credit lines usually come in
);
INSERT INTO core.credit_role (role, label_indonesian, label_english, labels, position) VALUES
    ('reporter', 'Pewarta', 'Reporter', '{Pewarta,Reporter}', 1),
    ('editor', 'Editor', 'Editor', '{Editor}', 2),
    ('translator', 'Penerjemah', 'Translator', '{Penerjemah,Translator}', 3),
    ('photographer', 'Fotografer', 'Photographer', '{Fotografer,Photographer}', 4),
    ('contributor', 'Kontributor', 'Contributor', '{Kontributor,Contributor}', 5);

ALTER TABLE core.article_credit DROP CONSTRAINT article_credit_role_check;
ALTER TABLE core.article_credit
    ADD CONSTRAINT article_credit_role_fkey FOREIGN KEY (role) REFERENCES core.credit_role;

-- Derived objects (schema/objects/: functions, views, marts, triggers, column docs) are re-applied
-- by the upgrade when their files change; this is how it knows what it applied.
CREATE TABLE ingest.schema_object (
    file        text        PRIMARY KEY,  -- relative to schema/: `objects/marts/mart.entity_pair.sql`
    sha256      text        NOT NULL,     -- of the file as applied (`vocabulary:credit_roles`: of the rows)
    applied_at  timestamptz NOT NULL DEFAULT now()
);
