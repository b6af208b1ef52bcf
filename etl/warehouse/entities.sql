-- The entity layer of a set of articles, part 1: canonical entities and dateline places
-- (part 2, entity_links.sql, links articles to them: mentions, aliases, dateline).
--
-- Included by publish.sql (new and updated articles, before they are written) and run by
-- `antara-etl entities reextract` (articles whose mentions came from another model version).
-- Expects, in the same transaction:
--   entity_plan(content_sha256, article_id)   the articles whose entity layer is (re)written;
--   staging.entity_mention / staging.article_entity rows of :batch_id for them.
-- Parameters: :batch_id, :run_id.

-- A name the resolver could not key to a known entity, but which is a known alias of one (same
-- type), joins it: `BPS` seen alone after `Badan Pusat Statistik (BPS)`.  Organisations only:
-- a person's short name (`Costa`) is resolved within its article by the resolver, never across
-- the corpus, where it may be someone else; places are keyed by the gazetteer.  This is the one
-- step whose result depends on what earlier batches published (an acronym seen in a batch before
-- its expansion keeps its own entity).
UPDATE staging.entity_mention m
SET entity_key = known.entity_key, canonical_name = known.canonical_name
FROM (
    SELECT DISTINCT ON (e.entity_type, lower(al.alias)) e.entity_type, lower(al.alias) AS alias, e.entity_key,
           e.canonical_name
    FROM core.entity_alias al JOIN core.entity e USING (entity_id)
    WHERE e.entity_type = 'ORG'
    ORDER BY e.entity_type, lower(al.alias), e.entity_id
) known
WHERE m.batch_id = :batch_id AND known.entity_type = m.entity_type AND known.alias = lower(m.canonical_name)
  AND known.entity_key <> m.entity_key
  AND NOT EXISTS (SELECT 1 FROM core.entity x WHERE x.entity_type = m.entity_type AND x.entity_key = m.entity_key);

-- New entities, and better names and codes for known ones.  The canonical name is the best of
-- every name the entity was given, in one total order: a capitalised name over a lower-case one
-- (`Ambon` over `kota Ambon`), then the longer (an acronym `NATO` gives way to its expansion),
-- then the alphabetically first; a known country/province code fills a missing one.  So an
-- entity ends with the same name whatever the batches or their order were.
INSERT INTO core.entity AS e (entity_type, entity_key, canonical_name, country_code, province_code, region_code,
                              first_run_id)
SELECT m.entity_type, m.entity_key,
       (array_agg(m.canonical_name ORDER BY m.canonical_name ~ '^[[:upper:]]' DESC, length(m.canonical_name) DESC,
                                            m.canonical_name))[1],
       -- codes from whichever mention knew them (`Lumajang, Jawa Timur`), not only the best-named one
       (array_agg(m.country_code ORDER BY m.country_code NULLS LAST, m.province_code NULLS LAST))[1],
       (array_agg(m.province_code ORDER BY m.country_code NULLS LAST, m.province_code NULLS LAST))[1],
       min(m.region_code),  -- one per key: the key of a region is its code
       :run_id
FROM staging.entity_mention m
JOIN entity_plan p ON p.content_sha256 = m.content_sha256
WHERE m.batch_id = :batch_id
GROUP BY m.entity_type, m.entity_key
ON CONFLICT (entity_type, entity_key) DO UPDATE
SET canonical_name = CASE WHEN (excluded.canonical_name ~ '^[[:upper:]]', length(excluded.canonical_name), e.canonical_name)
                               > (e.canonical_name ~ '^[[:upper:]]', length(e.canonical_name), excluded.canonical_name)
                          THEN excluded.canonical_name ELSE e.canonical_name END,
    country_code = coalesce(e.country_code, excluded.country_code),
    province_code = coalesce(e.province_code, excluded.province_code),
    region_code = coalesce(e.region_code, excluded.region_code)
WHERE (excluded.canonical_name ~ '^[[:upper:]]', length(excluded.canonical_name), e.canonical_name)
      > (e.canonical_name ~ '^[[:upper:]]', length(e.canonical_name), excluded.canonical_name)
   OR (e.country_code IS NULL AND excluded.country_code IS NOT NULL)
   OR (e.province_code IS NULL AND excluded.province_code IS NOT NULL)
   OR (e.region_code IS NULL AND excluded.region_code IS NOT NULL);

-- Dateline places are place entities too (`Istanbul`, `Ponorogo`).
INSERT INTO core.entity (entity_type, entity_key, canonical_name, country_code, province_code, region_code,
                         first_run_id)
SELECT DISTINCT ON (s.dateline_entity_key) 'LOC', s.dateline_entity_key, s.dateline_name, s.dateline_country_code,
       s.dateline_province_code,
       CASE WHEN s.dateline_entity_key LIKE 'region:%' THEN substr(s.dateline_entity_key, 8) END, :run_id
FROM staging.article_entity s
JOIN entity_plan p ON p.content_sha256 = s.content_sha256
WHERE s.batch_id = :batch_id AND s.dateline_entity_key IS NOT NULL
ORDER BY s.dateline_entity_key, s.content_sha256
ON CONFLICT (entity_type, entity_key) DO NOTHING;
