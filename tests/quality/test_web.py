"""The data-quality pages (etl/quality/web.py) over a real warehouse with a blocked and a clean batch,
their Data Docs built by a real GX audit; requests go through FastAPI's TestClient."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

import pytest
import sqlalchemy as sa
from fastapi import Depends, Header, HTTPException
from fastapi.testclient import TestClient
from sqlalchemy.engine import make_url

from etl.quality.audit import audit_batch, ensure_publishable
from etl.quality.web import Settings, Unavailable, create_app, resolve_inside
from etl.warehouse import load
from tests.quality.conftest import execute, plant_unknown_role, stage_corpus
from tests.quality.test_docs_and_report import PASSWORD, auditor_url  # noqa: F401 - a fixture

AIRFLOW_RUN = "manual__2026-11-29T10:00:00+00:00"
BASE = "http://testserver/antara-quality/"


@pytest.fixture
def audited(warehouse, tmp_path) -> dict:
    """Run 1: one batch blocked (an unknown credit role); run 2: one clean batch, published.  Data Docs for both."""
    docs = tmp_path / "docs"
    blocked = stage_corpus(warehouse, tmp_path / "first")
    plant_unknown_role(warehouse, blocked.batch_id)
    assert audit_batch(warehouse, blocked.batch_id, docs_dir=docs).status == "blocked"
    execute(
        warehouse,
        "UPDATE ingest.run SET triggered_by = :t WHERE run_id = :r",
        t=f"airflow:{AIRFLOW_RUN}",
        r=blocked.run_id,
    )
    clean = stage_corpus(warehouse, tmp_path / "second")
    assert audit_batch(warehouse, clean.batch_id, docs_dir=docs).success
    with warehouse.begin() as conn:
        batch = ensure_publishable(conn, clean.batch_id)
        load.publish_batch(conn, clean.batch_id, batch.run_id, batch.input_root, batch.parser_version)
    return {"docs": docs, "blocked": blocked, "clean": clean}


def client_for(url: str, docs: Path | None, **kwargs) -> TestClient:
    # mounted under a prefix, as the Airflow plugin mounts it: relative links must still resolve
    from fastapi import FastAPI

    outer = FastAPI()
    outer.mount("/antara-quality", create_app(lambda: Settings(url, docs), **kwargs))
    return TestClient(outer, base_url="http://testserver")


def links(page: str) -> list[str]:
    return re.findall(r'href="([^"]+)"', page)


def get(client: TestClient, page_url: str, href: str):
    """Follow a relative link the way a browser does: resolved against the page's address."""
    return client.get(urljoin(page_url, href.replace("&amp;", "&")))


def test_the_summary_names_the_failed_expectations_and_links_every_report(audited, warehouse_url):
    blocked, clean = audited["blocked"], audited["clean"]
    client = client_for(warehouse_url, audited["docs"])

    response = client.get("/antara-quality/")

    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert "script-src" not in response.headers["content-security-policy"]  # the pages run no script
    page = response.text
    assert "<script" not in page and "<b>ghost" not in page and "&lt;b&gt;ghost&lt;/b&gt;" in page
    for text in [
        "credits.role_known",
        "FAIL (1 critical)",
        "empty_file",
        "Batches held in staging",
        "Trend: articles audited per run",
        "Audited batches and their Data Docs",
    ]:
        assert text in page, text
    hrefs = links(page)
    assert f"runs/{blocked.run_id}/batches/{blocked.batch_id}" in hrefs
    assert f"docs/{blocked.run_id}/{blocked.batch_id}/index.html" in hrefs
    assert f"docs/{clean.run_id}/{clean.batch_id}/index.html" in hrefs
    for href in hrefs:  # every link on the page works
        assert get(client, BASE, href).status_code == 200, href


def test_a_blocked_batch_page_says_what_failed_and_why_and_links_its_data_docs(audited, warehouse_url):
    blocked = audited["blocked"]
    client = client_for(warehouse_url, audited["docs"])
    url = f"{BASE}runs/{blocked.run_id}/batches/{blocked.batch_id}"

    page = client.get(url).text

    assert "Blocked: 1 critical expectation(s) failed" in page
    assert f"antara-etl quality release {blocked.batch_id} --reason" in page
    failed = re.search(r"<h2>Failed expectations</h2>(.*?)</table>", page, re.S).group(1)
    assert "credits.role_known" in failed and "expect_column_values_to_be_in_set" in failed
    assert "&lt;b&gt;ghost&lt;/b&gt;" in failed  # the offending value, escaped
    docs_href = next(h for h in links(page) if h.endswith("index.html"))
    index = get(client, url, docs_href)
    assert index.status_code == 200 and index.headers["content-type"].startswith("text/html")
    # GX's site: its pages and the shared static assets resolve through the relative links GX wrote
    index_url = urljoin(url, docs_href)
    site_links = [h for h in links(index.text) if not h.startswith(("http", "#", "mailto:"))]
    assert any(h.startswith("expectations/credits/") for h in site_links)
    for href in site_links:
        assert get(client, index_url, href).status_code == 200, href
    icon = get(client, index_url, "./static/images/favicon.ico")  # <site>/static: the link to <docs>/static
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/")
    # each suite's validation result is linked from the batch page; the failed one shows the value
    reports = {h.split("/validations/")[1].split("/")[1]: h for h in links(page) if "/validations/" in h}
    assert set(reports) == {
        "staged_files",
        "planned_files",
        "staged_articles",
        "staged_article_flags",
        "staged_credits",
        "article_credits",
        "staged_mentions",
        "article_mentions",
    } - {"planned_files"}
    assert re.search(r">staged_credits</td><td[^>]*>FAIL \(1 critical\)</td>", page)
    assert re.search(r">article_credits</td><td[^>]*>pass</td>", page)
    validation = get(client, url, reports["staged_credits"])
    assert validation.status_code == 200 and "ghost" in validation.text and "Failed" in validation.text
    validation_url = urljoin(url, reports["staged_credits"])
    # back to the site's index and the suite (GX points these pages' favicon one folder short: not checked)
    for href in [h for h in links(validation.text) if h.endswith(("index.html", "staged_credits.html"))]:
        assert get(client, validation_url, href).status_code == 200, href

    run_page = client.get(f"{BASE}runs/{blocked.run_id}").text
    assert blocked.batch_id in run_page and "blocked" in run_page and "FAIL (1 critical)" in run_page
    clean = client.get(f"{BASE}runs/{audited['clean'].run_id}/batches/{audited['clean'].batch_id}").text
    assert "Status: <strong>published</strong>" in clean and "none" in clean


def test_an_airflow_run_leads_to_its_warehouse_run(audited, warehouse_url):
    client = client_for(warehouse_url, audited["docs"])
    url = f"{BASE}airflow-runs/antara_ingest/{AIRFLOW_RUN.replace('+', '%2B').replace(':', '%3A')}"

    response = client.get(url, follow_redirects=False)

    assert response.status_code == 303
    assert urljoin(url, response.headers["location"]) == f"{BASE}runs/{audited['blocked'].run_id}"
    assert "did not start a warehouse run" in client.get(f"{BASE}airflow-runs/antara_ingest/scheduled__x").text


def test_data_docs_refuse_traversal_and_symlinks_out(audited, warehouse_url, tmp_path):
    docs = audited["docs"]
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("not for the web")
    (docs / "escape").symlink_to(secret.parent, target_is_directory=True)
    (docs / "leak.txt").symlink_to(secret)
    client = client_for(warehouse_url, docs)

    for path in [
        "docs/%2e%2e/outside/secret.txt",
        "docs/..%2f..%2foutside/secret.txt",
        "docs/%2e%2e%2f%2e%2e%2fetc/passwd",
        "docs//etc/passwd",
        "docs/%2Fetc%2Fpasswd",
        "docs/escape/secret.txt",
        "docs/leak.txt",
        "docs/1/..%5c..%5coutside/secret.txt",
        "docs/nothing-here.html",
    ]:
        response = client.get(f"/antara-quality/{path}")
        assert response.status_code == 404, path
        assert "not for the web" not in response.text and "root:" not in response.text
    assert resolve_inside(docs, "escape/secret.txt") is None and resolve_inside(docs, "../outside") is None
    assert resolve_inside(docs, f"{audited['blocked'].run_id}/{audited['blocked'].batch_id}/static") is not None
    redirect = client.get(
        f"/antara-quality/docs/{audited['blocked'].run_id}/{audited['blocked'].batch_id}", follow_redirects=False
    )
    assert redirect.status_code == 307 and redirect.headers["location"] == f"{audited['blocked'].batch_id}/index.html"


def test_no_data_docs_directory_still_shows_the_audits(audited, warehouse_url):
    client = client_for(warehouse_url, None)
    page = client.get("/antara-quality/").text
    assert "credits.role_known" in page and "antara_data_docs_dir" in page and "docs/" not in "".join(links(page))
    assert client.get("/antara-quality/docs/x").status_code == 404


def test_authentication_runs_before_every_page(audited, warehouse_url):
    def require_token(authorization: str | None = Header(None)) -> None:
        if authorization != "Bearer good":
            raise HTTPException(401, "Not authenticated")

    client = client_for(warehouse_url, audited["docs"], dependencies=[Depends(require_token)])
    blocked = audited["blocked"]
    for path in ["", f"runs/{blocked.run_id}", f"docs/{blocked.run_id}/{blocked.batch_id}/index.html"]:
        assert client.get(BASE + path).status_code == 401, path
        assert client.get(BASE + path, headers={"Authorization": "Bearer good"}).status_code == 200, path


def test_an_unreachable_warehouse_is_a_503_that_shows_no_password(warehouse, auditor_url, tmp_path):  # noqa: F811
    # the same role and password, but no server where the URL points
    wrong = make_url(auditor_url).set(query={"host": str(tmp_path / "no-server")}).render_as_string(hide_password=False)
    for settings in [
        lambda: Settings(wrong, None),
        _raise(Unavailable("the warehouse connection is not configured")),
        _raise(RuntimeError(f"secret backend said {PASSWORD}")),
    ]:
        from fastapi import FastAPI

        outer = FastAPI()
        outer.mount("/q", create_app(settings))
        response = TestClient(outer).get("/q/")
        assert response.status_code == 503
        assert PASSWORD not in response.text and "postgresql" not in response.text
    right = TestClient(create_app(lambda: Settings(auditor_url, None))).get("/")
    assert right.status_code == 200 and PASSWORD not in right.text
    assert PASSWORD not in repr(Settings(auditor_url, tmp_path))


def _raise(exc: Exception):
    def settings():
        raise exc

    return settings


def test_pages_for_what_does_not_exist_are_404(audited, warehouse_url):
    client = client_for(warehouse_url, audited["docs"])
    assert client.get(f"{BASE}runs/999999").status_code == 404
    assert client.get(f"{BASE}runs/{audited['clean'].run_id}/batches/run999999-b00000").status_code == 404
    assert client.get(f"{BASE}runs/{audited['clean'].run_id}/batches/not-a-batch").status_code == 404
    # a batch of another run is not shown under this run
    assert client.get(f"{BASE}runs/{audited['clean'].run_id}/batches/{audited['blocked'].batch_id}").status_code == 404
    with sa.create_engine(warehouse_url).connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM quality.validation_run")).scalar() == 8


def test_a_run_page_lists_its_quarantined_files_with_reason_and_message_a_page_at_a_time(audited, warehouse_url):
    run_id = audited["clean"].run_id
    execute(
        audited_engine := sa.create_engine(warehouse_url),
        "INSERT INTO ingest.raw_file (input_root, path, size_bytes, mtime_ns, sha256, encoding, status, reason, "
        "message, first_run_id, last_run_id, parser_version) "
        "SELECT r.input_root, format('broken/f-%s.txt', lpad(n::text, 3, '0')), 1, 1, md5(n::text), 'utf-8', "
        "'quarantined', 'missing_body', format('only %s words', n % 5), r.run_id, r.run_id, r.parser_version "
        "FROM ingest.run r, generate_series(1, 60) n WHERE r.run_id = :r",
        r=run_id,
    )
    audited_engine.dispose()
    client = client_for(warehouse_url, audited["docs"])
    first = client.get(f"/antara-quality/runs/{run_id}")
    assert first.status_code == 200
    # 61: the 60 above and the corpus's own empty file
    assert "Quarantined files" in first.text and "1-50 of 61; page 1 of 2" in first.text
    assert "broken/f-001.txt" in first.text and "only 1 words" in first.text and "missing_body" in first.text
    assert "broken/f-050.txt" not in first.text
    nxt = [h for h in links(first.text) if "page=2" in h]
    assert nxt, "no link to the next page"
    second = get(client, f"{BASE}runs/{run_id}", nxt[0])
    assert "51-61 of 61; page 2 of 2" in second.text and "broken/f-060.txt" in second.text
    assert "broken/f-001.txt" not in second.text and "previous page" in second.text
