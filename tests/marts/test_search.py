"""Indonesian full-text search: stemming, stop words, phrases, ranking, snippets (mart.search_articles)."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from tests.marts.conftest import rows


def found(engine, query: str) -> list[int]:
    return [a for (a,) in rows(engine, "SELECT article_id FROM mart.search_articles(:q)", q=query)]


def test_the_snowball_stemmer_joins_the_forms_of_a_word(fixture_warehouse):
    # membangun, dibangun, pembangunan and bangunan all stem to `bangun` ...
    assert rows(
        fixture_warehouse,
        "SELECT array_agg(DISTINCT ts_lexize('indonesian_stem', w)::text) "
        "FROM unnest(ARRAY['membangun', 'dibangun', 'pembangunan', 'bangunan', 'bangun']) w",
    ) == [(["{bangun}"],)]
    # ... so any of them finds article 10 (membangun, dibangun, Bangunan) and article 1 (pembangunan).
    for word in ["membangun", "pembangunan", "bangun", "Dibangun"]:
        assert found(fixture_warehouse, word) == [10, 1], word


def test_stop_words_are_neither_indexed_nor_searched(fixture_warehouse):
    lexemes = rows(fixture_warehouse, "SELECT tsvector_to_array(search_vector) FROM core.article WHERE article_id = 10")
    assert not {"yang", "itu", "di", "sudah"} & set(lexemes[0][0])
    assert {"jembat", "bangun", "desa"} <= set(lexemes[0][0])  # `jembatan` stems to `jembat`
    assert found(fixture_warehouse, "yang") == []
    assert (
        found(fixture_warehouse, "jembatan yang dibangun itu") == found(fixture_warehouse, "jembatan dibangun") == [10]
    )


def test_a_phrase_with_a_stop_word_in_it_still_matches(fixture_warehouse):
    assert found(fixture_warehouse, '"bendungan di Semarang"') == [1]
    assert found(fixture_warehouse, '"jembatan yang dibangun"') == [10]
    assert found(fixture_warehouse, '"Semarang bendungan"') == []  # words out of order


def test_web_search_syntax_or_and_exclusion(fixture_warehouse):
    assert sorted(found(fixture_warehouse, "gudang or pameran")) == [3, 7, 8]
    assert found(fixture_warehouse, "gudang -Kudus") == [3]


def test_a_hit_in_the_lead_ranks_above_a_hit_in_the_body(fixture_warehouse):
    # `gudang`: in article 7's lead (weight A), only in article 3's body (weight B).
    ranked = rows(fixture_warehouse, "SELECT article_id, rank FROM mart.search_articles('gudang')")
    assert [a for a, _ in ranked] == [7, 3] and ranked[0][1] > ranked[1][1]


def test_results_carry_month_lead_and_a_highlighted_snippet(fixture_warehouse):
    [(article_id, month, lead, _, headline)] = rows(
        fixture_warehouse, "SELECT * FROM mart.search_articles('NATO latihan')"
    )
    assert (article_id, str(month), lead) == (6, "2024-05-01", "NATO memperluas latihan militer.")
    assert headline == "<b>NATO</b> memperluas <b>latihan</b> militer. <b>Latihan</b> berlangsung sepekan"


def test_max_results_limits_the_list(fixture_warehouse):
    assert len(found(fixture_warehouse, "Joko Widodo")) == 4  # articles 1, 3, 5, 8 (article 2 says `Jokowi`)
    assert rows(fixture_warehouse, "SELECT count(*) FROM mart.search_articles('Joko Widodo', 2)") == [(2,)]


# Documents are stripped of stop words in Python (etl.fulltext), queries in SQL: the two must agree.
STRIP_CASES = [
    "Yang DAN di ke-3 di_ke dia, dia. Dia! 'itu' \"ini\" (para) itu-itu sudah2 yg/dgn",
    "Pembangunan jembatan yang dibangun itu sudah selesai di Semarang, kata dia.",
    "diberi dikatakan kepadanya dià di\u00e0 é di é ñdi diñ 12di di12 _di di_",
    "Ia ialah IA bukan-bukan  tab\tdi\tnewline\ndi\n",
]


def test_python_and_sql_strip_the_same_stop_words(warehouse):
    from etl.fulltext import STOP_WORDS, strip_stopwords

    texts = [*STRIP_CASES, " ".join(sorted(STOP_WORDS)), " ".join(w.upper() for w in STOP_WORDS)]
    with warehouse.connect() as conn:
        for text in texts:
            assert (
                strip_stopwords(text)
                == conn.execute(sa.text("SELECT core.strip_indonesian_stopwords(:t)"), {"t": text}).scalar_one()
            ), text
    assert strip_stopwords(" ".join(STOP_WORDS)).split() == []


def test_ingested_articles_get_the_vector_sql_would_compute(tmp_path, warehouse):
    from antara_testkit.generator import generate_corpus
    from etl.pipeline import ingest

    generate_corpus(tmp_path / "in", 60, seed=5)
    ingest(tmp_path / "in", warehouse, as_of=dt.date(2026, 11, 29))
    [(articles, differing)] = rows(
        warehouse,
        "SELECT count(*), count(*) FILTER (WHERE search_vector IS DISTINCT FROM core.search_document("
        "core.strip_indonesian_stopwords(lead), core.strip_indonesian_stopwords(body))) FROM core.article",
    )
    assert articles > 40 and differing == 0
    # the trigger keeps hand-written rows searchable: an update of the body recomputes the vector
    with warehouse.begin() as conn:
        conn.execute(
            sa.text(
                "UPDATE core.article SET body = 'Bendungan baru di Kudus' WHERE article_id = "
                "(SELECT min(article_id) FROM core.article)"
            )
        )
    assert found(warehouse, "bendungan Kudus") != []
