COMMENT ON TABLE core.article_credit IS 'Who reported, edited, translated, photographed or contributed to what: one row per (article, role, person).';
COMMENT ON COLUMN core.article_credit.article_id IS 'The article.';
COMMENT ON COLUMN core.article_credit.person_id IS 'The credited person (core.person).';
COMMENT ON COLUMN core.article_credit.role IS 'The credit role (core.credit_role): reporter, editor, translator, photographer, contributor.';
COMMENT ON COLUMN core.article_credit.position IS 'Order of the name in the credit lines, from 0 (byline first).';
COMMENT ON COLUMN core.article_credit.run_id IS 'The run that wrote it.';
