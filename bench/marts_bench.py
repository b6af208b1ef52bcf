"""Benchmark the marts and the README queries on a warehouse of 100,000 articles.

    .venv/bin/python -m bench.marts_bench [--server-url postgresql://postgres@127.0.0.1:5432/postgres]
                                          [--articles 100000] [--runs 7] [--keep] [--reuse]

Creates a scratch database (`antara_bench`) on the server, migrates it, fills core directly in SQL
(`generate_series`; the ingest path is benchmarked elsewhere) with realistic shapes: ~15 entity
mentions per article drawn from a skewed (Zipf-like) popularity, a few hundred credited people,
a quarter of the articles wire stories, Indonesian-like bodies of ~250 words from a word list.
Then it builds the marts (a full refresh, timing each) and refreshes them incrementally, times every README query and some full-text
searches (median of --runs), prints EXPLAIN (ANALYZE, BUFFERS) for any slower than 200 ms, and
drops the database unless --keep (--reuse times a kept one again, without rebuilding it).
"""

from __future__ import annotations

import argparse
import statistics
import time

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from antara_testkit.readme_queries import QUERIES
from etl.warehouse.marts import refresh_marts
from etl.warehouse.migrate import upgrade

TARGET_MS = 200
N_ENTITIES = 20_000
N_CITIES = 500  # Indonesian dateline places, entity ids 3 .. 502

# Word frequencies follow Zipf's law over a vocabulary of VOCABULARY_SIZE words: the word of rank r
# is drawn with probability ~ 1/r.  The most frequent are function words (stop words included, as in
# real text), then `pemerintah` & co.; topical words sit at every TOPIC_SPACING-th rank from 100
# (`pembangunan`) to ~8,000 (`bendungan`, in a few percent of articles as in real news); every other
# rank is a pseudo-word made of three syllables.  (Short arrays only: subscripting a long text
# array walks it from the start.)
VOCABULARY_SIZE = 30_000
TOPIC_SPACING = 50
FREQUENT_WORDS = """
yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga pemerintah kata tersebut
sudah telah oleh karena saat bisa lebih masih harus tahun para warga daerah provinsi kabupaten kota
presiden menteri program masyarakat mengatakan menjelaskan menambahkan meminta berharap
""".split()
TOPICAL_WORDS = """
pembangunan harga bantuan ekonomi kesehatan pendidikan membangun jalan sekolah rumah sakit polisi kasus
pemilu partai banjir bencana korban energi listrik pasar usaha desa negara kerja sama kunjungan
beras pangan petani panen anggaran dana rupiah miliar triliun persen investasi ekspor impor industri
siswa guru pasien dokter layanan publik pengadilan korupsi tersangka hukum peraturan suara calon
kampanye rapat sidang keputusan kebijakan gempa longsor pengungsi cuaca hujan musim laut pelabuhan
kapal nelayan ikan bandara pesawat kereta transportasi mudik lebaran minyak gas tambang batu bara
lingkungan hutan sampah air bersih teknologi digital internet data aplikasi keamanan inovasi
penelitian universitas olahraga sepak bola tim pertandingan juara atlet medali pelatih stadion
budaya seni festival pariwisata wisatawan hotel kuliner adat tradisi sejarah bilateral delegasi
perjanjian diplomasi perdamaian konflik dibangun bangunan jembatan pupuk vaksin nikel hilirisasi
siber startup turnamen kemarau logistik bendungan
""".split()
SYLLABLES = "ba ka la ma na pa ra sa ta wa bi ki li mi ni pi ri si ti bu ku lu mu nu pu ru su tu ga da".split()
WORD_OF_RANK = f"""
    CASE WHEN r <= {len(FREQUENT_WORDS)} THEN (ARRAY{FREQUENT_WORDS!r})[r]
         WHEN r % {TOPIC_SPACING} = 0 AND r / {TOPIC_SPACING} - 1 BETWEEN 1 AND {len(TOPICAL_WORDS)}
         THEN (ARRAY{TOPICAL_WORDS!r})[r / {TOPIC_SPACING} - 1]
         ELSE (ARRAY{SYLLABLES!r})[1 + r % 30] || (ARRAY{SYLLABLES!r})[1 + r / 30 % 30]
              || (ARRAY{SYLLABLES!r})[1 + r / 900 % 30]
    END"""


FIRST_NAMES = "Budi Rina Agus Dewi Putu Siti Andi Rizky Nur Eko Wahyu Dian Fajar Indah Hendra Maya Yusuf Lina".split()
LAST_NAMES = (
    "Santoso Wulandari Saputra Lestari Wibowo Pratama Hidayat Kurniawan Nugroho Rahmawati Setiawan Siregar".split()
)
AGENCIES = "Anadolu Xinhua Reuters AFP AP Kyodo Yonhap Bernama Sputnik WAFA IRNA TASS".split()
PROVINCES = [
    f"ID-{code}"
    for code in "AC SU SB RI JA SS BE LA BB KR JK JB JT YO JI BT BA NB NT KB KT KS KI KU SA ST SG SR GO SN MA MU PA PB".split()
]

SEARCHES = [
    "pembangunan bendungan",  # the README search: a frequent and a rare word
    "pemerintah",  # one of the most frequent words: the ranking sorts many hits
    '"harga beras"',  # a phrase
    "nikel -tambang",  # exclusion
    "vaksin or pupuk",
]


def populate(engine: sa.Engine, n_articles: int, words: int = 252, quiet_triggers: bool = False) -> dict[str, float]:
    """Fill core (and a little of the ingest ledger) with generated rows; returns seconds per step.

    `words` per body (~250 is an ANTARA article; fewer builds a large warehouse faster).  With
    `quiet_triggers` the rows are written with triggers and foreign-key checks off
    (session_replication_role = replica: the rows are consistent by construction): the marts' change
    log stays empty, and the marts are then built with a full refresh."""
    steps = {
        "reference rows": f"""
            INSERT INTO ingest.run (input_root, parser_version, as_of, status) VALUES ('/bench', 'bench', '2026-11-29', 'succeeded');
            INSERT INTO core.source (source_key, name, first_run_id)
            SELECT lower(a), a, 1 FROM unnest(ARRAY{AGENCIES!r}) a;
            INSERT INTO core.person (name_key, name, first_run_id)
            SELECT lower(f || ' ' || l || ' ' || n), f || ' ' || l || CASE WHEN n > 1 THEN ' ' || n ELSE '' END, 1
            FROM unnest(ARRAY{FIRST_NAMES!r}) f, unnest(ARRAY{LAST_NAMES!r}) l, generate_series(1, 3) n;
            -- entity 1 is the president, 2 NATO, 3 .. {N_CITIES + 2} Indonesian cities, the rest a mix
            INSERT INTO core.entity (entity_type, entity_key, canonical_name, country_code, province_code, first_run_id)
            SELECT t, lower(name) || ':' || i, name, country, province, 1
            FROM generate_series(1, {N_ENTITIES}) i,
                 LATERAL (SELECT CASE WHEN i = 1 THEN 'PER' WHEN i = 2 THEN 'ORG'
                                      WHEN i <= {N_CITIES + 2} THEN 'LOC'
                                      ELSE (ARRAY['PER', 'PER', 'ORG', 'ORG', 'LOC'])[1 + i % 5] END AS t) ty,
                 LATERAL (SELECT CASE WHEN i = 1 THEN 'Joko Widodo' WHEN i = 2 THEN 'Pakta Pertahanan Atlantik Utara'
                                      ELSE initcap(ty.t) || ' ' || i END AS name,
                                 CASE WHEN ty.t = 'LOC' THEN CASE WHEN i <= {N_CITIES + 2} THEN 'ID' ELSE 'XX' END END AS country,
                                 CASE WHEN i BETWEEN 3 AND {N_CITIES + 2}
                                      THEN (ARRAY{PROVINCES!r})[1 + i % {len(PROVINCES)}] END AS province) nm
            ORDER BY i;
            INSERT INTO core.entity_alias (entity_id, alias) SELECT entity_id, canonical_name FROM core.entity;
            INSERT INTO core.entity_alias (entity_id, alias) VALUES (2, 'NATO'), (1, 'Jokowi');
        """,
        "ledger": f"""
            INSERT INTO ingest.raw_file (input_root, path, size_bytes, mtime_ns, sha256, status, reason, first_run_id,
                                         last_run_id, parser_version)
            SELECT '/bench', 'a' || i || '.txt', 3000, 0, md5(i::text), 'quarantined', 'pending', 1, 1, 'bench'
            FROM generate_series(1, {n_articles}) i;
        """,
        # Bodies: ~250 words in sentences of ~12; the lead is the first sentence, as in the parser.
        "articles (+ search_vector)": f"""
            INSERT INTO core.article (content_sha256, published_month, published_date, date_precision, dateline_place,
                                      agency_marker, lead, body, word_count, paragraph_count, source_id, raw_file_id,
                                      run_id, parser_version, dateline_entity_id, search_vector)
            SELECT md5(body.text), month, CASE WHEN has_day THEN month + day END,
                   CASE WHEN has_day THEN 'day' ELSE 'month' END,
                   'Loc ' || place_id, 'ANTARA',
                   split_part(body.text, '.', 1) || '.', body.text, {words}, 5, source_id, i, 1, 'bench', place_id,
                   core.search_document(core.strip_indonesian_stopwords(split_part(body.text, '.', 1) || '.'),
                                        core.strip_indonesian_stopwords(body.text))
            FROM generate_series(1, {n_articles}) i,
                 LATERAL (SELECT (DATE '2023-01-01' + make_interval(months => (random() * 35.999)::int))::date AS month,
                                 (random() * 27)::int AS day, random() < 0.7 AS has_day,
                                 CASE WHEN random() < 0.95 THEN 3 + floor(power(random(), 2) * {N_CITIES})::int END AS place_id,
                                 CASE WHEN random() < 0.25 THEN 1 + floor(power(random(), 2) * {len(AGENCIES)})::int END AS source_id,
                                 i AS seed) a,
                 LATERAL (SELECT string_agg(
                                     CASE WHEN w % 12 = 1 THEN initcap(word) ELSE word END || CASE WHEN w % 12 = 0 THEN '.' ELSE '' END,
                                     ' ' ORDER BY w) AS text
                          FROM (SELECT w, {WORD_OF_RANK} AS word
                                FROM (SELECT w, floor(exp(random() * ln({VOCABULARY_SIZE})))::int AS r
                                      FROM generate_series(1, {words} + 0 * a.seed) w) draw  -- a.seed: once per article
                               ) pick
                         ) body;
            UPDATE ingest.raw_file SET status = 'loaded', reason = NULL, article_id = raw_file_id;
            INSERT INTO ingest.raw_file (input_root, path, size_bytes, mtime_ns, sha256, status, reason, message,
                                         first_run_id, last_run_id, parser_version)
            SELECT '/bench', 'bad/' || i || '.txt', 0, 0, '', 'quarantined',
                   (ARRAY['empty_file', 'invalid_date', 'future_date', 'binary_content'])[1 + i % 4], 'bench', 1, 1, 'bench'
            FROM generate_series(1, {n_articles // 100}) i;
        """,
        # Credits: wire stories (a source) are translated 80% of the time; others have reporters.
        "credits": """
            WITH person AS (SELECT count(*) AS n FROM core.person)
            INSERT INTO core.article_credit (article_id, person_id, role, position, run_id)
            SELECT a.article_id, c.person_id, c.role, c.position, 1
            FROM core.article a, person,
                 LATERAL (SELECT random() < 0.8 AS translated, random() < 0.1 AS photo, a.article_id) r,  -- per article
                 LATERAL (VALUES
                     (CASE WHEN a.source_id IS NULL OR NOT r.translated THEN 'reporter' ELSE 'translator' END,
                      1 + floor(power(random(), 1.5) * (person.n - 60))::int, 1),
                     ('editor', person.n - 59 + floor(power(random(), 1.5) * 40)::int, 2),
                     (CASE WHEN r.photo THEN 'photographer' END, person.n - 19 + floor(random() * 20)::int, 3)
                 ) c(role, person_id, position)
            WHERE c.role IS NOT NULL;
        """,
        # ~15 mentions per article; popularity is skewed so a few entities are everywhere.
        "entity mentions": f"""
            INSERT INTO core.entity_mention (article_id, entity_id, start_char, end_char, sentence, surface,
                                             model_version, run_id)
            SELECT a.article_id, m.entity_id, 20 * n, 20 * n + 10, n / 2, 'x', 'bench', 1
            FROM core.article a,
                 LATERAL (SELECT n, 1 + floor(power(random(), 2.5) * {N_ENTITIES})::bigint AS entity_id
                          FROM generate_series(1, 10 + (a.article_id % 11)::int) n) m;
        """,
        "analyze": "ANALYZE",
    }
    timings = {}
    with engine.raw_connection() as conn, conn.cursor() as cursor:  # raw: the SQL has literal `%`
        if quiet_triggers:
            cursor.execute("SET session_replication_role = replica")
        for name, sql in steps.items():
            started = time.perf_counter()
            cursor.execute(sql)
            conn.commit()
            timings[name] = time.perf_counter() - started
            print(f"  {name:<28} {timings[name]:8.1f} s", flush=True)
    return timings


def median_ms(conn, sql: str, runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        conn.execute(sa.text(sql)).all()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server-url", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--database", default="antara_bench")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--reuse", action="store_true", help="time a database kept by an earlier --keep run")
    args = parser.parse_args()

    server_url = make_url(args.server_url).set(drivername="postgresql+psycopg2")  # the pipeline's driver
    admin = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
    if not args.reuse:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{args.database}" WITH (FORCE)'))
            conn.execute(sa.text(f'CREATE DATABASE "{args.database}"'))
    engine = sa.create_engine(server_url.set(database=args.database))
    try:
        with engine.connect() as conn:
            print(conn.execute(sa.text("SELECT version()")).scalar())
        upgrade(engine)
        if not args.reuse:
            print(f"populating {args.articles:,} articles")
            populate(engine, args.articles, quiet_triggers=True)
        with engine.connect() as conn:
            counts = conn.execute(
                sa.text(
                    "SELECT (SELECT count(*) FROM core.article), (SELECT count(*) FROM core.entity_mention),"
                    " (SELECT count(*) FROM core.article_credit), pg_size_pretty(pg_database_size(current_database()))"
                )
            ).one()
        print(f"  articles {counts[0]:,}  mentions {counts[1]:,}  credits {counts[2]:,}  database {counts[3]}")

        for attempt, full in (("full refresh", True), ("incremental refresh (core unchanged)", False)):
            timings = refresh_marts(engine, full=full)
            print(f"{attempt}: {sum(timings.values()):.1f} s")
            for view, seconds in timings.items():
                print(f"  {view:<32} {seconds:8.2f} s")
        with engine.connect() as conn:
            conn.execute(sa.text("ANALYZE"))
            conn.commit()
            sizes = conn.execute(
                sa.text(
                    "SELECT c.relname, c.reltuples::bigint, pg_size_pretty(pg_total_relation_size(c.oid)) "
                    "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = 'mart' AND c.relkind = 'r' ORDER BY 1"
                )
            ).all()
        print("marts: " + ", ".join(f"{name} {n:,} rows {size}" for name, n, size in sizes))

        timed = [(q.title, q.sql) for q in QUERIES]
        timed += [(f"search {s}", f"SELECT * FROM mart.search_articles($${s}$$)") for s in SEARCHES]
        slow = []
        print(f"query latency, median of {args.runs} runs (target < {TARGET_MS} ms)")
        with engine.connect() as conn:
            for title, sql in timed:
                ms = median_ms(conn, sql, args.runs)
                print(f"  {ms:8.1f} ms  {'SLOW ' if ms > TARGET_MS else ''}{title}")
                if ms > TARGET_MS:
                    slow.append((title, sql))
            for title, sql in slow:
                print(f"\nEXPLAIN (ANALYZE, BUFFERS) {title}")
                plan = conn.execute(sa.text(f"EXPLAIN (ANALYZE, BUFFERS) {sql.strip().rstrip(';')}")).scalars()
                print("\n".join(plan))
        print("all under target" if not slow else f"{len(slow)} over {TARGET_MS} ms")
    finally:
        engine.dispose()
        if not args.keep:
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{args.database}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
