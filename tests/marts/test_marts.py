"""Each mart holds exactly the rows worked out by hand from the fixture warehouse (conftest.py)."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from etl.warehouse.marts import mart_files, refresh_marts, refresh_steps
from tests.conftest import REPO
from tests.marts.conftest import load_fixture, rows

D = dt.date


def test_the_fixture_mentions_are_the_ones_the_expectations_assume(fixture_warehouse):
    per_article = rows(
        fixture_warehouse,
        "SELECT article_id, entity_id, count(*) FROM core.entity_mention GROUP BY 1, 2 ORDER BY 1, 2",
    )
    assert per_article == [
        (1, 1, 2),
        (1, 2, 1),
        (1, 4, 1),
        (2, 1, 1),
        (2, 2, 1),
        (2, 9, 1),
        (3, 1, 2),
        (3, 5, 2),
        (3, 9, 1),
        (4, 3, 2),
        (4, 6, 1),
        (4, 7, 1),
        (5, 1, 1),
        (5, 3, 1),
        (5, 7, 2),
        (6, 3, 1),
        (7, 2, 1),
        (7, 8, 1),
        (7, 9, 1),
        (8, 1, 1),
    ]


def test_entity_mentions_per_day_count_only_articles_with_a_known_day(fixture_warehouse):
    assert rows(fixture_warehouse, "SELECT * FROM mart.entity_mentions_daily ORDER BY entity_id, day") == [
        (1, "PER", "Joko Widodo", D(2023, 12, 15), 1, 1),
        (1, "PER", "Joko Widodo", D(2024, 3, 5), 1, 2),
        (1, "PER", "Joko Widodo", D(2024, 4, 10), 1, 2),
        (1, "PER", "Joko Widodo", D(2024, 4, 20), 1, 1),
        (2, "ORG", "Kementerian Pertanian", D(2024, 3, 5), 1, 1),
        (3, "ORG", "Pakta Pertahanan Atlantik Utara", D(2024, 4, 2), 1, 2),
        (3, "ORG", "Pakta Pertahanan Atlantik Utara", D(2024, 4, 20), 1, 1),
        (3, "ORG", "Pakta Pertahanan Atlantik Utara", D(2024, 5, 3), 1, 1),
        (4, "LOC", "Semarang", D(2024, 3, 5), 1, 1),
        (5, "LOC", "Surabaya", D(2024, 4, 10), 1, 2),
        (6, "LOC", "Istanbul", D(2024, 4, 2), 1, 1),
        (7, "PER", "Recep Tayyip Erdogan", D(2024, 4, 2), 1, 1),
        (7, "PER", "Recep Tayyip Erdogan", D(2024, 4, 20), 1, 2),
        (9, "ORG", "Perum Bulog", D(2024, 4, 10), 1, 1),
    ]


def test_entity_mentions_per_month_count_every_article(fixture_warehouse):
    assert rows(fixture_warehouse, "SELECT * FROM mart.entity_mentions_monthly ORDER BY entity_id, month") == [
        (1, "PER", "Joko Widodo", D(2023, 12, 1), 1, 1),
        (1, "PER", "Joko Widodo", D(2024, 3, 1), 2, 3),
        (1, "PER", "Joko Widodo", D(2024, 4, 1), 2, 3),
        (2, "ORG", "Kementerian Pertanian", D(2024, 3, 1), 2, 2),
        (2, "ORG", "Kementerian Pertanian", D(2024, 5, 1), 1, 1),
        (3, "ORG", "Pakta Pertahanan Atlantik Utara", D(2024, 4, 1), 2, 3),
        (3, "ORG", "Pakta Pertahanan Atlantik Utara", D(2024, 5, 1), 1, 1),
        (4, "LOC", "Semarang", D(2024, 3, 1), 1, 1),
        (5, "LOC", "Surabaya", D(2024, 4, 1), 1, 2),
        (6, "LOC", "Istanbul", D(2024, 4, 1), 1, 1),
        (7, "PER", "Recep Tayyip Erdogan", D(2024, 4, 1), 2, 3),
        (8, "LOC", "Kudus", D(2024, 5, 1), 1, 1),
        (9, "ORG", "Perum Bulog", D(2024, 3, 1), 1, 1),
        (9, "ORG", "Perum Bulog", D(2024, 4, 1), 1, 1),
        (9, "ORG", "Perum Bulog", D(2024, 5, 1), 1, 1),
    ]


def test_articles_per_dateline_place_use_the_place_entity(fixture_warehouse):
    # `Semarang` and `Semarang, Jawa Tengah` are one place; Jakarta and Ankara are not linked to one.
    assert rows(fixture_warehouse, "SELECT * FROM mart.dateline_place_monthly ORDER BY place_entity_id, month") == [
        (4, "Semarang", "ID", "ID-JT", D(2024, 3, 1), 2),
        (5, "Surabaya", "ID", "ID-JI", D(2024, 4, 1), 1),
        (6, "Istanbul", "TR", None, D(2024, 4, 1), 2),
        (8, "Kudus", "ID", "ID-JT", D(2024, 5, 1), 1),
    ]


def test_top_entities_per_dateline_place_as_written(fixture_warehouse):
    got = rows(
        fixture_warehouse,
        "SELECT dateline_place, rank_in_place, canonical_name, articles, mentions "
        "FROM mart.entity_by_dateline_place ORDER BY dateline_place, rank_in_place",
    )
    assert got == [
        ("Istanbul", 1, "Pakta Pertahanan Atlantik Utara", 2, 3),  # ties on (2, 3) break by entity_id
        ("Istanbul", 2, "Recep Tayyip Erdogan", 2, 3),
        ("Istanbul", 3, "Joko Widodo", 1, 1),
        ("Istanbul", 4, "Istanbul", 1, 1),
        ("Jakarta", 1, "Pakta Pertahanan Atlantik Utara", 1, 1),
        ("Kudus", 1, "Kementerian Pertanian", 1, 1),
        ("Kudus", 2, "Kudus", 1, 1),
        ("Kudus", 3, "Perum Bulog", 1, 1),
        ("Semarang", 1, "Joko Widodo", 1, 2),
        ("Semarang", 2, "Kementerian Pertanian", 1, 1),
        ("Semarang", 3, "Semarang", 1, 1),
        ("Semarang, Jawa Tengah", 1, "Joko Widodo", 1, 1),
        ("Semarang, Jawa Tengah", 2, "Kementerian Pertanian", 1, 1),
        ("Semarang, Jawa Tengah", 3, "Perum Bulog", 1, 1),
        ("Surabaya", 1, "Joko Widodo", 1, 2),
        ("Surabaya", 2, "Surabaya", 1, 2),
        ("Surabaya", 3, "Perum Bulog", 1, 1),
    ]


def test_top_entities_per_province_of_the_dateline(fixture_warehouse):
    got = rows(
        fixture_warehouse,
        "SELECT province_code, rank_in_province, entity_id, entity_type, canonical_name, articles, mentions "
        "FROM mart.entity_by_province ORDER BY province_code, rank_in_province",
    )
    assert got == [
        ("ID-JI", 1, 1, "PER", "Joko Widodo", 1, 2),
        ("ID-JI", 2, 5, "LOC", "Surabaya", 1, 2),
        ("ID-JI", 3, 9, "ORG", "Perum Bulog", 1, 1),
        ("ID-JT", 1, 2, "ORG", "Kementerian Pertanian", 3, 3),
        ("ID-JT", 2, 1, "PER", "Joko Widodo", 2, 3),
        ("ID-JT", 3, 9, "ORG", "Perum Bulog", 2, 2),
        ("ID-JT", 4, 4, "LOC", "Semarang", 1, 1),
        ("ID-JT", 5, 8, "LOC", "Kudus", 1, 1),
    ]


def test_co_occurring_pairs_are_ordered_and_seen_at_least_twice(fixture_warehouse):
    assert rows(fixture_warehouse, "SELECT * FROM mart.entity_pair ORDER BY entity_a_id, entity_b_id") == [
        (1, 2, 2, D(2024, 3, 1), D(2024, 3, 1)),  # Joko Widodo + Kementerian Pertanian: articles 1, 2
        (1, 9, 2, D(2024, 3, 1), D(2024, 4, 1)),  # Joko Widodo + Perum Bulog: 2, 3
        (2, 9, 2, D(2024, 3, 1), D(2024, 5, 1)),  # Kementerian Pertanian + Perum Bulog: 2, 7
        (3, 7, 2, D(2024, 4, 1), D(2024, 4, 1)),  # NATO + Erdogan: 4, 5
    ]


def test_credits_per_person_role_and_month_with_translated_wire_stories(fixture_warehouse):
    assert rows(fixture_warehouse, "SELECT * FROM mart.person_role_monthly ORDER BY person_id, role, month") == [
        (1, "Budi Santoso", "reporter", D(2023, 12, 1), 1, 0),
        (1, "Budi Santoso", "reporter", D(2024, 3, 1), 2, 0),
        (1, "Budi Santoso", "reporter", D(2024, 4, 1), 1, 0),
        (2, "Rina Wulandari", "editor", D(2023, 12, 1), 1, 0),
        (2, "Rina Wulandari", "editor", D(2024, 3, 1), 2, 0),
        (2, "Rina Wulandari", "editor", D(2024, 4, 1), 1, 1),
        (2, "Rina Wulandari", "editor", D(2024, 5, 1), 3, 2),  # article 7 cites Xinhua but has no translator
        (3, "Cindy Octavia", "translator", D(2024, 4, 1), 2, 2),
        (3, "Cindy Octavia", "translator", D(2024, 5, 1), 2, 2),
        (4, "Atman Ahdiat", "editor", D(2024, 4, 1), 2, 1),
        (5, "Dewi Lestari", "photographer", D(2024, 5, 1), 1, 0),
    ]


def test_wire_source_shares_per_month(fixture_warehouse):
    assert rows(fixture_warehouse, "SELECT * FROM mart.wire_source_monthly ORDER BY month, source_id") == [
        (D(2024, 4, 1), 1, "Anadolu", 2, 2, Decimal("1.0000"), Decimal("0.6667")),  # 2 of the month's 3 articles
        (D(2024, 5, 1), 1, "Anadolu", 1, 1, Decimal("0.5000"), Decimal("0.3333")),
        (D(2024, 5, 1), 2, "Xinhua", 2, 1, Decimal("0.5000"), Decimal("0.3333")),
    ]


MART_FILES = sorted(p.stem for p in (REPO / "schema" / "objects" / "marts").glob("*.sql"))
# The marts analysts read; mart.all_* hold the full counts two of them rank or cut.
MARTS = [m for m in MART_FILES if not m.startswith("mart.all_")]


def test_every_mart_file_makes_a_table_and_the_refresh_has_a_step_for_each_mart(warehouse):
    found = rows(warehouse, "SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname = 'mart'")
    assert sorted(t for (t,) in found) == MART_FILES
    assert sorted(step for step, _ in refresh_steps() if step.startswith("mart.")) == MARTS


def test_a_mart_file_that_reads_another_mart_is_built_after_it():
    files = mart_files()
    for n, path in enumerate(files):
        text = path.read_text(encoding="utf-8")
        for earlier_or_later, other in enumerate(files):
            if other != path and f"FROM {other.stem}" in text:
                assert earlier_or_later < n, f"{path.name} reads {other.stem}, whose file sorts after it"


def test_refresh_follows_core_and_can_run_twice(warehouse):
    assert rows(warehouse, "SELECT count(*) FROM mart.entity_mentions_monthly") == [(0,)]  # created populated, empty
    load_fixture(warehouse)
    first = refresh_marts(warehouse)
    assert set(MARTS) <= set(first) and all(s >= 0 for s in first.values())
    before = {v: sorted(rows(warehouse, f"SELECT * FROM {v}"), key=str) for v in MART_FILES}
    refresh_marts(warehouse)  # nothing changed: the same rows
    assert {v: sorted(rows(warehouse, f"SELECT * FROM {v}"), key=str) for v in MART_FILES} == before

    with warehouse.begin() as conn:
        conn.execute(sa.text("DELETE FROM core.entity_mention WHERE article_id = 8"))
    refresh_marts(warehouse)
    assert rows(
        warehouse, "SELECT month, articles FROM mart.entity_mentions_monthly WHERE entity_id = 1 ORDER BY month"
    ) == [
        (D(2024, 3, 1), 2),
        (D(2024, 4, 1), 2),
    ]


def test_a_full_refresh_rebuilds_a_mart_emptied_by_hand_and_keeps_the_grants(fixture_warehouse):
    with fixture_warehouse.begin() as conn:
        conn.execute(sa.text("DELETE FROM mart.entity_pair"))
    refresh_marts(fixture_warehouse)  # incremental: nothing changed in core, nothing to re-count
    assert rows(fixture_warehouse, "SELECT count(*) FROM mart.entity_pair") == [(0,)]
    timings = refresh_marts(fixture_warehouse, full=True)
    assert sorted(timings) == MART_FILES
    assert rows(fixture_warehouse, "SELECT count(*) FROM mart.entity_pair") == [(4,)]
    assert rows(fixture_warehouse, "SELECT has_table_privilege('analyst', 'mart.entity_pair', 'SELECT')") == [(True,)]


def test_refresh_neither_waits_for_nor_blocks_readers(fixture_warehouse, warehouse_url):
    from etl.warehouse.connection import create_engine

    reader_in_transaction = threading.Event()
    refreshed = threading.Event()
    seen_while_refreshing: list[int] = []

    def reader():
        with fixture_warehouse.connect() as conn:  # holds its lock on the mart until the refresh is done
            conn.execute(sa.text("SELECT count(*) FROM mart.entity_pair")).scalar()
            reader_in_transaction.set()
            refreshed.wait(30)
            seen_while_refreshing.append(conn.execute(sa.text("SELECT count(*) FROM mart.entity_pair")).scalar())

    thread = threading.Thread(target=reader)
    thread.start()
    assert reader_in_transaction.wait(30)
    # A blocking refresh would need an ACCESS EXCLUSIVE lock, wait for the reader and time out.
    impatient_url = make_url(warehouse_url).update_query_dict({"options": "-c lock_timeout=2000"})
    impatient = create_engine(impatient_url.render_as_string(hide_password=False))
    try:
        refresh_marts(impatient)
    finally:
        refreshed.set()
        thread.join()
        impatient.dispose()
    assert seen_while_refreshing == [4]
