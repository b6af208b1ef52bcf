"""The full-text document of an article: its text with Indonesian stop words blanked out.

The warehouse's search (schema/sql/0006_article_search.sql) removes stop words before PostgreSQL
parses the text, so positions close up and phrase queries step over them.  Queries are stripped by
the SQL function core.strip_indonesian_stopwords; documents are stripped here, in the parser
workers, because that function's regular expression costs PostgreSQL ~2 ms per article on the
single-threaded publish path (10x what the rest of the search vector costs).  The two must agree:
tests/marts/test_search.py compares them.
"""

from __future__ import annotations

import re

# The same words, in the same groups, as core.strip_indonesian_stopwords.
STOP_WORDS = frozenset(
    # conjunctions and prepositions
    "yang dan atau di ke dari dengan untuk pada kepada dalam oleh sebagai karena serta namun "
    "jika bahwa agar hingga sampai setelah sebelum tapi sehingga yakni yaitu maka "
    "terhadap tentang seperti ketika saat sejak melalui tanpa bagaimana "
    # demonstratives, pronouns, particles
    "ini itu ia dia saya kami kita anda para pun lah nya "
    # auxiliaries and adverbs
    "adalah ialah merupakan tidak bukan akan juga telah sudah sedang masih belum bisa lebih "
    "hanya sangat lagi pula yg dgn".split()
)

# A word as PostgreSQL's \m...\M sees one: a run of letters, digits and underscores.  Captured, so that
# split() returns the text between words at even positions and the words at odd ones.
_WORD = re.compile(r"(\w+)")


def strip_stopwords(text: str) -> str:
    """``text`` with every whole-word stop word (any case) replaced by one space, like the SQL function."""
    # split + a list comprehension: a third cheaper than re.sub with a Python callback per word
    parts = _WORD.split(text)
    parts[1::2] = [" " if word.lower() in STOP_WORDS else word for word in parts[1::2]]
    return "".join(parts)
