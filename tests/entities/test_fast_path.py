"""The optimised extraction path gives exactly what the straightforward one gives.

Token columns, event-driven sentence splitting, per-word feature caches (including their
clearing), model-attribute filtering, bytes features, the index-based resolver lookups and
bio_spans are each compared with the plain versions in `_reference`, on generated articles and
on hostile text.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pycrfsuite
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from antara_testkit.synthetic_articles import synthetic_article
from etl.entities import resolve, tagger
from etl.entities.features import gazetteer_tags, sentence_features
from etl.entities.labels import bio_spans
from etl.entities.text import sentence_starts, split_sentences, token_columns, tokenize
from tests.entities import _reference as ref
from tests.entities.test_robustness import BAD_INPUTS

TRICKY = [
    'Ia pergi."Kami senang," katanya. (Ya.) "Tidak?" \'ujar\' dia.\n\n"Kutipan." Lalu.',
    "Dr. H. Ahmad, S.H. bertemu Prof. Budi di Jl. Sudirman No. 5 pada 3.5 jam dll. dan seterusnya.",
    "Menteri Luar Negeri Jepang Yoshimasa Hayashi bertemu Sekjen NATO Jens Stoltenberg di Brussels, Belgia.",
    "Dewan Keamanan PBB (DK PBB) dan Perserikatan Bangsa-Bangsa (PBB) di New York. PBB kata AS.",
    "Kabupaten Ponorogo, Jawa Timur. Kota Bandung. Prov. Jawa Tengah. Café São Paulo Zürich Ko\u0308ln.",
    " ".join(["Kata"] * 900) + ".",  # tagged in pieces
    "x" * 300 + " Rp1.000.000,50 3/5 2,5% Tribunnews.com Januari.Tokyo Asia-Pasifik Ka'bah",
    "Bapak Budi Santoso dan Ibu Sri Mulyani (SM) hadir.\r\n\"Kami senang,\" kata Budi. 'Ya' ujar Sri…",
    "  \n\n Awal. \n Akhir »  ",
]


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Generated article bodies (the realistic generator) plus bench articles and hostile text."""
    from antara_testkit.generator import generate_corpus
    from etl.extract import discover, read_and_decode
    from etl.parse import ParseFailure, parse_article

    out = tmp_path_factory.mktemp("corpus")
    generate_corpus(out, 25, seed=3)
    found = []
    for file in discover(out):
        decoded = read_and_decode(file)
        if decoded.text is None:
            continue
        try:
            found.append(parse_article(decoded.text, dt.date(2030, 1, 1)).body)
        except ParseFailure:
            continue
    rng = random.Random(5)
    return [*found, *(synthetic_article(rng, novel_names=True) for _ in range(5)), *TRICKY, *BAD_INPUTS]


def test_tokens_and_sentences_match_the_reference(bodies: list[str]) -> None:
    for body in bodies:
        tokens = ref.tokenize(body)
        assert tokenize(body) == tokens
        assert tuple(zip(*token_columns(body))) == tokens
        assert split_sentences(body, tokens) == ref.split_sentences(body, tokens)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"aB1 .!?…\"'”)»(\n-’,:", "Dr", "H", "dll", "  "]), max_size=40).map("".join))
def test_sentences_match_the_reference_on_punctuation_soup(text: str) -> None:
    tokens = ref.tokenize(text)
    assert split_sentences(text, tokens) == ref.split_sentences(text, tokens)
    bounds = sentence_starts(text, *token_columns(text))
    assert [s[0].start for s in ref.split_sentences(text, tokens)] == [tokens[b].start for b in bounds]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"aZé1٣_ .,/:%-'’\n\t\u3000\u00a0\u0301\ud800(\"”…?", "ß", "ﬁ"]), max_size=40))
def test_tokens_match_the_reference_on_character_soup(text: str) -> None:
    assert tokenize.__wrapped__(text) == ref.tokenize(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "I-", "B", "X"])))
def test_bio_spans_match_the_reference(tags: list[str]) -> None:
    assert bio_spans(tags) == ref.bio_spans(tags)


def _sentences(bodies: list[str]) -> list[list[str]]:
    return [[t.text[:64] for t in s] for b in bodies for s in ref.split_sentences(b, ref.tokenize(b))]


def test_gazetteer_tags_match_the_reference(bodies: list[str]) -> None:
    for words in _sentences(bodies):
        assert gazetteer_tags(words) == ref.gazetteer_tags(words)


def test_encoded_features_are_sentence_features_without_unknown_attributes(bodies: list[str]) -> None:
    crf = tagger.default_tagger()
    known = set(crf._tagger.info().attributes)
    assert tagger.model_attributes(tagger.MODEL_PATH) == known
    for words in _sentences(bodies)[:400]:
        expected = [[a.encode() for a in item if a in known] for item in sentence_features(words)]
        assert [list(item) for item in crf.features(words)] == expected


def test_mentions_match_the_reference_even_when_the_word_cache_is_emptied(
    bodies: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = pycrfsuite.Tagger()
    plain.open(str(tagger.MODEL_PATH))
    expected = [ref.extract_mentions(body, plain) for body in bodies]
    assert [tagger.extract_mentions(body) for body in bodies] == expected
    monkeypatch.setattr(tagger, "_WORD_CACHE_LIMIT", 7)
    small = tagger.CrfTagger(tagger.MODEL_PATH)
    assert [tagger.extract_mentions(body, small) for body in bodies] == expected


def test_a_file_that_is_not_a_crfsuite_model_has_no_attribute_list(tmp_path) -> None:
    path = tmp_path / "not-a-model.crfsuite"
    path.write_bytes(tagger.MODEL_PATH.read_bytes()[:40])
    assert tagger.model_attributes(path) is None
    path.write_bytes(b"lCRF" + bytes(60))
    assert tagger.model_attributes(path) is None


def test_a_model_whose_dump_is_not_understood_still_tags_the_same(
    bodies: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tagger, "model_attributes", lambda _: None)
    unfiltered = tagger.CrfTagger(tagger.MODEL_PATH)
    for body in bodies[:8]:
        assert tagger.extract_mentions(body, unfiltered) == tagger.extract_mentions(body)


def test_resolver_lookups_match_token_lists(bodies: list[str]) -> None:
    rng = random.Random(1)
    for body in bodies[:20]:
        text = resolve._Text(body)
        tokens = ref.tokenize(body)
        for _ in range(60):
            start = rng.randrange(len(body) + 1)
            end = start + rng.randrange(40)
            assert [text.token(k) for k in text.within(start, end)] == ref.within(tokens, start, end)
            n = rng.randrange(1, 10)
            assert [text.token(k) for k in text.before(start, n)] == ref.before(tokens, start, n)
            expected = ref.title_before(
                body, tokens, start, resolve._TITLE_INNER_WORDS, resolve._DOTTED_HONORIFICS, resolve.PERSON_CUES
            )
            assert resolve._title_before(text, start) == expected


def test_reference_module_is_not_collected() -> None:
    assert Path(ref.__file__).name.startswith("_")
