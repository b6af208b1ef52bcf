"""Bounded-time fuzzing of the decoder (bytes in) and of decode -> parse -> entity offsets together.

tests/test_parse.py fuzzes the parser on text; here the input is raw bytes, as a file delivers them:
random bytes, and real-format articles mutated byte-wise, in several encodings, gzip-wrapped or not.
Invariants: nothing raises but ParseFailure (decoding never raises at all); a decoded text is
normalised (NFC, `\\n` line ends, no control characters); an article's paragraphs, lead, credits
and content hash are well-formed; every entity mention lies inside the body and is its surface.
Budget: a few hundred examples, about 15 s in all.
"""

from __future__ import annotations

import datetime as dt
import gzip
import os
import re
import tempfile
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.extract import decode_bytes, discover, read_and_decode
from etl.parse import MAX_BODY_WORDS, MAX_CREDIT_VALUE_CHARS, MIN_BODY_WORDS, ParseFailure, parse_article
from etl.records import Reason

AS_OF = dt.date(2026, 11, 29)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

ARTICLE = (
    " date 2024-03 Semarang, Jawa Tengah (ANTARA) - Presiden Joko Widodo meninjau bendungan di Semarang pada "
    'Selasa (5/3).Kementerian Pertanian menyiapkan irigasi bagi petani."Kami berharap warga merasakan '
    'manfaatnya," kata wali kota.\n\nBaca juga: Bendungan baru diresmikan\n\nCafé “baru” dibuka di Kudus.\n\n'
    "Pewarta: Budi Santoso\nEditor: Rina Wulandari\nSumber: Anadolu\n\nCopyright © ANTARA 2024"
)
_encodings = st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "utf-16-le", "mac_roman"])
_inserts = st.one_of(
    st.binary(max_size=8),
    st.sampled_from(
        [
            b"\x00",
            b"\xff\xfe",
            b"\xef\xbb\xbf",
            b"\r\n",
            b"\x1b[31m",
            "\u202e".encode(),
            "\u200b".encode(),
            "😀".encode(),
            b"\xe9",
            b"\x9d",
            b"&amp;nbsp;",
            b"\\.",
            b"\t",
            b"\n\nEditor: ",
            b"Pewarta: ",
        ]
    ),
)


@st.composite
def article_bytes(draw) -> bytes:
    encoding = draw(_encodings)
    data = bytearray(ARTICLE.encode(encoding, "replace"))
    for _ in range(draw(st.integers(0, 8))):
        i = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["insert", "delete", "flip"]))
        if op == "insert":
            data[i:i] = draw(_inserts)
        elif op == "delete":
            del data[i : i + draw(st.integers(1, 40))]
        elif i < len(data):
            data[i] ^= draw(st.integers(1, 255))
    return bytes(data)


_raw = st.one_of(st.binary(max_size=600), article_bytes())


def check_decoded(text: str | None, encoding: str | None, reason: Reason | None, message: str | None) -> None:
    if reason is not None:
        assert isinstance(reason, Reason) and message and text is None
        return
    assert isinstance(text, str) and text.strip() and encoding
    assert "\r" not in text and not _CONTROL.search(text) and "\u200b" not in text
    assert unicodedata.is_normalized("NFC", text)
    assert not re.search(r"[\ud800-\udfff]", text)  # no lone surrogates: PostgreSQL could not store them


def check_article(text: str) -> None:
    try:
        a = parse_article(text, AS_OF)
    except ParseFailure as failure:
        assert isinstance(failure.reason, Reason) and failure.message
        return
    assert a.paragraphs and all(p and p.strip() == p for p in a.paragraphs)
    assert a.body.startswith(a.lead) and a.lead
    assert MIN_BODY_WORDS <= a.word_count <= MAX_BODY_WORDS
    assert all(c.name and c.name_key and len(c.name) <= MAX_CREDIT_VALUE_CHARS for c in a.credits)
    assert re.fullmatch(r"[0-9a-f]{64}", a.content_sha256)
    assert a.published_month <= AS_OF and a.published_month.day == 1
    if a.published_date is not None:
        assert a.published_date.replace(day=1) == a.published_month
    assert "\x00" not in a.body and not re.search(r"[\ud800-\udfff]", a.body)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_raw)
def test_decoding_never_raises_and_parsing_raises_only_parse_failure(raw):
    decoded = decode_bytes(raw)
    check_decoded(*decoded)
    if decoded[0] is not None:
        check_article(decoded[0])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=_raw, gz=st.sampled_from(["plain", "gzip", "gzip-cut", "gzip-garbage"]))
def test_reading_files_never_raises(raw, gz):
    name = "a.txt" if gz == "plain" else "a.txt.gz"
    if gz != "plain":
        raw = gzip.compress(raw, mtime=0)
        raw = raw[: len(raw) // 2] if gz == "gzip-cut" else raw + b"junk" if gz == "gzip-garbage" else raw
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, name), "wb") as fh:
            fh.write(raw)
        (found,) = discover(tmp)
        decoded = read_and_decode(found, max_bytes=4096)
    check_decoded(decoded.text, decoded.encoding, decoded.reason, decoded.message)
    assert decoded.sha256 or decoded.reason is not None
    if gz in ("gzip-cut", "gzip-garbage"):
        assert decoded.reason in (Reason.GZIP_CORRUPT, Reason.FILE_TOO_LARGE)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_bytes())
def test_entity_mentions_stay_inside_the_body(raw):
    from etl.pipeline import find_entities

    text = decode_bytes(raw)[0]
    if text is None:
        return
    try:
        a = parse_article(text, AS_OF)
    except ParseFailure:
        return
    mentions, _, _ = find_entities(a.body, a.dateline_place)
    body = a.body
    starts = set()
    for m in mentions:
        assert 0 <= m.start < m.end <= len(body), m
        assert body[m.start : m.end] == m.surface, m
        assert m.start not in starts
        starts.add(m.start)
