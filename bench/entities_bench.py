"""Throughput and memory of extraction + resolution on synthetic ~400-word Indonesian articles.

    python -m bench.entities_bench [--articles 200] [--runs 7] [--memory 1000 5000]

Prints the model version; articles per second per core (median of the runs), timed in this
process's CPU time so other work on the machine skews it less (it still shares caches and
memory bandwidth); and the growth of peak RSS while streaming corpora of increasing size through
extraction + resolution, each sentence naming an invented person, so the vocabulary keeps
growing with the corpus: bounded caches keep the peak flat.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import time
from collections.abc import Iterator

from antara_testkit.synthetic_articles import synthetic_article
from etl.entities.resolve import resolve_mentions
from etl.entities.tagger import default_tagger, extract_mentions, model_version


def run(articles: list[str]) -> float:
    """Articles per CPU-second for extraction + resolution of ``articles``."""
    started = time.process_time()
    for body in articles:
        resolve_mentions(body, extract_mentions(body), dateline_place="Jakarta")
    return len(articles) / (time.process_time() - started)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def peak_rss_growth(sizes: list[int], seed: int = 1) -> list[tuple[int, float]]:
    """(articles streamed so far, peak RSS growth in MB over the start) after each corpus size.

    Articles are generated one at a time and dropped after use, so only what extraction and
    resolution keep (caches) can grow the peak.
    """
    rng = random.Random(seed)

    def stream() -> Iterator[str]:
        while True:
            yield synthetic_article(rng, novel_names=True)

    articles = stream()
    start, done, growth = _peak_rss_mb(), 0, []
    for size in sorted(sizes):
        for _ in range(size - done):
            body = next(articles)
            resolve_mentions(body, extract_mentions(body), dateline_place="Jakarta")
        done = size
        growth.append((size, _peak_rss_mb() - start))
    return growth


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--memory",
        type=int,
        nargs="*",
        default=[1000, 5000],
        metavar="N",
        help="corpus sizes for the peak-RSS check (none to skip it)",
    )
    args = parser.parse_args(argv)
    rng = random.Random(0)
    articles = [synthetic_article(rng) for _ in range(args.articles)]
    default_tagger()  # load the model outside the timed runs
    print(f"model {model_version()}")
    run(articles[:5])
    rates = [run(articles) for _ in range(args.runs)]
    words = statistics.mean(len(a.split()) for a in articles)
    print(
        f"{statistics.median(rates):.0f} articles/s per core (median of {args.runs} runs of {args.articles}"
        f" articles, {words:.0f} words each; slowest {min(rates):.0f}, fastest {max(rates):.0f})"
    )
    if args.memory:
        growth = peak_rss_growth(args.memory)
        print(
            "peak RSS growth: "
            + ", ".join(f"{mb:+.1f} MB after {size:,} articles" for size, mb in growth)
            + " (articles naming new people throughout)"
        )


if __name__ == "__main__":
    main()
