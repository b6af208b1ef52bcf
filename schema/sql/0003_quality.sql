-- 0003 quality: the "audit" of write-audit-publish.
--
-- Every staged batch is validated by the Great Expectations suites in etl/quality/suites.py before it
-- is published.  Results are kept here for good (staging rows are deleted on publish), so a figure in
-- core can be traced to the checks its batch passed, and the distribution checks can learn their
-- bounds from what earlier batches looked like.
--
--   quality.validation_run      one row per (batch, suite) validation
--   quality.expectation_result  one row per expectation evaluated in it
--   quality.batch_override      who released a blocked batch for publishing, and why
--
-- A batch with a failed critical expectation is marked 'blocked' in staging.batch and stays there,
-- unpublished, until it is re-staged (a new run) or released ('overridden').

CREATE SCHEMA IF NOT EXISTS quality;

-- staging.batch.status: 'staged' (written, not yet or successfully audited), 'blocked' (a critical
-- expectation failed: do not publish), 'overridden' (blocked, then released by a person: publish).
ALTER TABLE staging.batch DROP CONSTRAINT batch_status_check;
ALTER TABLE staging.batch
    ADD CONSTRAINT batch_status_check CHECK (status IN ('staged', 'blocked', 'overridden'));

CREATE TABLE quality.validation_run (
    validation_run_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id              bigint      NOT NULL REFERENCES ingest.run,
    batch_id            text        NOT NULL,  -- no FK: the staged batch is deleted when published
    suite               text        NOT NULL,  -- articles, credits, entities, batch
    suite_version       text        NOT NULL,  -- etl.quality.suites.SUITE_VERSION
    success             boolean     NOT NULL,  -- every expectation passed
    critical_failures   integer     NOT NULL,
    warning_failures    integer     NOT NULL,
    expectations        integer     NOT NULL,  -- how many were evaluated
    row_count           bigint      NOT NULL,  -- rows of the suite's main table in the batch (trend per run)
    started_at          timestamptz NOT NULL,
    finished_at         timestamptz NOT NULL,
    data_docs_path      text,                  -- index.html of the Data Docs built for the audit, if any
    gx_version          text        NOT NULL,
    CHECK (success = (critical_failures = 0 AND warning_failures = 0))
);
CREATE INDEX validation_run_batch_idx ON quality.validation_run (batch_id);
CREATE INDEX validation_run_run_idx ON quality.validation_run (run_id);
COMMENT ON TABLE quality.validation_run IS 'One Great Expectations validation of one suite over one staged batch.';

CREATE TABLE quality.expectation_result (
    expectation_result_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    validation_run_id   bigint  NOT NULL REFERENCES quality.validation_run ON DELETE CASCADE,
    suite               text    NOT NULL,
    check_name          text    NOT NULL,  -- stable name in suites.py (`articles.key_unique`): history key
    expectation         text    NOT NULL,  -- readable: `expect_column_values_to_be_unique(column=content_sha256)`
    expectation_type    text    NOT NULL,
    kwargs              jsonb   NOT NULL,  -- the expectation's arguments (bounds as evaluated)
    severity            text    NOT NULL CHECK (severity IN ('critical', 'warning')),
    success             boolean NOT NULL,
    observed_value      jsonb,             -- aggregate expectations: the measured value (means, counts)
    element_count       bigint,            -- rows the expectation looked at
    unexpected_count    bigint,
    unexpected_sample   jsonb,             -- a few offending values, long strings truncated
    message             text    NOT NULL   -- what failed, for a person
);
CREATE INDEX expectation_result_run_idx ON quality.expectation_result (validation_run_id);
CREATE INDEX expectation_result_check_idx ON quality.expectation_result (check_name, validation_run_id);
COMMENT ON TABLE quality.expectation_result IS 'Outcome of one expectation in one validation run (failed ones explain why).';

CREATE TABLE quality.batch_override (
    batch_override_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_id            text        NOT NULL,
    run_id              bigint      NOT NULL REFERENCES ingest.run,
    reason              text        NOT NULL CHECK (reason <> ''),
    overridden_by       text        NOT NULL,  -- database role or the name given
    overridden_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX batch_override_batch_idx ON quality.batch_override (batch_id);
COMMENT ON TABLE quality.batch_override IS 'Blocked batches released for publishing despite failed critical expectations.';
