"""Train the CRF entity tagger on both corpora's train splits and write the committed model.

    python -m etl.entities.train [--data-dir DIR] [--out-dir DIR]    # the shipped model
    python -m etl.entities.train --tune                                # dev scores for a c1/c2 grid

crfsuite is deterministic for a given data order and parameters, so the same data gives the same
model file (and model_version, its hash).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import tempfile
from pathlib import Path

import pycrfsuite

from etl.entities.corpus import DEFAULT_DATA_DIR, Sentence, read_split
from etl.entities.evaluate import evaluate
from etl.entities.features import sentence_features
from etl.entities.tagger import MODEL_DIR, CrfTagger

# Chosen on the dev splits with --tune (see etl/entities/README.md).
PARAMS: dict[str, float | int | bool] = {
    "c1": 0.05,
    "c2": 0.2,
    "max_iterations": 200,
    "feature.minfreq": 1,
    "feature.possible_transitions": True,
}
CORPORA = ("idner", "nergrit")


def training_sentences(data_dir: Path) -> list[Sentence]:
    return [s for corpus in CORPORA for s in read_split(data_dir, corpus, "train")]


def train(sentences: list[Sentence], model_path: Path, params: dict[str, float | int | bool]) -> None:
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for sentence in sentences:
        trainer.append(sentence_features(sentence.words), sentence.tags)
    trainer.set_params(params)
    trainer.train(str(model_path))


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_metadata(model_path: Path, sentences: list[Sentence]) -> dict[str, object]:
    metadata: dict[str, object] = {
        "model_version": f"crf-{file_sha256(model_path)[:16]}",
        "model_file": model_path.name,
        "algorithm": "lbfgs",
        "params": PARAMS,
        "labels": ["PER", "ORG", "LOC"],
        "training_data": {
            "idner-news-2k": "train.txt (github.com/khairunnisaor/idner-news-2k @625ff40, MIT)",
            "nergrit": "train_preprocess.txt (IndoNLU nergrit_ner-grit @ce728f6, Apache-2.0)",
            "sentences": len(sentences),
        },
    }
    model_path.with_suffix(".json").write_text(json.dumps(metadata, indent=2) + "\n", encoding="utf-8")
    return metadata


def tune(data_dir: Path) -> None:
    """Print dev micro/macro F1 per corpus for a small c1/c2 grid."""
    sentences = training_sentences(data_dir)
    dev = {corpus: read_split(data_dir, corpus, "dev") for corpus in CORPORA}
    with tempfile.TemporaryDirectory() as tmp:
        for c1, c2 in itertools.product((0.02, 0.05, 0.1, 0.2), (0.02, 0.05, 0.2)):
            path = Path(tmp) / f"{c1}-{c2}.crfsuite"
            train(sentences, path, {**PARAMS, "c1": c1, "c2": c2})
            tagger = CrfTagger(path)
            row = [f"c1={c1:<5} c2={c2:<5}"]
            for corpus, split in dev.items():
                scores = evaluate(tagger, split)
                row.append(f"{corpus} micro={scores['micro'].f1:.4f} macro={scores['macro'].f1:.4f}")
            print("  ".join(row), flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--out-dir", type=Path, default=MODEL_DIR)
    parser.add_argument("--tune", action="store_true", help="report dev scores for a c1/c2 grid instead")
    args = parser.parse_args(argv)
    if args.tune:
        tune(args.data_dir)
        return
    sentences = training_sentences(args.data_dir)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    model_path = args.out_dir / "ner.crfsuite"
    train(sentences, model_path, PARAMS)
    metadata = write_metadata(model_path, sentences)
    print(f"wrote {model_path} ({model_path.stat().st_size / 1e6:.1f} MB), {metadata['model_version']}")


if __name__ == "__main__":
    main()
