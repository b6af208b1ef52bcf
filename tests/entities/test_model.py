"""The committed model: consistent metadata and held-out scores (skipped without the corpora)."""

from __future__ import annotations

import json
from pathlib import Path

from etl.entities.corpus import read_split
from etl.entities.evaluate import evaluate, evaluation_sets, score
from etl.entities.tagger import METADATA_PATH, MODEL_PATH, default_tagger, model_version
from etl.entities.train import file_sha256

# Floors a little under the scores the committed model reaches (see etl/entities/README.md),
# so a worse retrained model fails here.
IDNER_TEST_MICRO_F1 = 0.86
NERGRIT_TEST_MACRO_F1 = 0.65
NERP_TRUECASED_TEST_MICRO_F1 = 0.46


def test_model_is_small_and_its_version_is_its_hash() -> None:
    assert MODEL_PATH.stat().st_size < 10_000_000
    metadata = json.loads(METADATA_PATH.read_text(encoding="utf-8"))
    assert model_version() == metadata["model_version"] == f"crf-{file_sha256(MODEL_PATH)[:16]}"


def test_score_counts_exact_spans_only() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O"]]
    predicted = [["B-PER", "O", "O", "B-LOC"], ["B-ORG", "O"]]
    result = score(gold, predicted)
    assert (result["PER"].precision, result["PER"].recall) == (0.0, 0.0)
    assert result["LOC"].f1 == result["ORG"].f1 == 1.0
    assert result["micro"].f1 == 2 / 3
    assert abs(result["macro"].f1 - 2 / 3) < 1e-9


def test_corpora_are_read_with_mapped_labels(data_dir: Path) -> None:
    for corpus in ("idner", "nergrit", "nerp"):
        sentences = read_split(data_dir, corpus, "dev")
        assert len(sentences) > 200
        tags = {t for s in sentences for t in s.tags}
        assert tags == {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}
        assert all(len(s.words) == len(s.tags) and all(s.words) for s in sentences)


def test_held_out_scores(data_dir: Path) -> None:
    tagger = default_tagger()
    assert evaluate(tagger, read_split(data_dir, "idner", "test"))["micro"].f1 >= IDNER_TEST_MICRO_F1
    assert evaluate(tagger, read_split(data_dir, "nergrit", "test"))["macro"].f1 >= NERGRIT_TEST_MACRO_F1
    nerp = dict(evaluation_sets(data_dir, "test"))["NERP truecased"]
    assert evaluate(tagger, nerp)["micro"].f1 >= NERP_TRUECASED_TEST_MICRO_F1


def test_nerp_training_sentences_exclude_every_held_out_sentence(data_dir: Path) -> None:
    from etl.entities.corpus import held_out_sentences, normalised, remove_overlap
    from etl.entities.train import training_sentences

    _, overlap = training_sentences(data_dir)
    assert overlap is not None and (overlap.exact, overlap.near) == (520, 130)
    held_out = held_out_sentences(data_dir)
    kept, _ = remove_overlap(read_split(data_dir, "nerp", "train"), held_out)
    keys = {normalised(s.words) for s in held_out}
    assert len(kept) == overlap.kept and not any(normalised(s.words) in keys for s in kept)


def test_one_word_companies_brands_clubs_and_media_are_organisations() -> None:
    """The hand-marked probe sentences (bench/entity_probe.txt, a dev set written for issue #12):
    the model before it found 0.43 of their organisations, this one 0.75."""
    from etl.entities.corpus import REPO_ROOT
    from etl.entities.evaluate import read_marked

    scores = evaluate(default_tagger(), read_marked(REPO_ROOT / "bench" / "entity_probe.txt"))
    assert scores["ORG"].recall >= 0.7 and scores["ORG"].precision >= 0.9
