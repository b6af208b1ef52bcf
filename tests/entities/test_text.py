from __future__ import annotations

from etl.entities.labels import bio_spans
from etl.entities.text import split_sentences, tokenize


def _words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def test_tokens_keep_hyphenated_words_and_split_punctuation() -> None:
    text = 'kawasan Asia-Pasifik, "Perserikatan Bangsa-Bangsa" (PBB) pada Rabu (3/5).Kantor'
    assert _words(text) == [
        "kawasan",
        "Asia-Pasifik",
        ",",
        '"',
        "Perserikatan",
        "Bangsa-Bangsa",
        '"',
        "(",
        "PBB",
        ")",
        "pada",
        "Rabu",
        "(",
        "3/5",
        ")",
        ".",
        "Kantor",
    ]
    assert all(text[t.start : t.end] == t.text for t in tokenize(text))


def test_numbers_and_domains_stay_whole() -> None:
    assert _words("Rp1.000 naik 2,5% di Tribunnews.com") == ["Rp1.000", "naik", "2,5%", "di", "Tribunnews.com"]


def _sentences(text: str) -> list[str]:
    return [text[s[0].start : s[-1].end] for s in split_sentences(text, tokenize(text))]


def test_sentences_split_at_glued_stops_and_paragraphs() -> None:
    text = 'Ia tiba pada Januari.Tokyo dan NATO bekerja.\n\nParagraf baru tanpa titik\n\nLagi "kutipan."Laporan itu.'
    assert _sentences(text) == [
        "Ia tiba pada Januari.",
        "Tokyo dan NATO bekerja.",
        "Paragraf baru tanpa titik",
        'Lagi "kutipan."',
        "Laporan itu.",
    ]


def test_abbreviations_do_not_end_sentences() -> None:
    assert _sentences("Dr. Budi dan H. Ahmad datang. Prof. Ani juga.") == [
        "Dr. Budi dan H. Ahmad datang.",
        "Prof. Ani juga.",
    ]


def test_a_quote_after_a_stop_opens_the_next_sentence_when_none_is_open() -> None:
    assert _sentences('Ia pergi."Kami senang," katanya.') == ["Ia pergi.", '"Kami senang," katanya.']


def test_bio_spans_follow_conlleval() -> None:
    tags = ["B-PER", "I-PER", "O", "I-ORG", "I-ORG", "B-LOC", "B-LOC", "I-PER"]
    assert bio_spans(tags) == [(0, 2, "PER"), (3, 5, "ORG"), (5, 6, "LOC"), (6, 7, "LOC"), (7, 8, "PER")]
