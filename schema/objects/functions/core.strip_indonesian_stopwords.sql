-- Stop words are removed from the text before it is parsed (documents and queries alike, so the two
-- always agree): Snowball's `indonesian` has no stop-word list, and every dictionary template that
-- takes one reads it from a file in the server's $SHAREDIR/tsearch_data, which a managed or stock
-- server does not let us write.  One case-insensitive whole-word regular expression; because the
-- words are gone before parsing, positions close up: the phrase query "bendungan di Semarang"
-- becomes 'bendung' <-> 'semarang' and still matches the text.  Only the listed spellings are
-- removed: an inflected form (`kepadanya`) stays.  Words whose stem is also a content word are not
-- listed (`bagi` ~ membagi, `tetapi` -> tetap, `tersebut` -> sebut, `mereka` -> reka, `dapat` ~
-- mendapat), nor `antara`, the agency's name.  etl/fulltext.py blanks the same words in Python.
CREATE OR REPLACE FUNCTION core.strip_indonesian_stopwords(content text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT regexp_replace(content, '\m(' ||
        -- conjunctions and prepositions
        'yang|dan|atau|di|ke|dari|dengan|untuk|pada|kepada|dalam|oleh|sebagai|karena|serta|namun|'
        'jika|bahwa|agar|hingga|sampai|setelah|sebelum|tapi|sehingga|yakni|yaitu|maka|'
        'terhadap|tentang|seperti|ketika|saat|sejak|melalui|tanpa|bagaimana|'
        -- demonstratives, pronouns, particles
        'ini|itu|ia|dia|saya|kami|kita|anda|para|pun|lah|nya|'
        -- auxiliaries and adverbs
        'adalah|ialah|merupakan|tidak|bukan|akan|juga|telah|sudah|sedang|masih|belum|bisa|lebih|'
        'hanya|sangat|lagi|pula|yg|dgn'
        || ')\M', ' ', 'gi')
$$;
COMMENT ON FUNCTION core.strip_indonesian_stopwords(text) IS
    'The text with Indonesian stop words (yang, dan, di, ...) blanked out, before full-text parsing.';
