"""Two `antara-etl ingest` processes at once over overlapping folders (one inside the other).

Every shared file is read by both runs under two input roots; publishes are serialised by an
advisory lock, so each article exists once, exactly one file is 'loaded' for it and the other
copies are 'duplicate', both runs finish, and nothing is left holding or waiting for a lock.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from antara_testkit.faults import cli_args, natural_checksums, start_cli, wait_for_no_other_backends
from etl.pipeline import ingest
from tests.faults.conftest import AS_OF, engine_for

pytestmark = pytest.mark.slow

# Tables whose natural-key rows cannot depend on which run published an article first.
ORDER_FREE = ["core.article_credit", "core.related_headline", "core.article_minhash_band", "core.entity_mention"]


def _rows(engine: sa.Engine, sql: str) -> list:
    with engine.connect() as conn:
        return conn.execute(sa.text(sql)).all()


def test_two_ingests_of_overlapping_folders_at_once(tmp_path, private_pg):
    from antara_testkit.generator import generate_corpus, write_bad_inputs

    outer = tmp_path / "incoming"
    inner = outer / "news"  # read by both runs
    generate_corpus(inner, 60, seed=21)
    (inner / "manifest.jsonl").unlink()
    write_bad_inputs(outer, large_bytes=11 * 1024 * 1024)  # only the outer run sees these

    reference = engine_for(private_pg, "faults_overlap_reference")
    ingest(outer, reference, as_of=AS_OF, batch_size=10)
    ingest(inner, reference, as_of=AS_OF, batch_size=10)

    engine = engine_for(private_pg, "faults_overlap")
    url = engine.url.render_as_string(hide_password=False)
    logs = [tmp_path / "outer.log", tmp_path / "inner.log"]
    procs = [
        start_cli(cli_args(root, url, AS_OF.isoformat(), "--batch-size", "10", "--workers", "1"), log)
        for root, log in zip((outer, inner), logs)
    ]
    try:
        statuses = [p.wait(300) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    try:
        assert statuses == [0, 0], [log.read_text()[-2000:] for log in logs]
        runs = _rows(engine, "SELECT input_root, status, started_at, finished_at FROM ingest.run ORDER BY run_id")
        assert [r.status for r in runs] == ["succeeded", "succeeded"]
        assert max(r.started_at for r in runs) < min(r.finished_at for r in runs), "the runs did not overlap"

        # nothing duplicated: one article per content, one 'loaded' file per article, every file once per root
        articles = _rows(engine, "SELECT count(*), count(DISTINCT content_sha256) FROM core.article")[0]
        assert articles[0] == articles[1] == _rows(reference, "SELECT count(*) FROM core.article")[0][0]
        assert _rows(engine, "SELECT count(*) FROM ingest.raw_file WHERE status = 'loaded'")[0][0] == articles[0]
        ledger = _rows(
            engine,
            "SELECT f.input_root, f.path, f.sha256, f.reason, a.content_sha256 FROM ingest.raw_file f "
            "LEFT JOIN core.article a USING (article_id) ORDER BY 1, 2",
        )
        expected = _rows(
            reference,
            "SELECT f.input_root, f.path, f.sha256, f.reason, a.content_sha256 FROM ingest.raw_file f "
            "LEFT JOIN core.article a USING (article_id) ORDER BY 1, 2",
        )
        assert ledger == expected  # the same file -> the same article, whichever run loaded it
        got, want = natural_checksums(engine), natural_checksums(reference)
        assert {t: got[t] for t in ORDER_FREE} == {t: want[t] for t in ORDER_FREE}

        # afterwards: no backend of either run left, nothing waiting for or holding a lock
        left = wait_for_no_other_backends(engine)
        assert (left.other_backends, left.waiting_locks, left.runs_running, left.staged_batches) == (0, 0, 0, 0), left
        held = _rows(
            engine,
            "SELECT locktype, mode FROM pg_locks WHERE locktype = 'advisory' OR (NOT granted) "
            "OR pid IN (SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid())",
        )
        assert held == []
    finally:
        engine.dispose()
        reference.dispose()
        private_pg.drop_database("faults_overlap")
        private_pg.drop_database("faults_overlap_reference")
