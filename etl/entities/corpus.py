"""Readers for the NER training corpora in ../shared/data/ner (see its README.md).

Both are read in file order so training is reproducible; NERGrit's labels are mapped to the
contract's PER/ORG/LOC.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = REPO_ROOT.parent / "shared" / "data" / "ner"

_NERGRIT_TYPES = {"PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG"}


@dataclass(frozen=True, slots=True)
class Sentence:
    words: list[str]
    tags: list[str]  # BIO with PER/ORG/LOC


# split name -> file, per corpus
IDNER_FILES = {"train": "idner-news-2k/train.txt", "dev": "idner-news-2k/dev.txt", "test": "idner-news-2k/test.txt"}
NERGRIT_FILES = {
    "train": "nergrit/train_preprocess.txt",
    "dev": "nergrit/valid_preprocess.txt",
    "test": "nergrit/test_preprocess.txt",
}


def _map_nergrit(tag: str) -> str:
    prefix, _, label = tag.partition("-")
    return f"{prefix}-{_NERGRIT_TYPES[label]}" if label else "O"


def _read_columns(path: Path, tag_column: int, nergrit: bool) -> list[Sentence]:
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():  # also strips the CRLF ends
        columns = line.split("\t") if nergrit else line.split()
        if not line.strip():
            if words:
                sentences.append(Sentence(words, tags))
            words, tags = [], []
            continue
        tag = columns[tag_column].strip()
        words.append(columns[0].strip())
        tags.append(_map_nergrit(tag) if nergrit else tag)
    if words:
        sentences.append(Sentence(words, tags))
    return sentences


def read_idner(data_dir: Path, split: str) -> list[Sentence]:
    return _read_columns(data_dir / IDNER_FILES[split], tag_column=2, nergrit=False)


def read_nergrit(data_dir: Path, split: str) -> list[Sentence]:
    return _read_columns(data_dir / NERGRIT_FILES[split], tag_column=1, nergrit=True)


def read_split(data_dir: Path, corpus: str, split: str) -> list[Sentence]:
    """corpus is "idner" or "nergrit"; split is "train", "dev" or "test"."""
    return read_idner(data_dir, split) if corpus == "idner" else read_nergrit(data_dir, split)
