"""Runtime named-entity tagger: the committed CRF model applied to article bodies.

`extract_mentions` never raises on text: every mention's offsets index the body it was given.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pycrfsuite

from etl.entities.features import capital_runs, gazetteer_reach, gazetteer_spans, run_head, word_windows
from etl.entities.labels import bio_spans
from etl.entities.text import sentence_starts, token_columns
from etl.records import EntityType, Mention

MODEL_DIR = Path(__file__).resolve().parent / "model"
MODEL_PATH = MODEL_DIR / "ner.crfsuite"
METADATA_PATH = MODEL_DIR / "ner.json"
# Longer runs of tokens without a sentence end are tagged in pieces to bound memory.
_MAX_TAGGED_TOKENS = 400
_MAX_FEATURE_WORD_CHARS = 64
# Distinct words whose encoded attributes are kept (about 0.7 kB each: 14 MB); emptied when full.
_WORD_CACHE_LIMIT = 20_000
_NO_ATTRIBUTES: tuple[bytes, ...] = ()
_ENTITY_TYPES = {t.value: t for t in EntityType}
_Attributes = tuple[bytes, ...]
_WordEntry = tuple[_Attributes, _Attributes, _Attributes, _Attributes, _Attributes, int, bool]


def model_attributes(model_path: Path) -> frozenset[str] | None:
    """Every attribute the model has a weight for, read from the model file; None if it is not understood.

    crfsuite ignores attributes it does not know, so leaving them out changes no score.  The file is
    read directly (crfsuite's crf1d header, then the attribute CQDB's backward array of records
    ``id, key size, key NUL``) rather than through ``Tagger.dump``, which closes its file descriptor
    twice and so can close a file another thread has just opened.
    """
    data = Path(model_path).read_bytes()
    if len(data) < 48 or data[:4] != b"lCRF" or data[8:12] != b"FOMC":
        return None
    num_attrs, _, _, off_attrs = struct.unpack_from("<4I", data, 24)
    if data[off_attrs : off_attrs + 4] != b"CQDB":
        return None
    bwd_size, bwd_offset = struct.unpack_from("<2I", data, off_attrs + 16)
    if bwd_size != num_attrs:
        return None
    names = []
    try:
        for k, offset in enumerate(
            struct.iter_unpack("<I", data[off_attrs + bwd_offset : off_attrs + bwd_offset + 4 * bwd_size])
        ):
            record = off_attrs + offset[0]
            quark, size = struct.unpack_from("<2I", data, record)
            key = data[record + 8 : record + 8 + size]
            if quark != k or not key.endswith(b"\0"):
                return None
            names.append(key[:-1].decode("utf-8"))
    except (struct.error, UnicodeDecodeError):
        return None
    return frozenset(names) if len(names) == num_attrs else None


class CrfTagger:
    """The CRF applied to sentences.

    Features are exactly `features.sentence_features`, passed to crfsuite as UTF-8 bytes without
    the attributes the model has no weight for.  Each distinct word's share (its own attributes and
    what it contributes to its neighbours) is encoded once and cached.
    """

    def __init__(self, model_path: Path) -> None:
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))
        names = model_attributes(model_path)
        self._known = None if names is None else {name: name.encode("utf-8") for name in names}
        self._words: dict[str, _WordEntry] = {}
        self._bias, self._bos, self._eos = (self._encode([name]) for name in ("bias", "BOS", "EOS"))
        self._gazetteer: dict[str, tuple[tuple[bytes, ...], ...]] = {}
        self._runs: dict[str, tuple[bytes, ...]] = {}

    def _encode(self, names: Iterable[str]) -> tuple[bytes, ...]:
        known = self._known
        if known is None:
            return tuple(name.encode("utf-8") for name in names)
        return tuple(known[name] for name in names if name in known)

    def _word(self, word: str) -> _WordEntry:
        """(bias + own, as seen two after, one after, one before, two before, gazetteer reach,
        whether it can head a capitalised run)."""
        own, far_before, before, after, far_after = word_windows(word)
        entry = (
            self._bias + self._encode(own),
            self._encode(far_before),
            self._encode(before),
            self._encode(after),
            self._encode(far_after),
            gazetteer_reach(word),
            run_head(word) is not None,
        )
        if len(self._words) >= _WORD_CACHE_LIMIT:
            self._words.clear()
        self._words[word] = entry
        return entry

    def _gazetteer_attributes(self, tag: str) -> tuple[tuple[bytes, ...], ...]:
        """(own, as the previous word's, as the next word's) attributes for a gazetteer tag."""
        hit = self._gazetteer.get(tag)
        if hit is None:
            hit = self._gazetteer[tag] = tuple(self._encode([f"{side}gz={tag}"]) for side in ("", "-1:", "+1:"))
        return hit

    def _run_attributes(self, kind: str) -> tuple[bytes, ...]:
        hit = self._runs.get(kind)
        if hit is None:
            hit = self._runs[kind] = self._encode([f"run={kind}"])
        return hit

    def features(self, words: list[str]) -> list[tuple[bytes, ...]]:
        """`features.sentence_features(words)` as crfsuite receives it."""
        n = len(words)
        if not n:
            return []
        get = self._words.get
        own, far_before, before, after, far_after, reach, heads = zip(*[get(w) or self._word(w) for w in words])
        own_features = list(own)
        own_features[0] += self._bos
        if n > 1:
            own_features[-1] += self._eos
        # What the words one and two before and after each word add (nothing beyond the sentence).
        empty = (_NO_ATTRIBUTES,)
        features = [
            a + b + c + d + e
            for a, b, c, d, e in zip(
                own_features,
                empty + before,
                empty + empty + far_before,
                after[1:] + empty,
                far_after[2:] + empty + empty,
            )
        ]
        spans = gazetteer_spans(words, list(reach)) if any(reach) else None
        if spans:
            tag_at: dict[int, str] = {}
            for i, m, kind in spans:
                tag_at[i] = f"B-{kind}"
                for j in range(i + 1, i + m):
                    tag_at[j] = f"I-{kind}"
            for j in sorted({k for i in tag_at for k in (i - 1, i, i + 1) if 0 <= k < n}):
                # In sentence_features' order: its own tag, the previous word's, the next word's.
                extra = _NO_ATTRIBUTES
                for near_tag, side in ((tag_at.get(j), 0), (tag_at.get(j - 1), 1), (tag_at.get(j + 1), 2)):
                    if near_tag:
                        extra += self._gazetteer_attributes(near_tag)[side]
                features[j] += extra
        if any(heads):  # a run needs a cue word to head it
            for j, run_kind in enumerate(capital_runs(words)):
                if run_kind:
                    features[j] += self._run_attributes(run_kind)
        return features

    def tag_words(self, words: list[str]) -> list[str]:
        return self.tag_with_marginals(words, marginals=False)[0]

    def tag_with_marginals(self, words: list[str], marginals: bool = True) -> tuple[list[str], list[float]]:
        """Tags, and each entity token's marginal probability of its tag (1.0 for "O" tokens, not computed)."""
        if not words:
            return [], []
        tags: list[str] = []
        probabilities: list[float] = []
        crf = self._tagger
        for i in range(0, len(words), _MAX_TAGGED_TOKENS):
            piece = words[i : i + _MAX_TAGGED_TOKENS]
            if max(map(len, piece)) > _MAX_FEATURE_WORD_CHARS:
                piece = [w[:_MAX_FEATURE_WORD_CHARS] for w in piece]
            found = crf.tag(self.features(piece))
            tags += found
            if not marginals:
                continue
            if found.count("O") == len(found):
                probabilities += [1.0] * len(found)
            else:
                probabilities += [1.0 if tag == "O" else crf.marginal(tag, t) for t, tag in enumerate(found)]
        return tags, probabilities


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


def extract_mentions(body: str, tagger: CrfTagger | None = None) -> list[Mention]:
    """PER/ORG/LOC mentions in ``body`` with exact offsets and 0-based sentence numbers."""
    tagger = tagger or default_tagger()
    safe = _utf8_safe(body)
    texts, starts, ends = token_columns(safe)
    bounds = sentence_starts(safe, texts, starts, ends)
    mentions: list[Mention] = []
    for index, (a, b) in enumerate(zip(bounds, [*bounds[1:], len(texts)])):
        tags, marginals = tagger.tag_with_marginals(texts[a:b])
        if tags.count("O") == len(tags):
            continue
        for first, end, kind in bio_spans(tags):
            start, stop = starts[a + first], ends[a + end - 1]
            confidence = round(min(marginals[first:end]), 4)
            mentions.append(Mention(start, stop, _ENTITY_TYPES[kind], body[start:stop], index, confidence))
    return mentions
