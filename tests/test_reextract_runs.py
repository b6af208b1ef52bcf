"""`antara-etl entities reextract` is a run like any other (etl.runs): audited by the entities suite
before it publishes, holding its liveness lock, and recoverable when its process dies."""

from __future__ import annotations

import datetime as dt
import time

import sqlalchemy as sa

import etl.pipeline
from antara_testkit.faults import CLI, group_alive, kill_group, start_cli, wait_for_no_other_backends
from etl.entities.tagger import model_version
from etl.pipeline import ingest, reextract_entities
from etl.records import EntityType, ResolvedMention
from tests.test_pipeline import article, scalar, write

AS_OF = dt.date(2026, 11, 29)

# The entity layer and the articles, by natural keys: what a re-extract may change, and what not.
ENTITY_LAYER = {
    "core.article": "SELECT content_sha256, body, run_id, entity_model_version, dateline_entity_id FROM core.article",
    "core.entity": "SELECT entity_type, entity_key, canonical_name, country_code, province_code FROM core.entity",
    "core.entity_alias": "SELECT e.entity_key, al.alias FROM core.entity_alias al JOIN core.entity e USING (entity_id)",
    "core.entity_mention": (
        "SELECT a.content_sha256, m.start_char, m.end_char, m.surface, m.run_id, m.model_version, e.entity_key "
        "FROM core.entity_mention m JOIN core.article a USING (article_id) JOIN core.entity e USING (entity_id)"
    ),
}


def entity_layer(engine: sa.Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return {
            table: conn.execute(
                sa.text(
                    f"SELECT count(*) || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) "
                    f"FROM ({select}) x"
                )
            ).scalar_one()
            for table, select in ENTITY_LAYER.items()
        }


def stale_warehouse(root, engine: sa.Engine, articles: int) -> None:
    """A warehouse whose every article was tagged by an older model."""
    for n in range(articles):
        write(root, f"a{n}.txt", article(n, extra=" Gubernur Jawa Tengah Ganjar Pranowo meninjau Kabupaten Grobogan."))
    ingest(root, engine, as_of=AS_OF)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE core.article SET entity_model_version = 'old-model'"))


def test_a_reextract_whose_output_fails_a_critical_entity_check_is_blocked_not_published(
    tmp_path, warehouse, monkeypatch
):
    stale_warehouse(tmp_path / "in", warehouse, 3)
    before = entity_layer(warehouse)

    def broken_model(body, dateline_place, where=""):  # a model whose offsets run past the body
        mention = ResolvedMention(len(body) + 5, len(body) + 9, EntityType.ORG, "NATO", 0, "NATO", "nato")
        return [mention], None, model_version()

    monkeypatch.setattr(etl.pipeline, "find_entities", broken_model)
    run_id, published = reextract_entities(warehouse, as_of=AS_OF, batch_size=2)

    assert published == 0
    assert entity_layer(warehouse) == before  # core as it was: old mentions, old model version
    assert scalar(warehouse, "SELECT status FROM ingest.run WHERE run_id = :r", r=run_id) == "succeeded"
    failed = scalar(
        warehouse,
        "SELECT array_agg(DISTINCT r.check_name ORDER BY r.check_name) FROM quality.expectation_result r "
        "JOIN quality.validation_run v USING (validation_run_id) WHERE v.run_id = :r AND NOT r.success "
        "AND r.severity = 'critical'",
        r=run_id,
    )
    assert "entities.end_within_body" in failed
    # two batches (3 articles, 2 a batch), each audited by the entities suite alone
    suites = scalar(
        warehouse,
        "SELECT array_agg(suite || ' ' || batch_id ORDER BY batch_id) FROM quality.validation_run WHERE run_id = :r",
        r=run_id,
    )
    assert suites == [f"entities run{run_id}-b00000", f"entities run{run_id}-b00001"]

    monkeypatch.undo()  # the model fixed: the next re-extract publishes them
    run_id, published = reextract_entities(warehouse, as_of=AS_OF, batch_size=2)
    assert published == 3
    assert scalar(warehouse, "SELECT count(*) FROM core.article WHERE entity_model_version = 'old-model'") == 0
    assert scalar(warehouse, "SELECT count(*) FROM staging.batch") == 0


def test_a_sigkilled_reextract_is_marked_failed_by_the_next_run_and_leaves_core_as_it_was(
    tmp_path, warehouse, warehouse_url
):
    stale_warehouse(tmp_path / "in", warehouse, 6)
    before = entity_layer(warehouse)
    args = [CLI, "entities", "reextract", "--database-url", warehouse_url, "--batch-size", "1"]
    proc = start_cli(args, tmp_path / "killed.log")
    try:
        # kill it once it has staged its first batch: the audit of that batch takes seconds, and
        # nothing is published before it ends
        deadline = time.monotonic() + 120
        while scalar(warehouse, "SELECT count(*) FROM staging.batch") == 0:
            assert proc.poll() is None, (tmp_path / "killed.log").read_text()
            assert time.monotonic() < deadline, "the re-extract never staged a batch"
            time.sleep(0.02)
    finally:
        kill_group(proc)
    assert not group_alive(proc.pid)
    wait_for_no_other_backends(warehouse)
    killed = scalar(warehouse, "SELECT max(run_id) FROM ingest.run WHERE triggered_by = 'reextract'")
    assert scalar(warehouse, "SELECT status FROM ingest.run WHERE run_id = :r", r=killed) == "running"
    assert entity_layer(warehouse) == before  # nothing of the killed run reached core

    # the next run (an ingest with nothing new) finds the re-extract's process gone
    ingest(tmp_path / "in", warehouse, as_of=AS_OF)
    assert scalar(warehouse, "SELECT status FROM ingest.run WHERE run_id = :r", r=killed) == "failed"
    assert scalar(warehouse, "SELECT count(*) FROM staging.batch") == 0  # what it staged is gone
    assert entity_layer(warehouse) == before

    # and a re-extract then does the whole job
    _, published = reextract_entities(warehouse, as_of=AS_OF)
    assert published == 6
    assert scalar(warehouse, "SELECT count(*) FROM core.article WHERE entity_model_version = 'old-model'") == 0


def test_a_reextract_run_holds_its_liveness_lock_so_a_concurrent_run_leaves_it_running(
    tmp_path, warehouse, monkeypatch
):
    stale_warehouse(tmp_path / "in", warehouse, 2)
    seen: list[str] = []
    real = etl.pipeline.find_entities

    def observing_model(body, dateline_place, where=""):  # runs inside the re-extract run
        seen.append(scalar(warehouse, "SELECT status FROM ingest.run WHERE triggered_by = 'reextract'"))
        ingest(tmp_path / "in", warehouse, as_of=AS_OF)  # another run's housekeeping, meanwhile
        seen.append(scalar(warehouse, "SELECT status FROM ingest.run WHERE triggered_by = 'reextract'"))
        return real(body, dateline_place, where)

    monkeypatch.setattr(etl.pipeline, "find_entities", observing_model)
    reextract_entities(warehouse, as_of=AS_OF, batch_size=5)
    assert seen and set(seen) == {"running"}
    assert scalar(warehouse, "SELECT status FROM ingest.run WHERE triggered_by = 'reextract'") == "succeeded"


def test_a_reextract_tags_what_an_ingest_tags_and_leaves_english_text_untagged(tmp_path, warehouse):
    root = tmp_path / "in"
    write(root, "id.txt", article(1, extra=" Gubernur Jawa Tengah Ganjar Pranowo meninjau Kabupaten Grobogan."))
    write(
        root,
        "en.txt",
        " date 2024-03 Jakarta (ANTARA) - The governor of Central Java said on Monday that the rice harvest in "
        "Grobogan was going well this year, and that the farmers were happy with the results of the new programme "
        "for the province.\n\nReporter: Budi Santoso\n\nEditor: Rina Wulandari\n\n",
    )
    ingest(root, warehouse, as_of=AS_OF)
    per_article = (
        "SELECT a.language, count(m.article_id) FROM core.article a LEFT JOIN core.entity_mention m USING (article_id) "
        "GROUP BY a.language ORDER BY 1"
    )
    with warehouse.begin() as conn:
        ingested = conn.execute(sa.text(per_article)).all()
        conn.execute(sa.text("UPDATE core.article SET entity_model_version = 'old-model'"))
    assert [language for language, _ in ingested] == ["en", "id"] and ingested[0][1] == 0 < ingested[1][1]
    _, n = reextract_entities(warehouse, as_of=AS_OF)
    assert n == 2
    with warehouse.connect() as conn:
        assert conn.execute(sa.text(per_article)).all() == ingested
