"""Runtime named-entity tagger: the committed CRF model applied to article bodies.

`extract_mentions` never raises on text: every mention's offsets index the body it was given.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pycrfsuite

from etl.entities.features import sentence_features
from etl.entities.labels import bio_spans
from etl.entities.text import Token, split_sentences, tokenize
from etl.records import EntityType, Mention

MODEL_DIR = Path(__file__).resolve().parent / "model"
MODEL_PATH = MODEL_DIR / "ner.crfsuite"
METADATA_PATH = MODEL_DIR / "ner.json"
# Longer runs of tokens without a sentence end are tagged in pieces to bound memory.
_MAX_TAGGED_TOKENS = 400
_MAX_FEATURE_WORD_CHARS = 64


class CrfTagger:
    def __init__(self, model_path: Path) -> None:
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))

    def tag_words(self, words: list[str]) -> list[str]:
        if not words:
            return []
        tags: list[str] = []
        for i in range(0, len(words), _MAX_TAGGED_TOKENS):
            piece = [w[:_MAX_FEATURE_WORD_CHARS] for w in words[i : i + _MAX_TAGGED_TOKENS]]
            tags += self._tagger.tag(sentence_features(piece))
        return tags


@cache
def default_tagger() -> CrfTagger:
    """The committed model, loaded on first use."""
    return CrfTagger(MODEL_PATH)


@cache
def model_version() -> str:
    return str(json.loads(METADATA_PATH.read_text(encoding="utf-8"))["model_version"])


def _utf8_safe(text: str) -> str:
    """Lone surrogates cannot reach crfsuite; each becomes "?" so offsets stay the same."""
    return text if text.isascii() else text.encode("utf-8", "replace").decode("utf-8")


def _sentence_mentions(body: str, tokens: list[Token], tags: list[str], sentence: int) -> list[Mention]:
    mentions = []
    for first, end, kind in bio_spans(tags):
        start, stop = tokens[first].start, tokens[end - 1].end
        mentions.append(Mention(start, stop, EntityType(kind), body[start:stop], sentence))
    return mentions


def extract_mentions(body: str, tagger: CrfTagger | None = None) -> list[Mention]:
    """PER/ORG/LOC mentions in ``body`` with exact offsets and 0-based sentence numbers."""
    tagger = tagger or default_tagger()
    safe = _utf8_safe(body)
    tokens = tokenize(safe)
    mentions: list[Mention] = []
    for index, sentence in enumerate(split_sentences(safe, tokens)):
        tags = tagger.tag_words([t.text for t in sentence])
        mentions += _sentence_mentions(body, sentence, tags, index)
    return mentions
