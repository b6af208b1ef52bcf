-- Trigger function (statement level, transition tables old_rows / new_rows): adds the credits
-- written (+1) and removed (-1) to ingest.mart_credit_change.
CREATE OR REPLACE FUNCTION ingest.log_credit_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO ingest.mart_credit_change (article_id, person_id, role, credits)
        SELECT article_id, person_id, role, 1 FROM new_rows;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO ingest.mart_credit_change (article_id, person_id, role, credits)
        SELECT article_id, person_id, role, -1 FROM old_rows;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION ingest.log_credit_change() IS
    'Trigger function: records core.article_credit rows written and removed (ingest.mart_credit_change).';
