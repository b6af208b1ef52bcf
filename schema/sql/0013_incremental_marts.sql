-- 0013 incremental marts: the change log the marts are brought up to date from.
--
-- Until now every ingest re-computed every mart from all of core (87.5 s on 100,000 articles, growing
-- with the warehouse).  The marts are now tables (schema/objects/marts/) that `refresh_marts`
-- (etl/warehouse/marts.py, marts_refresh.sql) corrects by the difference between what they counted
-- and what core holds now, for the articles that changed only.  Statement-level triggers on core
-- (schema/objects/triggers/) write what changed into the tables below; the refresh reads and empties
-- them in one transaction.  Whoever writes core (publish, `entities reextract`, a hand-made fix)
-- is logged the same way, with nothing to call.
--
-- Upgrade: the old materialised views are dropped by the upgrade (derived objects) and the new
-- tables are created and filled from core by their files, so an existing warehouse starts with
-- complete marts and an empty log.

-- The materialised views of 0005 (a new warehouse has them from there; an upgraded one had them
-- dropped with the other derived objects): the tables of schema/objects/marts/ replace them.
DROP MATERIALIZED VIEW IF EXISTS mart.entity_mentions_daily, mart.entity_mentions_monthly,
    mart.dateline_place_monthly, mart.entity_by_dateline_place, mart.entity_by_province, mart.entity_pair,
    mart.person_role_monthly, mart.wire_source_monthly CASCADE;

-- Each changed article as the marts last counted it (its first change since the last refresh wins:
-- ON CONFLICT DO NOTHING), or `existed = false` for one inserted since.
CREATE TABLE ingest.mart_changed_article (
    article_id          bigint  PRIMARY KEY,
    existed             boolean NOT NULL,
    published_month     date,
    published_date      date,
    dateline_place      text,
    dateline_entity_id  bigint,
    source_id           integer,
    CONSTRAINT mart_changed_article_existing_has_month CHECK (NOT existed OR published_month IS NOT NULL)
);

-- Counted mentions (core.mention_is_counted) added (+) and removed (-) per article and entity.
CREATE TABLE ingest.mart_mention_change (
    article_id  bigint  NOT NULL,
    entity_id   bigint  NOT NULL,
    mentions    integer NOT NULL,
    CONSTRAINT mart_mention_change_not_zero CHECK (mentions <> 0)
);
CREATE INDEX mart_mention_change_article_idx ON ingest.mart_mention_change (article_id);

-- Credits added (+1) and removed (-1).
CREATE TABLE ingest.mart_credit_change (
    article_id  bigint  NOT NULL,
    person_id   bigint  NOT NULL,
    role        text    NOT NULL,
    credits     integer NOT NULL,
    CONSTRAINT mart_credit_change_not_zero CHECK (credits <> 0)
);
CREATE INDEX mart_credit_change_article_idx ON ingest.mart_credit_change (article_id);

-- Entities, people and sources whose names (or an entity's type or codes) changed: the marts copy
-- them.  An entity's province as the marts last counted it: a dateline place that gains a province
-- moves its articles into mart.entity_by_province.
CREATE TABLE ingest.mart_changed_dimension (
    dimension             text   NOT NULL,
    id                    bigint NOT NULL,
    province_code_before  text,
    PRIMARY KEY (dimension, id),
    CONSTRAINT mart_changed_dimension_known CHECK (dimension IN ('entity', 'person', 'source'))
);

-- The articles of a dateline place (re-counted when the place gains a province; also what analysts
-- ask: "every story filed from Kudus").
CREATE INDEX IF NOT EXISTS article_dateline_entity_idx ON core.article (dateline_entity_id)
    WHERE dateline_entity_id IS NOT NULL;
