"""extract + resolve never raise and never point outside the body, whatever the text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.entities.resolve import resolve_mentions
from etl.entities.tagger import extract_mentions

BAD_INPUTS = [
    "",
    " ",
    "\n\n\n",
    "tidak ada huruf kapital di sini sama sekali.",
    "PRESIDEN JOKO WIDODO BERTEMU PERDANA MENTERI JEPANG FUMIO KISHIDA DI TOKYO.",
    "Jakarta " * 12_500,  # one 100k-character sentence
    "x" * 100_000,
    "\x00\x01\x02 Presiden\x07 Joko\x1b Widodo \x7f di \ud800 Bandung\x0c.",
    "((((( ))))) (NATO) () (AS) Amerika Serikat (",
    "Dr. H. Prof. Bapak Ibu .",
    "Menteri Luar Negeri",
    "“Kami” kata — Stoltenberg… «non» 'x' \"",
    "a\u0301\u0301 Zoë São Paulo İstanbul ß ﬁ",
]


def _check(body: str) -> None:
    mentions = extract_mentions(body)
    resolved = resolve_mentions(body, mentions, dateline_place="Jakarta")
    for m in [*mentions, *resolved]:
        assert 0 <= m.start < m.end <= len(body)
        assert body[m.start : m.end] == m.surface
        assert m.sentence >= 0
    for r in resolved:
        assert r.entity_key
        assert r.canonical_name


@pytest.mark.parametrize("body", BAD_INPUTS, ids=range(len(BAD_INPUTS)))
def test_bad_inputs(body: str) -> None:
    _check(body)


_WORDS = st.sampled_from(
    [
        "Presiden",
        "Joko",
        "Widodo",
        "NATO",
        "(",
        ")",
        "Amerika",
        "Serikat",
        "(AS)",
        "di",
        "Jawa",
        "Tengah",
        ".",
        ",",
        '"',
        "Sekjen",
        "Bangsa-Bangsa",
        "kata",
        "\n\n",
        "Dr.",
        "Tokyo",
        "Kota",
        "Bandung",
        "-",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_arbitrary_text(body: str) -> None:
    _check(body)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, max_size=60), st.sampled_from([" ", "", "  ", "\n"]))
def test_news_like_word_soup(words: list[str], separator: str) -> None:
    _check(separator.join(words))
