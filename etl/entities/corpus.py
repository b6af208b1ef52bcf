"""Readers for the NER training corpora in ../shared/data/ner (see its README.md).

All are read in file order so training is reproducible; NERGrit's and NERP's labels are mapped
to the contract's PER/ORG/LOC (NERP: PPL->PER, PLC->LOC, IND->ORG, EVT/FNB->O).

NERP is lowercased and shares sentences with IDNER-news-2k's test split; `nerp_training_split`
removes every NERP sentence that is (near-)identical to a dev or test sentence of the other
corpora, and `recase` gives the rest the casing of cased news (see train.py).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = REPO_ROOT.parent / "shared" / "data" / "ner"

_NERGRIT_TYPES = {"PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG"}
_NERP_TYPES = {"PPL": "PER", "PLC": "LOC", "IND": "ORG"}  # EVT and FNB are not in the contract


@dataclass(frozen=True, slots=True)
class Sentence:
    words: list[str]
    tags: list[str]  # BIO with PER/ORG/LOC


CORPORA = ("idner", "nergrit", "nerp")
# split name -> file, per corpus
FILES = {
    "idner": {"train": "idner-news-2k/train.txt", "dev": "idner-news-2k/dev.txt", "test": "idner-news-2k/test.txt"},
    "nergrit": {
        "train": "nergrit/train_preprocess.txt",
        "dev": "nergrit/valid_preprocess.txt",
        "test": "nergrit/test_preprocess.txt",
    },
    "nerp": {
        "train": "nerp/train_preprocess.txt",
        "dev": "nerp/valid_preprocess.txt",
        "test": "nerp/test_preprocess.txt",
    },
}


def _mapper(types: dict[str, str]):
    def mapped(tag: str) -> str:
        prefix, _, label = tag.partition("-")
        return f"{prefix}-{types[label]}" if label in types else "O"

    return mapped


def _read_columns(path: Path, tag_column: int, tabbed: bool, map_tag) -> list[Sentence]:
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():  # also strips the CRLF ends
        columns = line.split("\t") if tabbed else line.split()
        if not line.strip():
            if words:
                sentences.append(Sentence(words, tags))
            words, tags = [], []
            continue
        words.append(columns[0].strip())
        tags.append(map_tag(columns[tag_column].strip()))
    if words:
        sentences.append(Sentence(words, tags))
    return sentences


def _fix_bio(tags: list[str]) -> list[str]:
    """An I- left dangling by dropping EVT/FNB (never seen in practice) becomes B-."""
    fixed: list[str] = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and (i == 0 or fixed[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        fixed.append(tag)
    return fixed


def read_split(data_dir: Path, corpus: str, split: str) -> list[Sentence]:
    """corpus is "idner", "nergrit" or "nerp"; split is "train", "dev" or "test"."""
    path = data_dir / FILES[corpus][split]
    if corpus == "idner":
        return _read_columns(path, 2, False, lambda t: t)
    if corpus == "nergrit":
        return _read_columns(path, 1, True, _mapper(_NERGRIT_TYPES))
    return [Sentence(s.words, _fix_bio(s.tags)) for s in _read_columns(path, 1, True, _mapper(_NERP_TYPES))]


# --- NERP's overlap with the other corpora -------------------------------------------------------

_NON_WORD = re.compile(r"[\W_]+")
NEAR_DUPLICATE_JACCARD = 0.8  # word-set overlap above which two sentences are one (after normalising)


def normalised(words: list[str]) -> tuple[str, ...]:
    """Lowercase words with punctuation removed: the identity of a sentence across corpora."""
    return tuple(w for w in (_NON_WORD.sub("", word.lower()) for word in words) if w)


def _trigrams(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    return {words[i : i + 3] for i in range(max(1, len(words) - 2))}


@dataclass(frozen=True, slots=True)
class OverlapReport:
    kept: int
    exact: int  # removed: identical after normalisation to a held-out sentence
    near: int  # removed: word sets overlap >= NEAR_DUPLICATE_JACCARD


def remove_overlap(sentences: list[Sentence], held_out: list[Sentence]) -> tuple[list[Sentence], OverlapReport]:
    """``sentences`` without those (near-)identical to any of ``held_out``."""
    exact_keys = {normalised(s.words) for s in held_out}
    index: dict[tuple[str, ...], list[int]] = {}
    held_sets = []
    for k, s in enumerate(held_out):
        words = normalised(s.words)
        held_sets.append(frozenset(words))
        for gram in _trigrams(words):
            index.setdefault(gram, []).append(k)
    kept, exact, near = [], 0, 0
    for s in sentences:
        words = normalised(s.words)
        if words in exact_keys:
            exact += 1
            continue
        own = frozenset(words)
        candidates = {k for gram in _trigrams(words) for k in index.get(gram, ())}
        if any(len(own & held_sets[k]) / len(own | held_sets[k]) >= NEAR_DUPLICATE_JACCARD for k in candidates):
            near += 1
            continue
        kept.append(s)
    return kept, OverlapReport(len(kept), exact, near)


def held_out_sentences(data_dir: Path) -> list[Sentence]:
    """Every dev and test sentence of the three corpora: nothing trained on may repeat them."""
    return [s for corpus in CORPORA for split in ("dev", "test") for s in read_split(data_dir, corpus, split)]


# --- NERP's convention conflicts ---------------------------------------------------------------


def organisation_words(cased: list[Sentence], share: float = 0.5, least: int = 3) -> frozenset[str]:
    """Lowercase words that the cased corpora tag as part of an organisation at least ``share`` of
    the (at least ``least``) times they occur: "kpk", "kementerian", "polda"."""
    seen: Counter[str] = Counter()
    in_org: Counter[str] = Counter()
    for s in cased:
        for word, tag in zip(s.words, s.tags, strict=True):
            lower = word.lower()
            seen[lower] += 1
            in_org[lower] += tag.endswith("-ORG")
    return frozenset(
        w for w, n in seen.items() if n >= least and in_org[w] >= share * n and any(c.isalpha() for c in w)
    )


def without_untagged_organisations(sentences: list[Sentence], org_words: frozenset[str]) -> list[Sentence]:
    """NERP leaves government bodies untagged ("komisi pemberantasan korupsi (kpk)" is O; its IND is
    companies and brands): a sentence with such a word outside any entity would teach the tagger
    that organisations are not names, so it is left out."""
    return [s for s in sentences if not any(t == "O" and w in org_words for w, t in zip(s.words, s.tags, strict=True))]


# --- recasing NERP -------------------------------------------------------------------------------

# Words that stay lowercase inside a name ("Badan Pengawas Obat dan Makanan", "Bank of America").
_NAME_INNER_LOWER = frozenset("dan di ke dari untuk atas bagi pada yang of and the de da van von bin binti al".split())


def casing_vocabulary(cased: list[Sentence]) -> dict[str, str]:
    """lowercase word -> its most frequent written form in cased text (ties: the first seen)."""
    counts: dict[str, Counter[str]] = {}
    for s in cased:
        for i, word in enumerate(s.words):
            if i == 0 and not word.isupper():
                continue  # a sentence's first word is capitalised whatever it is
            counts.setdefault(word.lower(), Counter())[word] += 1
    return {lower: forms.most_common(1)[0][0] for lower, forms in counts.items()}


def recase(sentence: Sentence, vocabulary: dict[str, str], use_tags: bool) -> Sentence:
    """Give a lowercased sentence the casing of cased news.

    Each word takes its most frequent form in the cased corpora; with ``use_tags`` (training
    data only) words inside a name are capitalised as news writes names: all capitals where the
    cased corpora write them so (acronyms), lowercase for joining words, else title case.
    """
    words = []
    for i, (word, tag) in enumerate(zip(sentence.words, sentence.tags, strict=True)):
        form = vocabulary.get(word, word)
        if use_tags and tag != "O":
            if word in _NAME_INNER_LOWER and tag.startswith("I-"):
                form = word
            elif not form.isupper():
                form = word[:1].upper() + word[1:]
        if i == 0:
            form = form[:1].upper() + form[1:]
        words.append(form)
    return Sentence(words, sentence.tags)
