"""Tokens with character offsets and sentence boundaries for Indonesian news text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

# Numbers keep their separators ("1.000", "3/5", "2,5"); words keep inner hyphens and apostrophes
# ("Asia-Pasifik", "Ka'bah"), separators between digits ("Rp1.000") and a dot only before a
# lowercase letter ("Tribunnews.com"), so glued sentences ("Januari.Tokyo") split; anything else
# is a one-character token.
_TOKEN = re.compile(
    r"\d+(?:[.,/:]\d+)+%?"
    r"|[^\W_]+(?:(?:[-'’]|\.(?=[a-z])|(?<=\d)[.,](?=\d))[^\W_]+)*"
    r"|\S",
)
_TERMINATORS = frozenset({".", "!", "?", "…"})
_CLOSERS = frozenset({")", "]", "”", "’", "»"})
_STRAIGHT_QUOTES = frozenset({'"', "'"})
# A full stop after these is part of an abbreviation, not the end of a sentence.
_ABBREVIATIONS = frozenset(
    "dr drs dra prof ir h hj st no jl jln tn ny sdr sdri kol letjen mayjen brigjen jend kompol"
    " akbp kapt mr mrs ms jr sr inc co corp ltd vs dll dsb dst tsb yth a.n u.p s.h m.h s.e".split()
)


class Token(NamedTuple):
    text: str
    start: int
    end: int


@lru_cache(maxsize=8)
def tokenize(text: str) -> tuple[Token, ...]:
    """Tokens of ``text``; cached because extraction and resolution tokenise the same body."""
    return tuple(Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text))


def _ends_sentence(tokens: Sequence[Token], i: int) -> bool:
    """Is tokens[i] a terminator that closes its sentence?"""
    token = tokens[i].text
    if token not in _TERMINATORS:
        return False
    if token == "." and i > 0:
        before = tokens[i - 1]
        glued = before.end == tokens[i].start
        if glued and (before.text.lower() in _ABBREVIATIONS or (len(before.text) == 1 and before.text.isupper())):
            return False
    if i + 1 < len(tokens):
        nxt = tokens[i + 1].text
        # "Rp. 5", "dll. dan": a lowercase word or a number right after the dot continues the sentence.
        if nxt[0].islower() or nxt[0].isdigit():
            return False
    return True


def split_sentences(text: str, tokens: Sequence[Token]) -> list[list[Token]]:
    """Group tokens into sentences; a newline always ends one (paragraphs are joined by "\\n\\n")."""
    sentences: list[list[Token]] = []
    current: list[Token] = []
    quotes = 0
    closing = False  # just after a terminator: closing quotes and brackets still belong here
    for i, token in enumerate(tokens):
        if current and text.find("\n", current[-1].end, token.start) >= 0:
            sentences.append(current)
            current, quotes, closing = [], 0, False
        if closing:
            # A straight quote closes the sentence's quotation only when one is open.
            attaches = token.text in _CLOSERS or (token.text in _STRAIGHT_QUOTES and quotes % 2 == 1)
            if not attaches:
                sentences.append(current)
                current, quotes = [], 0
            closing = attaches
        current.append(token)
        if token.text in _STRAIGHT_QUOTES:
            quotes += 1
        if token.text in _TERMINATORS and _ends_sentence(tokens, i):
            closing = True
    if current:
        sentences.append(current)
    return sentences
