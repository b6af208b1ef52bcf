-- Publish one staged batch into core: the "publish" of write-audit-publish.
--
-- Runs in ONE transaction (the caller's) under a transaction-level advisory lock, so concurrent
-- runs publish one batch at a time and a crash at any statement leaves core as it was.
-- Parameters: :batch_id, :run_id, :input_root, :parser_version, and :publish_lock (the key
-- etl.warehouse.locks.PUBLISH).  Idempotent: publishing the same content again inserts nothing.

-- 1. Publishes are serialised: two runs over overlapping folders cannot both insert an article.
SELECT pg_advisory_xact_lock(:publish_lock);

-- 2. New wire sources and credited people (identity: the normalised key).
INSERT INTO core.source (source_key, name, first_run_id)
SELECT DISTINCT ON (source_key) source_key, source_name, :run_id
FROM staging.article
WHERE batch_id = :batch_id AND source_key IS NOT NULL
ORDER BY source_key, ordinal
ON CONFLICT (source_key) DO NOTHING;

INSERT INTO core.person (name_key, name, first_run_id)
SELECT DISTINCT ON (c.name_key) c.name_key, c.name, :run_id
FROM staging.article_credit c
JOIN staging.article a USING (batch_id, content_sha256)
WHERE c.batch_id = :batch_id
ORDER BY c.name_key, a.ordinal, c.position
ON CONFLICT (name_key) DO NOTHING;

-- 3. The ledger: one row per file, provisional status (the final one is set in step 8).
INSERT INTO ingest.raw_file AS f (input_root, path, size_bytes, mtime_ns, sha256, encoding, status, reason,
                                  message, article_id, first_run_id, last_run_id, parser_version)
SELECT :input_root, s.path, s.size_bytes, s.mtime_ns, s.sha256, s.encoding, 'quarantined',
       coalesce(s.reason, 'pending'), s.message, NULL, :run_id, :run_id, :parser_version
FROM staging.file s
WHERE s.batch_id = :batch_id
ORDER BY s.ordinal
ON CONFLICT (input_root, path) DO UPDATE
SET size_bytes = excluded.size_bytes, mtime_ns = excluded.mtime_ns, sha256 = excluded.sha256,
    encoding = excluded.encoding, status = excluded.status, reason = excluded.reason,
    message = excluded.message, article_id = NULL, last_run_id = excluded.last_run_id,
    parser_version = excluded.parser_version;

-- 4. Decide per staged article: keep an existing one (same content), update the article the file
--    made before (the file changed), or insert a new one.
CREATE TEMP TABLE publish_plan ON COMMIT DROP AS
SELECT s.content_sha256,
       s.ordinal,
       f.raw_file_id,
       same.article_id  AS same_content_id,
       owned.article_id AS owned_id,
       CASE
           WHEN same.article_id IS NULL AND owned.article_id IS NULL THEN 'insert'
           WHEN same.article_id IS NULL THEN 'update'
           WHEN same.raw_file_id = f.raw_file_id AND same.parser_version <> :parser_version THEN 'update'
           ELSE 'keep'
       END AS action,
       coalesce(same.article_id, owned.article_id) AS article_id
FROM staging.article s
JOIN staging.file sf ON sf.batch_id = s.batch_id AND sf.ordinal = s.ordinal
JOIN ingest.raw_file f ON f.input_root = :input_root AND f.path = sf.path
LEFT JOIN core.article same ON same.content_sha256 = s.content_sha256
LEFT JOIN LATERAL (
    SELECT o.article_id FROM core.article o WHERE o.raw_file_id = f.raw_file_id ORDER BY o.article_id LIMIT 1
) owned ON same.article_id IS NULL
WHERE s.batch_id = :batch_id;

-- New articles get their ids now, in file order, so that everything about a row (its
-- near-duplicate group, its dateline place) is known before it is written: a row written once
-- is a row indexed once (an UPDATE would index it again, search vector included).
UPDATE publish_plan p
SET article_id = n.article_id
FROM (
    SELECT content_sha256, nextval(pg_get_serial_sequence('core.article', 'article_id')) AS article_id
    FROM (SELECT content_sha256 FROM publish_plan WHERE action = 'insert' ORDER BY ordinal) AS in_file_order
) n
WHERE p.content_sha256 = n.content_sha256;

-- 5. The entity layer's entities (entities.sql) for new and updated articles: canonical entities
--    and dateline places exist before the articles that point at them.
CREATE TEMP TABLE entity_plan ON COMMIT DROP AS
SELECT content_sha256, article_id FROM publish_plan WHERE action IN ('insert', 'update');

\ir entities.sql

-- 6. Near-duplicates: an article joins the group of the earliest article sharing a MinHash band
--    with it (its own id when none does).  Candidates: articles already in core (those being
--    updated with their new bands instead of their old) and the batch's own new articles.
CREATE TEMP TABLE batch_band ON COMMIT DROP AS
SELECT p.article_id, b.band_no - 1 AS band_no, b.band_hash
FROM entity_plan p
JOIN staging.article s ON s.batch_id = :batch_id AND s.content_sha256 = p.content_sha256
CROSS JOIN LATERAL unnest(s.minhash_bands) WITH ORDINALITY AS b(band_hash, band_no);

CREATE TEMP TABLE near_duplicate_plan ON COMMIT DROP AS
SELECT nb.article_id, least(nb.article_id, min(coalesce(o.near_duplicate_group_id, ob.article_id))) AS group_id
FROM batch_band nb
LEFT JOIN (
    SELECT c.article_id, c.band_no, c.band_hash
    FROM core.article_minhash_band c
    WHERE NOT EXISTS (SELECT 1 FROM publish_plan u WHERE u.action = 'update' AND u.article_id = c.article_id)
    UNION ALL
    SELECT article_id, band_no, band_hash FROM batch_band
) ob ON ob.band_no = nb.band_no AND ob.band_hash = nb.band_hash AND ob.article_id < nb.article_id
LEFT JOIN core.article o ON o.article_id = ob.article_id
GROUP BY nb.article_id;

-- 7. Articles: update the changed ones in place, insert the new ones (each row complete).
UPDATE core.article t
SET content_sha256 = s.content_sha256, published_month = s.published_month, published_date = s.published_date,
    date_precision = s.date_precision, dateline_place = s.dateline_place, agency_marker = s.agency_marker,
    lead = s.lead, body = s.body, word_count = s.word_count, paragraph_count = s.paragraph_count,
    copyright_year = s.copyright_year, boilerplate_removed = s.boilerplate_removed,
    source_id = src.source_id, raw_file_id = p.raw_file_id, run_id = :run_id, parser_version = :parser_version,
    search_vector = core.search_document(coalesce(s.search_lead, core.strip_indonesian_stopwords(s.lead)),
                                         coalesce(s.search_body, core.strip_indonesian_stopwords(s.body))),
    near_duplicate_group_id = coalesce(nd.group_id, p.article_id),
    dateline_entity_id = de.entity_id, entity_model_version = ae.entity_model_version,
    flags = s.flags, preamble = s.preamble, headline = s.headline, language = s.language,
    published_weekday = s.published_weekday, source_url = s.source_url, antara_site = s.antara_site,
    antara_article_id = s.antara_article_id
FROM publish_plan p
JOIN staging.article s ON s.batch_id = :batch_id AND s.content_sha256 = p.content_sha256
LEFT JOIN core.source src ON src.source_key = s.source_key
LEFT JOIN near_duplicate_plan nd ON nd.article_id = p.article_id
LEFT JOIN staging.article_entity ae ON ae.batch_id = :batch_id AND ae.content_sha256 = p.content_sha256
LEFT JOIN core.entity de ON de.entity_type = 'LOC' AND de.entity_key = ae.dateline_entity_key
WHERE p.action = 'update' AND t.article_id = p.article_id;

DELETE FROM core.article_credit c USING publish_plan p WHERE p.action = 'update' AND c.article_id = p.article_id;
DELETE FROM core.related_headline r USING publish_plan p WHERE p.action = 'update' AND r.article_id = p.article_id;
DELETE FROM core.article_minhash_band b USING publish_plan p WHERE p.action = 'update' AND b.article_id = p.article_id;

INSERT INTO core.article (article_id, content_sha256, published_month, published_date, date_precision,
                          dateline_place, agency_marker, lead, body, word_count, paragraph_count, copyright_year,
                          boilerplate_removed, source_id, raw_file_id, run_id, parser_version, search_vector,
                          near_duplicate_group_id, dateline_entity_id, entity_model_version,
                          flags, preamble, headline, language, published_weekday, source_url, antara_site,
                          antara_article_id)
OVERRIDING SYSTEM VALUE
SELECT p.article_id, s.content_sha256, s.published_month, s.published_date, s.date_precision, s.dateline_place,
       s.agency_marker, s.lead, s.body, s.word_count, s.paragraph_count, s.copyright_year,
       s.boilerplate_removed, src.source_id, p.raw_file_id, :run_id, :parser_version,
       -- stop words were blanked by the parser workers (etl/fulltext.py); SQL does it for rows staged without
       core.search_document(coalesce(s.search_lead, core.strip_indonesian_stopwords(s.lead)),
                            coalesce(s.search_body, core.strip_indonesian_stopwords(s.body))),
       coalesce(nd.group_id, p.article_id), de.entity_id, ae.entity_model_version,
       s.flags, s.preamble, s.headline, s.language, s.published_weekday, s.source_url, s.antara_site,
       s.antara_article_id
FROM publish_plan p
JOIN staging.article s ON s.batch_id = :batch_id AND s.content_sha256 = p.content_sha256
LEFT JOIN core.source src ON src.source_key = s.source_key
LEFT JOIN near_duplicate_plan nd ON nd.article_id = p.article_id
LEFT JOIN staging.article_entity ae ON ae.batch_id = :batch_id AND ae.content_sha256 = p.content_sha256
LEFT JOIN core.entity de ON de.entity_type = 'LOC' AND de.entity_key = ae.dateline_entity_key
WHERE p.action = 'insert'
ORDER BY p.ordinal;

-- 8. Children of new and updated articles.
INSERT INTO core.article_credit (article_id, person_id, role, position, run_id)
SELECT p.article_id, pe.person_id, c.role, c.position, :run_id
FROM publish_plan p
JOIN staging.article_credit c ON c.batch_id = :batch_id AND c.content_sha256 = p.content_sha256
JOIN core.person pe ON pe.name_key = c.name_key
WHERE p.action IN ('insert', 'update')
ON CONFLICT (article_id, role, person_id) DO NOTHING;

INSERT INTO core.related_headline (article_id, position, headline, run_id)
SELECT p.article_id, r.position, r.headline, :run_id
FROM publish_plan p
JOIN staging.related_headline r ON r.batch_id = :batch_id AND r.content_sha256 = p.content_sha256
WHERE p.action IN ('insert', 'update');

INSERT INTO core.article_minhash_band (article_id, band_no, band_hash)
SELECT article_id, band_no, band_hash FROM batch_band;

-- Mentions and aliases (entity_links.sql, shared with `entities reextract`).
\ir entity_links.sql

-- 9. Final ledger status: the file that made an article is 'loaded', any other with the same
--    content is a 'duplicate' of it; quarantined files keep their reason.
UPDATE ingest.raw_file f
SET status = CASE WHEN a.raw_file_id = f.raw_file_id THEN 'loaded' ELSE 'duplicate' END,
    reason = NULL, message = NULL, article_id = a.article_id
FROM staging.file s
JOIN core.article a ON a.content_sha256 = s.content_sha256
WHERE s.batch_id = :batch_id AND s.content_sha256 IS NOT NULL
  AND f.input_root = :input_root AND f.path = s.path;

-- 10. The batch is published: staging keeps nothing of it.
DELETE FROM staging.batch WHERE batch_id = :batch_id;
