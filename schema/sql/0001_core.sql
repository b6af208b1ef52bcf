-- 0001 core: the ingest ledger, the normalised article/credit tables, and the staging area.
--
-- Schemas
--   ingest   what arrived and what became of it (runs, the raw-file ledger)
--   core     the published, queryable warehouse: one row per distinct article, person, source
--   staging  batches written by the transform step and audited before they are published;
--            rows live here only between "stage" and "publish" (write-audit-publish)
--
-- Conventions: surrogate keys are `<table>_id bigint` identities; every row carries its lineage
-- (run_id, raw_file_id, parser_version) so any figure can be traced to the files and code that made it.

CREATE SCHEMA IF NOT EXISTS ingest;
CREATE SCHEMA IF NOT EXISTS core;
CREATE SCHEMA IF NOT EXISTS staging;

-- One row per pipeline run (CLI or Airflow).  A run whose process died stays 'running' with no
-- finished_at; nothing in core depends on it finishing.
CREATE TABLE ingest.run (
    run_id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    input_root          text        NOT NULL,
    parser_version      text        NOT NULL,
    as_of               date        NOT NULL,  -- reference date: months after it are "in the future"
    triggered_by        text        NOT NULL DEFAULT 'cli',
    started_at          timestamptz NOT NULL DEFAULT now(),
    finished_at         timestamptz,
    status              text        NOT NULL DEFAULT 'running'
                        CHECK (status IN ('running', 'succeeded', 'failed')),
    files_discovered    integer,
    files_unchanged     integer,   -- skipped: already in the ledger with the same size/mtime or hash
    files_loaded        integer,
    files_duplicate     integer,
    files_quarantined   integer
);
COMMENT ON TABLE ingest.run IS 'One row per ingest run: when, over which input root, with which parser, and what it counted.';

-- The ledger: every input file ever seen, and what it became.  `path` is relative to `input_root`.
CREATE TABLE ingest.raw_file (
    raw_file_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    input_root      text    NOT NULL,
    path            text    NOT NULL,
    size_bytes      bigint  NOT NULL,
    mtime_ns        bigint  NOT NULL,
    sha256          text    NOT NULL,  -- of the bytes on disk ('' when the file could not be read)
    encoding        text,              -- the text encoding used to decode it (utf-8, utf-8-sig, cp1252, ...)
    status          text    NOT NULL CHECK (status IN ('loaded', 'duplicate', 'quarantined')),
    reason          text,              -- quarantine reason code (see etl/records.py: Reason)
    message         text,              -- what a person needs to know to fix the file
    article_id      bigint,            -- the article the file became (loaded) or repeats (duplicate)
    first_run_id    bigint  NOT NULL REFERENCES ingest.run,
    last_run_id     bigint  NOT NULL REFERENCES ingest.run,  -- the last run that read and processed it
    parser_version  text    NOT NULL,
    UNIQUE (input_root, path),
    CHECK ((status = 'quarantined') = (reason IS NOT NULL)),
    CHECK (status = 'quarantined' OR article_id IS NOT NULL)
);
CREATE INDEX raw_file_status_idx ON ingest.raw_file (status, reason);
COMMENT ON TABLE ingest.raw_file IS 'Ledger of input files: loaded, duplicate (of article_id) or quarantined (reason, message).';

-- Wire agencies and press-release issuers named by `Sumber:`; `Anadolu Agency` and `Anadolu` are one.
CREATE TABLE core.source (
    source_id       integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_key      text NOT NULL UNIQUE,   -- normalised identity
    name            text NOT NULL,          -- display name
    first_run_id    bigint NOT NULL REFERENCES ingest.run
);

-- Credited people (reporters, editors, translators, photographers, contributors).
CREATE TABLE core.person (
    person_id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name_key        text NOT NULL UNIQUE,   -- case-, accent- and spacing-insensitive identity
    name            text NOT NULL,          -- display form as first seen
    first_run_id    bigint NOT NULL REFERENCES ingest.run
);

-- One row per distinct article.  Identity is the hash of its normalised content, so the same
-- article arriving under two file names is stored once (the second file is a 'duplicate').
CREATE TABLE core.article (
    article_id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    content_sha256          text    NOT NULL UNIQUE,
    published_month         date    NOT NULL CHECK (extract(day FROM published_month) = 1),
    published_date          date,   -- set only when the text pins the day (`Rabu (3/5)`)
    date_precision          text    NOT NULL CHECK (date_precision IN ('month', 'day')),
    dateline_place          text,   -- `Istanbul`, `Ponorogo, Jawa Timur`; NULL for `ANTARA - ` video items
    agency_marker           text    NOT NULL,  -- `ANTARA`, `ANTARA News`, `ANTARA/JACX`
    lead                    text    NOT NULL,  -- the first sentence
    body                    text    NOT NULL,  -- paragraphs separated by a blank line; dateline, credits,
                                               -- related headlines and boilerplate removed
    word_count              integer NOT NULL CHECK (word_count > 0),
    paragraph_count         integer NOT NULL CHECK (paragraph_count > 0),
    copyright_year          smallint,
    boilerplate_removed     text[]  NOT NULL DEFAULT '{}',  -- kinds: copyright, ai_notice, script
    source_id               integer REFERENCES core.source,
    near_duplicate_group_id bigint,  -- article_id of the earliest article this one nearly repeats (or itself)
    raw_file_id             bigint  NOT NULL REFERENCES ingest.raw_file,
    run_id                  bigint  NOT NULL REFERENCES ingest.run,
    parser_version          text    NOT NULL,
    CHECK ((date_precision = 'day') = (published_date IS NOT NULL)),
    CHECK (published_date IS NULL OR date_trunc('month', published_date)::date = published_month)
);
CREATE INDEX article_month_idx ON core.article (published_month);
CREATE INDEX article_source_idx ON core.article (source_id);
CREATE INDEX article_raw_file_idx ON core.article (raw_file_id);
CREATE INDEX article_near_duplicate_idx ON core.article (near_duplicate_group_id);
COMMENT ON TABLE core.article IS 'One row per distinct ANTARA article (identity: content_sha256).';

ALTER TABLE ingest.raw_file
    ADD CONSTRAINT raw_file_article_fk FOREIGN KEY (article_id) REFERENCES core.article ON DELETE SET NULL;

-- Who wrote, edited, translated or photographed what.
CREATE TABLE core.article_credit (
    article_id      bigint   NOT NULL REFERENCES core.article ON DELETE CASCADE,
    person_id       bigint   NOT NULL REFERENCES core.person,
    role            text     NOT NULL CHECK (role IN ('reporter', 'editor', 'translator', 'photographer', 'contributor')),
    position        smallint NOT NULL,  -- order of the name in the credit lines
    run_id          bigint   NOT NULL REFERENCES ingest.run,
    PRIMARY KEY (article_id, role, person_id)
);
CREATE INDEX article_credit_person_idx ON core.article_credit (person_id, role);

-- `Baca juga:` / `Related news:` headlines that were embedded in the body.
CREATE TABLE core.related_headline (
    article_id      bigint   NOT NULL REFERENCES core.article ON DELETE CASCADE,
    position        smallint NOT NULL,
    headline        text     NOT NULL,
    run_id          bigint   NOT NULL REFERENCES ingest.run,
    PRIMARY KEY (article_id, position)
);

-- MinHash LSH band hashes (etl/fingerprint.py): articles sharing a band are near-duplicates.
CREATE TABLE core.article_minhash_band (
    article_id      bigint   NOT NULL REFERENCES core.article ON DELETE CASCADE,
    band_no         smallint NOT NULL,
    band_hash       bigint   NOT NULL,
    PRIMARY KEY (article_id, band_no)
);
CREATE INDEX article_minhash_band_lookup_idx ON core.article_minhash_band (band_no, band_hash);

-- Staging: what one batch of the transform step produced, keyed by batch_id.  Written with COPY
-- in one transaction, published (merged into core) in another, then deleted.
CREATE TABLE staging.batch (
    batch_id        text        PRIMARY KEY,
    run_id          bigint      NOT NULL REFERENCES ingest.run,
    input_root      text        NOT NULL,
    status          text        NOT NULL DEFAULT 'staged' CHECK (status IN ('staged', 'blocked')),
    staged_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE staging.file (
    batch_id        text    NOT NULL REFERENCES staging.batch ON DELETE CASCADE,
    ordinal         integer NOT NULL,  -- position in the run's sorted discovery order
    path            text    NOT NULL,
    size_bytes      bigint  NOT NULL,
    mtime_ns        bigint  NOT NULL,
    sha256          text    NOT NULL,
    encoding        text,
    reason          text,              -- set when the file is quarantined
    message         text,
    content_sha256  text,              -- the article it parsed to (NULL when quarantined)
    PRIMARY KEY (batch_id, ordinal)
);

CREATE TABLE staging.article (
    batch_id            text    NOT NULL REFERENCES staging.batch ON DELETE CASCADE,
    content_sha256      text    NOT NULL,
    ordinal             integer NOT NULL,  -- the first file of the batch with this content
    published_month     date    NOT NULL,
    published_date      date,
    date_precision      text    NOT NULL,
    dateline_place      text,
    agency_marker       text    NOT NULL,
    lead                text    NOT NULL,
    body                text    NOT NULL,
    word_count          integer NOT NULL,
    paragraph_count     integer NOT NULL,
    copyright_year      smallint,
    boilerplate_removed text[]  NOT NULL,
    source_key          text,
    source_name         text,
    minhash_bands       bigint[] NOT NULL,
    PRIMARY KEY (batch_id, content_sha256)
);

CREATE TABLE staging.article_credit (
    batch_id        text     NOT NULL REFERENCES staging.batch ON DELETE CASCADE,
    content_sha256  text     NOT NULL,
    position        smallint NOT NULL,
    role            text     NOT NULL,
    name            text     NOT NULL,
    name_key        text     NOT NULL,
    PRIMARY KEY (batch_id, content_sha256, position)
);

CREATE TABLE staging.related_headline (
    batch_id        text     NOT NULL REFERENCES staging.batch ON DELETE CASCADE,
    content_sha256  text     NOT NULL,
    position        smallint NOT NULL,
    headline        text     NOT NULL,
    PRIMARY KEY (batch_id, content_sha256, position)
);
