"""Throughput and memory of extraction + resolution on synthetic ~400-word Indonesian articles.

    python -m etl.entities.bench [--articles 200] [--runs 7] [--memory 1000 5000]

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

from etl.entities.resolve import resolve_mentions
from etl.entities.tagger import default_tagger, extract_mentions, model_version

_PEOPLE = ["Joko Widodo", "Fumio Kishida", "Jens Stoltenberg", "Sri Mulyani", "Retno Marsudi", "Budi Santoso"]
_TITLES = ["Presiden", "Perdana Menteri Jepang", "Sekjen NATO", "Menteri Keuangan", "Menteri Luar Negeri", "Bapak"]
_PLACES = ["Jakarta", "Tokyo", "Jawa Tengah", "Surabaya", "Selandia Baru", "Brussels", "Kabupaten Ponorogo"]
_ORGS = ["Pakta Pertahanan Atlantik Utara (NATO)", "Bank Indonesia", "Kementerian Keuangan", "DPR", "PT Pertamina"]
_FILLER = (
    "pemerintah akan terus mendorong kerja sama ekonomi yang saling menguntungkan bagi kedua negara "
    "dalam beberapa tahun ke depan sesuai dengan kesepakatan yang telah dicapai sebelumnya oleh para pihak"
).split()


_SYLLABLES = (
    "ba be bi bo bu da di do du ga gi ka ki ko ku la li lu ma mi mo na ni nu"
    " ra ri ro ru sa si so su ta ti to tu wa wi ya yu"
).split()


def _invented_name(rng: random.Random) -> str:
    """A person's name nobody has seen before (about 10^10 of them)."""
    return " ".join("".join(rng.choices(_SYLLABLES, k=3)).capitalize() for _ in range(2))


def synthetic_article(rng: random.Random, words: int = 400, novel_names: bool = False) -> str:
    """Paragraphs of filler sentences with titled people, places and organisations; with
    ``novel_names`` each sentence also quotes an invented person."""
    paragraphs: list[str] = []
    count = 0
    while count < words:
        sentences = []
        for _ in range(3):
            i = rng.randrange(len(_PEOPLE))
            filler = " ".join(rng.choices(_FILLER, k=rng.randint(8, 16)))
            sentence = (
                f"{_TITLES[i]} {_PEOPLE[i]} mengatakan di {rng.choice(_PLACES)} bahwa {rng.choice(_ORGS)} "
                f"{filler}, kata {_invented_name(rng) if novel_names else _PEOPLE[i].split()[-1]}."
            )
            sentences.append(sentence)
            count += len(sentence.split())
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


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
