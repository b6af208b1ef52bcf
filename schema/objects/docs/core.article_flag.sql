COMMENT ON TABLE core.article_flag IS 'The flags an article can carry (core.article.flags): what is missing or doubtful about a loaded article, and what each means.';
COMMENT ON COLUMN core.article_flag.flag IS 'The code stored in core.article.flags (etl/records.py: ArticleFlag).';
COMMENT ON COLUMN core.article_flag.meaning IS 'What the flag tells an analyst.';
