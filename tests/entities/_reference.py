"""Straightforward versions of the tagger's optimised steps, as they were before the speed-up.

The tests compare the optimised path (token columns, event-driven sentence splitting, cached and
encoded per-word features, model-attribute filtering, index-based resolver helpers) with these.
"""

from __future__ import annotations

from collections.abc import Sequence

import pycrfsuite

from etl.entities.features import _gazetteer, sentence_features
from etl.entities.gazetteer import name_key
from etl.entities.text import _ABBREVIATIONS, _CLOSERS, _STRAIGHT_QUOTES, _TERMINATORS, _TOKEN, Token
from etl.records import EntityType, Mention


def tokenize(text: str) -> tuple[Token, ...]:
    return tuple(Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text))


def _ends_sentence(tokens: Sequence[Token], i: int) -> bool:
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
        if nxt[0].islower() or nxt[0].isdigit():
            return False
    return True


def split_sentences(text: str, tokens: Sequence[Token]) -> list[list[Token]]:
    sentences: list[list[Token]] = []
    current: list[Token] = []
    quotes = 0
    closing = False
    for i, token in enumerate(tokens):
        if current and text.find("\n", current[-1].end, token.start) >= 0:
            sentences.append(current)
            current, quotes, closing = [], 0, False
        if closing:
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


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind and start >= 0
        if start >= 0 and not continues:
            spans.append((start, i, kind))
            start, kind = -1, ""
        if prefix in ("B", "I") and not continues:
            start, kind = i, label
    return spans


def gazetteer_tags(words: list[str]) -> list[str | None]:
    gazetteer, longest = _gazetteer()
    tags: list[str | None] = [None] * len(words)
    i = 0
    while i < len(words):
        word = words[i]
        most = longest.get(word.lower() if word.isascii() else name_key(word), 0) if word[:1].isupper() else 0
        if not most:
            i += 1
            continue
        for n in range(min(most, len(words) - i), 0, -1):
            kind = gazetteer.get(name_key(" ".join(words[i : i + n])))
            if kind:
                tags[i] = f"B-{kind}"
                for j in range(i + 1, i + n):
                    tags[j] = f"I-{kind}"
                i += n
                break
        else:
            i += 1
    return tags


def extract_mentions(body: str, crf: pycrfsuite.Tagger) -> list[Mention]:
    """The tagger as it was: str features for every attribute, one sentence at a time."""
    safe = body if body.isascii() else body.encode("utf-8", "replace").decode("utf-8")
    mentions: list[Mention] = []
    for index, sentence in enumerate(split_sentences(safe, tokenize(safe))):
        words = [t.text for t in sentence]
        tags: list[str] = []
        marginals: list[float] = []
        for i in range(0, len(words), 400):
            piece = crf.tag(sentence_features([w[:64] for w in words[i : i + 400]]))
            tags += piece
            marginals += [crf.marginal(tag, t) for t, tag in enumerate(piece)]
        for first, end, kind in bio_spans(tags):
            start, stop = sentence[first].start, sentence[end - 1].end
            confidence = round(min(marginals[first:end]), 4)
            mentions.append(Mention(start, stop, EntityType(kind), body[start:stop], index, confidence))
    return mentions


# --- the resolver's token lookups, on Token lists --------------------------------------------


def within(tokens: Sequence[Token], start: int, end: int) -> list[Token]:
    return [t for t in tokens if t.start >= start and t.start < end and t.end <= end]


def before(tokens: Sequence[Token], offset: int, n: int) -> list[Token]:
    earlier = [t for t in tokens if t.start < offset]
    return earlier[max(0, len(earlier) - n) :]


def title_before(
    body: str,
    tokens: Sequence[Token],
    name_start: int,
    title_words: frozenset[str],
    dotted: frozenset[str],
    heads: frozenset[str],
) -> tuple[int, int] | None:
    window = before(tokens, name_start, 9)
    accepted: list[Token] = []
    for k in range(len(window) - 1, -1, -1):
        token = window[k]
        right = accepted[0].start if accepted else name_start
        if "\n" in body[token.end : right] or len(accepted) >= 8:
            break
        word = token.text
        is_dotted = word == "." and k > 0 and window[k - 1].text.lower() in dotted
        if not (is_dotted or word[0].isupper() or word.lower() in title_words):
            break
        accepted.insert(0, token)
    head = next((t for t in accepted if t.text.lower() in heads), None)
    if head is None:
        return None
    return head.start, accepted[-1].end
