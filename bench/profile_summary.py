"""Summarise a py-spy profile (raw/collapsed format) of an ingest: where each process spends its CPU.

    py-spy record --subprocesses -r 50 --format raw -o /tmp/ingest.txt -- \\
        .venv/bin/python -m bench.ingest_bench --sizes 6000
    .venv/bin/python -m bench.profile_summary /tmp/ingest.txt [--top 25] [--focus audit_batch]

For each kind of process (the ingest's main process, the parser workers) it prints the share of
samples spent under the pipeline's own stage functions (inclusive), and the functions with the most
samples of their own (self time).  py-spy samples Python only: PostgreSQL's share is printed by
bench.ingest_bench (CPU seconds of the server's processes).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

# Inclusive buckets: the first of these found in a stack (innermost first) names its stage.
STAGES = (
    ("audit: GX context + datasource", ("get_context", "add_postgres", "add_query_asset", "suites.add")),
    ("audit: GX checkpoint run", ("checkpoint.run", "run (great_expectations/checkpoint")),
    ("audit (other)", ("audit_batch",)),
    ("stage (COPY)", ("stage_batch",)),
    ("publish", ("publish_batch", "publish_once")),
    ("entities", ("find_entities",)),
    ("fingerprint (MinHash)", ("minhash_bands",)),
    ("stop words", ("strip_stopwords",)),
    ("parse", ("parse_article",)),
    ("decode", ("read_and_decode",)),
    ("transform (other)", ("transform_file", "_transform_chunk")),
    ("discover + ledger", ("discover", "ledger_snapshot", "select_changed")),
    ("imports", ("_find_and_load",)),
)

# a process frame; its command line may itself contain ';' (the forkserver's `-c` code)
_PROCESS = re.compile(r'process \d+:"(?P<cmd>[^"]*)"')


def _kind(cmd: str) -> str:
    if "--child" in cmd:
        return "ingest main process"
    if "forkserver" in cmd or "multiprocessing" in cmd or "spawn_main" in cmd:
        return "parser workers"
    return "other: " + cmd[:60]


def _frame_name(frame: str) -> str:
    """`func (path/to/file.py:123)` -> `func (path/to/file.py)`: self time per function, not per line."""
    return re.sub(r":\d+\)$", ")", frame)


def summarise(path: Path, top: int, focus: str | None) -> str:
    samples_by_kind: Counter[str] = Counter()
    stage_by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    self_by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    focus_self: Counter[str] = Counter()
    focus_total = 0
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        processes = list(_PROCESS.finditer(stack))
        if not processes:
            continue
        # the innermost process frame is the process that was sampled
        kind = _kind(processes[-1]["cmd"])
        frames = [f for f in stack[processes[-1].end() :].split(";") if f]
        if not frames:
            continue
        samples_by_kind[kind] += n
        stage = "other"
        for name, needles in STAGES:
            if any(needle in f for f in frames for needle in needles):
                stage = name
                break
        stage_by_kind[kind][stage] += n
        self_by_kind[kind][_frame_name(frames[-1])] += n
        if focus and any(focus in f for f in frames):
            focus_total += n
            focus_self[_frame_name(frames[-1])] += n
    out = [f"profile {path}: {sum(samples_by_kind.values()):,} samples"]
    for kind, total in samples_by_kind.most_common():
        out.append(f"\n{kind}: {total:,} samples")
        out.append("  by stage (inclusive):")
        for stage, n in stage_by_kind[kind].most_common():
            out.append(f"    {100 * n / total:5.1f}%  {stage}")
        out.append(f"  top {top} functions (self):")
        for frame, n in self_by_kind[kind].most_common(top):
            out.append(f"    {100 * n / total:5.1f}%  {frame[:110]}")
    if focus:
        out.append(f"\nunder {focus}: {focus_total:,} samples; top {top} functions (self):")
        for frame, n in focus_self.most_common(top):
            out.append(f"    {100 * n / max(focus_total, 1):5.1f}%  {frame[:110]}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("profile", type=Path, help="py-spy --format raw output")
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--focus", help="also: self time of the stacks through this function")
    args = parser.parse_args(argv)
    print(summarise(args.profile, args.top, args.focus))


if __name__ == "__main__":
    main()
