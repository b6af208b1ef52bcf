-- 0004 entities: canonical named entities (people, organisations, places), their aliases, and
-- every mention of them in article bodies, as found by the project's own CRF tagger
-- (etl/entities) and resolved across the warehouse.
--
-- History: the view (core.person_title) created here are re-made from schema/objects/ on every upgrade that
-- needs it; read (and change) their current definitions there, not here.

-- One row per real-world entity.  Identity is (entity_type, entity_key): the key is normalised
-- (`nato`, `jens stoltenberg`, `country:JP`, `province:ID-JT`) so every spelling lands on one row.
CREATE TABLE core.entity (
    entity_id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity_type     text   NOT NULL CHECK (entity_type IN ('PER', 'ORG', 'LOC')),
    entity_key      text   NOT NULL,
    canonical_name  text   NOT NULL,  -- the expansion for acronyms: `Pakta Pertahanan Atlantik Utara`
    country_code    text,             -- ISO 3166-1 alpha-2, for places
    province_code   text,             -- ISO 3166-2:ID, for Indonesian places
    first_run_id    bigint NOT NULL REFERENCES ingest.run,
    UNIQUE (entity_type, entity_key)
);
COMMENT ON TABLE core.entity IS 'Canonical named entities: one row per person, organisation or place.';

-- Every name an entity was seen under: the acronym and its expansion, short and full person names.
CREATE TABLE core.entity_alias (
    entity_id   bigint NOT NULL REFERENCES core.entity ON DELETE CASCADE,
    alias       text   NOT NULL,
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_alias_lookup_idx ON core.entity_alias (lower(alias));

-- Mentions: offsets are 0-based, end exclusive, into core.article.body, so
-- substring(body FROM start_char + 1 FOR end_char - start_char) = surface.
CREATE TABLE core.entity_mention (
    article_id      bigint  NOT NULL REFERENCES core.article ON DELETE CASCADE,
    entity_id       bigint  NOT NULL REFERENCES core.entity,
    start_char      integer NOT NULL CHECK (start_char >= 0),
    end_char        integer NOT NULL,
    sentence        integer NOT NULL CHECK (sentence >= 0),  -- 0-based sentence index in the body
    surface         text    NOT NULL,
    title           text,   -- role split off a person mention: `Perdana Menteri Jepang`
    model_version   text    NOT NULL,
    run_id          bigint  NOT NULL REFERENCES ingest.run,
    PRIMARY KEY (article_id, start_char),
    CHECK (end_char > start_char)
);
CREATE INDEX entity_mention_entity_idx ON core.entity_mention (entity_id, article_id);
COMMENT ON TABLE core.entity_mention IS 'Each mention of an entity in an article body, with exact character offsets.';

-- Person titles as analysts ask for them: who was called what, how often, first and last seen.
CREATE VIEW core.person_title AS
SELECT m.entity_id, e.canonical_name AS person, m.title, count(*) AS mentions,
       min(a.published_month) AS first_month, max(a.published_month) AS last_month
FROM core.entity_mention m
JOIN core.entity e USING (entity_id)
JOIN core.article a USING (article_id)
WHERE m.title IS NOT NULL
GROUP BY m.entity_id, e.canonical_name, m.title;

-- The dateline place as an entity, and which model version extracted an article's mentions.
ALTER TABLE core.article
    ADD COLUMN dateline_entity_id   bigint REFERENCES core.entity,
    ADD COLUMN entity_model_version text;

-- Staging for the entity layer (same life cycle as the other staging tables).
CREATE TABLE staging.entity_mention (
    batch_id        text     NOT NULL REFERENCES staging.batch ON DELETE CASCADE,
    content_sha256  text     NOT NULL,
    start_char      integer  NOT NULL,
    end_char        integer  NOT NULL,
    sentence        integer  NOT NULL,
    entity_type     text     NOT NULL,
    entity_key      text     NOT NULL,
    canonical_name  text     NOT NULL,
    surface         text     NOT NULL,
    title           text,
    country_code    text,
    province_code   text,
    aliases         text[]   NOT NULL DEFAULT '{}',
    PRIMARY KEY (batch_id, content_sha256, start_char)
);

-- The article-level results of the entity step: the dateline as a place, and the model version.
CREATE TABLE staging.article_entity (
    batch_id                text NOT NULL REFERENCES staging.batch ON DELETE CASCADE,
    content_sha256          text NOT NULL,
    dateline_entity_key     text,
    dateline_name           text,
    dateline_country_code   text,
    dateline_province_code  text,
    entity_model_version    text,
    PRIMARY KEY (batch_id, content_sha256)
);
