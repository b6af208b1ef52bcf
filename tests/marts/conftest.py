"""A small warehouse whose every mart row is known: ten articles, written straight into core.

Mentions are every occurrence of the listed surface in the article's body (the body starts with
the lead), with exact offsets, as the tagger would write them.  The expected rows in the tests
are worked out by hand from the tables below.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass, field

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from etl.warehouse.marts import create_analyst_login, refresh_marts

SOURCES = {1: ("anadolu", "Anadolu"), 2: ("xinhua", "Xinhua"), 3: ("reuters", "Reuters")}
PERSONS = {1: "Budi Santoso", 2: "Rina Wulandari", 3: "Cindy Octavia", 4: "Atman Ahdiat", 5: "Dewi Lestari"}

# entity_id: (type, key, canonical name, country, province, aliases)
ENTITIES = {
    1: ("PER", "joko widodo", "Joko Widodo", None, None, ["Joko Widodo", "Jokowi"]),
    2: ("ORG", "kementerian pertanian", "Kementerian Pertanian", None, None, ["Kementerian Pertanian", "Kementan"]),
    3: ("ORG", "nato", "Pakta Pertahanan Atlantik Utara", None, None, ["NATO", "Pakta Pertahanan Atlantik Utara"]),
    4: ("LOC", "semarang", "Semarang", "ID", "ID-JT", ["Semarang"]),
    5: ("LOC", "surabaya", "Surabaya", "ID", "ID-JI", ["Surabaya"]),
    6: ("LOC", "istanbul", "Istanbul", "TR", None, ["Istanbul"]),
    7: ("PER", "recep tayyip erdogan", "Recep Tayyip Erdogan", None, None, ["Recep Tayyip Erdogan", "Erdogan"]),
    8: ("LOC", "kudus", "Kudus", "ID", "ID-JT", ["Kudus"]),
    9: ("ORG", "perum bulog", "Perum Bulog", None, None, ["Perum Bulog", "Bulog"]),
}


@dataclass
class Article:
    article_id: int
    published: dt.date
    day_known: bool
    dateline_place: str | None
    dateline_entity_id: int | None
    lead: str
    rest: str
    credits: list[tuple[str, int]]  # (role, person_id), in credit order
    mentions: dict[str, int] = field(default_factory=dict)  # surface -> entity_id
    source_id: int | None = None

    @property
    def body(self) -> str:
        return f"{self.lead} {self.rest}"


ARTICLES = [
    Article(
        1,
        dt.date(2024, 3, 5),
        True,
        "Semarang",
        4,
        "Presiden Joko Widodo meninjau pembangunan bendungan di Semarang.",
        "Kementerian Pertanian menyiapkan irigasi. Joko Widodo meminta bendungan selesai tahun ini.",
        [("reporter", 1), ("editor", 2)],
        {"Joko Widodo": 1, "Semarang": 4, "Kementerian Pertanian": 2},
    ),
    Article(
        2,
        dt.date(2024, 3, 1),
        False,
        "Semarang, Jawa Tengah",
        4,
        "Kementerian Pertanian menyalurkan benih padi kepada petani.",
        "Jokowi berharap panen naik. Perum Bulog menyerap gabah petani.",
        [("reporter", 1), ("editor", 2)],
        {"Kementerian Pertanian": 2, "Jokowi": 1, "Perum Bulog": 9},
    ),
    Article(
        3,
        dt.date(2024, 4, 10),
        True,
        "Surabaya",
        5,
        "Warga Surabaya menyambut kunjungan Joko Widodo.",
        "Joko Widodo meresmikan jalan tol. Perum Bulog membuka gudang baru di Surabaya.",
        [("reporter", 1), ("editor", 4)],
        {"Surabaya": 5, "Joko Widodo": 1, "Perum Bulog": 9},
    ),
    Article(
        4,
        dt.date(2024, 4, 2),
        True,
        "Istanbul",
        6,
        "Sekretaris Jenderal NATO bertemu Erdogan di Istanbul.",
        "NATO membahas keamanan kawasan.",
        [("translator", 3), ("editor", 2)],
        {"NATO": 3, "Erdogan": 7, "Istanbul": 6},
        source_id=1,
    ),
    Article(
        5,
        dt.date(2024, 4, 20),
        True,
        "Istanbul",
        6,
        "Erdogan menerima utusan NATO.",
        "Presiden Joko Widodo mengirim pesan kepada Erdogan.",
        [("translator", 3), ("editor", 4)],
        {"Erdogan": 7, "NATO": 3, "Joko Widodo": 1},
        source_id=1,
    ),
    Article(
        6,
        dt.date(2024, 5, 3),
        True,
        "Jakarta",
        None,
        "NATO memperluas latihan militer.",
        "Latihan berlangsung sepekan.",
        [("translator", 3), ("editor", 2)],
        {"NATO": 3},
        source_id=2,
    ),
    Article(
        7,
        dt.date(2024, 5, 1),
        False,
        "Kudus",
        8,
        "Kementerian Pertanian dan Perum Bulog meninjau gudang di Kudus.",
        "Stok beras dinyatakan aman.",
        [("editor", 2), ("photographer", 5)],
        {"Kementerian Pertanian": 2, "Perum Bulog": 9, "Kudus": 8},
        source_id=2,
    ),
    Article(
        8,
        dt.date(2023, 12, 15),
        True,
        None,
        None,
        "Joko Widodo membuka pameran.",
        "Pameran berlangsung tiga hari.",
        [("reporter", 1), ("editor", 2)],
        {"Joko Widodo": 1},
    ),
    Article(
        9,
        dt.date(2024, 5, 10),
        True,
        "Ankara",
        None,
        "Turki menggelar pemilihan umum.",
        "Warga antre di tempat pemungutan suara.",
        [("translator", 3), ("editor", 2)],
        source_id=1,
    ),
    Article(
        10,
        dt.date(2024, 6, 1),
        True,
        "Bandung",
        None,
        "Pemerintah membangun jembatan baru di desa terpencil.",
        "Jembatan yang dibangun itu menghubungkan dua kecamatan. Bangunan lama sudah rapuh.",
        [],
    ),
]

QUARANTINED = [("bad/empty.txt", "empty_file"), ("bad/blank.txt", "empty_file"), ("bad/future.txt", "future_date")]


def load_fixture(engine: sa.Engine) -> None:
    with engine.begin() as conn:

        def run(sql: str, params: dict | list[dict]) -> None:
            conn.execute(sa.text(sql), params)

        run(
            "INSERT INTO ingest.run (run_id, input_root, parser_version, as_of, status) OVERRIDING SYSTEM VALUE "
            "VALUES (1, '/corpus', 'test', '2026-11-29', 'succeeded')",
            {},
        )
        run(
            "INSERT INTO core.source (source_id, source_key, name, first_run_id) OVERRIDING SYSTEM VALUE "
            "VALUES (:id, :key, :name, 1)",
            [{"id": i, "key": k, "name": n} for i, (k, n) in SOURCES.items()],
        )
        run(
            "INSERT INTO core.person (person_id, name_key, name, first_run_id) OVERRIDING SYSTEM VALUE "
            "VALUES (:id, lower(:name), :name, 1)",
            [{"id": i, "name": n} for i, n in PERSONS.items()],
        )
        run(
            "INSERT INTO core.entity (entity_id, entity_type, entity_key, canonical_name, country_code, province_code,"
            " first_run_id) OVERRIDING SYSTEM VALUE VALUES (:id, :type, :key, :name, :country, :province, 1)",
            [
                {"id": i, "type": t, "key": k, "name": n, "country": c, "province": p}
                for i, (t, k, n, c, p, _) in ENTITIES.items()
            ],
        )
        run(
            "INSERT INTO core.entity_alias (entity_id, alias) VALUES (:id, :alias)",
            [{"id": i, "alias": a} for i, e in ENTITIES.items() for a in e[5]],
        )
        # The ledger row comes first (articles reference it); it is 'loaded' once its article exists.
        run(
            "INSERT INTO ingest.raw_file (raw_file_id, input_root, path, size_bytes, mtime_ns, sha256, status, reason,"
            " first_run_id, last_run_id, parser_version) OVERRIDING SYSTEM VALUE "
            "VALUES (:id, '/corpus', :path, 100, 0, md5(:path), 'quarantined', 'pending', 1, 1, 'test')",
            [{"id": a.article_id, "path": f"a{a.article_id:02d}.txt"} for a in ARTICLES],
        )
        run(
            "INSERT INTO core.article (article_id, content_sha256, published_month, published_date, date_precision,"
            " dateline_place, agency_marker, lead, body, word_count, paragraph_count, source_id, raw_file_id, run_id,"
            " parser_version, dateline_entity_id) OVERRIDING SYSTEM VALUE "
            "VALUES (:id, md5(:body), date_trunc('month', CAST(:published AS date)), :date, :precision, :place, 'ANTARA',"
            " :lead, :body, :words, 1, :source, :id, 1, 'test', :place_entity)",
            [
                {
                    "id": a.article_id,
                    "published": a.published,
                    "date": a.published if a.day_known else None,
                    "precision": "day" if a.day_known else "month",
                    "place": a.dateline_place,
                    "lead": a.lead,
                    "body": a.body,
                    "words": len(a.body.split()),
                    "source": a.source_id,
                    "place_entity": a.dateline_entity_id,
                }
                for a in ARTICLES
            ],
        )
        run(
            "UPDATE ingest.raw_file SET status = 'loaded', reason = NULL, article_id = raw_file_id",
            {},
        )
        run(
            "INSERT INTO ingest.raw_file (raw_file_id, input_root, path, size_bytes, mtime_ns, sha256, status, reason,"
            " message, first_run_id, last_run_id, parser_version) OVERRIDING SYSTEM VALUE "
            "VALUES (:id, '/corpus', :path, 0, 0, '', 'quarantined', :reason, 'see reason', 1, 1, 'test')",
            [{"id": 100 + n, "path": p, "reason": r} for n, (p, r) in enumerate(QUARANTINED)],
        )
        run(
            "INSERT INTO core.article_credit (article_id, person_id, role, position, run_id) "
            "VALUES (:article, :person, :role, :position, 1)",
            [
                {"article": a.article_id, "person": person, "role": role, "position": n}
                for a in ARTICLES
                for n, (role, person) in enumerate(a.credits, start=1)
            ],
        )
        run(
            "INSERT INTO core.entity_mention (article_id, entity_id, start_char, end_char, sentence, surface,"
            " model_version, run_id) VALUES (:article, :entity, :start, :end, 0, :surface, 'test', 1)",
            [
                {"article": a.article_id, "entity": entity, "start": m.start(), "end": m.end(), "surface": surface}
                for a in ARTICLES
                for surface, entity in a.mentions.items()
                for m in re.finditer(rf"\b{re.escape(surface)}\b", a.body)
            ],
        )


@pytest.fixture
def fixture_warehouse(warehouse) -> sa.Engine:
    """The known warehouse above, marts refreshed."""
    load_fixture(warehouse)
    refresh_marts(warehouse)
    return warehouse


def rows(engine: sa.Engine, sql: str, **params) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(sql), params)]


@pytest.fixture
def analyst_url(warehouse, warehouse_url) -> str:
    """URL of a fresh analyst login (a member of `analyst`) on the test warehouse; dropped afterwards."""
    name = f"analyst_test_{uuid.uuid4().hex[:8]}"
    create_analyst_login(warehouse, name, "s3cret-pass")
    yield make_url(warehouse_url).set(username=name, password="s3cret-pass").render_as_string(hide_password=False)
    with warehouse.connect() as conn:
        # The role owns nothing; the grant of `analyst` goes with it.
        conn.execute(sa.text(f'DROP ROLE "{name}"'))
        conn.commit()
