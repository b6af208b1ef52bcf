"""The hostile corpus (antara_testkit/hostile_corpus.py) through a real ingest into a real warehouse: every kind
ends as expected, every file is in the ledger (those refused at discovery included), hostile text is
stored verbatim and harmlessly, and nothing crashes."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from antara_testkit.hostile_corpus import AS_OF, INPUT_DIR, write_hostile_corpus
from antara_testkit.hostile_tally import evaluate, report, tables
from etl.pipeline import ingest
from tests.conftest import drop_database, make_database


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory, pg_server_url, template_db):
    from etl.warehouse.connection import create_engine

    work = tmp_path_factory.mktemp("hostile")
    kinds = write_hostile_corpus(work)
    url = make_database(pg_server_url, template_db)
    engine = create_engine(url)
    try:
        before = tables(engine)
        root = work / INPUT_DIR
        first = ingest(root, engine, as_of=AS_OF, batch_size=500, docs_dir=work / "docs")
        tally = evaluate(engine, root, kinds, before)
        second = ingest(root, engine, as_of=AS_OF, batch_size=500)
        with engine.connect() as conn:
            runs = conn.execute(sa.text("SELECT status FROM ingest.run ORDER BY run_id")).scalars().all()
        yield {"kinds": kinds, "tally": tally, "first": first, "second": second, "runs": runs}
    finally:
        engine.dispose()
        drop_database(pg_server_url, url)


def test_the_corpus_has_every_hostile_kind(hostile_run):
    kinds = hostile_run["kinds"]
    assert len(kinds) >= 60
    required = {
        "sql_injection_every_field",
        "one_mb_single_line",
        "credit_line_repeated_5000",
        "control_characters",
        "bidi_overrides",
        "zero_width_characters",
        "credit_name_10000_chars_alone",
        "symlink_loop_self",
        "link_to_etc_passwd",
        "link_to_folder_outside_root",
        "newline_in_file_name",
        "invalid_utf8_file_name",
        "fifo",
        "chmod_000",
        "gzip_bomb_200mb",
        "bad:utf16",
        "bad:nul_bytes",
        "bad:empty",
        "unicode_whitespace_only",
        "many_paragraphs",
        "mixed_encodings",
        "html_script_tags",
        "long_word_no_spaces",
        "emoji_astral_characters",
        "future_date_next_month",
    }
    assert required <= set(kinds)


def test_every_kind_ends_as_expected_and_the_warehouse_is_intact(hostile_run):
    tally = hostile_run["tally"]
    assert tally.ok, "\n" + report(tally)
    assert tally.handled == len(hostile_run["kinds"])


def test_the_run_did_not_crash_and_accounts_for_every_file(hostile_run):
    first, files = hostile_run["first"], hostile_run["tally"].files
    assert first.discovered == files == first.processed
    assert first.blocked_batches == []
    # refused files are quarantined like any other: named reasons only
    assert first.quarantined["unsafe_link"] >= 10 and first.quarantined["not_regular_file"] >= 2
    assert "unknown" not in first.quarantined and "parse_error" not in first.quarantined
    # a second run finds every file unchanged (refused links and FIFOs included) and writes nothing
    second = hostile_run["second"]
    assert (second.discovered, second.unchanged, second.processed) == (files, files, 0)
    assert hostile_run["runs"] == ["succeeded", "succeeded"]
