"""Tokens with character offsets and sentence boundaries for Indonesian news text."""

from __future__ import annotations

import re
from bisect import bisect_right
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


# The same tokens with the whitespace before each: every character that is not whitespace starts
# a _TOKEN match, so the whitespace runs and tokens tile the text up to any trailing whitespace
# and the offsets are running sums of their lengths.  No token spans whitespace and no lookaround
# in _TOKEN accepts whitespace, so each whitespace-separated chunk tokenises on its own, and a
# chunk of letters only is one token.
_SPACE_AND_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")
_SPACE_AND_CHUNK = re.compile(r"(\s*)(\S+)")
_SENTENCE_MARKS = _TERMINATORS | _CLOSERS | _STRAIGHT_QUOTES


class Token(NamedTuple):
    text: str
    start: int
    end: int


class TokenColumns(NamedTuple):
    """A text's tokens as three parallel lists (cheaper to build than Token tuples)."""

    texts: list[str]
    starts: list[int]
    ends: list[int]


@lru_cache(maxsize=8)
def token_columns(text: str) -> TokenColumns:
    """Tokens of ``text`` as columns; cached because extraction and resolution tokenise the same body."""
    texts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    offset = 0
    for space, chunk in _SPACE_AND_CHUNK.findall(text):
        offset += len(space)
        if chunk.isalpha():
            texts.append(chunk)
            starts.append(offset)
            offset += len(chunk)
            ends.append(offset)
            continue
        for _, token in _SPACE_AND_TOKEN.findall(chunk):  # no whitespace inside a chunk
            texts.append(token)
            starts.append(offset)
            offset += len(token)
            ends.append(offset)
    return TokenColumns(texts, starts, ends)


@lru_cache(maxsize=8)
def tokenize(text: str) -> tuple[Token, ...]:
    """Tokens of ``text``."""
    return tuple(map(Token._make, zip(*token_columns(text))))


def _ends_sentence(texts: Sequence[str], starts: Sequence[int], ends: Sequence[int], i: int) -> bool:
    """Is texts[i] a terminator that closes its sentence?"""
    token = texts[i]
    if token not in _TERMINATORS:
        return False
    if token == "." and i > 0:
        before = texts[i - 1]
        glued = ends[i - 1] == starts[i]
        if glued and (before.lower() in _ABBREVIATIONS or (len(before) == 1 and before.isupper())):
            return False
    if i + 1 < len(texts):
        nxt = texts[i + 1]
        # "Rp. 5", "dll. dan": a lowercase word or a number right after the dot continues the sentence.
        if nxt[0].islower() or nxt[0].isdigit():
            return False
    return True


def sentence_starts(text: str, texts: Sequence[str], starts: Sequence[int], ends: Sequence[int]) -> list[int]:
    """Index of each sentence's first token; a newline always ends one (paragraphs are joined by "\\n\\n").

    After a terminator, closing quotes and brackets still belong to its sentence: a straight quote
    only when the sentence has a quotation open.  Only tokens that are punctuation marks or follow
    a newline can change the state, so only those are visited.
    """
    n = len(texts)
    if not n:
        return []
    events = {i for i, word in enumerate(texts) if word in _SENTENCE_MARKS}
    after_newline = set()
    p = text.find("\n", starts[0])
    while p >= 0:
        i = bisect_right(starts, p)  # the first token after the newline (none is inside a token)
        if i >= n:
            break
        after_newline.add(i)
        p = text.find("\n", starts[i])
    events |= after_newline
    bounds = [0]
    quotes = 0
    closing = -1  # index of the token a sentence-closing run reached, else -1
    for i in sorted(events):
        if closing >= 0 and closing + 1 < i:
            bounds.append(closing + 1)  # a plain word after the run opens the next sentence
            quotes, closing = 0, -1
        if i in after_newline:
            if bounds[-1] != i:
                bounds.append(i)
            quotes, closing = 0, -1
        word = texts[i]
        if closing >= 0:
            attaches = word in _CLOSERS or (word in _STRAIGHT_QUOTES and quotes % 2 == 1)
            if attaches:
                closing = i
            else:
                bounds.append(i)
                quotes, closing = 0, -1
        if word in _STRAIGHT_QUOTES:
            quotes += 1
        if word in _TERMINATORS and _ends_sentence(texts, starts, ends, i):
            closing = i
    if closing >= 0 and closing + 1 < n:
        bounds.append(closing + 1)
    return bounds


def split_sentences(text: str, tokens: Sequence[Token]) -> list[list[Token]]:
    """Group tokens into sentences; a newline always ends one (paragraphs are joined by "\\n\\n")."""
    if not tokens:
        return []
    texts, starts, ends = (list(column) for column in zip(*tokens))
    bounds = sentence_starts(text, texts, starts, ends)
    return [list(tokens[a:b]) for a, b in zip(bounds, [*bounds[1:], len(tokens)])]
