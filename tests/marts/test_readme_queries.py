"""Every README example query runs as an analyst and returns exactly the rows the fixture implies."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa

from antara_testkit.readme_queries import QUERIES, markdown

D = dt.date

EXPECTED = {
    "Who edited the most translated wire stories in 2024?": [
        ("Rina Wulandari", 3),  # articles 4, 6, 9
        ("Atman Ahdiat", 1),  # article 5
    ],
    "Which organisations appear most often with Joko Widodo?": [
        ("Kementerian Pertanian", 2, D(2024, 3, 1), D(2024, 3, 1)),
        ("Perum Bulog", 2, D(2024, 3, 1), D(2024, 4, 1)),
    ],
    "Which articles mentioned NATO in April 2024 (by any of its names)?": [
        (4, D(2024, 4, 2), "Sekretaris Jenderal NATO bertemu Erdogan di Istanbul.", 2),
        (5, D(2024, 4, 20), "Erdogan menerima utusan NATO.", 1),
    ],
    "Which places file the most stories in each province?": [
        ("ID-JI", "Surabaya", 1),
        ("ID-JT", "Semarang", 2),
        ("ID-JT", "Kudus", 1),
    ],
    "Who and what is in the news from Central Java (ID-JT)?": [
        (1, "ORG", "Kementerian Pertanian", 3, 3),
        (2, "PER", "Joko Widodo", 2, 3),
        (3, "ORG", "Perum Bulog", 2, 2),
        (4, "LOC", "Semarang", 1, 1),
        (5, "LOC", "Kudus", 1, 1),
    ],
    "How many stories did each reporter file per month in 2024?": [
        ("Budi Santoso", D(2024, 3, 1), 2),
        ("Budi Santoso", D(2024, 4, 1), 1),
    ],
    "What share of each month's translated wire stories came from each agency?": [
        (D(2024, 4, 1), "Anadolu", 2, Decimal("1.0000"), Decimal("0.6667")),
        (D(2024, 5, 1), "Anadolu", 1, Decimal("0.5000"), Decimal("0.3333")),
        (D(2024, 5, 1), "Xinhua", 1, Decimal("0.5000"), Decimal("0.3333")),
    ],
    "How often was Joko Widodo in the news, month by month?": [
        (D(2023, 12, 1), 1, 1),
        (D(2024, 3, 1), 2, 3),
        (D(2024, 4, 1), 2, 3),
    ],
    "Full-text search: articles about building dams (any form of `bangun`)": [
        (
            1,
            D(2024, 3, 1),
            "Presiden Joko Widodo meninjau pembangunan bendungan di Semarang.",
            (
                "Presiden Joko Widodo meninjau <b>pembangunan</b> <b>bendungan</b> di Semarang. Kementerian"
                " Pertanian menyiapkan irigasi. Joko Widodo meminta <b>bendungan</b> selesai tahun"
            ),  # MaxWords=20 cuts the snippet
        ),
    ],
}


def test_every_query_has_its_expected_rows():
    assert set(EXPECTED) | {"Which files were held back, and why?"} == {q.title for q in QUERIES}


@pytest.mark.parametrize("query", QUERIES, ids=[q.title for q in QUERIES])
def test_the_readme_query_answers_as_an_analyst(query, fixture_warehouse, analyst_url):
    analyst = sa.create_engine(analyst_url)
    try:
        with analyst.connect() as conn:
            got = [tuple(r) for r in conn.execute(sa.text(query.sql))]
    finally:
        analyst.dispose()
    if query.title == "Which files were held back, and why?":  # last_seen is the fixture run's start time
        assert [(reason, files) for reason, files, _ in got] == [("empty_file", 2), ("future_date", 1)]
    else:
        assert got == EXPECTED[query.title]


def test_the_readme_section_shows_every_query():
    section = markdown()
    assert section.startswith("## Query the warehouse")
    assert all(q.title in section and q.sql.strip() in section for q in QUERIES)
