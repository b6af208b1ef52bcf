"""The orchestrator's steps against a real PostgreSQL: planning, retried steps, overlapping runs."""

from __future__ import annotations

import datetime as dt
import json
import random

import sqlalchemy as sa

from antara_testkit.airflow_corpus import article_text, write_corpus
from etl import orchestrate

AS_OF = dt.date(2026, 11, 29)


def scalar(engine: sa.Engine, sql: str, **params):
    with engine.connect() as conn:
        return conn.execute(sa.text(sql), params).scalar()


def run_all_steps(engine: sa.Engine, root, batch_size: int = 7) -> dict:
    plan = orchestrate.plan_run(engine, root, as_of=AS_OF, batch_size=batch_size)
    for batch_no in plan["batches"]:
        orchestrate.transform_and_stage(engine, plan["run_id"], batch_no)
    orchestrate.audit(engine, plan["run_id"])
    orchestrate.publish_run(engine, plan["run_id"])
    return {"plan": plan, "summary": orchestrate.finish(engine, plan["run_id"])}


def test_plan_records_batches_in_the_warehouse_and_a_dry_run_writes_nothing(tmp_path, warehouse):
    write_corpus(tmp_path, 30)

    dry = orchestrate.plan_run(warehouse, tmp_path, as_of=AS_OF, batch_size=7, dry_run=True)
    assert (dry["run_id"], dry["batches"], dry["files"]) == (None, [], 30)
    assert scalar(warehouse, "SELECT count(*) FROM ingest.run") == 0

    plan = orchestrate.plan_run(warehouse, tmp_path, as_of=AS_OF, batch_size=7)
    assert plan["batches"] == [0, 1, 2, 3, 4] and plan["files"] == 30
    assert scalar(warehouse, "SELECT count(*) FROM ingest.run_batch_file WHERE run_id = :r", r=plan["run_id"]) == 30
    assert (
        scalar(
            warehouse, "SELECT file_count FROM ingest.run_batch WHERE run_id = :r AND batch_no = 4", r=plan["run_id"]
        )
        == 2
    )
    ordinals = [o for o, _ in orchestrate.batch_files(warehouse, plan["run_id"], 1)]
    assert ordinals == list(range(7, 14))


def test_too_many_batches_become_bigger_batches(tmp_path, warehouse, monkeypatch):
    write_corpus(tmp_path, 30)
    monkeypatch.setattr(orchestrate, "MAX_BATCHES", 4)
    plan = orchestrate.plan_run(warehouse, tmp_path, as_of=AS_OF, batch_size=1)
    assert (plan["batch_size"], len(plan["batches"])) == (8, 4)


def test_retried_steps_change_nothing_and_a_second_run_plans_nothing(tmp_path, warehouse):
    expected = write_corpus(tmp_path, 60, seed=3)
    plan = orchestrate.plan_run(warehouse, tmp_path, as_of=AS_OF, batch_size=9)
    run_id = plan["run_id"]
    for batch_no in plan["batches"]:
        orchestrate.transform_and_stage(warehouse, run_id, batch_no)
    orchestrate.transform_and_stage(warehouse, run_id, 2)  # a retried transform task restages its batch
    assert scalar(warehouse, "SELECT count(*) FROM staging.file") == 60

    first = orchestrate.publish_run(warehouse, run_id)
    again = orchestrate.publish_run(warehouse, run_id)  # a retried publish task
    assert first["published"] == plan["batches"] and again["published"] == []
    summary = orchestrate.finish(warehouse, run_id)
    assert {k: summary[k] for k in expected} == expected
    assert scalar(warehouse, "SELECT status FROM ingest.run WHERE run_id = :r", r=run_id) == "succeeded"
    assert scalar(warehouse, "SELECT count(*) FROM core.article") == expected["loaded"]

    second = orchestrate.plan_run(warehouse, tmp_path, as_of=AS_OF, batch_size=9)
    assert (second["run_id"], second["files"], second["unchanged"]) == (None, 0, 60)


def test_an_overlapping_run_does_not_plan_files_another_run_is_processing(tmp_path, warehouse):
    write_corpus(tmp_path, 20)
    running = orchestrate.plan_run(warehouse, tmp_path, as_of=AS_OF, batch_size=5)
    (tmp_path / "late.txt").write_text((tmp_path / "2019" / "01" / "a-000000.txt").read_text() + " baru")

    overlapping = orchestrate.plan_run(warehouse, tmp_path, as_of=AS_OF, batch_size=5)
    assert (overlapping["files"], overlapping["in_flight"]) == (1, 20)

    orchestrate.finish(warehouse, running["run_id"], "failed")  # a failed run's files are free again
    retry = orchestrate.plan_run(warehouse, tmp_path, as_of=AS_OF, batch_size=5, dry_run=True)
    assert (retry["files"], retry["in_flight"]) == (20, 1)


def test_connection_fields_round_trip_to_a_url():
    socket_url = "postgresql+psycopg2://postgres@/antara?host=/tmp/pg%20sock"
    tcp_url = "postgresql+psycopg2://etl:s3cr%40t@db.example:6543/antara?sslmode=require"
    for url in (socket_url, tcp_url):
        fields = json.loads(orchestrate.airflow_connection_json(url))
        rebuilt = orchestrate.warehouse_url(
            host=fields.get("host"),
            port=fields.get("port"),
            login=fields.get("login"),
            password=fields.get("password"),
            database=fields.get("schema"),
            extra=fields.get("extra"),
        )
        assert sa.engine.make_url(rebuilt) == sa.engine.make_url(url)


def test_an_earlier_reference_date_never_leaves_a_published_article_behind_a_quarantined_file(tmp_path, warehouse):
    """A reprocess "as of" a date before the articles' months (what a backfill would do) must not mark files
    whose articles are in core `future_date`: the ledger and core must agree.  A run of new files only keeps
    the date it was given."""
    expected = write_corpus(tmp_path, 40, seed=5)
    run_all_steps(warehouse, tmp_path)
    early = dt.date(2019, 1, 15)  # before almost every month of the corpus

    plan = orchestrate.plan_run(warehouse, tmp_path, as_of=early, batch_size=7, reprocess=True)
    assert plan["as_of"] == AS_OF.isoformat()  # raised to the date the articles were published under
    for batch_no in plan["batches"]:
        orchestrate.transform_and_stage(warehouse, plan["run_id"], batch_no)
    audit = orchestrate.audit(warehouse, plan["run_id"])
    orchestrate.publish_run(warehouse, plan["run_id"])
    summary = orchestrate.finish(warehouse, plan["run_id"])
    assert audit["batches_blocked"] == []
    assert (summary["loaded"], summary["duplicate"]) == (expected["loaded"], expected["duplicate"])
    disagreeing = scalar(
        warehouse,
        "SELECT count(*) FROM core.article a JOIN ingest.raw_file f USING (raw_file_id) WHERE f.status <> 'loaded'",
    )
    assert disagreeing == 0

    (tmp_path / "new.txt").write_text(article_text(99, random.Random(1), month="2024-05"), encoding="utf-8")
    new = run_all_steps(warehouse, tmp_path)
    assert new["plan"]["files"] == 1
    new = orchestrate.plan_run(warehouse, tmp_path, as_of=early, batch_size=7, reprocess=True, dry_run=True)
    assert new["as_of"] == AS_OF.isoformat()


def test_a_run_of_new_files_keeps_its_reference_date_and_lists_what_it_quarantined(tmp_path, warehouse):
    (tmp_path / "new.txt").write_text(article_text(99, random.Random(1), month="2024-05"), encoding="utf-8")
    early = dt.date(2019, 1, 15)
    plan = orchestrate.plan_run(warehouse, tmp_path, as_of=early, batch_size=7)
    assert plan["as_of"] == early.isoformat()
    for batch_no in plan["batches"]:
        orchestrate.transform_and_stage(warehouse, plan["run_id"], batch_no)
    orchestrate.audit(warehouse, plan["run_id"])
    orchestrate.publish_run(warehouse, plan["run_id"])
    summary = orchestrate.finish(warehouse, plan["run_id"])
    quarantined = orchestrate.quarantined_files(warehouse, plan["run_id"])
    assert [(f["path"], f["reason"]) for f in quarantined] == [("new.txt", "future_date")] and quarantined[0]["message"]
    summary["quarantined_examples"] = [["new.txt", "future_date"]]
    note = orchestrate.run_note(plan, {"batches_blocked": ["run1-b00000"], "batches_audited": 1}, summary, "/q/")
    run = plan["run_id"]
    assert f"[{run}](/q/runs/{run})" in note and "`new.txt` (future_date)" in note and "future_date 1" in note
    assert f"[run1-b00000](/q/runs/{run}/batches/run1-b00000)" in note
