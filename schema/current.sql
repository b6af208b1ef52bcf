-- The ANTARA warehouse schema as a fully migrated database has it: generated, do not edit.
-- Regenerate: python -m antara_testkit.schema_dump > schema/current.sql  (make schema)
-- Revisions: schema/sql/; functions, views, marts, triggers, column docs: schema/objects/.
-- PostgreSQL 18 (the dump differs between major versions)


-- SCHEMA: core

CREATE SCHEMA core;

COMMENT ON SCHEMA core IS 'The published, queryable warehouse: articles, credits, sources, entities and their mentions.';

-- SCHEMA: ingest

CREATE SCHEMA ingest;

COMMENT ON SCHEMA ingest IS 'What arrived and what became of it: runs, the raw-file ledger, run plans.';

-- SCHEMA: mart

CREATE SCHEMA mart;

COMMENT ON SCHEMA mart IS 'Reporting marts for analysts: tables over core, brought up to date incrementally after each ingest.';

-- SCHEMA: quality

CREATE SCHEMA quality;

COMMENT ON SCHEMA quality IS 'Audit results of every staged batch (Great Expectations), and releases of blocked batches.';

-- SCHEMA: staging

CREATE SCHEMA staging;

COMMENT ON SCHEMA staging IS 'Batches written by the transform step and audited before they are published (write-audit-publish); UNLOGGED, emptied on publish.';

-- FUNCTION: core.article_search_vector()

CREATE FUNCTION core.article_search_vector() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NEW.search_vector IS NULL
       OR TG_OP = 'UPDATE' AND (NEW.lead, NEW.body) IS DISTINCT FROM (OLD.lead, OLD.body)
                           AND NEW.search_vector IS NOT DISTINCT FROM OLD.search_vector THEN
        NEW.search_vector := core.search_document(core.strip_indonesian_stopwords(NEW.lead),
                                                  core.strip_indonesian_stopwords(NEW.body));
    END IF;
    RETURN NEW;
END
$$;

COMMENT ON FUNCTION core.article_search_vector() IS 'Trigger function: fills core.article.search_vector in SQL when a writer did not (see trigger article_search_vector).';

-- FUNCTION: core.mention_is_counted(real)

CREATE FUNCTION core.mention_is_counted(confidence real) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (COALESCE(confidence, (1)::real) >= (0.4)::double precision);

COMMENT ON FUNCTION core.mention_is_counted(confidence real) IS 'Whether the marts count a mention of this tagger confidence (>= 0.4, or unknown before migration 0010).';

-- FUNCTION: core.news_query(text)

CREATE FUNCTION core.news_query(query text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT websearch_to_tsquery('core.indonesian_news', core.strip_indonesian_stopwords(query)) $$;

COMMENT ON FUNCTION core.news_query(query text) IS 'websearch_to_tsquery in core.indonesian_news, Indonesian stop words removed.';

-- FUNCTION: core.search_document(text, text)

CREATE FUNCTION core.search_document(search_lead text, search_body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT setweight(to_tsvector('core.indonesian_news'::regconfig, coalesce(search_lead, '')), 'A') ||
           setweight(to_tsvector('core.indonesian_news'::regconfig, coalesce(search_body, '')), 'B')
$$;

COMMENT ON FUNCTION core.search_document(search_lead text, search_body text) IS 'Full-text document of an article from its lead and body with stop words already blanked.';

-- FUNCTION: core.strip_indonesian_stopwords(text)

CREATE FUNCTION core.strip_indonesian_stopwords(content text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
    SELECT regexp_replace(content, '\m(' ||
        -- conjunctions and prepositions
        'yang|dan|atau|di|ke|dari|dengan|untuk|pada|kepada|dalam|oleh|sebagai|karena|serta|namun|'
        'jika|bahwa|agar|hingga|sampai|setelah|sebelum|tapi|sehingga|yakni|yaitu|maka|'
        'terhadap|tentang|seperti|ketika|saat|sejak|melalui|tanpa|bagaimana|'
        -- demonstratives, pronouns, particles
        'ini|itu|ia|dia|saya|kami|kita|anda|para|pun|lah|nya|'
        -- auxiliaries and adverbs
        'adalah|ialah|merupakan|tidak|bukan|akan|juga|telah|sudah|sedang|masih|belum|bisa|lebih|'
        'hanya|sangat|lagi|pula|yg|dgn'
        || ')\M', ' ', 'gi')
$$;

COMMENT ON FUNCTION core.strip_indonesian_stopwords(content text) IS 'The text with Indonesian stop words (yang, dan, di, ...) blanked out, before full-text parsing.';

-- FUNCTION: ingest.log_article_change()

CREATE FUNCTION ingest.log_article_change() RETURNS trigger
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

COMMENT ON FUNCTION ingest.log_article_change() IS 'Trigger function: records changed core.article rows as the marts last counted them (ingest.mart_changed_article).';

-- FUNCTION: ingest.log_credit_change()

CREATE FUNCTION ingest.log_credit_change() RETURNS trigger
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

COMMENT ON FUNCTION ingest.log_credit_change() IS 'Trigger function: records core.article_credit rows written and removed (ingest.mart_credit_change).';

-- FUNCTION: ingest.log_dimension_change()

CREATE FUNCTION ingest.log_dimension_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_TABLE_NAME = 'entity' THEN
        INSERT INTO ingest.mart_changed_dimension (dimension, id, province_code_before)
        SELECT 'entity', o.entity_id, o.province_code
        FROM old_rows o
        JOIN new_rows n USING (entity_id)
        WHERE (o.entity_type, o.canonical_name, o.country_code, o.province_code)
              IS DISTINCT FROM (n.entity_type, n.canonical_name, n.country_code, n.province_code)
        ON CONFLICT (dimension, id) DO NOTHING;
    ELSIF TG_TABLE_NAME = 'person' THEN
        INSERT INTO ingest.mart_changed_dimension (dimension, id)
        SELECT 'person', o.person_id FROM old_rows o JOIN new_rows n USING (person_id) WHERE o.name <> n.name
        ON CONFLICT (dimension, id) DO NOTHING;
    ELSE
        INSERT INTO ingest.mart_changed_dimension (dimension, id)
        SELECT 'source', o.source_id FROM old_rows o JOIN new_rows n USING (source_id) WHERE o.name <> n.name
        ON CONFLICT (dimension, id) DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;

COMMENT ON FUNCTION ingest.log_dimension_change() IS 'Trigger function: records core.entity / core.person / core.source rows whose names the marts copy changed (ingest.mart_changed_dimension).';

-- FUNCTION: ingest.log_mention_change()

CREATE FUNCTION ingest.log_mention_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO ingest.mart_mention_change (article_id, entity_id, mentions)
        SELECT article_id, entity_id, count(*) FROM new_rows WHERE core.mention_is_counted(confidence) GROUP BY 1, 2;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO ingest.mart_mention_change (article_id, entity_id, mentions)
        SELECT article_id, entity_id, -count(*) FROM old_rows WHERE core.mention_is_counted(confidence) GROUP BY 1, 2;
    END IF;
    RETURN NULL;
END
$$;

COMMENT ON FUNCTION ingest.log_mention_change() IS 'Trigger function: records counted core.entity_mention rows written and removed (ingest.mart_mention_change).';

-- FUNCTION: mart.search_articles(text, integer)

CREATE FUNCTION mart.search_articles(query text, max_results integer DEFAULT 20) RETURNS TABLE(article_id bigint, published_month date, lead text, rank real, headline text)
    LANGUAGE sql STABLE
    AS $$
    SELECT best.article_id, best.published_month, best.lead, best.rank,
           ts_headline('core.indonesian_news', best.body, core.news_query(query),
                       'MaxFragments=2, MinWords=5, MaxWords=20')
    FROM (
        SELECT a.article_id, a.published_month, a.lead, a.body, ts_rank(a.search_vector, core.news_query(query)) AS rank
        FROM (
            SELECT m.article_id
            FROM core.article m
            WHERE m.search_vector @@ core.news_query(query)
            ORDER BY m.published_month DESC, m.article_id DESC
            LIMIT 5000
        ) newest
        JOIN core.article a USING (article_id)
        ORDER BY rank DESC, a.article_id
        LIMIT max_results
    ) best
    ORDER BY best.rank DESC, best.article_id
$$;

COMMENT ON FUNCTION mart.search_articles(query text, max_results integer) IS 'Full-text search of articles (web-search syntax, Indonesian stemming): article_id, month, lead, rank, snippet.';

-- TEXT SEARCH CONFIGURATION: core.indonesian_news

CREATE TEXT SEARCH CONFIGURATION core.indonesian_news (
    PARSER = pg_catalog."default" );

ALTER TEXT SEARCH CONFIGURATION core.indonesian_news
    ADD MAPPING FOR asciiword WITH indonesian_stem;

ALTER TEXT SEARCH CONFIGURATION core.indonesian_news
    ADD MAPPING FOR word WITH indonesian_stem;

ALTER TEXT SEARCH CONFIGURATION core.indonesian_news
    ADD MAPPING FOR numword WITH simple;

ALTER TEXT SEARCH CONFIGURATION core.indonesian_news
    ADD MAPPING FOR email WITH simple;

ALTER TEXT SEARCH CONFIGURATION core.indonesian_news
    ADD MAPPING FOR url WITH simple;

ALTER TEXT SEARCH CONFIGURATION core.indonesian_news
    ADD MAPPING FOR host WITH simple;

ALTER TEXT SEARCH CONFIGURATION core.indonesian_news
    ADD MAPPING FOR sfloat WITH simple;

ALTER TEXT SEARCH CONFIGURATION core.indonesian_news
    ADD MAPPING FOR version WITH simple;

ALTER TEXT SEARCH CONFIGURATION core.indonesian_news
    ADD MAPPING FOR hword_numpart WITH simple;

ALTER TEXT SEARCH CONFIGURATION core.indonesian_news
    ADD MAPPING FOR hword_part WITH indonesian_stem;

ALTER TEXT SEARCH CONFIGURATION core.indonesian_news
    ADD MAPPING FOR hword_asciipart WITH indonesian_stem;

ALTER TEXT SEARCH CONFIGURATION core.indonesian_news
    ADD MAPPING FOR numhword WITH simple;

ALTER TEXT SEARCH CONFIGURATION core.indonesian_news
    ADD MAPPING FOR asciihword WITH indonesian_stem;

ALTER TEXT SEARCH CONFIGURATION core.indonesian_news
    ADD MAPPING FOR hword WITH indonesian_stem;

ALTER TEXT SEARCH CONFIGURATION core.indonesian_news
    ADD MAPPING FOR url_path WITH simple;

ALTER TEXT SEARCH CONFIGURATION core.indonesian_news
    ADD MAPPING FOR file WITH simple;

ALTER TEXT SEARCH CONFIGURATION core.indonesian_news
    ADD MAPPING FOR "float" WITH simple;

ALTER TEXT SEARCH CONFIGURATION core.indonesian_news
    ADD MAPPING FOR "int" WITH simple;

ALTER TEXT SEARCH CONFIGURATION core.indonesian_news
    ADD MAPPING FOR uint WITH simple;

COMMENT ON TEXT SEARCH CONFIGURATION core.indonesian_news IS 'Indonesian (Snowball stemmer) for ANTARA articles; stop words are removed by core.strip_indonesian_stopwords.';

-- TABLE: core.article

CREATE TABLE core.article (
    article_id bigint NOT NULL,
    content_sha256 text NOT NULL,
    published_month date NOT NULL,
    published_date date,
    date_precision text NOT NULL,
    dateline_place text,
    agency_marker text,
    lead text NOT NULL,
    body text NOT NULL,
    word_count integer NOT NULL,
    paragraph_count integer NOT NULL,
    copyright_year smallint,
    boilerplate_removed text[] DEFAULT '{}'::text[] NOT NULL,
    source_id integer,
    near_duplicate_group_id bigint,
    raw_file_id bigint NOT NULL,
    run_id bigint NOT NULL,
    parser_version text NOT NULL,
    dateline_entity_id bigint,
    entity_model_version text,
    search_vector tsvector,
    flags text[] DEFAULT '{}'::text[] NOT NULL,
    preamble text,
    headline text,
    language text DEFAULT 'id'::text NOT NULL,
    published_weekday smallint,
    source_url text,
    antara_site text,
    antara_article_id bigint,
    CONSTRAINT article_antara_id_has_site CHECK (((antara_article_id IS NULL) = (antara_site IS NULL))),
    CONSTRAINT article_date_in_month CHECK (((published_date IS NULL) OR ((date_trunc('month'::text, (published_date)::timestamp with time zone))::date = published_month))),
    CONSTRAINT article_date_precision_known CHECK ((date_precision = ANY (ARRAY['month'::text, 'day'::text]))),
    CONSTRAINT article_day_precision_has_date CHECK (((date_precision = 'day'::text) = (published_date IS NOT NULL))),
    CONSTRAINT article_has_paragraphs CHECK ((paragraph_count > 0)),
    CONSTRAINT article_has_words CHECK ((word_count > 0)),
    CONSTRAINT article_language_known CHECK ((language = ANY (ARRAY['id'::text, 'en'::text]))),
    CONSTRAINT article_month_is_first_day CHECK ((EXTRACT(day FROM published_month) = (1)::numeric)),
    CONSTRAINT article_weekday_iso CHECK (((published_weekday >= 1) AND (published_weekday <= 7))),
    CONSTRAINT article_weekday_matches_date CHECK (((published_date IS NULL) OR (published_weekday IS NULL) OR (EXTRACT(isodow FROM published_date) = (published_weekday)::numeric)))
);

COMMENT ON TABLE core.article IS 'One row per distinct ANTARA article; identity is the hash of its normalised content, so the same article under two file names is stored once.';

COMMENT ON COLUMN core.article.article_id IS 'Surrogate key.';

COMMENT ON COLUMN core.article.content_sha256 IS 'SHA-256 of the normalised content: the article''s identity.';

COMMENT ON COLUMN core.article.published_month IS 'Month of the file''s date header, as its first day (`2024-03-01`); every article has one.';

COMMENT ON COLUMN core.article.published_date IS 'The day the story is dated: the attribution weekday with its own date (`..., Senin (19/5).`), pinned by another event''s date a day or two away (flag day_inferred), a date in the dateline or the page timestamp; else NULL (flag day_unknown). Never another event''s date.';

COMMENT ON COLUMN core.article.date_precision IS 'day when published_date is set, else month.';

COMMENT ON COLUMN core.article.dateline_place IS 'The dateline as written (`Istanbul`, `Ponorogo, Jawa Timur`); NULL for `ANTARA - ` video items.';

COMMENT ON COLUMN core.article.agency_marker IS '`ANTARA`, `ANTARA News` or `ANTARA/JACX` (press releases), as in the dateline; NULL without a dateline (flag no_dateline).';

COMMENT ON COLUMN core.article.lead IS 'The first sentence.';

COMMENT ON COLUMN core.article.body IS 'Paragraphs separated by a blank line; dateline, credits, related headlines and boilerplate removed. Entity offsets index into it.';

COMMENT ON COLUMN core.article.word_count IS 'Words in the body.';

COMMENT ON COLUMN core.article.paragraph_count IS 'Paragraphs in the body.';

COMMENT ON COLUMN core.article.copyright_year IS 'Year of the `Copyright © ANTARA` line, when there is one.';

COMMENT ON COLUMN core.article.boilerplate_removed IS 'Kinds of boilerplate removed from the text: copyright, ai_notice, script.';

COMMENT ON COLUMN core.article.source_id IS 'The wire source or issuer named by `Sumber:` (core.source); NULL when none.';

COMMENT ON COLUMN core.article.near_duplicate_group_id IS 'article_id of the earliest article this one nearly repeats (itself when none): group by it to count stories once.';

COMMENT ON COLUMN core.article.raw_file_id IS 'The file it was loaded from (ingest.raw_file).';

COMMENT ON COLUMN core.article.run_id IS 'The run that last wrote it.';

COMMENT ON COLUMN core.article.parser_version IS 'Parser version that produced this row.';

COMMENT ON COLUMN core.article.dateline_entity_id IS 'The dateline place as an entity (core.entity, LOC): `Semarang` and `Semarang, Jawa Tengah` are one place.';

COMMENT ON COLUMN core.article.entity_model_version IS 'Version of the NER model that extracted its mentions.';

COMMENT ON COLUMN core.article.search_vector IS 'Full-text document (lead A, body B, stop words removed) in core.indonesian_news; see mart.search_articles.';

COMMENT ON COLUMN core.article.flags IS 'What is missing or doubtful about the article (codes of core.article_flag, sorted): WHERE ''no_credits'' = ANY(flags).';

COMMENT ON COLUMN core.article.preamble IS 'Text that stood before the dateline (highlight quote, photo caption, title line, page timestamp); never part of the body or the place.';

COMMENT ON COLUMN core.article.headline IS 'The article''s own title where the file states it (a republishing site''s `dengan judul: ...`); else NULL.';

COMMENT ON COLUMN core.article.language IS '`id` (Indonesian edition) or `en` (English edition), told by function words (etl/language.py).';

COMMENT ON COLUMN core.article.published_weekday IS 'ISO weekday (1 Monday .. 7 Sunday) of the story''s attribution (`kata X di Medan, Jumat.`): known even when the day is not.';

COMMENT ON COLUMN core.article.source_url IS 'The ANTARA page the copy came from (`https://www.antaranews.com/berita/665518/...`), where the file carries it.';

COMMENT ON COLUMN core.article.antara_site IS 'The ANTARA site of source_url (`antaranews.com`, `en.antaranews.com`, `jateng.antaranews.com`): article ids are unique per site.';

COMMENT ON COLUMN core.article.antara_article_id IS 'ANTARA''s numeric id of the page (`/berita/665518/`): copies of one story share (antara_site, antara_article_id).';

-- SEQUENCE: core.article_article_id_seq

ALTER TABLE core.article ALTER COLUMN article_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME core.article_article_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

-- TABLE: core.article_credit

CREATE TABLE core.article_credit (
    article_id bigint NOT NULL,
    person_id bigint NOT NULL,
    role text NOT NULL,
    "position" smallint NOT NULL,
    run_id bigint NOT NULL
);

COMMENT ON TABLE core.article_credit IS 'Who reported, edited, translated, photographed or contributed to what: one row per (article, role, person).';

COMMENT ON COLUMN core.article_credit.article_id IS 'The article.';

COMMENT ON COLUMN core.article_credit.person_id IS 'The credited person (core.person).';

COMMENT ON COLUMN core.article_credit.role IS 'The credit role (core.credit_role): reporter, editor, translator, photographer, contributor.';

COMMENT ON COLUMN core.article_credit."position" IS 'Order of the name in the credit lines, from 0 (byline first).';

COMMENT ON COLUMN core.article_credit.run_id IS 'The run that wrote it.';

-- TABLE: core.article_flag

CREATE TABLE core.article_flag (
    flag text NOT NULL,
    meaning text NOT NULL
);

COMMENT ON TABLE core.article_flag IS 'The flags an article can carry (core.article.flags): what is missing or doubtful about a loaded article, and what each means.';

COMMENT ON COLUMN core.article_flag.flag IS 'The code stored in core.article.flags (etl/records.py: ArticleFlag).';

COMMENT ON COLUMN core.article_flag.meaning IS 'What the flag tells an analyst.';

-- TABLE: core.article_minhash_band

CREATE TABLE core.article_minhash_band (
    article_id bigint NOT NULL,
    band_no smallint NOT NULL,
    band_hash bigint NOT NULL
);

COMMENT ON TABLE core.article_minhash_band IS 'MinHash LSH band hashes of each article (etl/fingerprint.py): articles sharing a band are near-duplicate candidates.';

COMMENT ON COLUMN core.article_minhash_band.article_id IS 'The article.';

COMMENT ON COLUMN core.article_minhash_band.band_no IS 'Band number.';

COMMENT ON COLUMN core.article_minhash_band.band_hash IS 'Hash of the band''s MinHash values.';

-- TABLE: core.entity_mention

CREATE TABLE core.entity_mention (
    article_id bigint NOT NULL,
    entity_id bigint NOT NULL,
    start_char integer NOT NULL,
    end_char integer NOT NULL,
    sentence integer NOT NULL,
    surface text NOT NULL,
    title text,
    model_version text NOT NULL,
    run_id bigint NOT NULL,
    confidence real,
    CONSTRAINT entity_mention_confidence_is_probability CHECK (((confidence >= (0)::double precision) AND (confidence <= (1)::double precision))),
    CONSTRAINT entity_mention_ends_after_start CHECK ((end_char > start_char)),
    CONSTRAINT entity_mention_sentence_not_negative CHECK ((sentence >= 0)),
    CONSTRAINT entity_mention_start_not_negative CHECK ((start_char >= 0))
);

COMMENT ON TABLE core.entity_mention IS 'Each mention of an entity in an article body, with exact character offsets: substring(body FROM start_char + 1 FOR end_char - start_char) = surface.';

COMMENT ON COLUMN core.entity_mention.article_id IS 'The article.';

COMMENT ON COLUMN core.entity_mention.entity_id IS 'The entity mentioned (core.entity).';

COMMENT ON COLUMN core.entity_mention.start_char IS 'Offset of the first character in core.article.body, 0-based.';

COMMENT ON COLUMN core.entity_mention.end_char IS 'Offset after the last character (exclusive).';

COMMENT ON COLUMN core.entity_mention.sentence IS 'Index of the sentence in the body, 0-based.';

COMMENT ON COLUMN core.entity_mention.surface IS 'The text as written in the body.';

COMMENT ON COLUMN core.entity_mention.title IS 'Role split off a person mention (`Perdana Menteri Jepang`); NULL when none.';

COMMENT ON COLUMN core.entity_mention.model_version IS 'Version of the NER model that found it.';

COMMENT ON COLUMN core.entity_mention.run_id IS 'The run that wrote it.';

COMMENT ON COLUMN core.entity_mention.confidence IS 'The tagger''s marginal probability of the mention (0..1; rule-made mentions: their source''s, institution grammar at least 0.9); NULL for rows extracted before migration 0010. The marts count >= 0.4.';

-- VIEW: core.counted_entity_mention

CREATE VIEW core.counted_entity_mention AS
 SELECT article_id,
    entity_id,
    start_char,
    end_char,
    sentence,
    surface,
    title,
    model_version,
    run_id,
    confidence
   FROM core.entity_mention
  WHERE core.mention_is_counted(confidence);

COMMENT ON VIEW core.counted_entity_mention IS 'The mentions the marts count: tagger confidence >= 0.4 (or unknown, before migration 0010).';

COMMENT ON COLUMN core.counted_entity_mention.article_id IS 'The article.';

COMMENT ON COLUMN core.counted_entity_mention.entity_id IS 'The entity mentioned (core.entity).';

COMMENT ON COLUMN core.counted_entity_mention.start_char IS 'Offset of the first character in core.article.body, 0-based.';

COMMENT ON COLUMN core.counted_entity_mention.end_char IS 'Offset after the last character (exclusive).';

COMMENT ON COLUMN core.counted_entity_mention.sentence IS 'Index of the sentence in the body, 0-based.';

COMMENT ON COLUMN core.counted_entity_mention.surface IS 'The text as written in the body.';

COMMENT ON COLUMN core.counted_entity_mention.title IS 'Role split off a person mention; NULL when none.';

COMMENT ON COLUMN core.counted_entity_mention.model_version IS 'Version of the NER model that found it.';

COMMENT ON COLUMN core.counted_entity_mention.run_id IS 'The run that wrote it.';

COMMENT ON COLUMN core.counted_entity_mention.confidence IS 'The tagger''s marginal probability of the mention (>= 0.4 here, or NULL).';

-- TABLE: core.credit_role

CREATE TABLE core.credit_role (
    role text NOT NULL,
    label_indonesian text NOT NULL,
    label_english text NOT NULL,
    labels text[] NOT NULL,
    "position" smallint NOT NULL
);

COMMENT ON TABLE core.credit_role IS 'The credit roles and the labels ANTARA prints for them; rows come from etl/vocabulary.py (re-seeded by db upgrade).';

COMMENT ON COLUMN core.credit_role.role IS 'The role as stored in core.article_credit.role.';

COMMENT ON COLUMN core.credit_role.label_indonesian IS 'The label the Indonesian edition prints today (`Pewarta`).';

COMMENT ON COLUMN core.credit_role.label_english IS 'The label the English edition prints today (`Reporter`).';

COMMENT ON COLUMN core.credit_role.labels IS 'Every label the parser accepts for the role (case variants aside).';

COMMENT ON COLUMN core.credit_role."position" IS 'The order credit lines usually come in, from 1.';

-- TABLE: core.entity

CREATE TABLE core.entity (
    entity_id bigint NOT NULL,
    entity_type text NOT NULL,
    entity_key text NOT NULL,
    canonical_name text NOT NULL,
    country_code text,
    province_code text,
    first_run_id bigint NOT NULL,
    region_code text,
    CONSTRAINT entity_type_known CHECK ((entity_type = ANY (ARRAY['PER'::text, 'ORG'::text, 'LOC'::text])))
);

COMMENT ON TABLE core.entity IS 'Canonical named entities: one row per person, organisation or place named in articles.';

COMMENT ON COLUMN core.entity.entity_id IS 'Surrogate key.';

COMMENT ON COLUMN core.entity.entity_type IS 'PER (person), ORG (organisation) or LOC (place).';

COMMENT ON COLUMN core.entity.entity_key IS 'Normalised identity within the type (`nato`, `jens stoltenberg`, `country:JP`, `province:ID-JT`): every spelling lands on one row.';

COMMENT ON COLUMN core.entity.canonical_name IS 'Display name; the expansion for acronyms (`Pakta Pertahanan Atlantik Utara`).';

COMMENT ON COLUMN core.entity.country_code IS 'ISO 3166-1 alpha-2 country of a place.';

COMMENT ON COLUMN core.entity.province_code IS 'ISO 3166-2:ID province of an Indonesian place (`ID-JT`).';

COMMENT ON COLUMN core.entity.first_run_id IS 'The run that first found it.';

COMMENT ON COLUMN core.entity.region_code IS 'Indonesian regency or city: ISO 3166-2:ID province, KOTA or KAB, BSNI abbreviation (`ID-JB-KOTA-SKB`); NULL for other entities.';

-- TABLE: core.entity_alias

CREATE TABLE core.entity_alias (
    entity_id bigint NOT NULL,
    alias text NOT NULL
);

COMMENT ON TABLE core.entity_alias IS 'Every name an entity was seen under: the acronym and its expansion, short and full person names.';

COMMENT ON COLUMN core.entity_alias.entity_id IS 'The entity.';

COMMENT ON COLUMN core.entity_alias.alias IS 'One name it was written as (look-ups use lower(alias)).';

-- SEQUENCE: core.entity_entity_id_seq

ALTER TABLE core.entity ALTER COLUMN entity_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME core.entity_entity_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

-- TABLE: core.entity_review

CREATE TABLE core.entity_review (
    entity_id bigint NOT NULL,
    other_entity_id bigint NOT NULL,
    reason text NOT NULL,
    first_run_id bigint NOT NULL,
    decision text,
    decided_at timestamp with time zone,
    CONSTRAINT entity_review_decision_known CHECK ((decision = ANY (ARRAY['same'::text, 'different'::text]))),
    CONSTRAINT entity_review_pair_in_id_order CHECK ((entity_id < other_entity_id))
);

COMMENT ON TABLE core.entity_review IS 'Entity pairs that may be one (person spelling variants: same last name and word count, first words sharing three letters) that no rule merged: for an analyst to decide.';

COMMENT ON COLUMN core.entity_review.entity_id IS 'One entity of the pair (the smaller id).';

COMMENT ON COLUMN core.entity_review.other_entity_id IS 'The other entity (the larger id).';

COMMENT ON COLUMN core.entity_review.reason IS 'Why the pair is listed (`person spelling`).';

COMMENT ON COLUMN core.entity_review.first_run_id IS 'The run that listed it.';

COMMENT ON COLUMN core.entity_review.decision IS 'The analyst''s decision: `same` or `different`; NULL until reviewed.';

COMMENT ON COLUMN core.entity_review.decided_at IS 'When the analyst decided.';

-- TABLE: core.person

CREATE TABLE core.person (
    person_id bigint NOT NULL,
    name_key text NOT NULL,
    name text NOT NULL,
    first_run_id bigint NOT NULL
);

COMMENT ON TABLE core.person IS 'Credited people: reporters, editors, translators, photographers, contributors (not the people named in articles: see core.entity).';

COMMENT ON COLUMN core.person.person_id IS 'Surrogate key.';

COMMENT ON COLUMN core.person.name_key IS 'Case-, accent- and spacing-insensitive identity of the name.';

COMMENT ON COLUMN core.person.name IS 'Display form as first seen.';

COMMENT ON COLUMN core.person.first_run_id IS 'The run that first credited them.';

-- SEQUENCE: core.person_person_id_seq

ALTER TABLE core.person ALTER COLUMN person_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME core.person_person_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

-- VIEW: core.person_title

CREATE VIEW core.person_title AS
 SELECT m.entity_id,
    e.canonical_name AS person,
    m.title,
    count(*) AS mentions,
    min(a.published_month) AS first_month,
    max(a.published_month) AS last_month
   FROM ((core.entity_mention m
     JOIN core.entity e USING (entity_id))
     JOIN core.article a USING (article_id))
  WHERE (m.title IS NOT NULL)
  GROUP BY m.entity_id, e.canonical_name, m.title;

COMMENT ON VIEW core.person_title IS 'Titles each person was mentioned with (`Perdana Menteri Jepang`): how often, first and last month.';

COMMENT ON COLUMN core.person_title.entity_id IS 'The person (core.entity, PER).';

COMMENT ON COLUMN core.person_title.person IS 'Their canonical name.';

COMMENT ON COLUMN core.person_title.title IS 'A title they were mentioned with.';

COMMENT ON COLUMN core.person_title.mentions IS 'Mentions with that title.';

COMMENT ON COLUMN core.person_title.first_month IS 'First month an article used it.';

COMMENT ON COLUMN core.person_title.last_month IS 'Last month an article used it.';

-- TABLE: core.related_headline

CREATE TABLE core.related_headline (
    article_id bigint NOT NULL,
    "position" smallint NOT NULL,
    headline text NOT NULL,
    run_id bigint NOT NULL
);

COMMENT ON TABLE core.related_headline IS '`Baca juga:` / `Related news:` headlines that were embedded in an article''s body (removed from core.article.body).';

COMMENT ON COLUMN core.related_headline.article_id IS 'The article they stood in.';

COMMENT ON COLUMN core.related_headline."position" IS 'Order within the article, from 0.';

COMMENT ON COLUMN core.related_headline.headline IS 'The headline text after the label.';

COMMENT ON COLUMN core.related_headline.run_id IS 'The run that wrote it.';

-- TABLE: core.source

CREATE TABLE core.source (
    source_id integer NOT NULL,
    source_key text NOT NULL,
    name text NOT NULL,
    first_run_id bigint NOT NULL
);

COMMENT ON TABLE core.source IS 'Wire agencies and press-release issuers named by `Sumber:` / `Source:`; `Anadolu Agency` and `Anadolu` are one row.';

COMMENT ON COLUMN core.source.source_id IS 'Surrogate key.';

COMMENT ON COLUMN core.source.source_key IS 'Normalised identity (case, spacing and agency suffixes folded).';

COMMENT ON COLUMN core.source.name IS 'Display name (`Anadolu`, `Xinhua`).';

COMMENT ON COLUMN core.source.first_run_id IS 'The run that first named it.';

-- SEQUENCE: core.source_source_id_seq

ALTER TABLE core.source ALTER COLUMN source_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME core.source_source_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

-- TABLE: ingest.mart_changed_article

CREATE TABLE ingest.mart_changed_article (
    article_id bigint NOT NULL,
    existed boolean NOT NULL,
    published_month date,
    published_date date,
    dateline_place text,
    dateline_entity_id bigint,
    source_id integer,
    CONSTRAINT mart_changed_article_existing_has_month CHECK (((NOT existed) OR (published_month IS NOT NULL)))
);

COMMENT ON TABLE ingest.mart_changed_article IS 'Articles changed since the last mart refresh, as the marts last counted them (written by triggers on core.article, emptied by refresh_marts).';

COMMENT ON COLUMN ingest.mart_changed_article.article_id IS 'The article (core.article; gone if it was deleted).';

COMMENT ON COLUMN ingest.mart_changed_article.existed IS 'It existed at the last refresh (false: inserted since; the other columns are then NULL).';

COMMENT ON COLUMN ingest.mart_changed_article.published_month IS 'Its month at the last refresh.';

COMMENT ON COLUMN ingest.mart_changed_article.published_date IS 'Its day at the last refresh (NULL when not known).';

COMMENT ON COLUMN ingest.mart_changed_article.dateline_place IS 'Its dateline as written at the last refresh.';

COMMENT ON COLUMN ingest.mart_changed_article.dateline_entity_id IS 'Its dateline place entity at the last refresh.';

COMMENT ON COLUMN ingest.mart_changed_article.source_id IS 'The source agency it named at the last refresh.';

-- TABLE: ingest.mart_changed_dimension

CREATE TABLE ingest.mart_changed_dimension (
    dimension text NOT NULL,
    id bigint NOT NULL,
    province_code_before text,
    CONSTRAINT mart_changed_dimension_known CHECK ((dimension = ANY (ARRAY['entity'::text, 'person'::text, 'source'::text])))
);

COMMENT ON TABLE ingest.mart_changed_dimension IS 'Entities, people and sources whose names (or an entity''s type or codes) changed since the last mart refresh (triggers; emptied by refresh_marts).';

COMMENT ON COLUMN ingest.mart_changed_dimension.dimension IS 'entity, person or source.';

COMMENT ON COLUMN ingest.mart_changed_dimension.id IS 'Its id (entity_id, person_id or source_id).';

COMMENT ON COLUMN ingest.mart_changed_dimension.province_code_before IS 'An entity''s province at the last refresh (NULL: none, or not an entity).';

-- TABLE: ingest.mart_credit_change

CREATE TABLE ingest.mart_credit_change (
    article_id bigint NOT NULL,
    person_id bigint NOT NULL,
    role text NOT NULL,
    credits integer NOT NULL,
    CONSTRAINT mart_credit_change_not_zero CHECK ((credits <> 0))
);

COMMENT ON TABLE ingest.mart_credit_change IS 'Credits written (+1) and removed (-1) since the last mart refresh (triggers on core.article_credit; emptied by refresh_marts).';

COMMENT ON COLUMN ingest.mart_credit_change.article_id IS 'The article.';

COMMENT ON COLUMN ingest.mart_credit_change.person_id IS 'The credited person.';

COMMENT ON COLUMN ingest.mart_credit_change.role IS 'The credit role.';

COMMENT ON COLUMN ingest.mart_credit_change.credits IS '+1 written, -1 removed.';

-- TABLE: ingest.mart_mention_change

CREATE TABLE ingest.mart_mention_change (
    article_id bigint NOT NULL,
    entity_id bigint NOT NULL,
    mentions integer NOT NULL,
    CONSTRAINT mart_mention_change_not_zero CHECK ((mentions <> 0))
);

COMMENT ON TABLE ingest.mart_mention_change IS 'Counted entity mentions written (+) and removed (-) since the last mart refresh (triggers on core.entity_mention; emptied by refresh_marts).';

COMMENT ON COLUMN ingest.mart_mention_change.article_id IS 'The article.';

COMMENT ON COLUMN ingest.mart_mention_change.entity_id IS 'The entity mentioned.';

COMMENT ON COLUMN ingest.mart_mention_change.mentions IS 'Mentions written (positive) or removed (negative) by one statement.';

-- TABLE: ingest.raw_file

CREATE TABLE ingest.raw_file (
    raw_file_id bigint NOT NULL,
    input_root text NOT NULL,
    path text NOT NULL,
    size_bytes bigint NOT NULL,
    mtime_ns bigint NOT NULL,
    sha256 text NOT NULL,
    encoding text,
    status text NOT NULL,
    reason text,
    message text,
    article_id bigint,
    first_run_id bigint NOT NULL,
    last_run_id bigint NOT NULL,
    parser_version text NOT NULL,
    CONSTRAINT raw_file_kept_has_article CHECK (((status = 'quarantined'::text) OR (article_id IS NOT NULL))),
    CONSTRAINT raw_file_quarantined_has_reason CHECK (((status = 'quarantined'::text) = (reason IS NOT NULL))),
    CONSTRAINT raw_file_status_known CHECK ((status = ANY (ARRAY['loaded'::text, 'duplicate'::text, 'quarantined'::text])))
);

COMMENT ON TABLE ingest.raw_file IS 'The ledger: every input file ever seen, and what it became: loaded, duplicate (of article_id) or quarantined (reason, message).';

COMMENT ON COLUMN ingest.raw_file.raw_file_id IS 'Surrogate key.';

COMMENT ON COLUMN ingest.raw_file.input_root IS 'The input folder the file was found under.';

COMMENT ON COLUMN ingest.raw_file.path IS 'Path relative to input_root (`2024/05/antara_000123.txt`).';

COMMENT ON COLUMN ingest.raw_file.size_bytes IS 'Size on disk when last read.';

COMMENT ON COLUMN ingest.raw_file.mtime_ns IS 'Modification time (ns since the epoch) when last read: with size_bytes, how an unchanged file is recognised.';

COMMENT ON COLUMN ingest.raw_file.sha256 IS 'SHA-256 of the bytes on disk ('''' when the file could not be read).';

COMMENT ON COLUMN ingest.raw_file.encoding IS 'Text encoding used to decode it (utf-8, utf-8-sig, cp1252, ...); NULL when not decoded.';

COMMENT ON COLUMN ingest.raw_file.status IS 'loaded, duplicate or quarantined.';

COMMENT ON COLUMN ingest.raw_file.reason IS 'Quarantine reason code (README "Quarantine reasons"; etl.records.Reason); NULL unless quarantined.';

COMMENT ON COLUMN ingest.raw_file.message IS 'What a person needs to know to fix the file.';

COMMENT ON COLUMN ingest.raw_file.article_id IS 'The article the file became (loaded) or repeats (duplicate).';

COMMENT ON COLUMN ingest.raw_file.first_run_id IS 'The run that first saw the file.';

COMMENT ON COLUMN ingest.raw_file.last_run_id IS 'The last run that read and processed it.';

COMMENT ON COLUMN ingest.raw_file.parser_version IS 'Parser version of that last processing.';

-- SEQUENCE: ingest.raw_file_raw_file_id_seq

ALTER TABLE ingest.raw_file ALTER COLUMN raw_file_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME ingest.raw_file_raw_file_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

-- TABLE: ingest.run

CREATE TABLE ingest.run (
    run_id bigint NOT NULL,
    input_root text NOT NULL,
    parser_version text NOT NULL,
    as_of date NOT NULL,
    triggered_by text DEFAULT 'cli'::text NOT NULL,
    started_at timestamp with time zone DEFAULT now() NOT NULL,
    finished_at timestamp with time zone,
    status text DEFAULT 'running'::text NOT NULL,
    files_discovered integer,
    files_unchanged integer,
    files_loaded integer,
    files_duplicate integer,
    files_quarantined integer,
    CONSTRAINT run_status_known CHECK ((status = ANY (ARRAY['running'::text, 'succeeded'::text, 'failed'::text])))
);

COMMENT ON TABLE ingest.run IS 'One row per ingest run (CLI or Airflow): when, over which input root, with which parser, and what it counted.';

COMMENT ON COLUMN ingest.run.run_id IS 'Surrogate key; every row written by the run carries it as lineage.';

COMMENT ON COLUMN ingest.run.input_root IS 'The folder the run read (absolute path); ledger paths are relative to it.';

COMMENT ON COLUMN ingest.run.parser_version IS 'etl.parse.PARSER_VERSION of the code that ran: a new version re-reads unchanged files once.';

COMMENT ON COLUMN ingest.run.as_of IS 'Reference date: header months after it are quarantined as future_date.';

COMMENT ON COLUMN ingest.run.triggered_by IS 'cli, airflow, replay, ...: what started the run.';

COMMENT ON COLUMN ingest.run.started_at IS 'When the run started.';

COMMENT ON COLUMN ingest.run.finished_at IS 'When it finished; NULL while running, or when its process died (nothing in core depends on it finishing).';

COMMENT ON COLUMN ingest.run.status IS 'running, succeeded or failed.';

COMMENT ON COLUMN ingest.run.files_discovered IS 'Article files found under the input root.';

COMMENT ON COLUMN ingest.run.files_unchanged IS 'Skipped: already in the ledger with the same size and mtime (or hash).';

COMMENT ON COLUMN ingest.run.files_loaded IS 'Files that became (or updated) an article.';

COMMENT ON COLUMN ingest.run.files_duplicate IS 'Files whose article was already in the warehouse.';

COMMENT ON COLUMN ingest.run.files_quarantined IS 'Files held back with a reason (ingest.raw_file.reason).';

-- TABLE: ingest.run_batch

CREATE TABLE ingest.run_batch (
    run_id bigint NOT NULL,
    batch_no integer NOT NULL,
    file_count integer NOT NULL,
    staged_at timestamp with time zone,
    published_at timestamp with time zone,
    CONSTRAINT run_batch_batch_no_not_negative CHECK ((batch_no >= 0)),
    CONSTRAINT run_batch_has_files CHECK ((file_count > 0))
);

COMMENT ON TABLE ingest.run_batch IS 'Batches of a planned run, with when each was staged and published.';

COMMENT ON COLUMN ingest.run_batch.run_id IS 'The planned run.';

COMMENT ON COLUMN ingest.run_batch.batch_no IS 'Batch number within the run, from 0 (the Airflow task map index).';

COMMENT ON COLUMN ingest.run_batch.file_count IS 'Files in the batch.';

COMMENT ON COLUMN ingest.run_batch.staged_at IS 'Last time the transform task staged it (a retry restages it).';

COMMENT ON COLUMN ingest.run_batch.published_at IS 'When publish merged it into core; NULL until then.';

-- TABLE: ingest.run_batch_file

CREATE TABLE ingest.run_batch_file (
    run_id bigint NOT NULL,
    batch_no integer NOT NULL,
    ordinal integer NOT NULL,
    path text NOT NULL,
    size_bytes bigint NOT NULL,
    mtime_ns bigint NOT NULL
);

COMMENT ON TABLE ingest.run_batch_file IS 'Which input files (path, size, mtime) each batch of a planned run holds: the plan, so a retried task reads exactly its files.';

COMMENT ON COLUMN ingest.run_batch_file.run_id IS 'The planned run.';

COMMENT ON COLUMN ingest.run_batch_file.batch_no IS 'The batch the file belongs to.';

COMMENT ON COLUMN ingest.run_batch_file.ordinal IS 'The file''s position in the run''s sorted discovery order (as staging.file.ordinal): first file wins.';

COMMENT ON COLUMN ingest.run_batch_file.path IS 'Relative to the run''s input_root.';

COMMENT ON COLUMN ingest.run_batch_file.size_bytes IS 'Size as discovered: what the ledger will record.';

COMMENT ON COLUMN ingest.run_batch_file.mtime_ns IS 'Modification time as discovered (ns since the epoch).';

-- TABLE: ingest.run_plan

CREATE TABLE ingest.run_plan (
    run_id bigint NOT NULL,
    files_discovered integer NOT NULL,
    files_unchanged integer NOT NULL,
    files_in_flight integer NOT NULL,
    files_planned integer NOT NULL,
    batch_size integer NOT NULL,
    planned_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT run_plan_batch_size_positive CHECK ((batch_size > 0))
);

COMMENT ON TABLE ingest.run_plan IS 'One row per Airflow-planned ingest run: discovered, unchanged, planned files and the batch size.';

COMMENT ON COLUMN ingest.run_plan.run_id IS 'The run (ingest.run).';

COMMENT ON COLUMN ingest.run_plan.files_discovered IS 'Article files found under the input root.';

COMMENT ON COLUMN ingest.run_plan.files_unchanged IS 'Skipped: the ledger has them with the same size and mtime.';

COMMENT ON COLUMN ingest.run_plan.files_in_flight IS 'Skipped: planned by another run that is still running.';

COMMENT ON COLUMN ingest.run_plan.files_planned IS 'Files cut into this run''s batches.';

COMMENT ON COLUMN ingest.run_plan.batch_size IS 'Files per batch actually used (may exceed the requested size: orchestrate.MAX_BATCHES).';

COMMENT ON COLUMN ingest.run_plan.planned_at IS 'When the plan was made.';

-- SEQUENCE: ingest.run_run_id_seq

ALTER TABLE ingest.run ALTER COLUMN run_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME ingest.run_run_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

-- TABLE: ingest.schema_object

CREATE TABLE ingest.schema_object (
    file text NOT NULL,
    sha256 text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);

COMMENT ON TABLE ingest.schema_object IS 'The derived schema objects (schema/objects/ files) and seeded lookups the last upgrade applied, with their SHA-256: a changed file is re-applied.';

COMMENT ON COLUMN ingest.schema_object.file IS 'Relative to schema/ (`objects/marts/mart.entity_pair.sql`), or `vocabulary:credit_roles` for the rows seeded from etl/vocabulary.py.';

COMMENT ON COLUMN ingest.schema_object.sha256 IS 'SHA-256 of the file (or of the seeded rows) as applied.';

COMMENT ON COLUMN ingest.schema_object.applied_at IS 'When the upgrade applied it.';

-- TABLE: mart.all_entities_by_dateline_place

CREATE TABLE mart.all_entities_by_dateline_place (
    dateline_place text NOT NULL,
    entity_id bigint NOT NULL,
    articles bigint NOT NULL,
    mentions bigint NOT NULL
);

COMMENT ON TABLE mart.all_entities_by_dateline_place IS 'Articles and mentions of every entity per dateline place as written; mart.entity_by_dateline_place is the top 100 of each place.';

COMMENT ON COLUMN mart.all_entities_by_dateline_place.dateline_place IS 'The dateline as written (`Ponorogo, Jawa Timur`).';

COMMENT ON COLUMN mart.all_entities_by_dateline_place.entity_id IS 'The entity (core.entity).';

COMMENT ON COLUMN mart.all_entities_by_dateline_place.articles IS 'Articles from the place mentioning it.';

COMMENT ON COLUMN mart.all_entities_by_dateline_place.mentions IS 'Its mentions in them.';

-- TABLE: mart.all_entities_by_province

CREATE TABLE mart.all_entities_by_province (
    province_code text NOT NULL,
    entity_id bigint NOT NULL,
    articles bigint NOT NULL,
    mentions bigint NOT NULL
);

COMMENT ON TABLE mart.all_entities_by_province IS 'Articles and mentions of every entity per Indonesian province of the dateline place; mart.entity_by_province is the top 100 of each.';

COMMENT ON COLUMN mart.all_entities_by_province.province_code IS 'ISO 3166-2:ID province of the dateline place (`ID-JT`).';

COMMENT ON COLUMN mart.all_entities_by_province.entity_id IS 'The entity (core.entity).';

COMMENT ON COLUMN mart.all_entities_by_province.articles IS 'Articles datelined in the province mentioning it.';

COMMENT ON COLUMN mart.all_entities_by_province.mentions IS 'Its mentions in them.';

-- TABLE: mart.all_entity_pairs

CREATE TABLE mart.all_entity_pairs (
    entity_a_id bigint NOT NULL,
    entity_b_id bigint NOT NULL,
    articles bigint NOT NULL,
    first_month date,
    last_month date,
    CONSTRAINT all_entity_pairs_ordered CHECK ((entity_a_id < entity_b_id))
);

COMMENT ON TABLE mart.all_entity_pairs IS 'Every entity pair (entity_a_id < entity_b_id) named in the same article, pairs seen once included; mart.entity_pair is those of at least 2 articles.';

COMMENT ON COLUMN mart.all_entity_pairs.entity_a_id IS 'One entity of the pair (the smaller id).';

COMMENT ON COLUMN mart.all_entity_pairs.entity_b_id IS 'The other entity (the larger id).';

COMMENT ON COLUMN mart.all_entity_pairs.articles IS 'Articles naming both.';

COMMENT ON COLUMN mart.all_entity_pairs.first_month IS 'First month they appeared together.';

COMMENT ON COLUMN mart.all_entity_pairs.last_month IS 'Last month they appeared together.';

-- TABLE: mart.dateline_place_monthly

CREATE TABLE mart.dateline_place_monthly (
    place_entity_id bigint NOT NULL,
    place text,
    country_code text,
    province_code text,
    month date NOT NULL,
    articles bigint NOT NULL
);

COMMENT ON TABLE mart.dateline_place_monthly IS 'Articles filed per dateline place (as an entity) per month.';

COMMENT ON COLUMN mart.dateline_place_monthly.place_entity_id IS 'The dateline place as an entity (core.entity, LOC).';

COMMENT ON COLUMN mart.dateline_place_monthly.place IS 'Its canonical name.';

COMMENT ON COLUMN mart.dateline_place_monthly.country_code IS 'ISO 3166-1 alpha-2 country.';

COMMENT ON COLUMN mart.dateline_place_monthly.province_code IS 'ISO 3166-2:ID province (Indonesian places).';

COMMENT ON COLUMN mart.dateline_place_monthly.month IS 'The month (first day).';

COMMENT ON COLUMN mart.dateline_place_monthly.articles IS 'Articles filed from the place that month.';

-- TABLE: mart.entity_by_dateline_place

CREATE TABLE mart.entity_by_dateline_place (
    dateline_place text NOT NULL,
    entity_id bigint NOT NULL,
    entity_type text,
    canonical_name text,
    articles bigint NOT NULL,
    mentions bigint NOT NULL,
    rank_in_place bigint NOT NULL,
    CONSTRAINT entity_by_dateline_place_top_100 CHECK (((rank_in_place >= 1) AND (rank_in_place <= 100)))
);

COMMENT ON TABLE mart.entity_by_dateline_place IS 'Top 100 entities (by articles, then mentions) per dateline place as written; rank_in_place 1 is the most frequent.';

COMMENT ON COLUMN mart.entity_by_dateline_place.dateline_place IS 'The dateline as written (`Ponorogo, Jawa Timur`).';

COMMENT ON COLUMN mart.entity_by_dateline_place.entity_id IS 'The entity (core.entity).';

COMMENT ON COLUMN mart.entity_by_dateline_place.entity_type IS 'PER, ORG or LOC.';

COMMENT ON COLUMN mart.entity_by_dateline_place.canonical_name IS 'Its canonical name.';

COMMENT ON COLUMN mart.entity_by_dateline_place.articles IS 'Articles from the place mentioning it.';

COMMENT ON COLUMN mart.entity_by_dateline_place.mentions IS 'Its mentions in them.';

COMMENT ON COLUMN mart.entity_by_dateline_place.rank_in_place IS '1 = the most frequent entity of the place (by articles, then mentions); at most 100.';

-- TABLE: mart.entity_by_province

CREATE TABLE mart.entity_by_province (
    province_code text NOT NULL,
    entity_id bigint NOT NULL,
    entity_type text,
    canonical_name text,
    articles bigint NOT NULL,
    mentions bigint NOT NULL,
    rank_in_province bigint NOT NULL,
    CONSTRAINT entity_by_province_top_100 CHECK (((rank_in_province >= 1) AND (rank_in_province <= 100)))
);

COMMENT ON TABLE mart.entity_by_province IS 'Top 100 entities (by articles, then mentions) in articles datelined in each Indonesian province.';

COMMENT ON COLUMN mart.entity_by_province.province_code IS 'ISO 3166-2:ID province of the dateline place (`ID-JT`).';

COMMENT ON COLUMN mart.entity_by_province.entity_id IS 'The entity (core.entity).';

COMMENT ON COLUMN mart.entity_by_province.entity_type IS 'PER, ORG or LOC.';

COMMENT ON COLUMN mart.entity_by_province.canonical_name IS 'Its canonical name.';

COMMENT ON COLUMN mart.entity_by_province.articles IS 'Articles datelined in the province mentioning it.';

COMMENT ON COLUMN mart.entity_by_province.mentions IS 'Its mentions in them.';

COMMENT ON COLUMN mart.entity_by_province.rank_in_province IS '1 = the most frequent entity of the province (by articles, then mentions); at most 100.';

-- TABLE: mart.entity_mentions_daily

CREATE TABLE mart.entity_mentions_daily (
    entity_id bigint NOT NULL,
    entity_type text,
    canonical_name text,
    day date NOT NULL,
    articles bigint NOT NULL,
    mentions bigint NOT NULL
);

COMMENT ON TABLE mart.entity_mentions_daily IS 'Articles and mentions per entity per day (articles with a known day only).';

COMMENT ON COLUMN mart.entity_mentions_daily.entity_id IS 'The entity (core.entity).';

COMMENT ON COLUMN mart.entity_mentions_daily.entity_type IS 'PER, ORG or LOC.';

COMMENT ON COLUMN mart.entity_mentions_daily.canonical_name IS 'Its canonical name.';

COMMENT ON COLUMN mart.entity_mentions_daily.day IS 'The day (articles whose text pins the day only).';

COMMENT ON COLUMN mart.entity_mentions_daily.articles IS 'Distinct articles mentioning it that day.';

COMMENT ON COLUMN mart.entity_mentions_daily.mentions IS 'Its mentions that day.';

-- TABLE: mart.entity_mentions_monthly

CREATE TABLE mart.entity_mentions_monthly (
    entity_id bigint NOT NULL,
    entity_type text,
    canonical_name text,
    month date NOT NULL,
    articles bigint NOT NULL,
    mentions bigint NOT NULL
);

COMMENT ON TABLE mart.entity_mentions_monthly IS 'Articles and mentions per entity per month (every article): the time series of who is in the news.';

COMMENT ON COLUMN mart.entity_mentions_monthly.entity_id IS 'The entity (core.entity).';

COMMENT ON COLUMN mart.entity_mentions_monthly.entity_type IS 'PER, ORG or LOC.';

COMMENT ON COLUMN mart.entity_mentions_monthly.canonical_name IS 'Its canonical name.';

COMMENT ON COLUMN mart.entity_mentions_monthly.month IS 'The month (first day).';

COMMENT ON COLUMN mart.entity_mentions_monthly.articles IS 'Distinct articles mentioning it that month.';

COMMENT ON COLUMN mart.entity_mentions_monthly.mentions IS 'Its mentions that month.';

-- TABLE: mart.entity_pair

CREATE TABLE mart.entity_pair (
    entity_a_id bigint NOT NULL,
    entity_b_id bigint NOT NULL,
    articles bigint NOT NULL,
    first_month date,
    last_month date,
    CONSTRAINT entity_pair_seen_twice CHECK ((articles >= 2))
);

COMMENT ON TABLE mart.entity_pair IS 'Entity pairs (entity_a_id < entity_b_id) named in the same articles, pairs seen in at least 2 articles only.';

COMMENT ON COLUMN mart.entity_pair.entity_a_id IS 'One entity of the pair (the smaller id).';

COMMENT ON COLUMN mart.entity_pair.entity_b_id IS 'The other entity (the larger id).';

COMMENT ON COLUMN mart.entity_pair.articles IS 'Articles naming both (at least 2).';

COMMENT ON COLUMN mart.entity_pair.first_month IS 'First month they appeared together.';

COMMENT ON COLUMN mart.entity_pair.last_month IS 'Last month they appeared together.';

-- TABLE: mart.person_role_monthly

CREATE TABLE mart.person_role_monthly (
    person_id bigint NOT NULL,
    person text,
    role text NOT NULL,
    month date NOT NULL,
    articles bigint NOT NULL,
    wire_translated_articles bigint NOT NULL
);

COMMENT ON TABLE mart.person_role_monthly IS 'Articles per credited person, role and month; wire_translated_articles = of them, translated wire stories.';

COMMENT ON COLUMN mart.person_role_monthly.person_id IS 'The credited person (core.person).';

COMMENT ON COLUMN mart.person_role_monthly.person IS 'Their name.';

COMMENT ON COLUMN mart.person_role_monthly.role IS 'The credit role (core.credit_role).';

COMMENT ON COLUMN mart.person_role_monthly.month IS 'The month (first day).';

COMMENT ON COLUMN mart.person_role_monthly.articles IS 'Articles credited to them in that role that month.';

COMMENT ON COLUMN mart.person_role_monthly.wire_translated_articles IS 'Of them, translated wire stories (mart.wire_article).';

-- VIEW: mart.wire_article

CREATE VIEW mart.wire_article AS
 SELECT article_id,
    published_month,
    source_id,
    (EXISTS ( SELECT 1
           FROM core.article_credit c
          WHERE ((c.article_id = a.article_id) AND (c.role = 'translator'::text)))) AS translated
   FROM core.article a
  WHERE (source_id IS NOT NULL);

COMMENT ON VIEW mart.wire_article IS 'Articles that name a source agency; translated = with a translator credit.';

COMMENT ON COLUMN mart.wire_article.article_id IS 'The article (core.article).';

COMMENT ON COLUMN mart.wire_article.published_month IS 'Its month.';

COMMENT ON COLUMN mart.wire_article.source_id IS 'The source agency it names (core.source).';

COMMENT ON COLUMN mart.wire_article.translated IS 'It also credits a translator.';

-- TABLE: mart.wire_source_monthly

CREATE TABLE mart.wire_source_monthly (
    month date NOT NULL,
    source_id integer NOT NULL,
    source text,
    articles bigint NOT NULL,
    translated_articles bigint NOT NULL,
    share_of_translated numeric,
    share_of_month numeric
);

COMMENT ON TABLE mart.wire_source_monthly IS 'Per source agency and month: wire stories citing it, translated ones, and their share of the month.';

COMMENT ON COLUMN mart.wire_source_monthly.month IS 'The month (first day).';

COMMENT ON COLUMN mart.wire_source_monthly.source_id IS 'The source agency (core.source).';

COMMENT ON COLUMN mart.wire_source_monthly.source IS 'Its name.';

COMMENT ON COLUMN mart.wire_source_monthly.articles IS 'Articles citing it that month.';

COMMENT ON COLUMN mart.wire_source_monthly.translated_articles IS 'Of them, translated wire stories.';

COMMENT ON COLUMN mart.wire_source_monthly.share_of_translated IS 'Its share of the month''s translated wire stories (the agencies'' shares add up to 1).';

COMMENT ON COLUMN mart.wire_source_monthly.share_of_month IS 'Its translated stories as a share of all that month''s articles.';

-- TABLE: public.alembic_version

CREATE TABLE public.alembic_version (
    version_num character varying(32) NOT NULL
);

-- TABLE: quality.batch_override

CREATE TABLE quality.batch_override (
    batch_override_id bigint NOT NULL,
    batch_id text NOT NULL,
    run_id bigint NOT NULL,
    reason text NOT NULL,
    overridden_by text NOT NULL,
    overridden_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT batch_override_reason_given CHECK ((reason <> ''::text))
);

COMMENT ON TABLE quality.batch_override IS 'Blocked batches released for publishing despite failed critical expectations: who, when, why.';

COMMENT ON COLUMN quality.batch_override.batch_override_id IS 'Surrogate key.';

COMMENT ON COLUMN quality.batch_override.batch_id IS 'The released batch.';

COMMENT ON COLUMN quality.batch_override.run_id IS 'The run that staged it.';

COMMENT ON COLUMN quality.batch_override.reason IS 'Why it was released (required, not empty).';

COMMENT ON COLUMN quality.batch_override.overridden_by IS 'Database role or the name given.';

COMMENT ON COLUMN quality.batch_override.overridden_at IS 'When it was released.';

-- SEQUENCE: quality.batch_override_batch_override_id_seq

ALTER TABLE quality.batch_override ALTER COLUMN batch_override_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME quality.batch_override_batch_override_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

-- TABLE: quality.expectation_result

CREATE TABLE quality.expectation_result (
    expectation_result_id bigint NOT NULL,
    validation_run_id bigint NOT NULL,
    suite text NOT NULL,
    check_name text NOT NULL,
    expectation text NOT NULL,
    expectation_type text NOT NULL,
    kwargs jsonb NOT NULL,
    severity text NOT NULL,
    success boolean NOT NULL,
    observed_value jsonb,
    element_count bigint,
    unexpected_count bigint,
    unexpected_sample jsonb,
    message text NOT NULL,
    CONSTRAINT expectation_result_severity_known CHECK ((severity = ANY (ARRAY['critical'::text, 'warning'::text])))
);

COMMENT ON TABLE quality.expectation_result IS 'Outcome of one expectation in one validation run; failed ones say why.';

COMMENT ON COLUMN quality.expectation_result.expectation_result_id IS 'Surrogate key.';

COMMENT ON COLUMN quality.expectation_result.validation_run_id IS 'The validation run (quality.validation_run).';

COMMENT ON COLUMN quality.expectation_result.suite IS 'The suite the expectation belongs to.';

COMMENT ON COLUMN quality.expectation_result.check_name IS 'Stable name in etl/quality/suites.py (`articles.key_unique`): the key of its history.';

COMMENT ON COLUMN quality.expectation_result.expectation IS 'Readable form: `expect_column_values_to_be_unique(column=content_sha256)`.';

COMMENT ON COLUMN quality.expectation_result.expectation_type IS 'Great Expectations expectation type.';

COMMENT ON COLUMN quality.expectation_result.kwargs IS 'The expectation''s arguments, bounds as evaluated.';

COMMENT ON COLUMN quality.expectation_result.severity IS 'critical (blocks the batch) or warning.';

COMMENT ON COLUMN quality.expectation_result.success IS 'Whether it passed.';

COMMENT ON COLUMN quality.expectation_result.observed_value IS 'Aggregate expectations: the measured value (means, counts).';

COMMENT ON COLUMN quality.expectation_result.element_count IS 'Rows the expectation looked at.';

COMMENT ON COLUMN quality.expectation_result.unexpected_count IS 'Rows that failed it.';

COMMENT ON COLUMN quality.expectation_result.unexpected_sample IS 'A few offending values, long strings truncated.';

COMMENT ON COLUMN quality.expectation_result.message IS 'What failed, for a person.';

-- SEQUENCE: quality.expectation_result_expectation_result_id_seq

ALTER TABLE quality.expectation_result ALTER COLUMN expectation_result_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME quality.expectation_result_expectation_result_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

-- TABLE: quality.validation_run

CREATE TABLE quality.validation_run (
    validation_run_id bigint NOT NULL,
    run_id bigint NOT NULL,
    batch_id text NOT NULL,
    suite text NOT NULL,
    suite_version text NOT NULL,
    success boolean NOT NULL,
    critical_failures integer NOT NULL,
    warning_failures integer NOT NULL,
    expectations integer NOT NULL,
    row_count bigint NOT NULL,
    started_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone NOT NULL,
    data_docs_path text,
    gx_version text NOT NULL,
    CONSTRAINT validation_run_success_means_no_failures CHECK ((success = ((critical_failures = 0) AND (warning_failures = 0))))
);

COMMENT ON TABLE quality.validation_run IS 'One Great Expectations validation of one suite over one staged batch (kept for good; the batch itself is deleted when published).';

COMMENT ON COLUMN quality.validation_run.validation_run_id IS 'Surrogate key.';

COMMENT ON COLUMN quality.validation_run.run_id IS 'The ingest run that staged the batch.';

COMMENT ON COLUMN quality.validation_run.batch_id IS 'The staged batch (`run<N>-b<NNNNN>`); no foreign key: staging rows are deleted on publish.';

COMMENT ON COLUMN quality.validation_run.suite IS 'articles, credits, entities or batch.';

COMMENT ON COLUMN quality.validation_run.suite_version IS 'etl.quality.suites.SUITE_VERSION of the checks that ran.';

COMMENT ON COLUMN quality.validation_run.success IS 'Every expectation passed.';

COMMENT ON COLUMN quality.validation_run.critical_failures IS 'Failed critical expectations: any blocks the batch.';

COMMENT ON COLUMN quality.validation_run.warning_failures IS 'Failed warning expectations: reported, not blocking.';

COMMENT ON COLUMN quality.validation_run.expectations IS 'How many expectations were evaluated.';

COMMENT ON COLUMN quality.validation_run.row_count IS 'Rows of the suite''s main table in the batch (the trend per run).';

COMMENT ON COLUMN quality.validation_run.started_at IS 'When the validation started.';

COMMENT ON COLUMN quality.validation_run.finished_at IS 'When it finished.';

COMMENT ON COLUMN quality.validation_run.data_docs_path IS 'index.html of the Data Docs built for the audit, if any.';

COMMENT ON COLUMN quality.validation_run.gx_version IS 'Great Expectations version that ran it.';

-- SEQUENCE: quality.validation_run_validation_run_id_seq

ALTER TABLE quality.validation_run ALTER COLUMN validation_run_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME quality.validation_run_validation_run_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

-- TABLE: staging.article

CREATE UNLOGGED TABLE staging.article (
    batch_id text NOT NULL,
    content_sha256 text NOT NULL,
    ordinal integer NOT NULL,
    published_month date NOT NULL,
    published_date date,
    date_precision text NOT NULL,
    dateline_place text,
    agency_marker text,
    lead text NOT NULL,
    body text NOT NULL,
    word_count integer NOT NULL,
    paragraph_count integer NOT NULL,
    copyright_year smallint,
    boilerplate_removed text[] NOT NULL,
    source_key text,
    source_name text,
    minhash_bands bigint[] NOT NULL,
    search_lead text,
    search_body text,
    flags text[] DEFAULT '{}'::text[] NOT NULL,
    preamble text,
    headline text,
    language text DEFAULT 'id'::text NOT NULL,
    published_weekday smallint,
    source_url text,
    antara_site text,
    antara_article_id bigint
);

COMMENT ON TABLE staging.article IS 'Articles parsed from a staged batch, awaiting audit and publish.';

-- TABLE: staging.article_credit

CREATE UNLOGGED TABLE staging.article_credit (
    batch_id text NOT NULL,
    content_sha256 text NOT NULL,
    "position" smallint NOT NULL,
    role text NOT NULL,
    name text NOT NULL,
    name_key text NOT NULL
);

COMMENT ON TABLE staging.article_credit IS 'Credits of the staged articles (role checked by the audit, not by a key: a bad role is reported, not a crash).';

-- TABLE: staging.article_entity

CREATE UNLOGGED TABLE staging.article_entity (
    batch_id text NOT NULL,
    content_sha256 text NOT NULL,
    dateline_entity_key text,
    dateline_name text,
    dateline_country_code text,
    dateline_province_code text,
    entity_model_version text
);

COMMENT ON TABLE staging.article_entity IS 'Per staged article: the dateline as a place, and the NER model version.';

-- TABLE: staging.batch

CREATE UNLOGGED TABLE staging.batch (
    batch_id text NOT NULL,
    run_id bigint NOT NULL,
    input_root text NOT NULL,
    status text DEFAULT 'staged'::text NOT NULL,
    staged_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT batch_status_known CHECK ((status = ANY (ARRAY['staged'::text, 'blocked'::text, 'overridden'::text])))
);

COMMENT ON TABLE staging.batch IS 'One staged batch: staged (awaiting or passed its audit), blocked (a critical check failed) or overridden (released).';

-- TABLE: staging.entity_mention

CREATE UNLOGGED TABLE staging.entity_mention (
    batch_id text NOT NULL,
    content_sha256 text NOT NULL,
    start_char integer NOT NULL,
    end_char integer NOT NULL,
    sentence integer NOT NULL,
    entity_type text NOT NULL,
    entity_key text NOT NULL,
    canonical_name text NOT NULL,
    surface text NOT NULL,
    title text,
    country_code text,
    province_code text,
    aliases text[] DEFAULT '{}'::text[] NOT NULL,
    confidence real,
    region_code text
);

COMMENT ON TABLE staging.entity_mention IS 'Entity mentions found in the staged articles, resolved to entity keys.';

-- TABLE: staging.file

CREATE UNLOGGED TABLE staging.file (
    batch_id text NOT NULL,
    ordinal integer NOT NULL,
    path text NOT NULL,
    size_bytes bigint NOT NULL,
    mtime_ns bigint NOT NULL,
    sha256 text NOT NULL,
    encoding text,
    reason text,
    message text,
    content_sha256 text
);

COMMENT ON TABLE staging.file IS 'The files of a staged batch, with what the transform made of each.';

-- TABLE: staging.related_headline

CREATE UNLOGGED TABLE staging.related_headline (
    batch_id text NOT NULL,
    content_sha256 text NOT NULL,
    "position" smallint NOT NULL,
    headline text NOT NULL
);

COMMENT ON TABLE staging.related_headline IS 'Related headlines of the staged articles.';

-- CONSTRAINT: core.article article_content_sha256_key

ALTER TABLE ONLY core.article
    ADD CONSTRAINT article_content_sha256_key UNIQUE (content_sha256);

-- CONSTRAINT: core.article_credit article_credit_pkey

ALTER TABLE ONLY core.article_credit
    ADD CONSTRAINT article_credit_pkey PRIMARY KEY (article_id, role, person_id);

-- CONSTRAINT: core.article_flag article_flag_pkey

ALTER TABLE ONLY core.article_flag
    ADD CONSTRAINT article_flag_pkey PRIMARY KEY (flag);

-- CONSTRAINT: core.article_minhash_band article_minhash_band_pkey

ALTER TABLE ONLY core.article_minhash_band
    ADD CONSTRAINT article_minhash_band_pkey PRIMARY KEY (article_id, band_no);

-- CONSTRAINT: core.article article_pkey

ALTER TABLE ONLY core.article
    ADD CONSTRAINT article_pkey PRIMARY KEY (article_id);

-- CONSTRAINT: core.credit_role credit_role_pkey

ALTER TABLE ONLY core.credit_role
    ADD CONSTRAINT credit_role_pkey PRIMARY KEY (role);

-- CONSTRAINT: core.entity_alias entity_alias_pkey

ALTER TABLE ONLY core.entity_alias
    ADD CONSTRAINT entity_alias_pkey PRIMARY KEY (entity_id, alias);

-- CONSTRAINT: core.entity entity_entity_type_entity_key_key

ALTER TABLE ONLY core.entity
    ADD CONSTRAINT entity_entity_type_entity_key_key UNIQUE (entity_type, entity_key);

-- CONSTRAINT: core.entity_mention entity_mention_pkey

ALTER TABLE ONLY core.entity_mention
    ADD CONSTRAINT entity_mention_pkey PRIMARY KEY (article_id, start_char);

-- CONSTRAINT: core.entity entity_pkey

ALTER TABLE ONLY core.entity
    ADD CONSTRAINT entity_pkey PRIMARY KEY (entity_id);

-- CONSTRAINT: core.entity_review entity_review_pkey

ALTER TABLE ONLY core.entity_review
    ADD CONSTRAINT entity_review_pkey PRIMARY KEY (entity_id, other_entity_id);

-- CONSTRAINT: core.person person_name_key_key

ALTER TABLE ONLY core.person
    ADD CONSTRAINT person_name_key_key UNIQUE (name_key);

-- CONSTRAINT: core.person person_pkey

ALTER TABLE ONLY core.person
    ADD CONSTRAINT person_pkey PRIMARY KEY (person_id);

-- CONSTRAINT: core.related_headline related_headline_pkey

ALTER TABLE ONLY core.related_headline
    ADD CONSTRAINT related_headline_pkey PRIMARY KEY (article_id, "position");

-- CONSTRAINT: core.source source_pkey

ALTER TABLE ONLY core.source
    ADD CONSTRAINT source_pkey PRIMARY KEY (source_id);

-- CONSTRAINT: core.source source_source_key_key

ALTER TABLE ONLY core.source
    ADD CONSTRAINT source_source_key_key UNIQUE (source_key);

-- CONSTRAINT: ingest.mart_changed_article mart_changed_article_pkey

ALTER TABLE ONLY ingest.mart_changed_article
    ADD CONSTRAINT mart_changed_article_pkey PRIMARY KEY (article_id);

-- CONSTRAINT: ingest.mart_changed_dimension mart_changed_dimension_pkey

ALTER TABLE ONLY ingest.mart_changed_dimension
    ADD CONSTRAINT mart_changed_dimension_pkey PRIMARY KEY (dimension, id);

-- CONSTRAINT: ingest.raw_file raw_file_input_root_path_key

ALTER TABLE ONLY ingest.raw_file
    ADD CONSTRAINT raw_file_input_root_path_key UNIQUE (input_root, path);

-- CONSTRAINT: ingest.raw_file raw_file_pkey

ALTER TABLE ONLY ingest.raw_file
    ADD CONSTRAINT raw_file_pkey PRIMARY KEY (raw_file_id);

-- CONSTRAINT: ingest.run_batch_file run_batch_file_pkey

ALTER TABLE ONLY ingest.run_batch_file
    ADD CONSTRAINT run_batch_file_pkey PRIMARY KEY (run_id, ordinal);

-- CONSTRAINT: ingest.run_batch run_batch_pkey

ALTER TABLE ONLY ingest.run_batch
    ADD CONSTRAINT run_batch_pkey PRIMARY KEY (run_id, batch_no);

-- CONSTRAINT: ingest.run run_pkey

ALTER TABLE ONLY ingest.run
    ADD CONSTRAINT run_pkey PRIMARY KEY (run_id);

-- CONSTRAINT: ingest.run_plan run_plan_pkey

ALTER TABLE ONLY ingest.run_plan
    ADD CONSTRAINT run_plan_pkey PRIMARY KEY (run_id);

-- CONSTRAINT: ingest.schema_object schema_object_pkey

ALTER TABLE ONLY ingest.schema_object
    ADD CONSTRAINT schema_object_pkey PRIMARY KEY (file);

-- CONSTRAINT: mart.all_entities_by_dateline_place all_entities_by_dateline_place_pkey

ALTER TABLE ONLY mart.all_entities_by_dateline_place
    ADD CONSTRAINT all_entities_by_dateline_place_pkey PRIMARY KEY (dateline_place, entity_id);

-- CONSTRAINT: mart.all_entities_by_province all_entities_by_province_pkey

ALTER TABLE ONLY mart.all_entities_by_province
    ADD CONSTRAINT all_entities_by_province_pkey PRIMARY KEY (province_code, entity_id);

-- CONSTRAINT: mart.all_entity_pairs all_entity_pairs_pkey

ALTER TABLE ONLY mart.all_entity_pairs
    ADD CONSTRAINT all_entity_pairs_pkey PRIMARY KEY (entity_a_id, entity_b_id);

-- CONSTRAINT: public.alembic_version alembic_version_pkey

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkey PRIMARY KEY (version_num);

-- CONSTRAINT: quality.batch_override batch_override_pkey

ALTER TABLE ONLY quality.batch_override
    ADD CONSTRAINT batch_override_pkey PRIMARY KEY (batch_override_id);

-- CONSTRAINT: quality.expectation_result expectation_result_pkey

ALTER TABLE ONLY quality.expectation_result
    ADD CONSTRAINT expectation_result_pkey PRIMARY KEY (expectation_result_id);

-- CONSTRAINT: quality.validation_run validation_run_pkey

ALTER TABLE ONLY quality.validation_run
    ADD CONSTRAINT validation_run_pkey PRIMARY KEY (validation_run_id);

-- CONSTRAINT: staging.article_credit article_credit_pkey

ALTER TABLE ONLY staging.article_credit
    ADD CONSTRAINT article_credit_pkey PRIMARY KEY (batch_id, content_sha256, "position");

-- CONSTRAINT: staging.article_entity article_entity_pkey

ALTER TABLE ONLY staging.article_entity
    ADD CONSTRAINT article_entity_pkey PRIMARY KEY (batch_id, content_sha256);

-- CONSTRAINT: staging.article article_pkey

ALTER TABLE ONLY staging.article
    ADD CONSTRAINT article_pkey PRIMARY KEY (batch_id, content_sha256);

-- CONSTRAINT: staging.batch batch_pkey

ALTER TABLE ONLY staging.batch
    ADD CONSTRAINT batch_pkey PRIMARY KEY (batch_id);

-- CONSTRAINT: staging.entity_mention entity_mention_pkey

ALTER TABLE ONLY staging.entity_mention
    ADD CONSTRAINT entity_mention_pkey PRIMARY KEY (batch_id, content_sha256, start_char);

-- CONSTRAINT: staging.file file_pkey

ALTER TABLE ONLY staging.file
    ADD CONSTRAINT file_pkey PRIMARY KEY (batch_id, ordinal);

-- CONSTRAINT: staging.related_headline related_headline_pkey

ALTER TABLE ONLY staging.related_headline
    ADD CONSTRAINT related_headline_pkey PRIMARY KEY (batch_id, content_sha256, "position");

-- INDEX: core.article_antara_id_idx

CREATE INDEX article_antara_id_idx ON core.article USING btree (antara_site, antara_article_id) WHERE (antara_article_id IS NOT NULL);

-- INDEX: core.article_credit_person_idx

CREATE INDEX article_credit_person_idx ON core.article_credit USING btree (person_id, role);

-- INDEX: core.article_dateline_entity_idx

CREATE INDEX article_dateline_entity_idx ON core.article USING btree (dateline_entity_id) WHERE (dateline_entity_id IS NOT NULL);

-- INDEX: core.article_flags_idx

CREATE INDEX article_flags_idx ON core.article USING gin (flags);

-- INDEX: core.article_minhash_band_lookup_idx

CREATE INDEX article_minhash_band_lookup_idx ON core.article_minhash_band USING btree (band_no, band_hash);

-- INDEX: core.article_month_idx

CREATE INDEX article_month_idx ON core.article USING btree (published_month);

-- INDEX: core.article_near_duplicate_idx

CREATE INDEX article_near_duplicate_idx ON core.article USING btree (near_duplicate_group_id);

-- INDEX: core.article_raw_file_idx

CREATE INDEX article_raw_file_idx ON core.article USING btree (raw_file_id);

-- INDEX: core.article_search_idx

CREATE INDEX article_search_idx ON core.article USING gin (search_vector);

-- INDEX: core.article_source_idx

CREATE INDEX article_source_idx ON core.article USING btree (source_id);

-- INDEX: core.entity_alias_lookup_idx

CREATE INDEX entity_alias_lookup_idx ON core.entity_alias USING btree (lower(alias));

-- INDEX: core.entity_canonical_name_idx

CREATE INDEX entity_canonical_name_idx ON core.entity USING btree (canonical_name);

-- INDEX: core.entity_mention_entity_idx

CREATE INDEX entity_mention_entity_idx ON core.entity_mention USING btree (entity_id, article_id);

-- INDEX: core.entity_person_last_word_idx

CREATE INDEX entity_person_last_word_idx ON core.entity USING btree ("substring"(entity_key, '[^ ]+$'::text)) WHERE (entity_type = 'PER'::text);

-- INDEX: core.entity_region_idx

CREATE INDEX entity_region_idx ON core.entity USING btree (region_code) WHERE (region_code IS NOT NULL);

-- INDEX: ingest.mart_credit_change_article_idx

CREATE INDEX mart_credit_change_article_idx ON ingest.mart_credit_change USING btree (article_id);

-- INDEX: ingest.mart_mention_change_article_idx

CREATE INDEX mart_mention_change_article_idx ON ingest.mart_mention_change USING btree (article_id);

-- INDEX: ingest.raw_file_status_idx

CREATE INDEX raw_file_status_idx ON ingest.raw_file USING btree (status, reason);

-- INDEX: ingest.run_batch_file_batch_idx

CREATE INDEX run_batch_file_batch_idx ON ingest.run_batch_file USING btree (run_id, batch_no);

-- INDEX: mart.all_entities_by_dateline_place_rank_idx

CREATE INDEX all_entities_by_dateline_place_rank_idx ON mart.all_entities_by_dateline_place USING btree (dateline_place, articles DESC, mentions DESC, entity_id);

-- INDEX: mart.all_entities_by_province_rank_idx

CREATE INDEX all_entities_by_province_rank_idx ON mart.all_entities_by_province USING btree (province_code, articles DESC, mentions DESC, entity_id);

-- INDEX: mart.dateline_place_monthly_key

CREATE UNIQUE INDEX dateline_place_monthly_key ON mart.dateline_place_monthly USING btree (place_entity_id, month);

-- INDEX: mart.dateline_place_monthly_province_idx

CREATE INDEX dateline_place_monthly_province_idx ON mart.dateline_place_monthly USING btree (province_code);

-- INDEX: mart.entity_by_dateline_place_key

CREATE UNIQUE INDEX entity_by_dateline_place_key ON mart.entity_by_dateline_place USING btree (dateline_place, entity_id);

-- INDEX: mart.entity_by_province_key

CREATE UNIQUE INDEX entity_by_province_key ON mart.entity_by_province USING btree (province_code, entity_id);

-- INDEX: mart.entity_mentions_daily_day_idx

CREATE INDEX entity_mentions_daily_day_idx ON mart.entity_mentions_daily USING btree (day);

-- INDEX: mart.entity_mentions_daily_key

CREATE UNIQUE INDEX entity_mentions_daily_key ON mart.entity_mentions_daily USING btree (entity_id, day);

-- INDEX: mart.entity_mentions_monthly_key

CREATE UNIQUE INDEX entity_mentions_monthly_key ON mart.entity_mentions_monthly USING btree (entity_id, month);

-- INDEX: mart.entity_mentions_monthly_month_idx

CREATE INDEX entity_mentions_monthly_month_idx ON mart.entity_mentions_monthly USING btree (month);

-- INDEX: mart.entity_pair_b_idx

CREATE INDEX entity_pair_b_idx ON mart.entity_pair USING btree (entity_b_id);

-- INDEX: mart.entity_pair_key

CREATE UNIQUE INDEX entity_pair_key ON mart.entity_pair USING btree (entity_a_id, entity_b_id);

-- INDEX: mart.person_role_monthly_key

CREATE UNIQUE INDEX person_role_monthly_key ON mart.person_role_monthly USING btree (person_id, role, month);

-- INDEX: mart.person_role_monthly_role_month_idx

CREATE INDEX person_role_monthly_role_month_idx ON mart.person_role_monthly USING btree (role, month);

-- INDEX: mart.wire_source_monthly_key

CREATE UNIQUE INDEX wire_source_monthly_key ON mart.wire_source_monthly USING btree (month, source_id);

-- INDEX: quality.batch_override_batch_idx

CREATE INDEX batch_override_batch_idx ON quality.batch_override USING btree (batch_id);

-- INDEX: quality.expectation_result_check_idx

CREATE INDEX expectation_result_check_idx ON quality.expectation_result USING btree (check_name, validation_run_id);

-- INDEX: quality.expectation_result_run_idx

CREATE INDEX expectation_result_run_idx ON quality.expectation_result USING btree (validation_run_id);

-- INDEX: quality.validation_run_batch_idx

CREATE INDEX validation_run_batch_idx ON quality.validation_run USING btree (batch_id);

-- INDEX: quality.validation_run_run_idx

CREATE INDEX validation_run_run_idx ON quality.validation_run USING btree (run_id);

-- TRIGGER: core.article article_search_vector

CREATE TRIGGER article_search_vector BEFORE INSERT OR UPDATE OF lead, body, search_vector ON core.article FOR EACH ROW EXECUTE FUNCTION core.article_search_vector();

COMMENT ON TRIGGER article_search_vector ON core.article IS 'Computes search_vector in SQL for rows written without one, or whose lead or body changed without a new one.';

-- TRIGGER: core.article mart_delete_log

CREATE TRIGGER mart_delete_log AFTER DELETE ON core.article REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ingest.log_article_change();

COMMENT ON TRIGGER mart_delete_log ON core.article IS 'Records for the incremental mart refresh what a statement deleted (ingest.log_article_change).';

-- TRIGGER: core.article_credit mart_delete_log

CREATE TRIGGER mart_delete_log AFTER DELETE ON core.article_credit REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ingest.log_credit_change();

COMMENT ON TRIGGER mart_delete_log ON core.article_credit IS 'Records for the incremental mart refresh what a statement deleted (ingest.log_credit_change).';

-- TRIGGER: core.entity_mention mart_delete_log

CREATE TRIGGER mart_delete_log AFTER DELETE ON core.entity_mention REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ingest.log_mention_change();

COMMENT ON TRIGGER mart_delete_log ON core.entity_mention IS 'Records for the incremental mart refresh what a statement deleted (ingest.log_mention_change).';

-- TRIGGER: core.article mart_insert_log

CREATE TRIGGER mart_insert_log AFTER INSERT ON core.article REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ingest.log_article_change();

COMMENT ON TRIGGER mart_insert_log ON core.article IS 'Records for the incremental mart refresh what a statement insertd (ingest.log_article_change).';

-- TRIGGER: core.article_credit mart_insert_log

CREATE TRIGGER mart_insert_log AFTER INSERT ON core.article_credit REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ingest.log_credit_change();

COMMENT ON TRIGGER mart_insert_log ON core.article_credit IS 'Records for the incremental mart refresh what a statement insertd (ingest.log_credit_change).';

-- TRIGGER: core.entity_mention mart_insert_log

CREATE TRIGGER mart_insert_log AFTER INSERT ON core.entity_mention REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ingest.log_mention_change();

COMMENT ON TRIGGER mart_insert_log ON core.entity_mention IS 'Records for the incremental mart refresh what a statement insertd (ingest.log_mention_change).';

-- TRIGGER: core.article mart_update_log

CREATE TRIGGER mart_update_log AFTER UPDATE ON core.article REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ingest.log_article_change();

COMMENT ON TRIGGER mart_update_log ON core.article IS 'Records for the incremental mart refresh what a statement updated (ingest.log_article_change).';

-- TRIGGER: core.article_credit mart_update_log

CREATE TRIGGER mart_update_log AFTER UPDATE ON core.article_credit REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ingest.log_credit_change();

COMMENT ON TRIGGER mart_update_log ON core.article_credit IS 'Records for the incremental mart refresh what a statement updated (ingest.log_credit_change).';

-- TRIGGER: core.entity mart_update_log

CREATE TRIGGER mart_update_log AFTER UPDATE ON core.entity REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ingest.log_dimension_change();

COMMENT ON TRIGGER mart_update_log ON core.entity IS 'Records for the incremental mart refresh which names changed (ingest.log_dimension_change).';

-- TRIGGER: core.entity_mention mart_update_log

CREATE TRIGGER mart_update_log AFTER UPDATE ON core.entity_mention REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ingest.log_mention_change();

COMMENT ON TRIGGER mart_update_log ON core.entity_mention IS 'Records for the incremental mart refresh what a statement updated (ingest.log_mention_change).';

-- TRIGGER: core.person mart_update_log

CREATE TRIGGER mart_update_log AFTER UPDATE ON core.person REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ingest.log_dimension_change();

COMMENT ON TRIGGER mart_update_log ON core.person IS 'Records for the incremental mart refresh which names changed (ingest.log_dimension_change).';

-- TRIGGER: core.source mart_update_log

CREATE TRIGGER mart_update_log AFTER UPDATE ON core.source REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ingest.log_dimension_change();

COMMENT ON TRIGGER mart_update_log ON core.source IS 'Records for the incremental mart refresh which names changed (ingest.log_dimension_change).';

-- FK CONSTRAINT: core.article_credit article_credit_article_id_fkey

ALTER TABLE ONLY core.article_credit
    ADD CONSTRAINT article_credit_article_id_fkey FOREIGN KEY (article_id) REFERENCES core.article(article_id) ON DELETE CASCADE;

-- FK CONSTRAINT: core.article_credit article_credit_person_id_fkey

ALTER TABLE ONLY core.article_credit
    ADD CONSTRAINT article_credit_person_id_fkey FOREIGN KEY (person_id) REFERENCES core.person(person_id);

-- FK CONSTRAINT: core.article_credit article_credit_role_fkey

ALTER TABLE ONLY core.article_credit
    ADD CONSTRAINT article_credit_role_fkey FOREIGN KEY (role) REFERENCES core.credit_role(role);

-- FK CONSTRAINT: core.article_credit article_credit_run_id_fkey

ALTER TABLE ONLY core.article_credit
    ADD CONSTRAINT article_credit_run_id_fkey FOREIGN KEY (run_id) REFERENCES ingest.run(run_id);

-- FK CONSTRAINT: core.article article_dateline_entity_id_fkey

ALTER TABLE ONLY core.article
    ADD CONSTRAINT article_dateline_entity_id_fkey FOREIGN KEY (dateline_entity_id) REFERENCES core.entity(entity_id);

-- FK CONSTRAINT: core.article_minhash_band article_minhash_band_article_id_fkey

ALTER TABLE ONLY core.article_minhash_band
    ADD CONSTRAINT article_minhash_band_article_id_fkey FOREIGN KEY (article_id) REFERENCES core.article(article_id) ON DELETE CASCADE;

-- FK CONSTRAINT: core.article article_raw_file_id_fkey

ALTER TABLE ONLY core.article
    ADD CONSTRAINT article_raw_file_id_fkey FOREIGN KEY (raw_file_id) REFERENCES ingest.raw_file(raw_file_id);

-- FK CONSTRAINT: core.article article_run_id_fkey

ALTER TABLE ONLY core.article
    ADD CONSTRAINT article_run_id_fkey FOREIGN KEY (run_id) REFERENCES ingest.run(run_id);

-- FK CONSTRAINT: core.article article_source_id_fkey

ALTER TABLE ONLY core.article
    ADD CONSTRAINT article_source_id_fkey FOREIGN KEY (source_id) REFERENCES core.source(source_id);

-- FK CONSTRAINT: core.entity_alias entity_alias_entity_id_fkey

ALTER TABLE ONLY core.entity_alias
    ADD CONSTRAINT entity_alias_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES core.entity(entity_id) ON DELETE CASCADE;

-- FK CONSTRAINT: core.entity entity_first_run_id_fkey

ALTER TABLE ONLY core.entity
    ADD CONSTRAINT entity_first_run_id_fkey FOREIGN KEY (first_run_id) REFERENCES ingest.run(run_id);

-- FK CONSTRAINT: core.entity_mention entity_mention_article_id_fkey

ALTER TABLE ONLY core.entity_mention
    ADD CONSTRAINT entity_mention_article_id_fkey FOREIGN KEY (article_id) REFERENCES core.article(article_id) ON DELETE CASCADE;

-- FK CONSTRAINT: core.entity_mention entity_mention_entity_id_fkey

ALTER TABLE ONLY core.entity_mention
    ADD CONSTRAINT entity_mention_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES core.entity(entity_id);

-- FK CONSTRAINT: core.entity_mention entity_mention_run_id_fkey

ALTER TABLE ONLY core.entity_mention
    ADD CONSTRAINT entity_mention_run_id_fkey FOREIGN KEY (run_id) REFERENCES ingest.run(run_id);

-- FK CONSTRAINT: core.entity_review entity_review_entity_id_fkey

ALTER TABLE ONLY core.entity_review
    ADD CONSTRAINT entity_review_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES core.entity(entity_id) ON DELETE CASCADE;

-- FK CONSTRAINT: core.entity_review entity_review_first_run_id_fkey

ALTER TABLE ONLY core.entity_review
    ADD CONSTRAINT entity_review_first_run_id_fkey FOREIGN KEY (first_run_id) REFERENCES ingest.run(run_id);

-- FK CONSTRAINT: core.entity_review entity_review_other_entity_id_fkey

ALTER TABLE ONLY core.entity_review
    ADD CONSTRAINT entity_review_other_entity_id_fkey FOREIGN KEY (other_entity_id) REFERENCES core.entity(entity_id) ON DELETE CASCADE;

-- FK CONSTRAINT: core.person person_first_run_id_fkey

ALTER TABLE ONLY core.person
    ADD CONSTRAINT person_first_run_id_fkey FOREIGN KEY (first_run_id) REFERENCES ingest.run(run_id);

-- FK CONSTRAINT: core.related_headline related_headline_article_id_fkey

ALTER TABLE ONLY core.related_headline
    ADD CONSTRAINT related_headline_article_id_fkey FOREIGN KEY (article_id) REFERENCES core.article(article_id) ON DELETE CASCADE;

-- FK CONSTRAINT: core.related_headline related_headline_run_id_fkey

ALTER TABLE ONLY core.related_headline
    ADD CONSTRAINT related_headline_run_id_fkey FOREIGN KEY (run_id) REFERENCES ingest.run(run_id);

-- FK CONSTRAINT: core.source source_first_run_id_fkey

ALTER TABLE ONLY core.source
    ADD CONSTRAINT source_first_run_id_fkey FOREIGN KEY (first_run_id) REFERENCES ingest.run(run_id);

-- FK CONSTRAINT: ingest.raw_file raw_file_article_fk

ALTER TABLE ONLY ingest.raw_file
    ADD CONSTRAINT raw_file_article_fk FOREIGN KEY (article_id) REFERENCES core.article(article_id) ON DELETE SET NULL;

-- FK CONSTRAINT: ingest.raw_file raw_file_first_run_id_fkey

ALTER TABLE ONLY ingest.raw_file
    ADD CONSTRAINT raw_file_first_run_id_fkey FOREIGN KEY (first_run_id) REFERENCES ingest.run(run_id);

-- FK CONSTRAINT: ingest.raw_file raw_file_last_run_id_fkey

ALTER TABLE ONLY ingest.raw_file
    ADD CONSTRAINT raw_file_last_run_id_fkey FOREIGN KEY (last_run_id) REFERENCES ingest.run(run_id);

-- FK CONSTRAINT: ingest.run_batch_file run_batch_file_run_id_batch_no_fkey

ALTER TABLE ONLY ingest.run_batch_file
    ADD CONSTRAINT run_batch_file_run_id_batch_no_fkey FOREIGN KEY (run_id, batch_no) REFERENCES ingest.run_batch(run_id, batch_no) ON DELETE CASCADE;

-- FK CONSTRAINT: ingest.run_batch run_batch_run_id_fkey

ALTER TABLE ONLY ingest.run_batch
    ADD CONSTRAINT run_batch_run_id_fkey FOREIGN KEY (run_id) REFERENCES ingest.run_plan(run_id) ON DELETE CASCADE;

-- FK CONSTRAINT: ingest.run_plan run_plan_run_id_fkey

ALTER TABLE ONLY ingest.run_plan
    ADD CONSTRAINT run_plan_run_id_fkey FOREIGN KEY (run_id) REFERENCES ingest.run(run_id) ON DELETE CASCADE;

-- FK CONSTRAINT: quality.batch_override batch_override_run_id_fkey

ALTER TABLE ONLY quality.batch_override
    ADD CONSTRAINT batch_override_run_id_fkey FOREIGN KEY (run_id) REFERENCES ingest.run(run_id);

-- FK CONSTRAINT: quality.expectation_result expectation_result_validation_run_id_fkey

ALTER TABLE ONLY quality.expectation_result
    ADD CONSTRAINT expectation_result_validation_run_id_fkey FOREIGN KEY (validation_run_id) REFERENCES quality.validation_run(validation_run_id) ON DELETE CASCADE;

-- FK CONSTRAINT: quality.validation_run validation_run_run_id_fkey

ALTER TABLE ONLY quality.validation_run
    ADD CONSTRAINT validation_run_run_id_fkey FOREIGN KEY (run_id) REFERENCES ingest.run(run_id);

-- FK CONSTRAINT: staging.article article_batch_id_fkey

ALTER TABLE ONLY staging.article
    ADD CONSTRAINT article_batch_id_fkey FOREIGN KEY (batch_id) REFERENCES staging.batch(batch_id) ON DELETE CASCADE;

-- FK CONSTRAINT: staging.article_credit article_credit_batch_id_fkey

ALTER TABLE ONLY staging.article_credit
    ADD CONSTRAINT article_credit_batch_id_fkey FOREIGN KEY (batch_id) REFERENCES staging.batch(batch_id) ON DELETE CASCADE;

-- FK CONSTRAINT: staging.article_entity article_entity_batch_id_fkey

ALTER TABLE ONLY staging.article_entity
    ADD CONSTRAINT article_entity_batch_id_fkey FOREIGN KEY (batch_id) REFERENCES staging.batch(batch_id) ON DELETE CASCADE;

-- FK CONSTRAINT: staging.batch batch_run_id_fkey

ALTER TABLE ONLY staging.batch
    ADD CONSTRAINT batch_run_id_fkey FOREIGN KEY (run_id) REFERENCES ingest.run(run_id);

-- FK CONSTRAINT: staging.entity_mention entity_mention_batch_id_fkey

ALTER TABLE ONLY staging.entity_mention
    ADD CONSTRAINT entity_mention_batch_id_fkey FOREIGN KEY (batch_id) REFERENCES staging.batch(batch_id) ON DELETE CASCADE;

-- FK CONSTRAINT: staging.file file_batch_id_fkey

ALTER TABLE ONLY staging.file
    ADD CONSTRAINT file_batch_id_fkey FOREIGN KEY (batch_id) REFERENCES staging.batch(batch_id) ON DELETE CASCADE;

-- FK CONSTRAINT: staging.related_headline related_headline_batch_id_fkey

ALTER TABLE ONLY staging.related_headline
    ADD CONSTRAINT related_headline_batch_id_fkey FOREIGN KEY (batch_id) REFERENCES staging.batch(batch_id) ON DELETE CASCADE;

--
--
