"""Data Docs per audited batch without credentials; the quality summary as data, HTML and terminal tables."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest
import sqlalchemy as sa
from rich.console import Console
from sqlalchemy.engine import make_url

from etl.quality.audit import audit_batch, ensure_publishable
from etl.quality.report import print_summary, quality_summary, render_summary_html
from etl.warehouse import load
from etl.warehouse.connection import create_engine
from tests.quality.conftest import execute, plant_unknown_role, rows, stage_corpus

PASSWORD = "Audit-S3cret-pw-7f4e"


@pytest.fixture
def auditor_url(warehouse_url) -> str:
    """The warehouse reached as a role with a known password (created on the test server)."""
    role = f"quality_auditor_{os.getpid()}"
    admin = sa.create_engine(warehouse_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"DROP ROLE IF EXISTS {role}"))
        conn.execute(sa.text(f"CREATE ROLE {role} LOGIN PASSWORD '{PASSWORD}'"))
        conn.execute(sa.text(f"GRANT pg_read_all_data, pg_write_all_data TO {role}"))
    yield make_url(warehouse_url).set(username=role, password=PASSWORD).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(sa.text(f"DROP OWNED BY {role}"))  # e.g. temporary tables of its GX sessions
        conn.execute(sa.text(f"DROP ROLE {role}"))
    admin.dispose()


def test_data_docs_are_kept_per_batch_and_never_contain_the_password(warehouse, auditor_url, tmp_path, caplog):
    staged = stage_corpus(warehouse, tmp_path / "in")
    execute(
        warehouse,
        "UPDATE staging.article SET published_month = '2031-01-01' WHERE batch_id = :b AND ordinal = 0",
        b=staged.batch_id,
    )
    auditor = create_engine(auditor_url)
    caplog.set_level(logging.DEBUG)
    docs_dir = tmp_path / "docs"

    result = audit_batch(auditor, staged.batch_id, docs_dir=docs_dir)
    audit_batch(auditor, staged.batch_id, docs_dir=docs_dir)  # audited again: its docs are replaced
    auditor.dispose()

    site = docs_dir / str(staged.run_id) / staged.batch_id
    assert result.data_docs_path == site / "index.html" and result.data_docs_path.is_file()
    assert (site / "static").is_symlink() and (site / "static/styles/data_docs_default_styles.css").is_file()
    assert (site / "static").resolve() == (docs_dir / "static").resolve()  # one copy for every batch
    validation_pages = sorted(
        p.relative_to(site / "validations").parts[:2] for p in (site / "validations").rglob("*.html")
    )
    assert validation_pages == [
        ("articles", "staged_article_flags"),
        ("articles", "staged_articles"),
        ("batch", "staged_files"),
        ("credits", "article_credits"),
        ("credits", "staged_credits"),
        ("entities", "article_mentions"),
        ("entities", "staged_mentions"),
    ]  # one page each, the first audit's are gone
    articles_page = next((site / "validations" / "articles" / "staged_articles").rglob("*.html")).read_text(
        encoding="utf-8"
    )
    assert "2031-01-01" in articles_page  # the failing value is shown
    for path in docs_dir.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path
    assert PASSWORD not in caplog.text
    stored = rows(
        warehouse,
        "SELECT (SELECT string_agg(v::text, '|') FROM quality.validation_run v) || "
        "(SELECT string_agg(r::text, '|') FROM quality.expectation_result r)",
    )[0][0]
    assert PASSWORD not in stored and str(site / "index.html") in stored
    assert not (Path.cwd() / "gx").exists() and not (tmp_path / "gx").exists()  # no GX project (config) written


def test_the_summary_reports_runs_failures_quarantine_and_held_batches(warehouse, tmp_path):
    blocked = stage_corpus(warehouse, tmp_path / "first")
    plant_unknown_role(warehouse, blocked.batch_id)
    assert audit_batch(warehouse, blocked.batch_id).status == "blocked"
    audit_batch(warehouse, blocked.batch_id)  # audited twice: reported once
    clean = stage_corpus(warehouse, tmp_path / "second")
    assert audit_batch(warehouse, clean.batch_id).success
    with warehouse.begin() as conn:
        batch = ensure_publishable(conn, clean.batch_id)
        load.publish_batch(conn, clean.batch_id, batch.run_id, batch.input_root, batch.parser_version)

    summary = quality_summary(warehouse)

    json.dumps(summary)  # plain data: can travel through XCom
    newest, oldest = summary["runs"]
    assert (newest["run_id"], oldest["run_id"]) == (clean.run_id, blocked.run_id)
    assert {s: v["critical_failures"] for s, v in oldest["suites"].items()} == {
        "batch": 0,
        "articles": 0,
        "credits": 1,
        "entities": 0,
    }
    assert newest["suites"]["articles"]["rows"] == 30 and newest["batches_failed"] == 0
    assert [(f["check"], f["severity"]) for f in summary["failed_expectations"]] == [("credits.role_known", "critical")]
    assert summary["quarantine"] == [{"reason": "empty_file", "files": 1}]
    assert [(h["batch_id"], h["status"]) for h in summary["held_batches"]] == [(blocked.batch_id, "blocked")]

    page = render_summary_html(summary)
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    assert "&lt;b&gt;ghost&lt;/b&gt;" in page and "<b>ghost" not in page
    for text in ["credits.role_known", "FAIL (1 critical)", "empty_file", blocked.batch_id, "Batches held in staging"]:
        assert text in page

    console = Console(record=True, width=240)
    print_summary(summary, console)
    terminal = console.export_text()
    assert "credits.role_known" in terminal and "<b>ghost</b>" in terminal and "empty_file" in terminal
