"""Indonesian full-text search: stemming, stop words, phrases, ranking, snippets (mart.search_articles)."""

from __future__ import annotations

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
    assert found(fixture_warehouse, "jembatan yang dibangun itu") == found(fixture_warehouse, "jembatan dibangun") == [10]


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
    [(article_id, month, lead, _, headline)] = rows(fixture_warehouse, "SELECT * FROM mart.search_articles('NATO latihan')")
    assert (article_id, str(month), lead) == (6, "2024-05-01", "NATO memperluas latihan militer.")
    assert headline == "<b>NATO</b> memperluas <b>latihan</b> militer. <b>Latihan</b> berlangsung sepekan"


def test_max_results_limits_the_list(fixture_warehouse):
    assert len(found(fixture_warehouse, "Joko Widodo")) == 4  # articles 1, 3, 5, 8 (article 2 says `Jokowi`)
    assert rows(fixture_warehouse, "SELECT count(*) FROM mart.search_articles('Joko Widodo', 2)") == [(2,)]
