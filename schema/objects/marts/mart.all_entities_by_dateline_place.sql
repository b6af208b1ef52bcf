-- Articles and mentions of every entity per dateline place as written: what mart.entity_by_dateline_place
-- ranks (its top 100 per place).  Kept up to date by refresh_marts, which re-ranks the places whose
-- counts changed.  (Its file sorts before mart.entity_by_dateline_place's, which reads it when the
-- marts are rebuilt.)
-- Counts only the mentions in core.counted_entity_mention (tagger confidence >= 0.4).
DROP TABLE IF EXISTS mart.all_entities_by_dateline_place CASCADE;
CREATE TABLE mart.all_entities_by_dateline_place (
    dateline_place  text   NOT NULL,
    entity_id       bigint NOT NULL,
    articles        bigint NOT NULL,
    mentions        bigint NOT NULL,
    PRIMARY KEY (dateline_place, entity_id)
);
INSERT INTO mart.all_entities_by_dateline_place
SELECT a.dateline_place, m.entity_id, count(DISTINCT m.article_id) AS articles, count(*) AS mentions
FROM core.counted_entity_mention m
JOIN core.article a USING (article_id)
WHERE a.dateline_place IS NOT NULL
GROUP BY a.dateline_place, m.entity_id;
CREATE INDEX all_entities_by_dateline_place_rank_idx
    ON mart.all_entities_by_dateline_place (dateline_place, articles DESC, mentions DESC, entity_id);
ANALYZE mart.all_entities_by_dateline_place;
COMMENT ON TABLE mart.all_entities_by_dateline_place IS
    'Articles and mentions of every entity per dateline place as written; mart.entity_by_dateline_place is the top 100 of each place.';
COMMENT ON COLUMN mart.all_entities_by_dateline_place.dateline_place IS 'The dateline as written (`Ponorogo, Jawa Timur`).';
COMMENT ON COLUMN mart.all_entities_by_dateline_place.entity_id IS 'The entity (core.entity).';
COMMENT ON COLUMN mart.all_entities_by_dateline_place.articles IS 'Articles from the place mentioning it.';
COMMENT ON COLUMN mart.all_entities_by_dateline_place.mentions IS 'Its mentions in them.';
