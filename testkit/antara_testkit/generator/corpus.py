"""The corpus: files, duplicates, re-issues and planted bad files, streamed with a manifest of the truth."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import random
from array import array
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from etl.records import Reason

from .article import _month_list, _new_spec, _Spec
from .constants import DEFAULT_MEAN_WORDS, FIRST_MONTH, LAST_MONTH, MANIFEST_NAME
from .engine import _Ctx
from .templates import _UPDATES
from .truth import GeneratedArticle, _render
from .variants import P_BAD, P_DUPLICATE, P_NEAR_DUPLICATE


class Manifest(Sequence[GeneratedArticle]):
    """The truth of a generated corpus, read lazily from ``manifest.jsonl`` (one file per line)."""

    def __init__(self, path: str | os.PathLike[str], offsets: array | None = None):
        self.path = Path(path)
        if offsets is None:
            offsets = array("q")
            with open(self.path, "rb") as fh:
                pos = 0
                for line in fh:
                    offsets.append(pos)
                    pos += len(line)
        self._offsets = offsets

    @property
    def root(self) -> Path:
        return self.path.parent

    def __len__(self) -> int:
        return len(self._offsets)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        with open(self.path, "rb") as fh:
            fh.seek(self._offsets[index])
            return GeneratedArticle.from_json(json.loads(fh.readline()))

    def __iter__(self) -> Iterator[GeneratedArticle]:
        with open(self.path, "rb") as fh:
            for line in fh:
                yield GeneratedArticle.from_json(json.loads(line))

    def __repr__(self) -> str:
        return f"Manifest({str(self.path)!r}, {len(self)} files)"


def read_manifest(out_dir: str | os.PathLike[str]) -> Manifest:
    return Manifest(Path(out_dir) / MANIFEST_NAME)


@dataclass(slots=True)
class _Recent:
    spec: _Spec
    truth: GeneratedArticle
    data: bytes


def _file_name(index: int, width: int, month: dt.date, gz: bool) -> str:
    return f"{month.year:04d}/{month.month:02d}/antara_{index:0{width}d}.txt" + (".gz" if gz else "")


def _reissue(spec: _Spec, rng: random.Random) -> _Spec | None:
    """The same story with one sentence (not in the lead paragraph) replaced by an update."""
    last = len(spec.paras) - (1 if spec.day_inferred else 0)  # keep the paragraph whose date pins the day
    candidates = [(i, j) for i, para in enumerate(spec.paras) if 0 < i < last for j in range(len(para))]
    if not candidates:
        return None
    plain = [(i, j) for i, j in candidates if not spec.paras[i][j].spans]
    i, j = rng.choice(plain or candidates)
    ctx = _Ctx(rng, spec.lang, spec.month, "", "", "WIB")
    new = ctx.render(rng.choice(_UPDATES[spec.lang]))
    paras = [list(p) for p in spec.paras]
    paras[i][j] = new
    tags = sorted({t for t in spec.tags if t not in ("@fresh",)} | {"near_duplicate"})
    return dataclasses.replace(spec, paras=paras, tags=tags)


def _break(spec: _Spec, kind: str) -> tuple[_Spec, str]:
    """Turn a fresh article into a planted bad file: (spec, expected reason)."""
    tags = ["@slot", f"bad:{kind}"]
    plain = {
        "html": False,
        "messy": False,
        "nfd": False,
        "crlf": False,
        "encoding": "utf-8",
        "curly": False,
        "tags": tags,
        "gzip": kind == "gzip_corrupt",
    }
    if kind == "missing_credits":  # loaded since parse-2, flagged no_credits
        return dataclasses.replace(
            spec, credit_lines=[], byline=None, empty_editor=False, source=None, glued=False, **plain
        ), ""
    if kind == "missing_dateline":  # loaded since parse-2, flagged no_dateline
        return dataclasses.replace(spec, dateline_raw="", place=None, marker=None, **plain), ""
    if kind == "missing_body":
        return dataclasses.replace(
            spec, paras=[], related=[], script_after=None, pin_date=None, pin_text=None, source=None, **plain
        ), Reason.MISSING_BODY.value
    if kind == "empty_file":
        return dataclasses.replace(spec, **plain), Reason.EMPTY_FILE.value
    return dataclasses.replace(spec, **plain), Reason.GZIP_CORRUPT.value


def _make_file(
    index: int, rng: random.Random, recent: deque, variants: bool, months: list[dt.date], mean_words: int, width: int
) -> tuple[bytes, GeneratedArticle, _Recent | None]:
    roll = rng.random()
    if variants and recent and roll < P_DUPLICATE:
        orig: _Recent = rng.choice(recent)
        path = _file_name(index, width, orig.spec.month, orig.spec.gzip)
        tags = sorted({t for t in orig.truth.variants if t != "@fresh"} | {"duplicate"})
        truth = dataclasses.replace(
            orig.truth, path=path, expected_status="duplicate", duplicate_of=orig.truth.path, variants=tags
        )
        return orig.data, truth, None
    if variants and recent and roll < P_DUPLICATE + P_NEAR_DUPLICATE:
        orig = rng.choice(recent)
        spec = _reissue(orig.spec, rng)
        if spec is not None:
            data, truth = _render(spec, _file_name(index, width, spec.month, spec.gzip))
            return data, dataclasses.replace(truth, near_duplicate_of=orig.truth.path), None
    bad_kind = None
    if variants:
        edge = P_DUPLICATE + P_NEAR_DUPLICATE
        for kind, p in P_BAD.items():
            if edge <= roll < edge + p:
                bad_kind = kind
            edge += p
    spec = _new_spec(rng, months, variants and bad_kind is None, mean_words)
    if bad_kind is None:
        path = _file_name(index, width, spec.month, spec.gzip)
        data, truth = _render(spec, path)
        return data, truth, _Recent(spec, truth, data)
    spec, reason = _break(spec, bad_kind)
    path = _file_name(index, width, spec.month, spec.gzip)
    data, truth = _render(spec, path)
    if bad_kind == "missing_credits":
        truth = dataclasses.replace(truth, credits=[], source=None)
    if not reason:  # not bad any more: an article with something missing
        return data, truth, None
    if bad_kind == "empty_file":
        data = b""
    elif bad_kind == "gzip_corrupt":
        data = data[: max(12, len(data) // 2)]
    truth = dataclasses.replace(
        truth,
        expected_status="quarantined",
        expected_reason=reason,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
    )
    return data, truth, None


def generate_corpus(
    out_dir: str | os.PathLike[str],
    n_files: int,
    seed: int = 0,
    variants: bool = True,
    *,
    mean_words: int = DEFAULT_MEAN_WORDS,
    first_month: dt.date = FIRST_MONTH,
    last_month: dt.date = LAST_MONTH,
) -> Manifest:
    """Write ``n_files`` raw article files under ``out_dir`` plus ``manifest.jsonl`` (their truth).

    Returns the manifest as a lazy sequence of :class:`GeneratedArticle` (file-index order).
    ``variants=False`` writes only the plain format of the sample file (UTF-8, ``City (ANTARA) - ``,
    glued paragraphs, Sumber/Penerjemah/Editor or Pewarta/Editor credits, weekday pins): no
    variants, duplicates, re-issues or planted bad files.
    """
    if n_files < 0:
        raise ValueError("n_files must not be negative")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    months = _month_list(first_month, last_month)
    width = max(6, len(str(max(n_files - 1, 0))))
    recent: deque[_Recent] = deque(maxlen=64)
    offsets = array("q")
    made: set[str] = set()
    manifest_path = out / MANIFEST_NAME
    tmp_path = out / (MANIFEST_NAME + ".tmp")
    pos = 0
    with open(tmp_path, "wb") as mf:
        for index in range(n_files):
            rng = random.Random(f"antara-generate/{seed}/{index}")
            data, truth, keep = _make_file(index, rng, recent, variants, months, mean_words, width)
            folder = truth.path.rsplit("/", 1)[0]
            if folder not in made:
                (out / folder).mkdir(parents=True, exist_ok=True)
                made.add(folder)
            with open(out / truth.path, "wb") as fh:
                fh.write(data)
            if keep is not None:
                recent.append(keep)
            line = (json.dumps(truth.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
            offsets.append(pos)
            mf.write(line)
            pos += len(line)
    os.replace(tmp_path, manifest_path)
    return Manifest(manifest_path, offsets)
