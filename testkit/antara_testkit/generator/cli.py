"""Command line: ``python -m antara_testkit.generator OUT_DIR --files N --seed S [--bad]``."""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from .bad_inputs import write_bad_inputs
from .constants import BAD_INPUTS_NAME, DEFAULT_MEAN_WORDS
from .corpus import generate_corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m antara_testkit.generator",
        description="Generate a realistic, reproducible corpus of raw ANTARA article files, with exact ground truth.",
    )
    parser.add_argument("out_dir", help="folder to write the corpus into (created if missing)")
    parser.add_argument("--files", type=int, default=1000, help="number of article files (default 1000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--bad", action="store_true", help="also write one file per quarantine kind under bad/")
    parser.add_argument("--no-variants", action="store_true", help="only the plain format of the sample file")
    parser.add_argument("--mean-words", type=int, default=DEFAULT_MEAN_WORDS)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    manifest = generate_corpus(args.out_dir, args.files, args.seed, not args.no_variants, mean_words=args.mean_words)
    summary: dict[str, object] = {"files": len(manifest), "manifest": str(manifest.path)}
    if args.bad:
        bad = write_bad_inputs(args.out_dir)
        bad_path = Path(args.out_dir) / BAD_INPUTS_NAME
        bad_path.write_text(json.dumps(bad, indent=2) + "\n", encoding="utf-8")
        summary["bad_inputs"] = len(bad)
        summary["bad_manifest"] = str(bad_path)
    summary["seconds"] = round(time.perf_counter() - started, 2)
    print(json.dumps(summary))
    return 0
