"""The entity layer in the warehouse: mentions, canonical entities, aliases, model-version re-extraction."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from etl.pipeline import ingest, reextract_entities
from tests.test_pipeline import article, scalar, write

AS_OF = dt.date(2026, 11, 29)

ROUND_TRIP = """
SELECT count(*) FROM core.entity_mention m JOIN core.article a USING (article_id)
WHERE substring(a.body FROM m.start_char + 1 FOR m.end_char - m.start_char) <> m.surface
   OR m.end_char > length(a.body)
"""


def test_the_real_sample_yields_its_entities(sample_path, tmp_path, warehouse):
    write(tmp_path / "in", "sample.txt", sample_path.read_bytes())
    ingest(tmp_path / "in", warehouse, as_of=AS_OF)
    with warehouse.connect() as conn:
        entities = set(conn.execute(sa.text("SELECT entity_type, canonical_name FROM core.entity")).all())
        nato_aliases = set(
            conn.execute(
                sa.text(
                    "SELECT alias FROM core.entity_alias JOIN core.entity USING (entity_id) "
                    "WHERE entity_type = 'ORG' AND entity_key = 'nato'"
                )
            ).scalars()
        )
        stoltenberg = conn.execute(
            sa.text(
                "SELECT array_agg(DISTINCT m.surface ORDER BY m.surface) FROM core.entity_mention m "
                "JOIN core.entity e USING (entity_id) WHERE e.canonical_name = 'Jens Stoltenberg'"
            )
        ).scalar()
        dateline = conn.execute(
            sa.text(
                "SELECT e.canonical_name, e.country_code FROM core.article a JOIN core.entity e ON e.entity_id = a.dateline_entity_id"
            )
        ).one()
    for name in [
        "Jepang",
        "Tokyo",
        "China",
        "Korea Selatan",
        "Australia",
        "Selandia Baru",
        "Lithuania",
        "Ukraina",
        "Brussels",
    ]:
        assert ("LOC", name) in entities
    for name in ["Fumio Kishida", "Jens Stoltenberg", "Qin Gang", "Yoshimasa Hayashi"]:
        assert ("PER", name) in entities
    assert {("ORG", "Nikkei Asia"), ("ORG", "Dewan Keamanan PBB")} <= entities
    assert {"NATO", "Pakta Pertahanan Atlantik Utara"} <= nato_aliases
    assert stoltenberg == ["Jens Stoltenberg", "Stoltenberg"]
    assert tuple(dateline) == ("Istanbul", "TR")
    assert scalar(warehouse, ROUND_TRIP) == 0


def test_an_acronym_defined_once_resolves_alone_in_later_articles(tmp_path, warehouse):
    root = tmp_path / "in"
    write(root, "a.txt", article(1, extra="Data Badan Pusat Statistik (BPS) menunjukkan kenaikan produksi padi."))
    write(root, "b.txt", article(2, extra="Menurut BPS, harga gabah stabil sepanjang bulan ini."))
    ingest(root, warehouse, as_of=AS_OF)
    rows = scalar(
        warehouse,
        "SELECT count(DISTINCT m.article_id) FROM core.entity_mention m JOIN core.entity e USING (entity_id) "
        "WHERE e.entity_type = 'ORG' AND e.entity_key = 'bps'",
    )
    assert rows == 2
    assert (
        scalar(warehouse, "SELECT canonical_name FROM core.entity WHERE entity_key = 'bps'") == "Badan Pusat Statistik"
    )
    assert scalar(warehouse, ROUND_TRIP) == 0


def test_a_new_model_version_reextracts_only_the_affected_articles(tmp_path, warehouse):
    root = tmp_path / "in"
    for n in range(4):
        write(
            root,
            f"a{n}.txt",
            article(n, extra="Gubernur Jawa Tengah Ganjar Wibowo meninjau panen di Kabupaten Grobogan."),
        )
    ingest(root, warehouse, as_of=AS_OF)
    with warehouse.begin() as conn:
        conn.execute(
            sa.text(
                "UPDATE core.article SET entity_model_version = 'old-model' WHERE article_id IN (SELECT min(article_id) FROM core.article)"
            )
        )
        before = conn.execute(
            sa.text("SELECT article_id, count(*), max(run_id) FROM core.entity_mention GROUP BY 1 ORDER BY 1")
        ).all()
        articles_before = conn.execute(
            sa.text("SELECT md5(string_agg(body || run_id, '|' ORDER BY article_id)) FROM core.article")
        ).scalar()
    run_id, n = reextract_entities(warehouse, as_of=AS_OF)
    assert n == 1
    with warehouse.connect() as conn:
        after = conn.execute(
            sa.text("SELECT article_id, count(*), max(run_id) FROM core.entity_mention GROUP BY 1 ORDER BY 1")
        ).all()
        articles_after = conn.execute(
            sa.text("SELECT md5(string_agg(body || run_id, '|' ORDER BY article_id)) FROM core.article")
        ).scalar()
    assert [(a, c) for a, c, _ in after] == [(a, c) for a, c, _ in before]  # same mentions again
    assert after[0][2] == run_id and all(
        r == b[2] for (_, _, r), b in zip(after[1:], before[1:])
    )  # only the stale one rewritten
    assert articles_after == articles_before
    assert scalar(warehouse, "SELECT count(DISTINCT entity_model_version) FROM core.article") == 1
    assert reextract_entities(warehouse, as_of=AS_OF)[1] == 0


def test_reextract_moves_an_old_warehouse_to_confidence_and_region_codes(tmp_path, warehouse):
    root = tmp_path / "in"
    write(root, "a0.txt", article(0, extra="Bupati Grobogan Sri Sumarni meninjau banjir di Kabupaten Grobogan."))
    write(root, "a1.txt", article(1, extra="Wali Kota Sukabumi Achmad Fahmi meninjau Kota Sukabumi."))
    ingest(root, warehouse, as_of=AS_OF)
    with warehouse.begin() as conn:  # as a warehouse extracted before migration 0010 looks
        conn.execute(sa.text("UPDATE core.entity_mention SET confidence = NULL"))
        conn.execute(sa.text("UPDATE core.article SET entity_model_version = 'old-model'"))
    _, n = reextract_entities(warehouse, as_of=AS_OF)
    assert n == 2
    assert scalar(warehouse, "SELECT count(*) FROM core.entity_mention WHERE confidence IS NULL") == 0
    assert scalar(warehouse, "SELECT count(*) FROM core.entity_mention WHERE confidence BETWEEN 0 AND 1") > 0
    with warehouse.connect() as conn:
        regions = dict(
            conn.execute(
                sa.text("SELECT canonical_name, region_code FROM core.entity WHERE region_code IS NOT NULL")
            ).all()
        )
    assert regions["Kabupaten Grobogan"].startswith("ID-JT-KAB-")
    assert regions["Kota Sukabumi"] == "ID-JB-KOTA-SKB"


def test_person_spellings_across_articles_wait_for_review(tmp_path, warehouse):
    root = tmp_path / "in"
    write(root, "a0.txt", article(0, extra="Ketua DPR Setya Novanto hadir di Jakarta."))
    write(root, "a1.txt", article(1, extra="Ketua DPR Setyo Novanto hadir di Jakarta."))
    ingest(root, warehouse, as_of=AS_OF)
    with warehouse.connect() as conn:
        pairs = conn.execute(
            sa.text(
                "SELECT a.canonical_name, b.canonical_name, r.reason, r.decision FROM core.entity_review r "
                "JOIN core.entity a ON a.entity_id = r.entity_id JOIN core.entity b ON b.entity_id = r.other_entity_id"
            )
        ).all()
    assert [tuple(sorted(p[:2])) + p[2:] for p in pairs] == [
        ("Setya Novanto", "Setyo Novanto", "person spelling", None)
    ]
