"""etl.language, measured: the share of texts told right, per source (figures printed with -s).

Indonesian: every sentence of the NER corpora's test splits (IDNER-news-2k, NERGrit: Indonesian news
and Wikipedia, read from ../shared at test time) one by one (the hard case: a single sentence) and
in groups of five; the real sample article.  Both languages: every generated article (the
generator writes English-edition articles at its share), and the English sentences below, written
for this test in the style of the English edition.
"""

from __future__ import annotations

import datetime as dt

import pytest

from etl.language import ENGLISH, INDONESIAN, detect_language

ENGLISH_SENTENCES = [
    "Indonesia's rice stocks are sufficient until the end of the year, the head of the food agency said on Friday.",
    "The government has allocated Rp10 trillion to maintain people's purchasing power.",
    "A magnitude 5.2 earthquake jolted Sukabumi District and its surroundings, according to the agency.",
    "Floods have inundated 300 houses in four subdistricts of Bandung following heavy rain.",
    "The rupiah strengthened by 25 points to Rp15,600 per US dollar in Tuesday's trading.",
    "President Prabowo Subianto met Malaysian Prime Minister Anwar Ibrahim in Jakarta.",
    "The ministry will distribute 5,000 tons of seeds to farmers in East Java before the planting season.",
    "Police arrested two suspects in the theft of power cables in Medan.",
    "Bank Indonesia kept its benchmark interest rate at 6 percent.",
    "The match ended in a 1-1 draw at Gelora Bung Karno Stadium.",
]


@pytest.fixture(scope="module")
def data_dir():
    from etl.entities.corpus import DEFAULT_DATA_DIR

    if not DEFAULT_DATA_DIR.is_dir():
        pytest.skip(f"NER corpora not found at {DEFAULT_DATA_DIR}")
    return DEFAULT_DATA_DIR


def _share(texts, language):
    return sum(detect_language(t) == language for t in texts) / len(texts)


@pytest.mark.parametrize("corpus", ["idner", "nergrit"])
def test_indonesian_news_sentences(data_dir, corpus):
    from etl.entities.corpus import read_split

    sentences = [" ".join(s.words) for s in read_split(data_dir, corpus, "test")]
    single = _share(sentences, INDONESIAN)
    fives = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    grouped = _share(fives, INDONESIAN)
    print(f"{corpus}: {single:.4f} of {len(sentences)} single sentences, {grouped:.4f} of {len(fives)} groups of 5")
    assert grouped >= 0.995 and single >= 0.95


def test_the_real_sample_is_indonesian(sample_path):
    from etl.extract import decode_bytes
    from etl.parse import parse_article

    text, _, _, _ = decode_bytes(sample_path.read_bytes())
    assert parse_article(text, dt.date(2026, 11, 29)).language == INDONESIAN


def test_generated_articles_both_editions(tmp_path):
    from antara_testkit.generator import generate_corpus

    truth = [t for t in generate_corpus(tmp_path, 1500, seed=5) if t.expected_status == "loaded"]
    wrong = [t.path for t in truth if detect_language(t.body) != t.language]
    english = sum(t.language == ENGLISH for t in truth)
    print(f"generated: {len(truth) - len(wrong)}/{len(truth)} right ({english} English)")
    assert english >= 30 and wrong == []


def test_english_sentences_one_by_one():
    assert _share(ENGLISH_SENTENCES, ENGLISH) == 1.0
    assert detect_language("") == INDONESIAN  # no evidence: the default edition
    assert detect_language("Joko Widodo, Prabowo Subianto") == INDONESIAN
