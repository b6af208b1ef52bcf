"""Train the CRF entity tagger on the three corpora's train splits and write the committed model.

    python -m etl.entities.train [--data-dir DIR] [--out-dir DIR]        # the shipped model
    python -m etl.entities.train --out-dir /tmp/x --corpora idner,nergrit # an experiment
    python -m etl.entities.train --tune                                    # dev scores for a c1/c2 grid

NERP's train split is used without the sentences it shares with any dev or test split (the
count removed is printed and written to the metadata), recased from the cased corpora.
crfsuite is deterministic for a given data order and parameters, so the same data gives the same
model file (and model_version, its hash).  Every choice here was made on the dev splits.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import tempfile
from dataclasses import asdict
from pathlib import Path

import pycrfsuite

from etl.entities.corpus import (
    DEFAULT_DATA_DIR,
    OverlapReport,
    Sentence,
    casing_vocabulary,
    held_out_sentences,
    organisation_words,
    read_split,
    recase,
    remove_overlap,
    without_untagged_organisations,
)
from etl.entities.evaluate import evaluate, evaluation_sets
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
CORPORA = ("idner", "nergrit", "nerp")


NERP_EVERY = 1  # use every n-th NERP sentence (chosen on dev)
IDNER_COPIES = 2  # IDNER-news-2k's train split repeated: the in-domain news weighs more (chosen on dev)


def training_sentences(
    data_dir: Path,
    corpora: tuple[str, ...] = CORPORA,
    nerp_every: int = NERP_EVERY,
    filter_conflicts: bool = True,
    idner_copies: int = IDNER_COPIES,
) -> tuple[list[Sentence], OverlapReport | None]:
    """The train splits in a fixed order; NERP deduplicated against every held-out split and recased."""
    sentences = [
        s
        for corpus in corpora
        if corpus != "nerp"
        for s in read_split(data_dir, corpus, "train") * (idner_copies if corpus == "idner" else 1)
    ]
    report = None
    if "nerp" in corpora:
        nerp, report = remove_overlap(read_split(data_dir, "nerp", "train"), held_out_sentences(data_dir))
        cased = [s for c in ("idner", "nergrit") for s in read_split(data_dir, c, "train")]
        if filter_conflicts:
            nerp = without_untagged_organisations(nerp, organisation_words(cased))
        vocabulary = casing_vocabulary(cased)
        sentences += [recase(s, vocabulary, use_tags=True) for s in nerp[::nerp_every]]
    return sentences, report


def train(sentences: list[Sentence], model_path: Path, params: dict[str, float | int | bool]) -> None:
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for sentence in sentences:
        trainer.append(sentence_features(sentence.words), sentence.tags)
    trainer.set_params(params)
    trainer.train(str(model_path))


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_metadata(
    model_path: Path, sentences: list[Sentence], corpora: tuple[str, ...], overlap: OverlapReport | None
) -> dict[str, object]:
    sources = {
        "idner": ("idner-news-2k", "train.txt (github.com/khairunnisaor/idner-news-2k @625ff40, MIT)"),
        "nergrit": ("nergrit", "train_preprocess.txt (IndoNLU nergrit_ner-grit @ce728f6, Apache-2.0)"),
        "nerp": ("nerp", "train_preprocess.txt (IndoNLU nerp_ner-prosa @ce728f6, Apache-2.0), recased"),
    }
    training_data: dict[str, object] = dict(sources[c] for c in corpora)
    training_data["sentences"] = len(sentences)
    if overlap:
        training_data["nerp_removed_as_held_out_duplicates"] = asdict(overlap)
    metadata: dict[str, object] = {
        "model_version": f"crf-{file_sha256(model_path)[:16]}",
        "model_file": model_path.name,
        "algorithm": "lbfgs",
        "params": PARAMS,
        "labels": ["PER", "ORG", "LOC"],
        "training_data": training_data,
    }
    model_path.with_suffix(".json").write_text(json.dumps(metadata, indent=2) + "\n", encoding="utf-8")
    return metadata


def dev_report(tagger: CrfTagger, data_dir: Path) -> str:
    rows = []
    for name, sentences in evaluation_sets(data_dir, "dev"):
        s = evaluate(tagger, sentences)
        rows.append(f"{name}: micro={s['micro'].f1:.4f} macro={s['macro'].f1:.4f} ORG-R={s['ORG'].recall:.4f}")
    return "  ".join(rows)


def tune(data_dir: Path, corpora: tuple[str, ...]) -> None:
    """Print dev micro/macro F1 per corpus for a small c1/c2 grid."""
    sentences, _ = training_sentences(data_dir, corpora)
    with tempfile.TemporaryDirectory() as tmp:
        for c1, c2 in itertools.product((0.02, 0.05, 0.1, 0.2), (0.02, 0.05, 0.2)):
            path = Path(tmp) / f"{c1}-{c2}.crfsuite"
            train(sentences, path, {**PARAMS, "c1": c1, "c2": c2})
            print(f"c1={c1:<5} c2={c2:<5} {dev_report(CrfTagger(path), data_dir)}", flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--out-dir", type=Path, default=MODEL_DIR)
    parser.add_argument("--corpora", default=",".join(CORPORA), help="comma-separated, from idner,nergrit,nerp")
    parser.add_argument("--nerp-every", type=int, default=NERP_EVERY, help="use every n-th NERP sentence")
    parser.add_argument("--idner-copies", type=int, default=IDNER_COPIES)
    parser.add_argument("--c1", type=float, default=PARAMS["c1"])
    parser.add_argument("--c2", type=float, default=PARAMS["c2"])
    parser.add_argument("--tune", action="store_true", help="report dev scores for a c1/c2 grid instead")
    args = parser.parse_args(argv)
    corpora = tuple(c for c in CORPORA if c in args.corpora.split(","))
    if args.tune:
        tune(args.data_dir, corpora)
        return
    PARAMS["c1"], PARAMS["c2"] = args.c1, args.c2
    sentences, overlap = training_sentences(args.data_dir, corpora, args.nerp_every, idner_copies=args.idner_copies)
    if overlap:
        print(f"NERP train: removed {overlap.exact} exact and {overlap.near} near duplicates of dev/test sentences")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    model_path = args.out_dir / "ner.crfsuite"
    train(sentences, model_path, PARAMS)
    metadata = write_metadata(model_path, sentences, corpora, overlap)
    print(f"wrote {model_path} ({model_path.stat().st_size / 1e6:.1f} MB), {metadata['model_version']}")
    print("dev:", dev_report(CrfTagger(model_path), args.data_dir), flush=True)


if __name__ == "__main__":
    main()
