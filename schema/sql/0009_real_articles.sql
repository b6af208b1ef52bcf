-- 0009 real articles: what real ANTARA copies carry, and what they lack, recorded per article.
--
-- Real files are copies made by scrapers and republishing sites: many have no credit line, some no
-- dateline, some text before the dateline, links and notices after the body.  Parser parse-2 loads
-- them instead of quarantining them, and records what is missing or doubtful as flags; it also keeps
-- the text before the dateline, the ANTARA link (URL, site, numeric id), the language, and the
-- weekday a story is dated by even when its day is unknown.

-- The flags an article can carry (etl/records.py: ArticleFlag), with what each means to an analyst
-- (column docs: schema/objects/docs/core.article.sql, core.article_flag.sql).
CREATE TABLE core.article_flag (
    flag        text PRIMARY KEY,
    meaning     text NOT NULL
);
INSERT INTO core.article_flag (flag, meaning) VALUES
    ('no_credits', 'no credit line (Pewarta, Editor, ...): the copy dropped the footer, or the page had none'),
    ('no_dateline', 'no `Place (ANTARA) - ` dateline in the opening: dateline_place and agency_marker are NULL'),
    ('dateline_not_at_start', 'text stood before the dateline (highlight quote, photo caption, title line): kept in preamble'),
    ('day_inferred', 'the day is the attribution weekday pinned by a dated weekday a day or two from it, not stated'),
    ('day_unknown', 'month precision: no attribution weekday, or none that pins one day (published_weekday may be known)'),
    ('weekday_mismatch', 'the attribution weekday and its own (d/m) disagree: neither was used'),
    ('republisher_text_removed', 'a republishing site''s notice, promotion or link lines were cut from the end'),
    ('entities_not_tagged', 'English text: the Indonesian entity tagger was not run on it (no mentions)');

ALTER TABLE core.article
    ALTER COLUMN agency_marker DROP NOT NULL,  -- NULL: no dateline (flag no_dateline)
    ADD COLUMN flags             text[]   NOT NULL DEFAULT '{}',  -- sorted codes of core.article_flag
    ADD COLUMN preamble          text,     -- text before the dateline (highlight quote, photo caption, title)
    ADD COLUMN headline          text,     -- the article's title where the file states it (a republisher's notice)
    ADD COLUMN language          text     NOT NULL DEFAULT 'id',  -- `id` or `en` (etl/language.py)
    ADD COLUMN published_weekday smallint,  -- ISO: 1 Monday .. 7 Sunday, the attribution's
    ADD COLUMN source_url        text,     -- the ANTARA page the copy came from
    ADD COLUMN antara_site       text,     -- `antaranews.com`, `en.antaranews.com`, `jateng.antaranews.com`
    ADD COLUMN antara_article_id bigint,   -- ANTARA's numeric id of the page (unique per site, not across)
    ADD CONSTRAINT article_language_known CHECK (language IN ('id', 'en')),
    ADD CONSTRAINT article_weekday_iso CHECK (published_weekday BETWEEN 1 AND 7),
    ADD CONSTRAINT article_weekday_matches_date
        CHECK (published_date IS NULL OR published_weekday IS NULL
               OR extract(isodow FROM published_date) = published_weekday),
    ADD CONSTRAINT article_antara_id_has_site CHECK ((antara_article_id IS NULL) = (antara_site IS NULL));

CREATE INDEX article_flags_idx ON core.article USING gin (flags);
-- Two copies of one ANTARA story (same site and id) are found by id as well as by content.
CREATE INDEX article_antara_id_idx ON core.article (antara_site, antara_article_id) WHERE antara_article_id IS NOT NULL;

ALTER TABLE staging.article
    ALTER COLUMN agency_marker DROP NOT NULL,
    ADD COLUMN flags             text[]   NOT NULL DEFAULT '{}',
    ADD COLUMN preamble          text,
    ADD COLUMN headline          text,
    ADD COLUMN language          text     NOT NULL DEFAULT 'id',
    ADD COLUMN published_weekday smallint,
    ADD COLUMN source_url        text,
    ADD COLUMN antara_site       text,
    ADD COLUMN antara_article_id bigint;
-- (core.article_flag is readable by analysts through 0005's default privileges on schema core.)
