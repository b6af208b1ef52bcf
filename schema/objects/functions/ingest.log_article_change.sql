-- Trigger function (statement level, transition tables old_rows / new_rows): records in
-- ingest.mart_changed_article each article as the marts last counted it, the first time it changes
-- after a refresh.  Updates that leave every column the marts read alone (search vector, ledger
-- links, near-duplicate group) are not recorded.
CREATE OR REPLACE FUNCTION ingest.log_article_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO ingest.mart_changed_article (article_id, existed)
        SELECT article_id, false FROM new_rows
        ON CONFLICT (article_id) DO NOTHING;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO ingest.mart_changed_article (article_id, existed, published_month, published_date,
                                                 dateline_place, dateline_entity_id, source_id)
        SELECT o.article_id, true, o.published_month, o.published_date, o.dateline_place, o.dateline_entity_id,
               o.source_id
        FROM old_rows o
        JOIN new_rows n USING (article_id)
        WHERE (o.published_month, o.published_date, o.dateline_place, o.dateline_entity_id, o.source_id)
              IS DISTINCT FROM (n.published_month, n.published_date, n.dateline_place, n.dateline_entity_id, n.source_id)
        ON CONFLICT (article_id) DO NOTHING;
    ELSE
        INSERT INTO ingest.mart_changed_article (article_id, existed, published_month, published_date,
                                                 dateline_place, dateline_entity_id, source_id)
        SELECT article_id, true, published_month, published_date, dateline_place, dateline_entity_id, source_id
        FROM old_rows
        ON CONFLICT (article_id) DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION ingest.log_article_change() IS
    'Trigger function: records changed core.article rows as the marts last counted them (ingest.mart_changed_article).';
