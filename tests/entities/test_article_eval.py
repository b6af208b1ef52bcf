"""Article-level evaluation: the scorer, and three small articles of our own through the real
pipeline (ingest into a private warehouse, then core.entity / core.entity_mention read back)."""

from __future__ import annotations

import json
from pathlib import Path

from etl.entities.article_eval import (
    GoldEntity,
    format_totals,
    ingest_articles,
    read_gold,
    score_article,
    score_articles,
    stored_entities,
)

# Our own text in ANTARA's layout (header line, dateline, body, credits); names are invented.
ARTICLES = {
    "t01": (
        " date 2024-03\n"
        "Tasikmalaya (ANTARA) - Kepala Pelaksana BPBD Kota Tasikmalaya Rudi Hartawan mengatakan banjir "
        "merendam 120 rumah warga di tiga kecamatan pada Senin.\n"
        '"Kami sudah mengirim perahu karet dan logistik ke lokasi," kata Rudi di Tasikmalaya.\n'
        "Menurut dia, BPBD Kota Tasikmalaya juga berkoordinasi dengan Dinas Sosial Kota Tasikmalaya "
        "untuk membuka dapur umum.\n\n"
        "Pewarta: Andi Saputra\nEditor: Maria Lestari\n",
        [
            {"type": "ORG", "name": "BPBD Kota Tasikmalaya", "aliases": []},
            {"type": "PER", "name": "Rudi Hartawan", "aliases": ["Rudi"]},
            {"type": "LOC", "name": "Kota Tasikmalaya", "aliases": ["Tasikmalaya"]},
            {"type": "ORG", "name": "Dinas Sosial Kota Tasikmalaya", "aliases": []},
        ],
    ),
    "t02": (
        " date 2024-04\n"
        "Jakarta (ANTARA) - Ketua Umum Partai Harapan Rakyat Bambang Sukmono (Bangsuk) menemui "
        "Presiden Joko Widodo di Istana Merdeka, Jakarta, Selasa.\n"
        "Bangsuk mengatakan partainya mendukung program pemerintah.\n\n"
        "Pewarta: Dewi Anggraini\nEditor: Maria Lestari\n",
        [
            {"type": "ORG", "name": "Partai Harapan Rakyat", "aliases": []},
            {"type": "PER", "name": "Bambang Sukmono", "aliases": ["Bangsuk"]},
            {"type": "PER", "name": "Joko Widodo", "aliases": ["Jokowi"]},
            {"type": "LOC", "name": "Istana Merdeka", "aliases": []},
            {"type": "LOC", "name": "Jakarta", "aliases": ["DKI Jakarta"]},
        ],
    ),
    "t03": (
        " date 2024-05\n"
        "Serang (ANTARA) - Direktur Reserse Kriminal Khusus Polda Banten Kombes Pol Hendra Wijaya "
        "mengatakan PT Sinar Baja Nusantara Tbk diperiksa terkait limbah di Kabupaten Serang.\n\n"
        "Pewarta: Andi Saputra\nEditor: Maria Lestari\n",
        [
            {"type": "ORG", "name": "Polda Banten", "aliases": []},
            {"type": "PER", "name": "Hendra Wijaya", "aliases": []},
            {"type": "ORG", "name": "PT Sinar Baja Nusantara Tbk", "aliases": []},
            {"type": "LOC", "name": "Kabupaten Serang", "aliases": []},
        ],
    ),
}


def _write(folder: Path) -> Path:
    folder.mkdir()
    for name, (text, entities) in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.json").write_text(json.dumps({"entities": entities}), encoding="utf-8")
    return folder


def test_a_stored_entity_matches_a_gold_name_or_alias_once() -> None:
    gold = [
        GoldEntity("PER", "Setya Novanto", ("Setnov",)),
        GoldEntity("ORG", "Komisi Pemberantasan Korupsi", ("KPK",)),
    ]
    stored = [("PER", "setnov"), ("PER", "Setya  Novanto"), ("ORG", "KPK"), ("LOC", "KPK")]
    result = score_article(stored, gold)
    assert (result.counts["PER"].tp, result.counts["PER"].stored, result.counts["PER"].gold) == (1, 2, 1)
    assert (result.counts["ORG"].tp, result.counts["LOC"].tp, result.counts["LOC"].stored) == (1, 0, 1)
    assert len(result.unmatched_stored) == 2 and not result.unmatched_gold


def test_totals_count_articles_nothing_was_stored_for() -> None:
    gold = {"a.txt": [GoldEntity("LOC", "Bogor")], "b.txt": [GoldEntity("PER", "Budi Santoso")]}
    totals, _ = score_articles({"a.txt": {("LOC", "Bogor"), ("ORG", "Pemkot")}}, gold)
    assert (totals["all"].tp, totals["all"].stored, totals["all"].gold) == (1, 2, 2)
    assert totals["all"].precision == totals["all"].recall == 0.5
    assert "all" in format_totals("x", totals)


def test_own_articles_through_the_warehouse(tmp_path: Path, warehouse) -> None:
    folder = _write(tmp_path / "articles")
    gold = read_gold(folder)
    assert sorted(gold) == ["t01.txt", "t02.txt", "t03.txt"]
    ingest_articles(folder, warehouse)
    stored = stored_entities(warehouse)
    assert sorted(stored) == sorted(gold)  # every article was loaded and has mentions
    totals, results = score_articles(stored, gold)
    # The error shapes, on our own names: organisation and person split, title-aware; the
    # short form defined by the text; the city, not the regency, where the text says Kota.
    assert ("ORG", "BPBD Kota Tasikmalaya") in stored["t01.txt"]
    assert ("PER", "Rudi Hartawan") in stored["t01.txt"]
    assert ("PER", "Bangsuk") not in stored["t02.txt"] and ("PER", "Bambang Sukmono") in stored["t02.txt"]
    assert ("LOC", "Kota Tasikmalaya") in stored["t01.txt"]
    assert totals["all"].recall >= 0.8 and totals["all"].precision >= 0.7, format_totals("own articles", totals)
    high = stored_entities(warehouse, min_confidence=0.999)
    assert sum(map(len, high.values())) < sum(map(len, stored.values()))  # the filter filters


def test_the_annotated_article_set_through_the_warehouse(warehouse) -> None:
    """The hand-annotated set (tests/entities/articles): floors a little under what the committed model
    and resolver reach (etl/entities/README.md), so a regression fails here.  A test set: never tuned on."""
    from etl.entities.article_eval import DEFAULT_ARTICLES

    gold = read_gold(DEFAULT_ARTICLES)
    if len(gold) < 30:
        import pytest

        pytest.skip("the annotated article set is not here")
    ingest_articles(DEFAULT_ARTICLES, warehouse)
    totals, _ = score_articles(stored_entities(warehouse, min_confidence=0.4), gold)
    assert totals["all"].precision >= 0.84 and totals["all"].recall >= 0.73, format_totals("article set", totals)
    assert totals["ORG"].recall >= 0.63


def test_the_set_is_scored_by_part_dev_held_out_other_and_all() -> None:
    from etl.entities.article_eval import dev_articles, split_totals

    gold = {f"a{n:02d}.txt": [GoldEntity("LOC", "Bogor")] for n in (1, 2, 12, 40)}
    stored = {"a01.txt": {("LOC", "Bogor")}, "a12.txt": {("LOC", "Bogor"), ("PER", "X")}}
    _, results = score_articles(stored, gold)
    dev, held = dev_articles("a01-a11", gold), dev_articles("a12-a34", gold)
    assert dev == {"a01.txt", "a02.txt"} and held == {"a12.txt"}
    parts = {name: (names, totals["all"]) for name, names, totals in split_totals(results, dev, held)}
    assert list(parts) == ["dev", "held-out", "other", "all"]
    assert parts["dev"][1].recall == 0.5 and parts["held-out"][1].precision == 0.5
    assert parts["other"][0] == ["a40.txt"] and parts["all"][1].gold == 4
