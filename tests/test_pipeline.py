"""The ingest job against a real PostgreSQL: accounting, idempotency, updates, concurrency."""

from __future__ import annotations

import datetime as dt
import gzip
import threading

import sqlalchemy as sa

from etl.pipeline import ingest
from tests.conftest import sample_credit_lines

AS_OF = dt.date(2026, 11, 29)


def article(n: int, *, month: str = "2024-03", extra: str = "") -> str:
    return (
        f" date {month} Semarang (ANTARA) - Dinas pertanian kota mencatat panen padi ke-{n} berlangsung lancar."
        f'Petani di kecamatan {n} menanam varietas baru yang tahan hama.{extra}"Hasilnya memuaskan," kata '
        f"kepala dinas.\n\nPewarta: Budi Santoso {n % 3}\n\nEditor: Rina Wulandari\n\n"
    )


def write(root, name: str, text: str | bytes) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode())


def table_checksums(engine: sa.Engine) -> dict[str, str]:
    """md5 of every core and ingest.raw_file table's rows, in key order."""
    tables = {
        "core.article": "article_id",
        "core.person": "person_id",
        "core.source": "source_id",
        "core.article_credit": "article_id, role, person_id",
        "core.related_headline": "article_id, position",
        "core.article_minhash_band": "article_id, band_no",
        "ingest.raw_file": "raw_file_id",
    }
    with engine.connect() as conn:
        return {
            t: conn.execute(
                sa.text(f"SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY {k}), '')) FROM {t} x")
            ).scalar()
            for t, k in tables.items()
        }


def scalar(engine: sa.Engine, sql: str, **params):
    with engine.connect() as conn:
        return conn.execute(sa.text(sql), params).scalar()


def test_every_file_is_accounted_for_and_a_rerun_changes_nothing(tmp_path, warehouse):
    root = tmp_path / "in"
    for n in range(30):
        write(root, f"2024/03/a{n:03d}.txt", article(n))
    write(root, "2024/03/gz/a100.txt.gz", gzip.compress(article(100).encode()))
    write(root, "copies/a000-copy.txt", "\ufeff" + article(0).replace("\n", "\r\n"))  # same article, other bytes
    write(root, "bad/empty.txt", "")
    write(root, "bad/month13.txt", article(7, month="2024-13"))
    write(root, "bad/future.txt", article(8, month="2031-01"))

    first = ingest(root, warehouse, as_of=AS_OF, batch_size=7)
    assert (first.discovered, first.loaded, first.duplicate) == (35, 31, 1)
    assert dict(first.quarantined) == {"empty_file": 1, "invalid_date": 1, "future_date": 1}
    assert scalar(warehouse, "SELECT count(*) FROM core.article") == 31
    assert scalar(warehouse, "SELECT count(*) FROM core.person") == 4
    assert scalar(warehouse, "SELECT count(*) FROM core.article_credit") == 62
    assert scalar(warehouse, "SELECT count(*) FROM staging.batch") == 0
    dup = scalar(
        warehouse,
        "SELECT f.article_id = o.article_id FROM ingest.raw_file f JOIN ingest.raw_file o ON o.path = '2024/03/a000.txt' "
        "WHERE f.path = 'copies/a000-copy.txt' AND f.status = 'duplicate' AND o.status = 'loaded'",
    )
    assert dup is True
    assert scalar(warehouse, "SELECT count(*) FROM ingest.raw_file WHERE status='quarantined' AND message <> ''") == 3

    before = table_checksums(warehouse)
    second = ingest(root, warehouse, as_of=AS_OF, batch_size=7)
    assert (second.unchanged, second.processed) == (35, 0)
    assert table_checksums(warehouse) == before
    # even reprocessing every file again leaves core as it was
    third = ingest(root, warehouse, as_of=AS_OF, batch_size=5, reprocess=True)
    assert (third.loaded, third.duplicate) == (31, 1)
    after = table_checksums(warehouse)
    assert {k: v for k, v in after.items() if k != "ingest.raw_file"} == {
        k: v for k, v in before.items() if k != "ingest.raw_file"
    }
    assert scalar(warehouse, "SELECT count(*) FROM ingest.run WHERE status = 'succeeded'") == 3


def test_a_changed_file_updates_its_article_instead_of_adding_one(tmp_path, warehouse):
    root = tmp_path / "in"
    write(root, "a.txt", article(1))
    write(root, "b.txt", article(2))
    ingest(root, warehouse, as_of=AS_OF)
    article_id = scalar(warehouse, "SELECT article_id FROM ingest.raw_file WHERE path = 'a.txt'")

    write(root, "a.txt", article(1, extra="Pemerintah menambah bantuan benih untuk musim depan."))
    summary = ingest(root, warehouse, as_of=AS_OF)
    assert (summary.unchanged, summary.loaded) == (1, 1)
    assert scalar(warehouse, "SELECT count(*) FROM core.article") == 2
    assert scalar(warehouse, "SELECT article_id FROM ingest.raw_file WHERE path = 'a.txt'") == article_id
    assert "bantuan benih" in scalar(warehouse, "SELECT body FROM core.article WHERE article_id = :a", a=article_id)
    assert scalar(warehouse, "SELECT count(*) FROM core.article_credit WHERE article_id = :a", a=article_id) == 2


def test_a_file_that_breaks_later_is_quarantined_and_the_run_goes_on(tmp_path, warehouse):
    root = tmp_path / "in"
    write(root, "a.txt", article(1))
    write(root, "b.txt", article(2))
    ingest(root, warehouse, as_of=AS_OF)
    write(root, "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    summary = ingest(root, warehouse, as_of=AS_OF)
    assert dict(summary.quarantined) == {"binary_content": 1}
    assert scalar(warehouse, "SELECT status FROM ingest.raw_file WHERE path = 'a.txt'") == "quarantined"


def test_near_duplicate_reissues_share_a_group(tmp_path, warehouse):
    root = tmp_path / "in"
    long_text = " ".join(f"Kalimat nomor {i} tentang pembangunan jalan desa yang baru." for i in range(40))
    write(root, "a.txt", article(1, extra=long_text))
    write(root, "b.txt", article(1, extra=long_text.replace("nomor 39", "nomor tiga puluh sembilan")))
    write(root, "c.txt", article(2, extra="Laporan lain sama sekali."))
    ingest(root, warehouse, as_of=AS_OF)
    with warehouse.connect() as conn:
        groups = dict(
            conn.execute(
                sa.text(
                    "SELECT f.path, a.near_duplicate_group_id FROM ingest.raw_file f JOIN core.article a USING (article_id)"
                )
            ).all()
        )
    assert groups["a.txt"] == groups["b.txt"] != groups["c.txt"]


def test_two_runs_at_once_over_the_same_folder_duplicate_nothing(tmp_path, warehouse):
    root = tmp_path / "in"
    for n in range(60):
        write(root, f"f{n:03d}.txt", article(n))
    errors: list[BaseException] = []

    def run():
        try:
            ingest(root, warehouse, as_of=AS_OF, batch_size=4)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert scalar(warehouse, "SELECT count(*) FROM core.article") == 60
    assert scalar(warehouse, "SELECT count(*) FROM ingest.raw_file") == 60
    assert scalar(warehouse, "SELECT count(*) FROM ingest.raw_file WHERE status = 'loaded'") == 60
    assert scalar(warehouse, "SELECT count(*) FROM core.article_credit") == 120


def test_the_real_sample_loads_with_its_credits(sample_path, tmp_path, warehouse):
    root = tmp_path / "in"
    write(root, "2023/05/sample.txt", sample_path.read_bytes())
    summary = ingest(root, warehouse, as_of=AS_OF)
    assert summary.loaded == 1
    with warehouse.connect() as conn:
        row = conn.execute(
            sa.text(
                "SELECT published_date, date_precision, dateline_place, s.name AS source FROM core.article a "
                "JOIN core.source s USING (source_id)"
            )
        ).one()
        credits = conn.execute(
            sa.text(
                "SELECT role, p.name FROM core.article_credit JOIN core.person p USING (person_id) ORDER BY position"
            )
        ).all()
    assert row == (dt.date(2023, 5, 3), "day", "Istanbul", "Anadolu")
    assert [tuple(c) for c in credits] == sample_credit_lines(sample_path)


def test_a_reprocess_as_of_an_earlier_date_leaves_ledger_and_core_agreeing(tmp_path, warehouse):
    """`ingest --reprocess --as-of <the past>` must not mark files whose articles are published `future_date`
    (the run's reference date is raised to the one they were published under); new files keep the date."""
    root = tmp_path / "in"
    for n in range(5):
        write(root, f"a{n}.txt", article(n, month="2024-03"))
    ingest(root, warehouse, as_of=AS_OF)
    early = dt.date(2023, 1, 15)  # before the articles' month

    again = ingest(root, warehouse, as_of=early, reprocess=True)
    assert again.loaded + again.duplicate == 5 and not again.quarantined
    disagreeing = (
        "SELECT count(*) FROM core.article a JOIN ingest.raw_file f USING (raw_file_id) WHERE f.status <> 'loaded'"
    )
    assert scalar(warehouse, disagreeing) == 0
    assert scalar(warehouse, "SELECT as_of FROM ingest.run ORDER BY run_id DESC LIMIT 1") == AS_OF

    write(root, "new.txt", article(9, month="2024-03"))
    new = ingest(root, warehouse, as_of=early)  # only a new file: the date the user gave stands
    assert dict(new.quarantined) == {"future_date": 1}
