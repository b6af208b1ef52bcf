"""audit_batch: real parsed batches pass and publish; planted defects block the batch, each one recorded."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass

import pytest
import sqlalchemy as sa

from etl.extract import discover
from etl.pipeline import transform_file
from etl.quality.audit import (
    BatchBlocked,
    audit_batch,
    audit_run,
    ensure_publishable,
    publish_released_batches,
    release_batch,
    released_batches,
)
from etl.quality.suites import check_batch_id
from etl.warehouse import load
from tests.quality.conftest import AS_OF, execute, rows
from tests.test_pipeline import article, write

# A plan for the staged batch, as Airflow's discover step writes it (etl/orchestrate.py).
PLAN_FOR_STAGED_FILES = """
INSERT INTO ingest.run_plan (run_id, files_discovered, files_unchanged, files_in_flight, files_planned, batch_size)
SELECT run_id, 0, 0, 0, 0, 500 FROM staging.batch WHERE batch_id = :b;
INSERT INTO ingest.run_batch (run_id, batch_no, file_count)
SELECT b.run_id, 0, count(*) + :extra FROM staging.file f JOIN staging.batch b USING (batch_id)
WHERE f.batch_id = :b GROUP BY b.run_id;
INSERT INTO ingest.run_batch_file (run_id, batch_no, ordinal, path, size_bytes, mtime_ns)
SELECT b.run_id, 0, f.ordinal, f.path, f.size_bytes, f.mtime_ns
FROM staging.file f JOIN staging.batch b USING (batch_id) WHERE f.batch_id = :b
"""

FIRST_ARTICLE = "(SELECT content_sha256 FROM staging.article WHERE batch_id = :b ORDER BY ordinal LIMIT 1)"
OF_FIRST_ARTICLE = f"WHERE batch_id = :b AND content_sha256 = {FIRST_ARTICLE}"
FIRST_CREDIT = f"(SELECT content_sha256, position FROM staging.article_credit {OF_FIRST_ARTICLE} ORDER BY 2 LIMIT 1)"
FIRST_MENTION = f"(SELECT content_sha256, start_char FROM staging.entity_mention {OF_FIRST_ARTICLE} ORDER BY 2 LIMIT 1)"
NEW_MENTION = (
    "INSERT INTO staging.entity_mention (batch_id, content_sha256, start_char, end_char, sentence, entity_type, "
    "entity_key, canonical_name, surface) "
)


@dataclass(frozen=True)
class Defect:
    sql: str  # statements separated by ";\n", :b is the batch id
    fails: set[str]  # the critical checks that must fail: exactly these
    evidence: str  # what the failures' unexpected samples or messages must show (FIRST_ARTICLE: its key)


# Defects the parser would never produce, planted straight into the staged batch.
DEFECTS = {
    "duplicate article key": Defect(
        # the staging primary key would refuse it: drop it, as a faster or buggier loader might
        "ALTER TABLE staging.article DROP CONSTRAINT article_pkey;\n"
        f"INSERT INTO staging.article SELECT * FROM staging.article {OF_FIRST_ARTICLE}",
        {"articles.key_unique"},
        FIRST_ARTICLE,
    ),
    "duplicate credit key": Defect(
        "ALTER TABLE staging.article_credit DROP CONSTRAINT article_credit_pkey;\n"
        "INSERT INTO staging.article_credit SELECT batch_id, content_sha256, position, 'reporter', 'Orang Lain', "
        f"'orang lain' FROM staging.article_credit WHERE batch_id = :b AND (content_sha256, position) = {FIRST_CREDIT}",
        {"credits.key_unique"},
        FIRST_ARTICLE,
    ),
    "mention offsets past the body": Defect(
        NEW_MENTION + "SELECT :b, content_sha256, length(body) + 5, length(body) + 13, 0, 'LOC', 'atlantis', "
        f"'Atlantis', 'Atlantis' FROM staging.article {OF_FIRST_ARTICLE}",
        {"entities.end_within_body"},
        ": 1 of ",
    ),
    "mention ending before it starts": Defect(
        NEW_MENTION
        + f"SELECT :b, content_sha256, 9, 4, 0, 'LOC', 'x', 'X', 'X' FROM staging.article {OF_FIRST_ARTICLE}",
        {"entities.end_after_start"},
        ": 1 of ",
    ),
    "negative mention offset": Defect(
        NEW_MENTION
        + f"SELECT :b, content_sha256, -3, 2, 0, 'LOC', 'x', 'X', 'X' FROM staging.article {OF_FIRST_ARTICLE}",
        {"entities.start_within_body"},
        "-3",
    ),
    "future month": Defect(
        f"UPDATE staging.article SET published_month = '2031-01-01' {OF_FIRST_ARTICLE}",
        {"articles.published_month_plausible"},
        "2031-01-01",
    ),
    "unknown role": Defect(
        "UPDATE staging.article_credit SET role = 'ghostwriter' "
        f"WHERE batch_id = :b AND (content_sha256, position) = {FIRST_CREDIT}",
        {"credits.role_known"},
        "ghostwriter",
    ),
    "unknown entity type": Defect(
        "UPDATE staging.entity_mention SET entity_type = 'MISC' "
        f"WHERE batch_id = :b AND (content_sha256, start_char) = {FIRST_MENTION}",
        {"entities.type_known"},
        "MISC",
    ),
    "credit of no article of the batch": Defect(
        "INSERT INTO staging.article_credit VALUES (:b, repeat('f', 64), 0, 'editor', 'Rina W', 'rina w')",
        {"credits.points_at_article"},
        "f" * 64,
    ),
    "mention of no article of the batch": Defect(
        NEW_MENTION + "VALUES (:b, repeat('e', 64), 0, 5, 0, 'PER', 'budi', 'Budi', 'Budi')",
        {"entities.points_at_article"},
        "e" * 64,
    ),
    "word count out of bounds": Defect(
        f"UPDATE staging.article SET word_count = 25000 {OF_FIRST_ARTICLE}",
        {"articles.word_count_bounds"},
        "25000",
    ),
    "empty body": Defect(
        f"DELETE FROM staging.entity_mention {OF_FIRST_ARTICLE};\n"
        f"UPDATE staging.article SET body = '  ' {OF_FIRST_ARTICLE}",
        {"articles.body_not_empty"},
        "0",
    ),
    "quarantined file without a message": Defect(
        "UPDATE staging.file SET message = NULL WHERE batch_id = :b AND reason IS NOT NULL",
        {"batch.quarantine_message_present"},
        ": 1 of ",
    ),
    "file both parsed and quarantined": Defect(
        "UPDATE staging.file SET reason = 'parse_error', message = 'x' WHERE batch_id = :b AND ordinal = 1",
        {"batch.file_outcome_consistent"},
        "inconsistent",
    ),
    "planned file never staged": Defect(
        PLAN_FOR_STAGED_FILES.replace(":extra", "1") + ";\n"
        "INSERT INTO ingest.run_batch_file (run_id, batch_no, ordinal, path, size_bytes, mtime_ns) "
        "SELECT run_id, 0, 999, 'lost/file.txt', 10, 0 FROM staging.batch WHERE batch_id = :b",
        {"batch.files_match_plan", "batch.planned_files_staged"},
        "lost/file.txt",
    ),
}


def plant(engine: sa.Engine, batch_id: str, sql: str) -> None:
    with engine.begin() as conn:
        for statement in sql.split(";\n"):
            conn.execute(sa.text(statement), {"b": batch_id})


def failed_results(engine: sa.Engine, validation_run_ids: list[int]) -> dict[str, dict]:
    return {
        r.check_name: r._asdict()
        for r in rows(
            engine,
            "SELECT check_name, severity, unexpected_count, unexpected_sample, observed_value, message "
            "FROM quality.expectation_result WHERE validation_run_id = ANY(:ids) AND NOT success",
            ids=validation_run_ids,
        )
    }


def test_a_clean_batch_passes_every_suite_and_publishes(warehouse, staged, tmp_path):
    plant(warehouse, staged.batch_id, PLAN_FOR_STAGED_FILES.replace(":extra", "0"))

    result = audit_batch(warehouse, staged.batch_id, docs_dir=tmp_path / "docs")

    assert result.success and result.publishable and result.status == "staged"
    assert (result.critical_failures, result.warnings) == ([], [])
    runs = rows(warehouse, "SELECT suite, success, row_count, expectations FROM quality.validation_run ORDER BY suite")
    assert [(r.suite, r.success) for r in runs] == [
        ("articles", True),
        ("batch", True),
        ("credits", True),
        ("entities", True),
    ]
    assert {r.suite: r.row_count for r in runs}["batch"] == staged.files
    checks = {r.check_name for r in rows(warehouse, "SELECT check_name FROM quality.expectation_result WHERE success")}
    # the distribution checks ran (the batch is big enough) and so did the run-plan checks
    assert {
        "articles.dateline_share",
        "credits.editor_share",
        "entities.mentions_per_article",
        "batch.quarantined_share",
        "batch.files_match_plan",
        "batch.planned_files_staged",
    } <= checks

    with warehouse.begin() as conn:
        batch = ensure_publishable(conn, staged.batch_id)
        load.publish_batch(conn, staged.batch_id, batch.run_id, batch.input_root, batch.parser_version)
    assert rows(warehouse, "SELECT count(*) FROM core.article")[0][0] == staged.files - 1
    assert rows(warehouse, "SELECT count(*) FROM staging.batch")[0][0] == 0


@pytest.mark.parametrize("defect", DEFECTS, ids=list(DEFECTS))
def test_a_planted_defect_blocks_the_batch_and_is_recorded(warehouse, staged, defect):
    planted = DEFECTS[defect]
    evidence = planted.evidence
    if evidence == FIRST_ARTICLE:
        evidence = rows(warehouse, FIRST_ARTICLE.strip("()"), b=staged.batch_id)[0][0]
    plant(warehouse, staged.batch_id, planted.sql)

    result = audit_batch(warehouse, staged.batch_id, docs_dir=None)

    assert not result.success and result.status == "blocked" and not result.publishable
    assert {f.check for f in result.critical_failures} == planted.fails
    failed = failed_results(warehouse, result.validation_run_ids)
    for check in planted.fails:
        assert failed[check]["severity"] == "critical" and failed[check]["message"].startswith(check)
    recorded = json.dumps([[failed[c]["unexpected_sample"], failed[c]["message"]] for c in planted.fails])
    assert evidence in recorded
    assert rows(warehouse, "SELECT status FROM staging.batch WHERE batch_id = :b", b=staged.batch_id)[0][0] == "blocked"
    with pytest.raises(BatchBlocked), warehouse.begin() as conn:
        ensure_publishable(conn, staged.batch_id)
    assert rows(warehouse, "SELECT count(*) FROM core.article")[0][0] == 0


def test_a_released_batch_is_published_and_the_release_recorded(warehouse, staged):
    plant(warehouse, staged.batch_id, DEFECTS["future month"].sql)
    assert audit_batch(warehouse, staged.batch_id).status == "blocked"
    with pytest.raises(ValueError, match="reason"):
        release_batch(warehouse, staged.batch_id, "  ")

    release_batch(warehouse, staged.batch_id, "2031 is a typo in the source; accepted by the desk", released_by="lead")

    assert [b.batch_id for b in released_batches(warehouse)] == [staged.batch_id]
    again = audit_batch(warehouse, staged.batch_id)  # a later audit records results but keeps the release
    assert again.status == "overridden" and again.publishable and not again.success
    with pytest.raises(ValueError, match="not blocked"):
        release_batch(warehouse, staged.batch_id, "twice")
    assert publish_released_batches(warehouse) == [staged.batch_id]
    assert rows(warehouse, "SELECT count(*) FROM core.article WHERE published_month = '2031-01-01'")[0][0] == 1
    assert released_batches(warehouse) == []
    override = rows(warehouse, "SELECT batch_id, run_id, overridden_by, reason FROM quality.batch_override")
    assert [(o.batch_id, o.run_id, o.overridden_by) for o in override] == [(staged.batch_id, staged.run_id, "lead")]


def test_distribution_bounds_are_learned_from_history_and_only_warn(warehouse, staged):
    # Earlier published batches had datelines on 90-97% of their articles.
    with warehouse.begin() as conn:
        for n, share in enumerate([0.93, 0.95, 0.9, 0.97, 0.94, 0.96]):
            run_id = conn.execute(
                sa.text(
                    "INSERT INTO quality.validation_run (run_id, batch_id, suite, suite_version, success, "
                    "critical_failures, warning_failures, expectations, row_count, started_at, finished_at, "
                    "gx_version) VALUES (:r, :b, 'articles', 'old', true, 0, 0, 1, 500, now(), now(), 'x') "
                    "RETURNING validation_run_id"
                ),
                {"r": staged.run_id, "b": f"run{staged.run_id}-b9{n:04d}"},
            ).scalar_one()
            conn.execute(
                sa.text(
                    "INSERT INTO quality.expectation_result (validation_run_id, suite, check_name, expectation, "
                    "expectation_type, kwargs, severity, success, observed_value, message) VALUES (:v, 'articles', "
                    "'articles.dateline_share', 'x', 'expect_column_mean_to_be_between', '{}', 'warning', true, "
                    "CAST(:share AS jsonb), 'passed')"
                ),
                {"v": run_id, "share": str(share)},
            )
    # A parser that lost a third of the datelines: within the default bounds (0.6-1), not the learned ones.
    execute(
        warehouse,
        "UPDATE staging.article SET dateline_place = NULL WHERE batch_id = :b AND ordinal % 3 = 0",
        b=staged.batch_id,
    )

    result = audit_batch(warehouse, staged.batch_id)

    assert result.success and result.status == "staged"  # a warning does not block
    assert [w.check for w in result.warnings] == ["articles.dateline_share"]
    assert "learned from 6 earlier batches" in result.warnings[0].message
    observed = failed_results(warehouse, result.validation_run_ids)["articles.dateline_share"]["observed_value"]
    assert observed == pytest.approx(20 / 30)


def test_batch_ids_are_checked_before_they_reach_sql(warehouse):
    for bad in ["run1-b00000'; DROP TABLE core.article; --", "run1-b0", "RUN1-B00000", "run01-b00000", ""]:
        with pytest.raises(ValueError, match="not a batch id"):
            audit_batch(warehouse, bad)
    assert check_batch_id("run12-b00003") == "run12-b00003"


def test_importing_the_quality_modules_does_not_import_great_expectations():
    code = (
        "import sys, etl.quality.audit, etl.quality.report, etl.quality.replay, etl.quality.baseline; "
        "sys.exit('great_expectations' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_audit_run_audits_each_staged_batch_once_until_it_is_restaged(warehouse, staged, tmp_path):
    more = tmp_path / "more"
    for n in range(5):
        write(more, f"b{n}.txt", article(100 + n))
    outcomes = [(i, transform_file(f, AS_OF)) for i, f in enumerate(discover(more))]
    second = f"run{staged.run_id}-b00001"
    with warehouse.begin() as conn:
        load.stage_batch(conn, second, staged.run_id, staged.root, outcomes)
    plant(warehouse, staged.batch_id, DEFECTS["future month"].sql)

    results = audit_run(warehouse, staged.run_id)

    assert [(r.batch_id, r.status) for r in results] == [(staged.batch_id, "blocked"), (second, "staged")]
    assert audit_run(warehouse, staged.run_id) == []  # a retried validate task audits nothing twice
    with warehouse.begin() as conn:
        load.stage_batch(conn, second, staged.run_id, staged.root, outcomes)  # a retried transform task
    assert [r.batch_id for r in audit_run(warehouse, staged.run_id)] == [second]


def test_the_entities_suite_runs_only_where_the_entity_tables_exist(warehouse, staged):
    execute(warehouse, "ALTER TABLE staging.entity_mention RENAME TO entity_mention_elsewhere")  # as before 0004

    result = audit_batch(warehouse, staged.batch_id)

    assert result.success
    suites = rows(warehouse, "SELECT suite FROM quality.validation_run ORDER BY suite")
    assert [s.suite for s in suites] == ["articles", "batch", "credits"]


# The surface check as first written (substr of the text): the audit's faster form must count the same.
PLAIN_SURFACE_MISMATCHES = """
SELECT count(*) FROM staging.entity_mention m JOIN staging.article a USING (batch_id, content_sha256)
WHERE m.batch_id = :b AND m.end_char > m.start_char AND m.start_char >= 0
  AND substr(a.body, m.start_char + 1, m.end_char - m.start_char) IS DISTINCT FROM m.surface
"""


@pytest.mark.parametrize("prefix", ["x", "é"], ids=["ascii body", "non-ascii body"])
def test_surfaces_are_checked_at_character_offsets_in_ascii_and_other_bodies(warehouse, staged, prefix):
    # one character before every mention of the first article: each of them is now off by one
    execute(warehouse, f"UPDATE staging.article SET body = :p || body {OF_FIRST_ARTICLE}", p=prefix, b=staged.batch_id)
    expected = rows(warehouse, PLAIN_SURFACE_MISMATCHES, b=staged.batch_id)[0][0]
    assert expected > 0

    result = audit_batch(warehouse, staged.batch_id)

    assert result.publishable  # a warning
    [warning] = [w for w in result.warnings if w.check == "entities.surface_at_offsets"]
    assert warning.message.startswith(f"entities.surface_at_offsets: {expected} of ")


def test_audits_in_one_process_reuse_gx_and_keep_nothing_of_earlier_batches(warehouse, staged):
    from etl.quality import audit

    audit.forget_gx_sessions()
    first = audit_batch(warehouse, staged.batch_id)
    plant(warehouse, staged.batch_id, DEFECTS["unknown role"].sql)
    second = audit_batch(warehouse, staged.batch_id)  # the same context, the defect still found

    assert first.success and {f.check for f in second.critical_failures} == {"credits.role_known"}
    [session] = audit._SESSIONS.values()
    assert session.datasource.assets == []
    assert session.context.suites.all() == [] and session.context.validation_definitions.all() == []
    assert session.context.validation_results_store.list_keys() == []
    # the temporary tables GX made went with its connections
    assert rows(warehouse, "SELECT count(*) FROM pg_class WHERE relname LIKE 'gx_temp_%'")[0][0] == 0
    audit.forget_gx_sessions()
