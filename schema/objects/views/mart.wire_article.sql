-- A wire story is an article that names a source agency (`Sumber: Anadolu`); it is translated
-- when it also credits a translator.  A plain view: the definition mart.person_role_monthly and mart.wire_source_monthly share.
DROP VIEW IF EXISTS mart.wire_article CASCADE;
CREATE VIEW mart.wire_article AS
SELECT a.article_id, a.published_month, a.source_id,
       EXISTS (SELECT 1 FROM core.article_credit c WHERE c.article_id = a.article_id AND c.role = 'translator')
           AS translated
FROM core.article a
WHERE a.source_id IS NOT NULL;
COMMENT ON VIEW mart.wire_article IS 'Articles that name a source agency; translated = with a translator credit.';
COMMENT ON COLUMN mart.wire_article.article_id IS 'The article (core.article).';
COMMENT ON COLUMN mart.wire_article.published_month IS 'Its month.';
COMMENT ON COLUMN mart.wire_article.source_id IS 'The source agency it names (core.source).';
COMMENT ON COLUMN mart.wire_article.translated IS 'It also credits a translator.';
