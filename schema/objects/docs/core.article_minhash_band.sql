COMMENT ON TABLE core.article_minhash_band IS 'MinHash LSH band hashes of each article (etl/fingerprint.py): articles sharing a band are near-duplicate candidates.';
COMMENT ON COLUMN core.article_minhash_band.article_id IS 'The article.';
COMMENT ON COLUMN core.article_minhash_band.band_no IS 'Band number.';
COMMENT ON COLUMN core.article_minhash_band.band_hash IS 'Hash of the band''s MinHash values.';
