"""Parse speed: the current parser against the one of a given commit, on the same generated files.

    python -m bench.parse_bench [--files 2000] [--repeats 5] [--baseline d255ecc]

Prints the median seconds per repeat and files per second of each, and their ratio (one process,
one core; files decoded once, before timing).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AS_OF = dt.date(2026, 11, 29)


def _baseline_parser(commit: str):
    source = subprocess.run(
        ["git", "show", f"{commit}:etl/parse.py"], capture_output=True, text=True, check=True
    ).stdout
    path = Path(tempfile.mkdtemp()) / "baseline_parse.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("baseline_parse", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["baseline_parse"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _time(parse, texts, repeats):
    runs = []
    for _ in range(repeats):
        started = time.perf_counter()
        for text in texts:
            try:
                parse(text, AS_OF)
            except Exception:  # noqa: BLE001 - quarantined files cost their time too
                pass
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--baseline", default="d255ecc", help="commit whose etl/parse.py is compared")
    args = parser.parse_args(argv)

    from antara_testkit.generator import generate_corpus
    from etl.extract import read_and_decode
    from etl.parse import parse_article
    from etl.records import DiscoveredFile

    with tempfile.TemporaryDirectory() as tmp:
        truth = generate_corpus(tmp, args.files, seed=7)
        texts = []
        for t in truth:
            p = Path(tmp) / t.path
            decoded = read_and_decode(DiscoveredFile(t.path, str(p), p.stat().st_size, p.stat().st_mtime_ns))
            if decoded.text is not None:
                texts.append(decoded.text)
    baseline = _baseline_parser(args.baseline).parse_article
    current = _time(parse_article, texts, args.repeats)
    old = _time(baseline, texts, args.repeats)
    print(f"{len(texts)} generated files, median of {args.repeats} repeats")
    print(f"baseline ({args.baseline}): {old:.3f} s  {len(texts) / old:,.0f} files/s")
    print(f"current:            {current:.3f} s  {len(texts) / current:,.0f} files/s")
    print(f"current / baseline: {current / old:.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
