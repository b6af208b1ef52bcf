"""Throughput of extraction + resolution on synthetic ~400-word Indonesian articles.

    python -m etl.entities.bench [--articles 200] [--runs 5]

Prints articles per second per core (median of the runs), timed in this process's CPU time so
other work on the machine does not skew it.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from etl.entities.resolve import resolve_mentions
from etl.entities.tagger import default_tagger, extract_mentions

_PEOPLE = ["Joko Widodo", "Fumio Kishida", "Jens Stoltenberg", "Sri Mulyani", "Retno Marsudi", "Budi Santoso"]
_TITLES = ["Presiden", "Perdana Menteri Jepang", "Sekjen NATO", "Menteri Keuangan", "Menteri Luar Negeri", "Bapak"]
_PLACES = ["Jakarta", "Tokyo", "Jawa Tengah", "Surabaya", "Selandia Baru", "Brussels", "Kabupaten Ponorogo"]
_ORGS = ["Pakta Pertahanan Atlantik Utara (NATO)", "Bank Indonesia", "Kementerian Keuangan", "DPR", "PT Pertamina"]
_FILLER = (
    "pemerintah akan terus mendorong kerja sama ekonomi yang saling menguntungkan bagi kedua negara "
    "dalam beberapa tahun ke depan sesuai dengan kesepakatan yang telah dicapai sebelumnya oleh para pihak"
).split()


def synthetic_article(rng: random.Random, words: int = 400) -> str:
    """Paragraphs of filler sentences with titled people, places and organisations."""
    paragraphs: list[str] = []
    count = 0
    while count < words:
        sentences = []
        for _ in range(3):
            i = rng.randrange(len(_PEOPLE))
            filler = " ".join(rng.choices(_FILLER, k=rng.randint(8, 16)))
            sentence = (
                f"{_TITLES[i]} {_PEOPLE[i]} mengatakan di {rng.choice(_PLACES)} bahwa {rng.choice(_ORGS)} "
                f"{filler}, kata {_PEOPLE[i].split()[-1]}."
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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    rng = random.Random(0)
    articles = [synthetic_article(rng) for _ in range(args.articles)]
    default_tagger()  # load the model outside the timed runs
    run(articles[:5])
    rates = [run(articles) for _ in range(args.runs)]
    words = statistics.mean(len(a.split()) for a in articles)
    print(f"{statistics.median(rates):.0f} articles/s per core (median of {args.runs} runs, {words:.0f} words each)")


if __name__ == "__main__":
    main()
