COMMENT ON TABLE core.related_headline IS '`Baca juga:` / `Related news:` headlines that were embedded in an article''s body (removed from core.article.body).';
COMMENT ON COLUMN core.related_headline.article_id IS 'The article they stood in.';
COMMENT ON COLUMN core.related_headline.position IS 'Order within the article, from 0.';
COMMENT ON COLUMN core.related_headline.headline IS 'The headline text after the label.';
COMMENT ON COLUMN core.related_headline.run_id IS 'The run that wrote it.';
