"""Entity-level evaluation (exact span and type, conlleval-style) on the held-out test splits.

python -m etl.entities.evaluate [--data-dir DIR] [--model PATH] [--split test]
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from etl.entities.corpus import DEFAULT_DATA_DIR, Sentence, read_split
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


def evaluate(tagger: CrfTagger, sentences: list[Sentence]) -> dict[str, Scores]:
    return score([s.tags for s in sentences], [tagger.tag_words(s.words) for s in sentences])


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
    args = parser.parse_args(argv)
    tagger = CrfTagger(args.model)
    for corpus, name in (("idner", "IDNER-news-2k"), ("nergrit", "NERGrit")):
        scores = evaluate(tagger, read_split(args.data_dir, corpus, args.split))
        print(format_scores(f"{name} {args.split} (entity level, exact span and type)", scores))
        print()


if __name__ == "__main__":
    main()
