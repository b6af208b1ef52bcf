"""Entity-level evaluation (exact span and type, conlleval-style) on the held-out test splits.

NERP is scored with its labels mapped to PER/ORG/LOC (EVT and FNB dropped).

python -m etl.entities.evaluate [--data-dir DIR] [--model PATH] [--split test]
python -m etl.entities.evaluate --marked bench/entity_probe.txt   # sentences marked up by hand
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from etl.entities.corpus import DEFAULT_DATA_DIR, Sentence, casing_vocabulary, read_split, recase
from etl.entities.labels import bio_spans
from etl.entities.tagger import MODEL_PATH, CrfTagger

TYPES = ("PER", "ORG", "LOC")


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float
    f1: float
    support: int  # gold entities


def _prf(tp: int, predicted: int, gold: int) -> Scores:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, gold)


def score(gold: list[list[str]], predicted: list[list[str]]) -> dict[str, Scores]:
    """Per-type scores plus "micro" and "macro" (the unweighted mean of the per-type F1, as IndoNLU)."""
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for gold_tags, pred_tags in zip(gold, predicted, strict=True):
        gold_spans = set(bio_spans(gold_tags))
        pred_spans = set(bio_spans(pred_tags))
        for span in pred_spans:
            n_pred[span[2]] += 1
            tp[span[2]] += span in gold_spans
        for span in gold_spans:
            n_gold[span[2]] += 1
    result = {t: _prf(tp[t], n_pred[t], n_gold[t]) for t in TYPES}
    result["micro"] = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    per_type = [result[t] for t in TYPES]
    result["macro"] = Scores(
        sum(s.precision for s in per_type) / len(TYPES),
        sum(s.recall for s in per_type) / len(TYPES),
        sum(s.f1 for s in per_type) / len(TYPES),
        sum(s.support for s in per_type),
    )
    return result


def evaluate(tagger: CrfTagger, sentences: list[Sentence], min_confidence: float = 0.0) -> dict[str, Scores]:
    """Scores of the tagger's spans; with ``min_confidence``, only spans at least that sure (the
    lowest marginal over their tokens, as stored in the warehouse) count."""
    if not min_confidence:
        return score([s.tags for s in sentences], [tagger.tag_words(s.words) for s in sentences])
    predicted = []
    for s in sentences:
        tags, marginals = tagger.tag_with_marginals(s.words)
        kept = ["O"] * len(tags)
        for first, end, kind in bio_spans(tags):
            if min(marginals[first:end]) >= min_confidence:
                kept[first:end] = [f"B-{kind}"] + [f"I-{kind}"] * (end - first - 1)
        predicted.append(kept)
    return score([s.tags for s in sentences], predicted)


THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def threshold_table(tagger: CrfTagger, data_dir: Path, split: str = "dev") -> str:
    """Micro P/R/F1 per set when mentions below each confidence threshold are dropped."""
    lines = [f"{split}: micro P / R / F1 of mentions at least this sure"]
    sets = [(n, s) for n, s in evaluation_sets(data_dir, split) if n != "NERP"]
    lines.append(f"{'threshold':>10}" + "".join(f"{n:>26}" for n, _ in sets))
    for t in THRESHOLDS:
        row = f"{t:>10.1f}"
        for _, sentences in sets:
            m = evaluate(tagger, sentences, t)["micro"]
            row += f"{m.precision:>10.4f}{m.recall:>8.4f}{m.f1:>8.4f}"
        lines.append(row)
    return "\n".join(lines)


def evaluation_sets(data_dir: Path, split: str) -> list[tuple[str, list[Sentence]]]:
    """(name, sentences) per held-out set.  NERP twice: as distributed (lowercase) and truecased
    from the cased corpora's train splits without looking at its labels, as news is written."""
    vocabulary = casing_vocabulary([s for c in ("idner", "nergrit") for s in read_split(data_dir, c, "train")])
    nerp = read_split(data_dir, "nerp", split)
    return [
        ("IDNER-news-2k", read_split(data_dir, "idner", split)),
        ("NERGrit", read_split(data_dir, "nergrit", split)),
        ("NERP", nerp),
        ("NERP truecased", [recase(s, vocabulary, use_tags=False) for s in nerp]),
    ]


_MARKED = re.compile(r"\[(PER|ORG|LOC) ([^\]]+)\]|(\S+)")


def read_marked(path: Path) -> list[Sentence]:
    """One tokenised sentence a line, each name marked `[TYPE words of the name]`."""
    sentences = []
    for line in path.read_text(encoding="utf-8").splitlines():
        words: list[str] = []
        tags: list[str] = []
        for m in _MARKED.finditer(line):
            if m.group(3):
                words.append(m.group(3))
                tags.append("O")
            else:
                name = m.group(2).split()
                words += name
                tags += [f"B-{m.group(1)}"] + [f"I-{m.group(1)}"] * (len(name) - 1)
        if words:
            sentences.append(Sentence(words, tags))
    return sentences


def format_scores(title: str, scores: dict[str, Scores]) -> str:
    lines = [title, f"{'':8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}"]
    for name, s in scores.items():
        lines.append(f"{name:8}{s.precision:8.4f}{s.recall:8.4f}{s.f1:8.4f}{s.support:8d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--model", type=Path, default=MODEL_PATH)
    parser.add_argument("--split", default="test", choices=("dev", "test"))
    parser.add_argument("--thresholds", action="store_true", help="P/R/F1 by confidence threshold instead")
    parser.add_argument("--marked", type=Path, help="score these hand-marked sentences instead")
    args = parser.parse_args(argv)
    tagger = CrfTagger(args.model)
    if args.marked:
        print(
            format_scores(
                f"{args.marked.name} (entity level, exact span and type)", evaluate(tagger, read_marked(args.marked))
            )
        )
        return
    if args.thresholds:
        print(threshold_table(tagger, args.data_dir, args.split))
        return
    for name, sentences in evaluation_sets(args.data_dir, args.split):
        scores = evaluate(tagger, sentences)
        print(format_scores(f"{name} {args.split} (entity level, exact span and type)", scores))
        print()


if __name__ == "__main__":
    main()
